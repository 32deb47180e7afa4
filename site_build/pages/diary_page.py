"""Render the pain and dose diary's controls from the data in ``assessment``.

The opioid list and its units come from ``assessment.OPIOIDS`` (as in the
self-check's medicine rows), the withdrawal signs from the self-check's
``withdrawal_signs`` question, the words for each dose response from the
``after_increase`` and ``after_decrease`` options, the names of the pain
windows and the moments of a timed reading from ``assessment.diary``, so the
diary, its analysis and the self-check always speak the same vocabulary.
Every word is the catalog's, in the page's language (``render_template``).
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from assessment import OPIOIDS, QUESTIONS_BY_ID
from assessment._i18n import DEFAULT_LANGUAGE, N_, translator
from assessment.diary import AFTER_DOSE, BEFORE, BEFORE_DOSE, EARLY, LATE, MAX_READINGS, OTHER_MOMENT
from site_build.pages.form import LOAD_TIMEOUT_MS, MEDICATION_ROWS, render_template

DIARY_MARKER = "<!-- oih:diary -->"
PAIN_SCALE = tuple(range(0, 11))
# A year of days with notes is about 100 kB; a diary can hold 3,660 days.
# Anything far past that is not a diary, and reading it would stall a phone.
MAX_IMPORT_BYTES = 2_000_000
NOTE_MAX_CHARS = 500
# The backup nudge (contract v3): a kept diary with this many days or more,
# not saved to a file for this many days (or ever).
BACKUP_MIN_DAYS = 14
BACKUP_EVERY_DAYS = 14
# The daily reminder's time until the person picks another (contract v3).
REMINDER_TIME = "20:00"

# A timed reading's moments, as the reading form offers them.
MOMENT_LABELS = {
    BEFORE_DOSE: N_("Before a dose"),
    AFTER_DOSE: N_("After a dose"),
    OTHER_MOMENT: N_("Neither: at another time"),
}


def _labels(question_id: str, translate: Any) -> dict[str, str]:
    return {option.id: translate(option.label) for option in QUESTIONS_BY_ID[question_id].options}


def diary_words(language: str = DEFAULT_LANGUAGE) -> dict[str, Any]:
    """The words both pages need to lay out a diary: medicines, signs, responses, windows, in ``language``."""
    translate = translator(language)
    return {
        "opioids": {o.id: {"label": translate(o.label), "unit": o.unit} for o in OPIOIDS},
        "withdrawal_signs": _labels("withdrawal_signs", translate),
        "responses": {
            "increase": _labels("after_increase", translate),
            "decrease": _labels("after_decrease", translate),
        },
        "windows": {window.id: translate(window.label) for window in (BEFORE, EARLY, LATE)},
    }


def diary_data(pages: Mapping[str, str], language: str = DEFAULT_LANGUAGE) -> dict[str, Any]:
    """What the diary page's scripts need to know that only the build knows."""
    return {
        **diary_words(language),
        "pages": dict(pages),
        "language": language,
        "max_import_bytes": MAX_IMPORT_BYTES,
        "max_readings": MAX_READINGS,
        "backup_min_days": BACKUP_MIN_DAYS,
        "backup_every_days": BACKUP_EVERY_DAYS,
    }


def render_diary(
    *, pages: Mapping[str, str], language: str = DEFAULT_LANGUAGE, timeout_ms: int = LOAD_TIMEOUT_MS
) -> str:
    """The diary page's tool: the day and reading forms, the lists, the report and the file controls."""
    return render_template(
        "diary.html.j2",
        language,
        pain_scale=PAIN_SCALE,
        opioids=OPIOIDS,
        medication_rows=MEDICATION_ROWS,
        withdrawal=QUESTIONS_BY_ID["withdrawal_signs"],
        moments=[{"id": moment, "label": label} for moment, label in MOMENT_LABELS.items()],
        note_max=NOTE_MAX_CHARS,
        max_import_mb=MAX_IMPORT_BYTES // 1_000_000,
        backup_days=BACKUP_EVERY_DAYS,
        reminder_time=REMINDER_TIME,
        timeout_ms=timeout_ms,
        diary_data=diary_data(pages, language),
    )


__all__ = [
    "BACKUP_EVERY_DAYS",
    "BACKUP_MIN_DAYS",
    "DIARY_MARKER",
    "MAX_IMPORT_BYTES",
    "MOMENT_LABELS",
    "REMINDER_TIME",
    "diary_data",
    "diary_words",
    "render_diary",
]
