"""Pieces the build adds to pages: the safety box and the sources-and-review footer."""

from __future__ import annotations

import datetime as dt
import posixpath
from collections.abc import Mapping
from pathlib import Path
from typing import Any

from assessment._i18n import DEFAULT_LANGUAGE, N_, translator
from assessment.references import REFERENCES_BY_ID, reference_number
from site_build.pages.dates import long_date

REQUIRED_META = ("title", "description", "audience", "last_reviewed")
AUDIENCES = ("patient", "student", "reference")


def relative_link(target: str, from_page: str) -> str:
    """``target`` (a docs-relative .md path) as seen from the page ``from_page``."""
    return posixpath.relpath(target, start=posixpath.dirname(from_page) or ".")


def missing_meta(meta: Mapping[str, Any]) -> list[str]:
    """The required front-matter keys absent from ``meta`` (or with a bad audience)."""
    problems = [key for key in REQUIRED_META if not meta.get(key)]
    if meta.get("audience") and meta["audience"] not in AUDIENCES:
        problems.append(f"audience must be one of {', '.join(AUDIENCES)}")
    return problems


def reviewed_date(meta: Mapping[str, Any]) -> dt.date:
    """The ``last_reviewed`` front-matter value as a date (YAML may give a str)."""
    value = meta["last_reviewed"]
    if isinstance(value, dt.date):
        return value
    return dt.date.fromisoformat(str(value))


def safety_box(includes_dir: Path, page_src: str) -> str:
    """The standard safety box, its links made relative to ``page_src``."""
    text = (includes_dir / "safety-box.md").read_text(encoding="utf-8")
    return text.replace("(staying-safe.md", "(" + relative_link("staying-safe.md", page_src))


_SOURCES = N_("Sources for this page")
_REVIEWED = N_(
    "Last reviewed on {date} by the OIH Guide project team. "
    "No named clinician has reviewed this page yet ([how we work]({about}))."
)


def page_footer(meta: Mapping[str, Any], cited: list[str], page_src: str,
                language: str = DEFAULT_LANGUAGE) -> str:
    """The sources the page cites and when it was last reviewed, as Markdown, in ``language``."""
    translate = translator(language)
    references = relative_link("references.md", page_src)
    about = relative_link("about.md", page_src)
    date = reviewed_date(meta)
    lines = ['<div class="oih-page-meta" markdown>', "", f"**{translate(_SOURCES)}**", ""]
    for reference_id in sorted(cited, key=reference_number):
        short = REFERENCES_BY_ID[reference_id].short
        number = reference_number(reference_id)
        lines.append(f"- [{number}. {short}]({references}#ref-{reference_id})")
    lines += [
        "",
        translate(_REVIEWED).format(date=long_date(date, language), about=about),
        "",
        "</div>",
    ]
    return "\n".join(lines)
