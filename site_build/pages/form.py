"""Render the self-check's form from the question bank in ``assessment``."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any

import jinja2

from assessment import OPIOIDS, QUESTIONS, SECTIONS, Question
from assessment._i18n import DEFAULT_LANGUAGE, translator
from site_build.pages.body_figure import VIEW_HEIGHT, VIEW_WIDTH, figure_views

# Three rows cover nearly everyone (a long-acting opioid, a short-acting one
# for breakthrough pain, and one more) without any script to add rows.
MEDICATION_ROWS = 3

# Long enough for a slow phone to fetch about 6 MB; a missing file fails at
# once through the script's error event, so this only catches a hang.
LOAD_TIMEOUT_MS = 120_000

# The site's HTML templates (autoescaped); other page parts render from it too.
# Their words are marked {{ _("...") }} or {% trans %} for the catalog.
TEMPLATES = jinja2.Environment(
    loader=jinja2.PackageLoader("site_build.pages", "templates"),
    autoescape=True,
    undefined=jinja2.StrictUndefined,
    keep_trailing_newline=True,
    extensions=["jinja2.ext.i18n"],
)


def render_template(name: str, language: str, **context: Any) -> str:
    """Render the template ``name`` with its words in ``language``."""
    translate = translator(language)
    TEMPLATES.install_gettext_callables(  # type: ignore[attr-defined]
        gettext=translate,
        ngettext=lambda singular, plural, count: translate(singular if count == 1 else plural),
        newstyle=True,
    )
    return TEMPLATES.get_template(name).render(**context)


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
    language: str = DEFAULT_LANGUAGE,
    timeout_ms: int = LOAD_TIMEOUT_MS,
) -> str:
    """The tool's HTML: every question as a fieldset, ready at first paint.

    ``tool_data`` is embedded as JSON for the script: page links for the
    reasons, reference labels, and anything else only the build knows.
    """
    return render_template(
        "assessment_form.html.j2",
        language,
        sections=_sections(),
        opioids=OPIOIDS,
        medication_rows=MEDICATION_ROWS,
        timeout_ms=timeout_ms,
        tool_data=tool_data,
        body_views=figure_views(translator(language)),
        view_width=VIEW_WIDTH,
        view_height=VIEW_HEIGHT,
    )


__all__ = ["render_form", "render_template", "MEDICATION_ROWS", "LOAD_TIMEOUT_MS"]
