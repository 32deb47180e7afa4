"""``[@id]`` citations in Markdown: find them and turn them into numbered links."""

from __future__ import annotations

import re
from html import escape

from assessment.references import REFERENCES_BY_ID, reference_number

_CITATION = re.compile(r"\[@([^\]]+)\]")
_ID = re.compile(r"@?([a-z0-9][a-z0-9-]*)")


class UnknownReference(ValueError):
    """A page cites an id that the bibliography does not define."""


def cited_ids(markdown: str) -> list[str]:
    """Every reference id cited in ``markdown``, in first-use order, without repeats."""
    seen: dict[str, None] = {}
    for match in _CITATION.finditer(markdown):
        for reference_id in _split(match.group(1)):
            seen.setdefault(reference_id, None)
    return list(seen)


def link_citations(markdown: str, references_page: str) -> str:
    """Replace each ``[@a; @b]`` with superscript numbered links to ``references_page``.

    The links stay Markdown links so MkDocs resolves them and validates the anchors.
    Each link's title (the work's short name, shown on hover) is HTML-escaped: a
    quote or a ``)`` in it would otherwise end the title early, and Markdown
    keeps character references as they are.
    """

    def replace(match: re.Match[str]) -> str:
        links = []
        for reference_id in _split(match.group(1)):
            reference = REFERENCES_BY_ID[reference_id]
            number = reference_number(reference_id)
            links.append(
                f'[{number}]({references_page}#ref-{reference_id} "{escape(reference.short)}")'
            )
        return '<sup class="oih-cite">[' + ", ".join(links) + "]</sup>"

    cited_ids(markdown)  # validates every id before anything is rewritten
    return _CITATION.sub(replace, markdown)


def _split(body: str) -> list[str]:
    ids = []
    for part in body.split(";"):
        match = _ID.fullmatch(part.strip())
        if not match:
            raise UnknownReference(f"malformed citation [@{body}]")
        reference_id = match.group(1)
        if reference_id not in REFERENCES_BY_ID:
            raise UnknownReference(f"unknown reference id {reference_id!r} in [@{body}]")
        ids.append(reference_id)
    return ids
