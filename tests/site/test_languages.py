"""The two editions: each page finds its counterpart, each edition searches itself, and no English is left on the Spanish pages."""

from __future__ import annotations

import json
import posixpath
import re
from html.parser import HTMLParser
from pathlib import Path

import pytest

CONTENT = Path(__file__).resolve().parents[2] / "content"
SPANISH_PAGES = sorted((CONTENT / "es").glob("*.md"))


def _built(site: Path, src: str) -> Path:
    stem = src[: -len(".md")]
    return site / "index.html" if stem == "index" else site / stem / "index.html"


def _page_url(site: Path, page: Path) -> str:
    return page.parent.relative_to(site).as_posix() + "/" if page.parent != site else ""


class _Links(HTMLParser):
    def __init__(self) -> None:
        super().__init__()
        self.alternates: list[dict[str, str | None]] = []
        self.switcher: dict[str, str | None] | None = None
        self.html_lang: str | None = None
        self.english_links: list[str] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        a = dict(attrs)
        if tag == "html":
            self.html_lang = a.get("lang")
        if tag == "link" and (a.get("rel") or "").split() == ["alternate"] and a.get("hreflang"):
            self.alternates.append(a)
        if tag == "a" and "oih-language" in (a.get("class") or ""):
            self.switcher = a
        if tag == "a" and a.get("hreflang") == "en" and "oih-language" not in (a.get("class") or ""):
            self.english_links.append(a.get("href") or "")


def _links(path: Path) -> _Links:
    parser = _Links()
    parser.feed(path.read_text(encoding="utf-8"))
    return parser


def _target(page: Path, href: str) -> Path:
    """The built file a relative link from ``page`` opens."""
    resolved = Path(posixpath.normpath(posixpath.join(str(page.parent), href.split("#")[0])))
    return resolved / "index.html" if href.split("#")[0].endswith("/") or resolved.is_dir() else resolved


def test_there_is_a_spanish_edition_of_every_patient_page() -> None:
    english = {p.name for p in CONTENT.glob("*.md")}
    spanish = {p.name for p in SPANISH_PAGES}
    assert spanish == english, sorted(english ^ spanish)


@pytest.mark.parametrize("page", SPANISH_PAGES, ids=lambda p: p.name)
def test_each_page_links_its_counterpart_both_ways(built_site: Path, page: Path) -> None:
    english = _built(built_site, page.name)
    spanish = _built(built_site / "es", page.name)
    to_spanish, to_english = _links(english), _links(spanish)
    assert to_spanish.html_lang == "en" and to_english.html_lang == "es"
    assert [a["hreflang"] for a in to_spanish.alternates] == ["es"]
    assert [a["hreflang"] for a in to_english.alternates] == ["en"]
    assert _target(english, str(to_spanish.alternates[0]["href"])) == spanish
    assert _target(spanish, str(to_english.alternates[0]["href"])) == english
    # The switcher leads to the same page in the other language.
    assert to_spanish.switcher and _target(english, str(to_spanish.switcher["href"])) == spanish
    assert to_english.switcher and _target(spanish, str(to_english.switcher["href"])) == english
    assert to_spanish.switcher["lang"] == "es" and to_english.switcher["lang"] == "en"


def test_a_page_with_no_spanish_edition_switches_to_the_spanish_home(built_site: Path) -> None:
    student = built_site / "students" / "mechanisms" / "index.html"
    links = _links(student)
    assert links.alternates == []
    assert links.switcher and _target(student, str(links.switcher["href"])) == built_site / "es" / "index.html"


def test_the_offline_copy_has_no_switcher(offline_copy: Path) -> None:
    assert _links(offline_copy / "what-is-oih.html").switcher is None


@pytest.mark.parametrize("page", SPANISH_PAGES, ids=lambda p: p.name)
def test_links_to_english_only_pages_work_and_say_so(built_site: Path, page: Path) -> None:
    built = _built(built_site / "es", page.name)
    html = built.read_text(encoding="utf-8")
    links = _links(built).english_links
    for href in links:
        assert _target(built, href).is_file(), href
    # Each such link is followed by the words that say the page is in English.
    marked = re.findall(r'hreflang="en">(?:(?!</a>).)*</a> \(en inglés\)', html, re.DOTALL)
    assert len(marked) == len(links)


def test_each_edition_searches_its_own_pages(built_site: Path) -> None:
    spanish = json.loads((built_site / "es" / "search" / "search_index.json").read_text(encoding="utf-8"))
    english = json.loads((built_site / "search" / "search_index.json").read_text(encoding="utf-8"))
    assert spanish["config"]["lang"] == ["es"]
    assert {doc["location"].split("#")[0] for doc in spanish["docs"]} >= {"", "what-is-oih/", "staying-safe/"}
    assert not any(doc["location"].startswith("students/") for doc in spanish["docs"])
    assert not any(doc["location"].startswith("es/") for doc in english["docs"])
    assert any("hiperalgesia" in doc["text"].lower() for doc in spanish["docs"])


class _Visible(HTMLParser):
    """The text a reader of a Spanish page sees, leaving out what is marked English on purpose."""

    _SKIP = {"script", "style", "code", "svg", "head"}

    def __init__(self) -> None:
        super().__init__()
        self.stack: list[tuple[str, bool]] = []
        self.words: list[str] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag in {"br", "img", "input", "meta", "link", "hr", "wbr", "source"}:
            return
        attributes = dict(attrs)
        # Marked English on purpose, or a link to an outside address whose
        # text is the address or a DOI (the References page).
        skip = (tag in self._SKIP or attributes.get("lang") == "en"
                or (tag == "a" and (attributes.get("href") or "").startswith("https://")))
        self.stack.append((tag, skip))

    def handle_endtag(self, tag: str) -> None:
        # Close up to the matching element; an end tag with none open (HTML
        # lets some be left out) closes nothing.
        if any(open_tag == tag for open_tag, _ in self.stack):
            while self.stack.pop()[0] != tag:
                pass

    def handle_data(self, data: str) -> None:
        if not any(skip for _, skip in self.stack):
            self.words += re.findall(r"[^\W\d_]+", data)


# English words no Spanish sentence uses; names ("OIH Guide") and the
# English-only pages' own titles in links are not among them.
_ENGLISH = {"the", "and", "your", "you", "with", "this", "that", "what", "how", "not", "are",
            "when", "pain", "dose", "page", "read", "more", "about"}


@pytest.mark.parametrize("page", SPANISH_PAGES, ids=lambda p: p.name)
def test_no_english_is_left_on_a_spanish_page(built_site: Path, page: Path) -> None:
    parser = _Visible()
    parser.feed(_built(built_site / "es", page.name).read_text(encoding="utf-8"))
    english = sorted({word for word in parser.words if word.lower() in _ENGLISH})
    assert english == [], english


def test_each_edition_has_its_own_not_found_page_whose_links_stay_in_it(built_site: Path) -> None:
    # A host serves a not-found page for a missing address at any depth, so its
    # links start at the server's root: the Spanish one's at /es/.
    for edition, root in (("en", ""), ("es", "es/")):
        page = built_site / root / "404.html"
        links = _links(page)
        assert links.html_lang == edition
        targets = re.findall(r'(?:href|src)="(/[^"#]*)', page.read_text(encoding="utf-8"))
        assert len(targets) > 20, targets
        for target in targets:
            resolved = posixpath.normpath(target).rstrip("/") + ("/" if target.endswith(("/", "/.")) else "")
            shared = resolved.startswith(("/manifest.webmanifest", "/sw.js", "/assets/images/"))
            assert resolved.startswith(f"/{root}") or shared, f"{root}404.html links out of its edition: {target}"
            built = built_site / resolved.lstrip("/")
            assert built.is_file() or (built / "index.html").is_file(), f"{root}404.html: {target} is missing"
    parser = _Visible()
    parser.feed((built_site / "es" / "404.html").read_text(encoding="utf-8"))
    assert "Página no encontrada" in " ".join(parser.words)
    assert sorted({word for word in parser.words if word.lower() in _ENGLISH}) == []
