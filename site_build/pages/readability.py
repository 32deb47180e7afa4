"""Reading grade of a page's main prose, as the patient-page test measures it.

The text measured is what a reader reads as sentences: code, tables, raw HTML,
citation markers, link targets and front matter are removed, and headings and
list items count as sentences of their own (a heading is not glued onto the
paragraph after it, which would inflate the grade).

Run ``python -m site_build.pages.readability content/*.md`` to see each page's grade.
"""

from __future__ import annotations

import re
import sys
from pathlib import Path

import textstat

from site_build.pages.markdown_source import FRONT_MATTER

PATIENT_GRADE_LIMIT = 8.0

_FENCED_CODE = re.compile(r"^(```|~~~).*?^\1\s*$", re.DOTALL | re.MULTILINE)
_HTML_COMMENT = re.compile(r"<!--.*?-->", re.DOTALL)
_HTML_TAG = re.compile(r"<[^>]+>")
_CITATION = re.compile(r"\[@[^\]]+\]")
_IMAGE = re.compile(r"!\[[^\]]*\]\([^)]*\)(\{[^}]*\})?")
_LINK = re.compile(r"\[([^\]]+)\]\([^)]*\)(\{[^}]*\})?")
_ATTR_LIST = re.compile(r"\{[:#.][^}]*\}")
_INLINE_CODE = re.compile(r"`[^`]*`")
_ABBREVIATION = re.compile(r"^\*\[[^\]]+\]:.*$", re.MULTILINE)
_SNIPPET = re.compile(r"^-{2}8<-{2}.*$", re.MULTILINE)
_ADMONITION = re.compile(r'^\s*(!!!|\?\?\?\+?)\s*[\w-]+(?:\s+[\w-]+)*\s*(?:"([^"]*)")?\s*$', re.MULTILINE)
_LIST_MARKER = re.compile(r"^\s*(?:[-*+]|\d+[.)])\s+(?:\[[ xX]\]\s+)?")
_HEADING = re.compile(r"^#{1,6}\s+")
_EMPHASIS = re.compile(r"(\*\*|__|\*|_|~~|==|\^\^)")
_SENTENCE_END = (".", "!", "?", ":", ";")


def main_text(markdown: str) -> str:
    """The prose of a Markdown page, one sentence-like unit per line."""
    text = FRONT_MATTER.sub("", markdown)
    text = _FENCED_CODE.sub("", text)
    text = _HTML_COMMENT.sub("", text)
    text = _ABBREVIATION.sub("", text)
    text = _SNIPPET.sub("", text)
    text = _ADMONITION.sub(lambda m: "# " + m.group(2) if m.group(2) else "", text)
    text = _IMAGE.sub("", text)
    text = _CITATION.sub("", text)
    text = _LINK.sub(r"\1", text)
    text = _ATTR_LIST.sub("", text)
    text = _INLINE_CODE.sub("", text)
    text = _HTML_TAG.sub(" ", text)
    units: list[str] = []
    paragraph: list[str] = []

    def flush() -> None:
        if paragraph:
            units.append(_as_sentence(" ".join(paragraph)))
            paragraph.clear()

    for raw_line in text.splitlines():
        line = raw_line.strip()
        if not line or line.startswith("|"):
            flush()
            continue
        if _HEADING.match(line) or _LIST_MARKER.match(raw_line):
            flush()
            line = _LIST_MARKER.sub("", _HEADING.sub("", line))
            paragraph.append(line)
            flush()
            continue
        paragraph.append(line)
    flush()
    return "\n".join(unit for unit in units if unit)


def _as_sentence(unit: str) -> str:
    unit = _EMPHASIS.sub("", unit).strip()
    if unit and not unit.endswith(_SENTENCE_END):
        unit += "."
    return unit


def grade(text: str) -> float:
    """Flesch-Kincaid grade of ``text`` (textstat 0.7.3, which needs no download)."""
    return float(textstat.flesch_kincaid_grade(text))


def page_grade(path: Path) -> float:
    """Flesch-Kincaid grade of the main text of the Markdown page at ``path``."""
    return grade(main_text(path.read_text(encoding="utf-8")))


def _main(paths: list[str]) -> int:
    for name in paths:
        print(f"{page_grade(Path(name)):5.1f}  {name}")
    return 0


if __name__ == "__main__":
    sys.exit(_main(sys.argv[1:]))
