"""Render the bibliography as the References page's numbered list."""

from __future__ import annotations

import datetime as dt
from html import escape

from assessment._i18n import DEFAULT_LANGUAGE, N_, Translate, translator
from assessment.references import REFERENCES, Kind, Reference
from site_build.pages.dates import long_date

# Each kind as readers see it; a lay article says what it is, so no reader
# mistakes it for evidence.
_KIND_LABELS = {
    Kind.JOURNAL: N_("Journal article"),
    Kind.GUIDELINE: N_("Guideline or report"),
    Kind.WEB: N_("Web page"),
    Kind.LAY: N_("Lay article: patient-facing, not peer reviewed"),
}
LAY_LABEL = _KIND_LABELS[Kind.LAY]
_ACCESSED = N_("accessed {date}")


def render_references(language: str = DEFAULT_LANGUAGE) -> str:
    """An HTML ordered list, one ``<li id="ref-ID">`` per work, numbered as cited.

    The works' own words (titles, the notes on what each shows) stay in
    English, marked ``lang="en"``; the labels around them are in ``language``.
    """
    translate = translator(language)
    items = "\n".join(_item(reference, translate, language) for reference in REFERENCES)
    return f'<ol class="oih-references">\n{items}\n</ol>'


def accessed_text(day: dt.date, language: str = DEFAULT_LANGUAGE) -> str:
    """An access date as readers see it: "accessed 29 November 2026"."""
    return translator(language)(_ACCESSED).format(date=long_date(day, language))


def _item(reference: Reference, translate: Translate, language: str) -> str:
    kind = translate(_KIND_LABELS[reference.kind])
    english = ' lang="en"' if language != "en" else ""
    parts = [
        f'<span class="oih-ref-kind">{escape(kind)}.</span>',
        f'<span class="oih-ref-citation"{english}>{escape(reference.citation)}</span>',
    ]
    if reference.doi:
        parts.append(
            f'<a href="https://doi.org/{escape(reference.doi)}">doi:{escape(reference.doi)}</a>'
        )
    if reference.pmid:
        parts.append(
            f'<a href="https://pubmed.ncbi.nlm.nih.gov/{escape(reference.pmid)}/">'
            f"PMID {escape(reference.pmid)}</a>"
        )
    if reference.url:
        accessed = f" ({accessed_text(reference.accessed, language)})" if reference.accessed else ""
        parts.append(
            f'<span class="oih-ref-url"><a href="{escape(reference.url)}">'
            f"{escape(reference.url)}</a>{escape(accessed)}</span>"
        )
    if reference.no_id_reason:
        parts.append(f'<span class="oih-ref-missing"{english}>{escape(reference.no_id_reason)}</span>')
    if reference.note:
        parts.append(f'<span class="oih-ref-note"{english}>{escape(reference.note)}</span>')
    return f'<li id="ref-{escape(reference.id)}">' + " ".join(parts) + "</li>"
