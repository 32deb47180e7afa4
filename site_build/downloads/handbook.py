"""The PDF handbook's HTML: the built student pages, the glossary and the references in one document.

It is assembled from the online site after MkDocs has built it, so the
handbook shows exactly what the pages show (citations, glossary tooltips,
generated tables). Each page's article is taken whole and rewritten to live in
one document:

- every ``id`` gets its chapter's prefix (``students-mechanisms--nmda-glutamate``),
  and every link to a page or anchor inside the handbook points there, so the
  PDF's internal links work; links to pages outside it (the patient pages, the
  self-check) keep their text and lose the link; web links stay;
- answers hidden in ``<details>`` are opened; heading permalinks, download
  buttons, scripts and ``hidden`` elements (the quiz's controls and score) are dropped; and images point at the built site's files, so SVG
  figures print as vectors.

The table of contents lists each chapter and its sections; ``site_build.downloads.handbook_pdf``
fills in their page numbers.
"""

from __future__ import annotations

import posixpath
import re
from dataclasses import dataclass, field
from html import escape, unescape
from html.parser import HTMLParser
from pathlib import Path

from site_build import read_site_config

_ARTICLE = re.compile(r'<article class="md-content__inner[^"]*">(?P<body>.*?)</article>', re.DOTALL)
_HEADING_TAGS = {"h1": 1, "h2": 2, "h3": 3}
_DROPPED_CLASSES = ("headerlink", "oih-download", "oih-study-downloads")
# What the handbook says where a page offers the downloads (the handbook is one of them).
STUDY_DOWNLOADS_NOTE = (
    '<p class="oih-handbook-note">On the website this page offers this handbook and an Anki deck '
    "of the same material.</p>"
)
_DROPPED_TAGS = ("script", "template", "button", "noscript")
_VOID = {"area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "source", "track", "wbr"}
# The section of the nav the handbook prints, then the reference pages that close it.
STUDENT_NAV_SECTION = "For students"
BACK_MATTER = ("glossary.md", "references.md")


class HandbookError(RuntimeError):
    """A page the handbook needs is missing or has no article."""


@dataclass(frozen=True)
class Heading:
    level: int
    id: str
    text: str


@dataclass
class Chapter:
    """One page of the site as a chapter: its ``key`` prefixes every id in it."""

    src: str
    key: str
    html: str = ""
    headings: list[Heading] = field(default_factory=list)

    @property
    def title(self) -> str:
        return next((h.text for h in self.headings if h.level == 1), self.src)


def handbook_pages(mkdocs_yml: Path) -> list[str]:
    """The student pages in nav order, then the glossary and the references."""
    config = read_site_config(mkdocs_yml)
    for entry in config["nav"]:
        if isinstance(entry, dict) and STUDENT_NAV_SECTION in entry:
            pages = [next(iter(item.values())) if isinstance(item, dict) else item for item in entry[STUDENT_NAV_SECTION]]
            return [*pages, *BACK_MATTER]
    raise HandbookError(f"mkdocs.yml has no {STUDENT_NAV_SECTION!r} section in its nav")


def chapter_key(src: str) -> str:
    return re.sub(r"[^a-z0-9]+", "-", src.removesuffix(".md").casefold()).strip("-")


def built_file(src: str) -> str:
    """The built page of ``src`` with directory URLs: ``students/index.md`` -> ``students/index.html``."""
    stem = src.removesuffix(".md")
    if stem == "index" or stem.endswith("/index"):
        return stem + ".html"
    return stem + "/index.html"


def _page_url(src: str) -> str:
    """The URL path of a built page, as links on other pages resolve to it (``students/mechanisms/``)."""
    return built_file(src).removesuffix("index.html")


class _Rewriter(HTMLParser):
    """Re-emits an article with ids prefixed, links retargeted, and print-only changes."""

    def __init__(self, chapter: Chapter, page_keys: dict[str, str]) -> None:
        super().__init__(convert_charrefs=False)
        self.chapter = chapter
        self.page_keys = page_keys  # page URL path -> chapter key
        self.base = _page_url(chapter.src)
        self.out: list[str] = []
        self._skip_depth = 0  # > 0 while inside a dropped element
        self._skip_tag = ""
        self._unwrapped_links: list[bool] = []  # one per open <a>: True when its tags are dropped
        self._heading: tuple[int, str, list[str]] | None = None

    # ---- tags -------------------------------------------------------------------------

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self._start(tag, attrs, closed=False)

    def handle_startendtag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self._start(tag, attrs, closed=True)

    def _start(self, tag: str, attrs: list[tuple[str, str | None]], closed: bool) -> None:
        if self._skip_depth:
            if tag == self._skip_tag and not closed and tag not in _VOID:
                self._skip_depth += 1
            return
        values = dict(attrs)
        classes = (values.get("class") or "").split()
        # Hidden elements (the quiz's score and buttons before its script runs) never print.
        if tag in _DROPPED_TAGS or "hidden" in values or any(c.startswith(_DROPPED_CLASSES) for c in classes):
            if "oih-study-downloads" in classes:
                self.out.append(STUDY_DOWNLOADS_NOTE)
            if not closed and tag not in _VOID:
                self._skip_depth, self._skip_tag = 1, tag
            return
        new_attrs: list[tuple[str, str | None]] = []
        unwrap = False
        for name, value in attrs:
            if name == "id" and value:
                value = self._id(value)
            elif name == "href" and tag == "a" and value is not None:
                value = self._href(value)
                if value is None:
                    unwrap = True
                    continue
            elif name in ("src", "href") and value is not None and tag != "a":
                value = self._resource(value)
            new_attrs.append((name, value))
        if tag == "a":
            self._unwrapped_links.append(unwrap)
            if unwrap:
                return
        if tag == "details" and "open" not in values:
            new_attrs.append(("open", None))
        if tag in _HEADING_TAGS and self._heading is None:
            self._heading = (_HEADING_TAGS[tag], self._id(values.get("id") or ""), [])
        self.out.append(_tag(tag, new_attrs, closed))

    def handle_endtag(self, tag: str) -> None:
        if self._skip_depth:
            if tag == self._skip_tag:
                self._skip_depth -= 1
            return
        if tag == "a" and self._unwrapped_links and self._unwrapped_links.pop():
            return
        if tag in _HEADING_TAGS and self._heading is not None and self._heading[0] == _HEADING_TAGS[tag]:
            level, heading_id, text = self._heading
            if heading_id:
                self.chapter.headings.append(Heading(level, heading_id, " ".join("".join(text).split())))
            self._heading = None
        self.out.append(f"</{tag}>")

    # ---- text -------------------------------------------------------------------------

    def handle_data(self, data: str) -> None:
        self._text(data, data)

    def handle_entityref(self, name: str) -> None:
        self._text(f"&{name};", unescape(f"&{name};"))

    def handle_charref(self, name: str) -> None:
        self._text(f"&#{name};", unescape(f"&#{name};"))

    def _text(self, markup: str, plain: str) -> None:
        if self._skip_depth:
            return
        if self._heading is not None:
            self._heading[2].append(plain)
        self.out.append(markup)

    def handle_comment(self, data: str) -> None:
        pass

    # ---- URLs ---------------------------------------------------------------------------

    def _id(self, value: str) -> str:
        return f"{self.chapter.key}--{value}"

    def _href(self, value: str) -> str | None:
        """The handbook link for ``value``, or None to drop the link (its target is not in the handbook)."""
        if re.match(r"^[a-z][a-z0-9+.-]*:", value, re.IGNORECASE):
            return value  # web, mail: kept as they are
        path, _, fragment = value.partition("#")
        if not path:
            return f"#{self._id(fragment)}" if fragment else f"#{self.chapter.key}"
        target = posixpath.normpath(posixpath.join(self.base, path))
        target = "" if target == "." else target.lstrip("./")
        key = self.page_keys.get(target.rstrip("/") + "/" if target else "") or self.page_keys.get(target)
        if key is None:
            return None
        return f"#{key}--{fragment}" if fragment else f"#{key}"

    def _resource(self, value: str) -> str:
        if re.match(r"^[a-z][a-z0-9+.-]*:", value, re.IGNORECASE) or value.startswith("#"):
            return value
        return posixpath.normpath(posixpath.join(self.base, value))


def _tag(tag: str, attrs: list[tuple[str, str | None]], closed: bool) -> str:
    parts = [tag] + [name if value is None else f'{name}="{escape(value, quote=True)}"' for name, value in attrs]
    return "<" + " ".join(parts) + (" />" if closed else ">")


def read_chapters(site_dir: Path, pages: list[str]) -> list[Chapter]:
    """Each page's article, rewritten for the handbook, with its headings."""
    chapters = [Chapter(src, chapter_key(src)) for src in pages]
    page_keys = {_page_url(c.src): c.key for c in chapters}
    for chapter in chapters:
        path = site_dir / built_file(chapter.src)
        if not path.is_file():
            raise HandbookError(f"the handbook needs {path.relative_to(site_dir)}, which the build did not write")
        match = _ARTICLE.search(path.read_text(encoding="utf-8"))
        if match is None:
            raise HandbookError(f"{path.relative_to(site_dir)} has no article to print")
        rewriter = _Rewriter(chapter, page_keys)
        rewriter.feed(match["body"])
        rewriter.close()
        chapter.html = "".join(rewriter.out).strip()
    return chapters


def toc_html(chapters: list[Chapter], page_numbers: dict[str, int] | None = None) -> str:
    """The contents: each chapter and its ``##`` sections, with page numbers once they are known."""

    def entry(heading: Heading, css: str) -> str:
        number = (page_numbers or {}).get(heading.id)
        shown = "" if number is None else str(number)
        return (
            f'<li class="{css}"><a href="#{escape(heading.id)}"><span class="toc-text">{escape(heading.text)}</span>'
            f'<span class="toc-page">{shown}</span></a></li>'
        )

    items = []
    for chapter in chapters:
        for heading in chapter.headings:
            if heading.level == 1:
                items.append(entry(heading, "toc-chapter"))
            elif heading.level == 2:
                items.append(entry(heading, "toc-section"))
    return '<nav class="toc" aria-labelledby="contents"><h1 id="contents">Contents</h1><ol>' + "".join(items) + "</ol></nav>"


def toc_targets(chapters: list[Chapter]) -> list[str]:
    """The ids the contents links to: the ones whose page numbers it shows."""
    return [h.id for c in chapters for h in c.headings if h.level <= 2]


def document_html(chapters: list[Chapter], cover: str, css: str, page_numbers: dict[str, int] | None = None) -> str:
    """The whole handbook as one HTML document, ready for Chromium to print."""
    body = "\n".join(
        f'<section class="chapter" id="{c.key}" data-src="{escape(c.src)}">{c.html}</section>' for c in chapters
    )
    return (
        '<!doctype html>\n<html lang="en" dir="ltr"><head><meta charset="utf-8">'
        f"<title>OIH Guide: the student handbook</title><style>{css}</style></head>"
        f"<body>{cover}{toc_html(chapters, page_numbers)}{body}</body></html>"
    )
