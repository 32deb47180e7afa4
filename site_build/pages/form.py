"""Render the self-check's form from the question bank in ``assessment``."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any, Mapping

import jinja2

from assessment import OPIOIDS, QUESTIONS, SECTIONS, Question
from site_build.pages.body_figure import VIEW_HEIGHT, VIEW_WIDTH, figure_views

# Three rows cover nearly everyone (a long-acting opioid, a short-acting one
# for breakthrough pain, and one more) without any script to add rows.
MEDICATION_ROWS = 3

# Long enough for a slow phone to fetch about 6 MB; a missing file fails at
# once through the script's error event, so this only catches a hang.
LOAD_TIMEOUT_MS = 120_000

# The site's HTML templates (autoescaped); other page parts render from it too.
TEMPLATES = jinja2.Environment(
    loader=jinja2.PackageLoader("site_build.pages", "templates"),
    autoescape=True,
    undefined=jinja2.StrictUndefined,
    keep_trailing_newline=True,
)


@dataclass(frozen=True)
class _SectionView:
    id: str
    title: str
    intro: str
    questions: tuple[Question, ...]


def _sections() -> list[_SectionView]:
    views = []
    for section in SECTIONS:
        questions = tuple(q for q in QUESTIONS if q.section == section.id)
        views.append(_SectionView(section.id, section.title, section.intro, questions))
    return views


def render_form(
    *,
    tool_data: Mapping[str, Any],
    timeout_ms: int = LOAD_TIMEOUT_MS,
) -> str:
    """The tool's HTML: every question as a fieldset, ready at first paint.

    ``tool_data`` is embedded as JSON for the script: page links for the
    reasons, reference labels, and anything else only the build knows.
    """
    template = TEMPLATES.get_template("assessment_form.html.j2")
    return template.render(
        sections=_sections(),
        opioids=OPIOIDS,
        medication_rows=MEDICATION_ROWS,
        timeout_ms=timeout_ms,
        tool_data=tool_data,
        body_views=figure_views(),
        view_width=VIEW_WIDTH,
        view_height=VIEW_HEIGHT,
    )


__all__ = ["render_form", "MEDICATION_ROWS", "LOAD_TIMEOUT_MS"]
