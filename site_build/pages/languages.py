"""The two editions side by side: which page has a counterpart, and links between them.

The Spanish edition is its own MkDocs project (``mkdocs.es.yml``), built into
``es/`` of the online site; its pages have the same file names as the English
ones. ``extra.other_site`` in each config says where the other edition's root
is, relative to this one's (``es`` from English, ``..`` from Spanish); the
offline copy has none, so it shows no switcher.

Spanish pages link pages that stay English (the student pages) as
``[text](en:students/page.md#anchor)``; :func:`link_english_pages` points
them at the English page and says they are in English.
"""

from __future__ import annotations

import posixpath
import re
from dataclasses import dataclass
from html import escape
from pathlib import Path

from assessment._i18n import N_, translator

__all__ = [
    "LANGUAGE_NAMES",
    "Alternate",
    "alternate_for",
    "link_english_pages",
    "page_url",
]

# Each edition's name in its own language, for the switcher.
LANGUAGE_NAMES = {"en": "English", "es": "Español"}

_IN_ENGLISH = N_("(in English)")
_ENGLISH_LINK = re.compile(r"\[(?P<text>[^\]]+)\]\(en:(?P<path>[^)#\s]+\.md)(?:#(?P<anchor>[^)\s]+))?\)")


@dataclass(frozen=True)
class Alternate:
    """The same page in the other edition (or that edition's home page)."""

    language: str
    href: str
    same_page: bool

    @property
    def name(self) -> str:
        return LANGUAGE_NAMES[self.language]


def page_url(src: str, use_directory_urls: bool = True) -> str:
    """The URL MkDocs gives the page ``src`` (docs-relative), relative to its site's root."""
    stem = src[: -len(".md")]
    if not use_directory_urls:
        return stem + ".html"
    if stem == "index":
        return ""
    if stem.endswith("/index"):
        return stem[: -len("index")]
    return stem + "/"


def _to_root(url: str) -> str:
    """The relative path from a page at ``url`` back to its site's root."""
    depth = url.count("/")
    return "../" * depth


def alternate_for(src: str, url: str, language: str, other_site: str, other_docs: Path) -> Alternate:
    """The other edition's version of the page ``src`` (at ``url``), or its home page if it has none."""
    other = "es" if language == "en" else "en"
    prefix = _to_root(url) + other_site.rstrip("/") + "/"
    if (other_docs / src).is_file():
        return Alternate(other, prefix + page_url(src), True)
    return Alternate(other, prefix, False)


def link_english_pages(markdown: str, url: str, language: str, english_site: str) -> str:
    """Spanish pages' ``en:`` links as links to the English pages, marked as English."""
    in_english = translator(language)(_IN_ENGLISH)

    def replace(match: re.Match[str]) -> str:
        target = posixpath.normpath(_to_root(url) + english_site.rstrip("/") + "/" + page_url(match["path"]))
        if page_url(match["path"]).endswith("/") or page_url(match["path"]) == "":
            target += "/"
        if match["anchor"]:
            target += "#" + match["anchor"]
        return (
            f'<a href="{escape(target)}" hreflang="en">{escape(match["text"])}</a> '
            f"{escape(in_english)}"
        )

    return _ENGLISH_LINK.sub(replace, markdown)
