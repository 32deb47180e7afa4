"""Read facts out of the Markdown pages as written: front matter, one section, its pipe tables.

The flashcards take their text from the same Markdown the site renders, so a
page edit changes the deck too. Text stays Markdown here; ``card_html`` turns
it into the HTML a card shows, with each ``[@id]`` citation as its short label
("Chen 2009") and links to other pages reduced to their text (a card has no site
to link into).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import markdown as markdown_lib
import yaml

from assessment.references import REFERENCES_BY_ID
from site_build.pages import citations

# A page's YAML front matter; the readability measure and the self-test parser use it too.
FRONT_MATTER = re.compile(r"\A---\n(?P<yaml>.*?)\n---\n", re.DOTALL)
_HEADING = re.compile(r"^(?P<hashes>#{1,6}) (?P<title>.+?)(?:\s*\{#(?P<id>[^}\s]+)\})?\s*$")
_CITATION = re.compile(r"\s*\[@([^\]]+)\]")
_LINK = re.compile(r"(?<!!)\[(?P<text>[^\]]+)\]\([^)]+\)")


class SourceError(ValueError):
    """A page lacks the section or table a card set is taken from; says which."""


@dataclass(frozen=True)
class Page:
    """One Markdown page: where it lives (docs-relative), its front matter and its body."""

    src: str
    meta: dict[str, Any]
    body: str

    @property
    def title(self) -> str:
        return str(self.meta["title"])


@dataclass(frozen=True)
class Section:
    """A heading's section: its id on the built page, its title and its Markdown (without the heading)."""

    id: str
    title: str
    text: str


@dataclass(frozen=True)
class Table:
    """A pipe table: the header cells and the body rows, each cell Markdown."""

    header: tuple[str, ...]
    rows: tuple[tuple[str, ...], ...]


def read_page(docs_dir: Path, src: str) -> Page:
    """The page ``src`` (for example ``students/mechanisms.md``) under ``docs_dir``."""
    text = (docs_dir / src).read_text(encoding="utf-8")
    match = FRONT_MATTER.match(text)
    if match is None:
        raise SourceError(f"{src}: no front matter")
    return Page(src, yaml.safe_load(match["yaml"]) or {}, text[match.end():])


def slugify(text: str) -> str:
    """The id MkDocs' ``toc`` extension gives a heading without an explicit ``{#id}``."""
    text = re.sub(r"[^\w\s-]", "", plain_text(text).lower()).strip()
    return re.sub(r"[-\s]+", "-", text)


def section(page: Page, section_id: str) -> Section:
    """The section whose heading has id ``section_id``, up to the next heading of its level or above."""
    lines = page.body.split("\n")
    for index, line in enumerate(lines):
        heading = _HEADING.match(line)
        if heading is None or (heading["id"] or slugify(heading["title"])) != section_id:
            continue
        level = len(heading["hashes"])
        end = next(
            (
                later
                for later in range(index + 1, len(lines))
                if (match := _HEADING.match(lines[later])) and len(match["hashes"]) <= level
            ),
            len(lines),
        )
        return Section(section_id, heading["title"], "\n".join(lines[index + 1 : end]))
    raise SourceError(f"{page.src}: no heading with id {section_id!r}")


def first_table(page: Page, section_id: str) -> Table:
    """The first pipe table in a section."""
    block: list[str] = []
    for line in section(page, section_id).text.split("\n"):
        if line.startswith("|"):
            block.append(line)
        elif block:
            break
    if len(block) < 3:
        raise SourceError(f"{page.src}#{section_id}: no table with a header and at least one row")
    header, *rows = [_cells(line) for line in (block[0], *block[2:])]
    for row in rows:
        if len(row) != len(header):
            raise SourceError(f"{page.src}#{section_id}: a row has {len(row)} cells, the header {len(header)}")
    return Table(tuple(header), tuple(tuple(row) for row in rows))


def _cells(line: str) -> list[str]:
    return [cell.strip() for cell in line.strip().strip("|").split("|")]


def cited_ids(*texts: str) -> tuple[str, ...]:
    """The works cited in ``texts``, in first-use order."""
    return tuple(citations.cited_ids("\n".join(texts)))


def without_citations(text: str) -> str:
    """``text`` with its ``[@id]`` citations removed (for headers and prompts)."""
    return _CITATION.sub("", text).strip()


def plain_text(text: str) -> str:
    """Markdown emphasis, links and citations removed: for ids and tags."""
    text = _LINK.sub(lambda match: match["text"], without_citations(text))
    return re.sub(r"[*_`]", "", text).strip()


def card_html(text: str) -> str:
    """Markdown as card HTML: citations as short labels, page links as their text.

    A single paragraph loses its ``<p>``, so a table cell reads as a phrase.
    """

    def label(match: re.Match[str]) -> str:
        ids = citations.cited_ids(match.group(0).strip())
        return " (" + "; ".join(REFERENCES_BY_ID[i].short for i in ids) + ")"

    text = _LINK.sub(lambda match: match["text"], _CITATION.sub(label, text))
    html = markdown_lib.markdown(text, extensions=["tables"], output_format="html").strip()
    if html.startswith("<p>") and html.endswith("</p>") and html.count("<p>") == 1:
        html = html[3:-4]
    return html
