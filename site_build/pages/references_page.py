"""Render the bibliography as the References page's numbered list."""

from __future__ import annotations

import datetime as dt
from html import escape

from assessment.references import REFERENCES, Kind, Reference

# Shown after a lay article's kind, so no reader mistakes it for evidence.
LAY_LABEL = "Lay article: patient-facing, not peer reviewed"


def render_references() -> str:
    """An HTML ordered list, one ``<li id="ref-ID">`` per work, numbered as cited."""
    items = "\n".join(_item(reference) for reference in REFERENCES)
    return f'<ol class="oih-references">\n{items}\n</ol>'


def accessed_text(day: dt.date) -> str:
    """An access date as readers see it: "accessed 29 November 2026"."""
    return f"accessed {day.day} {day:%B %Y}"


def _item(reference: Reference) -> str:
    kind = LAY_LABEL if reference.kind is Kind.LAY else reference.kind.value
    parts = [
        f'<span class="oih-ref-kind">{escape(kind)}.</span>',
        f'<span class="oih-ref-citation">{escape(reference.citation)}</span>',
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
        accessed = f" ({accessed_text(reference.accessed)})" if reference.accessed else ""
        parts.append(
            f'<span class="oih-ref-url"><a href="{escape(reference.url)}">'
            f"{escape(reference.url)}</a>{escape(accessed)}</span>"
        )
    if reference.no_id_reason:
        parts.append(f'<span class="oih-ref-missing">{escape(reference.no_id_reason)}</span>')
    if reference.note:
        parts.append(f'<span class="oih-ref-note">{escape(reference.note)}</span>')
    return f'<li id="ref-{escape(reference.id)}">' + " ".join(parts) + "</li>"
