"""Render the pain and dose diary's controls from the data in ``assessment``.

The opioid list and its units come from ``assessment.OPIOIDS`` (as in the
self-check's medicine rows), the withdrawal signs from the self-check's
``withdrawal_signs`` question, the words for each dose response from the
``after_increase`` and ``after_decrease`` options, and the names of the pain
windows from ``assessment.diary``, so the diary, its analysis and the
self-check always speak the same vocabulary.
"""

from __future__ import annotations

from typing import Any, Mapping

from assessment import OPIOIDS, QUESTIONS_BY_ID
from assessment.diary import BEFORE, EARLY, LATE
from site_build.pages.form import LOAD_TIMEOUT_MS, MEDICATION_ROWS, TEMPLATES

DIARY_MARKER = "<!-- oih:diary -->"
PAIN_SCALE = tuple(range(0, 11))
# A year of days with notes is about 100 kB; a diary can hold 3,660 days.
# Anything far past that is not a diary, and reading it would stall a phone.
MAX_IMPORT_BYTES = 2_000_000
NOTE_MAX_CHARS = 500

_TEMPLATE = TEMPLATES.get_template("diary.html.j2")


def _labels(question_id: str) -> dict[str, str]:
    return {option.id: option.label for option in QUESTIONS_BY_ID[question_id].options}


def diary_words() -> dict[str, Any]:
    """The words both pages need to lay out a diary report: medicines, signs, responses, windows."""
    return {
        "opioids": {o.id: {"label": o.label, "unit": o.unit} for o in OPIOIDS},
        "withdrawal_signs": _labels("withdrawal_signs"),
        "responses": {
            "increase": _labels("after_increase"),
            "decrease": _labels("after_decrease"),
        },
        "windows": {window.id: window.label for window in (BEFORE, EARLY, LATE)},
    }


def diary_data(pages: Mapping[str, str]) -> dict[str, Any]:
    """What the diary page's scripts need to know that only the build knows."""
    return {**diary_words(), "pages": dict(pages), "max_import_bytes": MAX_IMPORT_BYTES}


def render_diary(*, pages: Mapping[str, str], timeout_ms: int = LOAD_TIMEOUT_MS) -> str:
    """The diary page's tool: the day form, the lists, the report and the file controls."""
    return _TEMPLATE.render(
        pain_scale=PAIN_SCALE,
        opioids=OPIOIDS,
        medication_rows=MEDICATION_ROWS,
        withdrawal=QUESTIONS_BY_ID["withdrawal_signs"],
        note_max=NOTE_MAX_CHARS,
        max_import_mb=MAX_IMPORT_BYTES // 1_000_000,
        timeout_ms=timeout_ms,
        diary_data=diary_data(pages),
    )


__all__ = ["DIARY_MARKER", "MAX_IMPORT_BYTES", "diary_data", "diary_words", "render_diary"]
