"""Every internal link, anchor and file reference of the built site resolves, online and offline.

A small crawler (standard library only) starts at ``index.html`` and follows
every internal ``a[href]``. On each page it also checks the files the page
loads (``link[href]``, ``script[src]``, ``img[src]``, ``srcset`` and friends),
the files the self-check and the theme load from URLs given in the page
(``data-pyodide-base``, ``data-stdlib-url``, the theme's ``__config``), and the
``url()`` references of linked style sheets. Every ``#fragment`` must name an
element ``id`` (or ``<a name>``) on the target page. Pages no link reaches are
reported too. Problems come out one a line as ``page: kind: url``.

The online site is checked with directory URLs (``students/`` serves
``students/index.html``); the offline copy is unzipped and checked as files
opened from disk, where a folder URL shows a file listing and ``/x`` points
outside the copy.
"""

from __future__ import annotations

import json
import posixpath
import re
from collections import Counter
from dataclasses import dataclass, field
from html.parser import HTMLParser
from pathlib import Path
from urllib.parse import unquote, urlsplit

import pytest

from site_build.pages.downloads import DECK_PATH, HANDBOOK_PATH, ZIP_PATH
from site_build.runtime.tool_assets import built_runtime_dir

EXTERNAL_SCHEMES = {"http", "https"}
SKIPPED_SCHEMES = {"mailto", "tel", "data", "javascript"}

# Attributes through which a page loads a file as it renders.
RESOURCE_ATTRIBUTES = {
    "link": ("href",),
    "script": ("src",),
    "img": ("src", "srcset"),
    "source": ("src", "srcset"),
    "video": ("src", "poster"),
    "audio": ("src",),
    "track": ("src",),
    "iframe": ("src",),
    "embed": ("src",),
    "object": ("data",),
    "input": ("src",),
}
_CSS_URL = re.compile(r"""url\(\s*(['"]?)(.*?)\1\s*\)|@import\s+(['"])(.*?)\3""")


@dataclass(frozen=True)
class Layout:
    """How URLs map to files, and which files page scripts load from URLs in the page."""

    name: str
    # Online a server answers "x/" with x/index.html; from disk "x/" is a folder listing.
    folder_urls: bool
    # Attribute (or "__config.<key>" of the theme's config) -> files built from its value:
    # {url} is the value as written, {folder} the value as a folder URL ending in "/".
    script_files: dict[str, tuple[str, ...]] = field(default_factory=dict)


ONLINE = Layout(
    "online",
    folder_urls=True,
    script_files={
        "data-pyodide-base": ("{folder}pyodide.js", "{folder}pyodide.asm.js", "{folder}pyodide.asm.wasm"),
        "data-stdlib-url": ("{url}",),
        "data-worker-url": ("{url}",),
        "data-service-worker": ("{url}",),
        "__config.search": ("{url}",),
        "__config.base": ("{folder}", "{folder}search/search_index.json"),
    },
)
# From disk the self-check loads every runtime file as a classic script (assessment-boot.js,
# startFromDisk) and the theme loads the search index as a script (search_index.js).
OFFLINE = Layout(
    "offline",
    folder_urls=False,
    script_files={
        "data-pyodide-base": ("{folder}pyodide.js.txt.js", "{folder}pyodide.asm.js.txt.js", "{folder}pyodide.asm.wasm.js"),
        "data-stdlib-url": ("{url}.js",),
        "data-worker-url": ("{url}.txt.js",),
        "data-service-worker": ("{url}",),
        "__config.search": ("{url}",),
        "__config.base": ("{folder}index.html", "{folder}search/search_index.js"),
    },
)


class _PageParser(HTMLParser):
    def __init__(self, script_attributes: set[str]) -> None:
        super().__init__(convert_charrefs=True)
        self._script_attributes = script_attributes
        self.ids: set[str] = set()
        self.base: str | None = None
        # (kind, url): kind is "a[href]", a resource like "img[src]", or a script-file pattern source.
        self.refs: list[tuple[str, str]] = []
        self._config: list[str] | None = None
        self.config: dict = {}

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        values = {name: value for name, value in attrs if value is not None}
        if values.get("id"):
            self.ids.add(values["id"])
        if tag == "a" and values.get("name"):
            self.ids.add(values["name"])
        if tag == "base" and "href" in values and self.base is None:
            self.base = values["href"]
        if tag == "a" and "href" in values:
            self.refs.append(("a[href]", values["href"]))
        for attribute in RESOURCE_ATTRIBUTES.get(tag, ()):
            if attribute not in values:
                continue
            if attribute == "srcset":
                for candidate in values[attribute].split(","):
                    if candidate.strip():
                        self.refs.append((f"{tag}[srcset]", candidate.split()[0]))
            else:
                self.refs.append((f"{tag}[{attribute}]", values[attribute]))
        for name, value in values.items():
            if name in self._script_attributes:
                self.refs.append((f"[{name}]", value))
        if tag == "script" and values.get("id") == "__config":
            self._config = []

    def handle_data(self, data: str) -> None:
        if self._config is not None:
            self._config.append(data)

    def handle_endtag(self, tag: str) -> None:
        if tag == "script" and self._config is not None:
            self.config = json.loads("".join(self._config))
            self._config = None


@dataclass
class Target:
    path: str  # file path under the site root, "" when the URL is not a file of the site
    fragment: str | None
    problem: str | None = None


@dataclass
class Crawler:
    root: Path
    layout: Layout
    problems: list[str] = field(default_factory=list)
    counts: Counter = field(default_factory=Counter)
    targets: set[str] = field(default_factory=set)  # every file some reference resolved to
    _parsed: dict[str, _PageParser] = field(default_factory=dict)
    _visited: set[str] = field(default_factory=set)
    _scanned: set[str] = field(default_factory=set)

    # ---- public -------------------------------------------------------------------------

    def crawl(self, start: str = "index.html") -> set[str]:
        """Check every page reachable from ``start`` by a[href]; return the pages reached."""
        reached = {start}
        queue = [start]
        while queue:
            page = queue.pop(0)
            for linked in self._check_page(page):
                if linked not in reached:
                    reached.add(linked)
                    queue.append(linked)
        return reached

    def report_orphans(self, reached: set[str], exempt: tuple[str, ...] = ("404.html",)) -> None:
        for path in sorted(p.relative_to(self.root).as_posix() for p in self.root.rglob("*.html")):
            if path not in reached and path not in exempt:
                self._problem(path, "orphan page", "no a[href] chain from index.html reaches it")

    # ---- pages --------------------------------------------------------------------------

    def _parse(self, page: str) -> _PageParser:
        if page not in self._parsed:
            parser = _PageParser({k for k in self.layout.script_files if not k.startswith("__config.")})
            parser.feed((self.root / page).read_text(encoding="utf-8"))
            parser.close()
            self._parsed[page] = parser
        return self._parsed[page]

    def _check_page(self, page: str) -> list[str]:
        """Check one page's references; return the pages its a[href] links lead to."""
        if page in self._visited:
            return []
        self._visited.add(page)
        self.counts["pages"] += 1
        parsed = self._parse(page)
        base = page
        if parsed.base is not None:
            resolved = self._resolve(page, parsed.base)
            base = resolved.path if resolved.path and not resolved.problem else page
        refs = list(parsed.refs)
        for key, value in parsed.config.items():
            if f"__config.{key}" in self.layout.script_files and isinstance(value, str):
                refs.append((f"[__config.{key}]", value))
        linked = []
        for kind, url in refs:
            if kind.startswith("["):
                for pattern in self.layout.script_files[kind[1:-1]]:
                    self.counts["script-loaded files"] += 1
                    file_url = pattern.format(url=url, folder=url.rstrip("/") + "/")
                    self._check_file(page, base, f"script-loaded file {kind}", file_url)
                continue
            target = self._check_ref(page, base, kind, url)
            if target and kind == "a[href]" and target.endswith(".html"):
                linked.append(target)
        return linked

    def _check_ref(self, page: str, base: str, kind: str, url: str) -> str | None:
        url = url.strip()
        parts = urlsplit(url)
        scheme = parts.scheme.lower()
        if scheme in SKIPPED_SCHEMES:
            return None
        if scheme in EXTERNAL_SCHEMES or url.startswith("//"):
            if kind == "a[href]":
                self.counts["external links (not followed)"] += 1
            else:
                self._problem(page, f"external resource ({kind})", url)
            return None
        if scheme:
            self._problem(page, f"unsupported scheme ({kind})", url)
            return None
        self.counts["internal links" if kind == "a[href]" else "resources"] += 1
        target = self._resolve(base, url)
        if target.problem:
            self._problem(page, f"{target.problem} ({kind})", url)
            return None
        self.targets.add(target.path)
        if target.fragment is not None and target.path.endswith(".html"):
            self.counts["anchors"] += 1
            if not self._has_anchor(target.path, target.fragment):
                self._problem(page, f"missing anchor ({kind})", url)
        if kind != "a[href]":
            self._scan_resource(target.path)
        return target.path

    def _check_file(self, page: str, base: str, kind: str, url: str) -> None:
        target = self._resolve(base, url)
        if target.problem:
            self._problem(page, f"{target.problem} ({kind})", url)
        else:
            self.targets.add(target.path)

    # ---- URLs ---------------------------------------------------------------------------

    def _resolve(self, base: str, url: str) -> Target:
        """The file ``url`` names when it appears on the page at ``base`` (a path under the root)."""
        parts = urlsplit(url)
        fragment = parts.fragment if "#" in url else None
        path = unquote(parts.path)
        if path == "":
            return Target(base, fragment)
        if path.startswith("/") and not self.layout.folder_urls:
            return Target("", fragment, "root-absolute URL, outside the copy when opened from disk")
        last = path.rsplit("/", 1)[-1]
        folder = last in ("", ".", "..")
        directory = "" if path.startswith("/") else posixpath.dirname(base)
        joined = posixpath.normpath(posixpath.join(directory, path.lstrip("/")))
        if joined == ".." or joined.startswith("../"):
            return Target("", fragment, "points outside the site")
        joined = "" if joined == "." else joined
        if folder:
            if not self.layout.folder_urls:
                return Target("", fragment, "folder URL, a file listing when opened from disk")
            joined = posixpath.join(joined, "index.html")
        file = self.root / joined
        if file.is_file():
            return Target(joined, fragment)
        if file.is_dir() and (file / "index.html").is_file():
            if self.layout.folder_urls:  # the server redirects "x" to "x/"
                return Target(posixpath.join(joined, "index.html"), fragment)
            return Target("", fragment, "folder URL, a file listing when opened from disk")
        return Target("", fragment, "missing file")

    def _has_anchor(self, page: str, fragment: str) -> bool:
        # HTML: an empty fragment and "top" (without such an id) scroll to the top of the page.
        if fragment == "" or fragment.lower() == "top":
            return True
        ids = self._parse(page).ids
        return fragment in ids or unquote(fragment) in ids

    # ---- files that reference further files ---------------------------------------------

    def _scan_resource(self, path: str) -> None:
        if path in self._scanned:
            return
        self._scanned.add(path)
        if path.endswith(".css"):
            text = (self.root / path).read_text(encoding="utf-8")
            for match in _CSS_URL.finditer(text):
                url = match.group(2) if match.group(2) is not None else match.group(4)
                if url and not url.startswith("#"):
                    self._check_ref(path, path, "css url()", url)
        elif path.endswith(".webmanifest"):
            manifest = json.loads((self.root / path).read_text(encoding="utf-8"))
            for icon in manifest.get("icons", []):
                self._check_ref(path, path, "manifest icon", icon["src"])
            for key in ("start_url", "scope"):
                if key in manifest:
                    self._check_ref(path, path, f"manifest {key}", manifest[key])

    def _problem(self, page: str, kind: str, url: str) -> None:
        line = f"{page}: {kind}: {url}"
        if line not in self.problems:
            self.problems.append(line)


def crawl_site(root: Path, layout: Layout, also_check: tuple[str, ...] = ()) -> Crawler:
    """Crawl from index.html, report orphans, then check the extra pages (e.g. 404.html)."""
    crawler = Crawler(root, layout)
    reached = crawler.crawl("index.html")
    crawler.report_orphans(reached, exempt=("404.html", *also_check))
    for page in also_check:
        crawler.crawl(page)
    return crawler


def _summary(crawler: Crawler) -> str:
    counts = ", ".join(f"{value} {name}" for name, value in sorted(crawler.counts.items()))
    return f"{crawler.layout.name}: checked {counts}"


def _assert_clean(crawler: Crawler) -> None:
    print(_summary(crawler))
    assert not crawler.problems, (
        f"{len(crawler.problems)} broken reference(s) in the {crawler.layout.name} site:\n"
        + "\n".join(crawler.problems)
    )


# ---- the real site ----------------------------------------------------------------------


def test_online_site_has_no_broken_links_anchors_or_files(built_site: Path) -> None:
    # Each edition's 404.html is served for any missing URL in it, so it is checked but need not be linked.
    crawler = crawl_site(built_site, ONLINE, also_check=("404.html", "es/404.html"))
    _assert_clean(crawler)
    assert crawler.counts["pages"] >= 23
    assert crawler.counts["anchors"] > 100
    # The crawl did reach the downloads and the self-check's runtime.
    runtime = built_runtime_dir(built_site)
    expected = {ZIP_PATH, DECK_PATH, HANDBOOK_PATH, f"{runtime}/pyodide.asm.wasm", f"{runtime}/python_stdlib.pyc.zip"}
    assert expected <= crawler.targets


def test_offline_copy_has_no_broken_links_anchors_or_files(offline_copy: Path) -> None:
    # The copy's 404.html is never shown (no server opens it), so it is neither linked nor checked.
    crawler = crawl_site(offline_copy, OFFLINE)
    _assert_clean(crawler)
    assert crawler.counts["pages"] >= 23
    assert crawler.counts["anchors"] > 100
    expected = {"assessment.html", DECK_PATH, f"{built_runtime_dir(offline_copy)}/pyodide.asm.wasm.js", "search/search_index.js"}
    assert expected <= crawler.targets


# ---- the crawler itself -----------------------------------------------------------------


def _write(root: Path, files: dict[str, str]) -> None:
    for name, body in files.items():
        (root / name).parent.mkdir(parents=True, exist_ok=True)
        (root / name).write_text(f"<!doctype html><html><body>{body}</body></html>", encoding="utf-8")


FAKE_SITES = {
    "online": (
        ONLINE,
        {
            "index.html": '<h1 id="top-title">Home</h1><a href="b/">B</a> <a href="missing/">gone</a>'
            ' <a href="b/#here">ok anchor</a> <a href="https://doi.org/10.1/x">ok external</a>'
            ' <script src="https://cdn.example.com/x.js"></script>'
            ' <img alt="" src="b/pic.svg" srcset="b/pic.svg 1x, b/gone.svg 2x">',
            "b/index.html": '<p id="here">B</p><a href="../#nowhere">bad anchor</a> <a href="..">home</a>',
            "lost/index.html": "<p>nobody links here</p>",
            "b/pic.svg": "",
        },
        [
            "index.html: missing file (a[href]): missing/",
            "index.html: external resource (script[src]): https://cdn.example.com/x.js",
            "index.html: missing file (img[srcset]): b/gone.svg",
            "b/index.html: missing anchor (a[href]): ../#nowhere",
            "lost/index.html: orphan page: no a[href] chain from index.html reaches it",
        ],
    ),
    "offline": (
        OFFLINE,
        {
            "index.html": '<h1 id="top-title">Home</h1><a href="b.html">B</a> <a href="missing.html">gone</a>'
            ' <a href="b.html#here">ok anchor</a> <a href="sub/">folder</a>',
            "b.html": '<p id="here">B</p><a href="index.html#nowhere">bad anchor</a>'
            ' <a href="/index.html">root</a>',
            "sub/index.html": "<p>only reachable as a folder</p>",
        },
        [
            "index.html: missing file (a[href]): missing.html",
            "index.html: folder URL, a file listing when opened from disk (a[href]): sub/",
            "b.html: missing anchor (a[href]): index.html#nowhere",
            "b.html: root-absolute URL, outside the copy when opened from disk (a[href]): /index.html",
            "sub/index.html: orphan page: no a[href] chain from index.html reaches it",
        ],
    ),
}


@pytest.mark.parametrize("name", FAKE_SITES)
def test_the_crawler_reports_a_broken_link_and_a_broken_anchor(tmp_path: Path, name: str) -> None:
    layout, files, expected = FAKE_SITES[name]
    _write(tmp_path, files)
    crawler = crawl_site(tmp_path, layout)
    assert sorted(crawler.problems) == sorted(expected)
    assert crawler.counts["anchors"] == 2
