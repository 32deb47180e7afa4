"""The glossary: read the abbreviation definitions and render them as a page section."""

from __future__ import annotations

import re
import unicodedata
from html import escape
from pathlib import Path

_DEFINITION = re.compile(r"^\*\[(?P<term>[^\]]+)\]:\s*(?P<text>.+?)\s*$")


def read_terms(path: Path) -> list[tuple[str, str]]:
    """(term, definition) pairs from an abbreviations file, sorted case-insensitively.

    The same term may be defined in several spellings (``OIH``/``oih``) for the
    tooltips; the glossary lists each definition once, under its first spelling.
    """
    terms: dict[str, tuple[str, str]] = {}
    for line in path.read_text(encoding="utf-8").splitlines():
        match = _DEFINITION.match(line)
        if match:
            term, text = match.group("term").strip(), match.group("text")
            terms.setdefault(term.casefold(), (term, text))
    return sorted(terms.values(), key=lambda pair: _plain(pair[0]))


def _plain(term: str) -> str:
    """``term`` without accents and case, for sorting and anchors ("Glía" -> "glia")."""
    decomposed = unicodedata.normalize("NFKD", term.casefold())
    return "".join(char for char in decomposed if not unicodedata.combining(char))


def render_glossary(terms: list[tuple[str, str]]) -> str:
    """A Markdown definition list of ``terms`` with a stable anchor per term."""
    blocks = []
    for term, text in terms:
        anchor = "term-" + re.sub(r"[^a-z0-9]+", "-", _plain(term)).strip("-")
        blocks.append(f'<span id="{escape(anchor)}"></span>{term}\n:   {text}\n')
    return "\n".join(blocks)
