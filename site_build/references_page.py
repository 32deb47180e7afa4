"""Render the bibliography as the References page's numbered list."""

from __future__ import annotations

from html import escape

from assessment.references import REFERENCES, Reference


def render_references() -> str:
    """An HTML ordered list, one ``<li id="ref-ID">`` per work, numbered as cited."""
    items = "\n".join(_item(reference) for reference in REFERENCES)
    return f'<ol class="oih-references">\n{items}\n</ol>'


def _item(reference: Reference) -> str:
    parts = [f"<span class=\"oih-ref-citation\">{escape(reference.citation)}</span>"]
    if reference.doi:
        parts.append(
            f'<a href="https://doi.org/{escape(reference.doi)}">doi:{escape(reference.doi)}</a>'
        )
    if reference.pmid:
        parts.append(
            f'<a href="https://pubmed.ncbi.nlm.nih.gov/{escape(reference.pmid)}/">'
            f"PMID {escape(reference.pmid)}</a>"
        )
    if reference.note:
        parts.append(f'<span class="oih-ref-note">{escape(reference.note)}</span>')
    return f'<li id="ref-{reference.id}">' + " ".join(parts) + "</li>"
