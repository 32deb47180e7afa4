from __future__ import annotations

import json
import re
import shutil
import subprocess
from pathlib import Path

import pytest

from site_build.publish.service_worker import SERVICE_WORKER, listed_files, write_service_worker

FILES = {
    "index.html": b"<h1>home</h1>",
    "404.html": b"<h1>not found</h1>",
    "a/index.html": b"<h1>a</h1>",
    "a/figure.svg": b"<svg/>",
    "assets/stylesheets/extra.css": b"body{}",
    "assets/pyodide/pyodide.asm.wasm": b"\x00asm",
    "assets/pyodide/package.json": b'{"version": "314.0.7"}',
    "assets/pyodide/python_stdlib.pyc.zip": b"PK stdlib",
    "assets/javascripts/lunr/min/lunr.de.min.js": b"lunr",
    "downloads/z.zip": b"PK zip",
    "x.js.map": b"{}",
    "sitemap.xml": b"<urlset/>",
    "sitemap.xml.gz": b"\x1f\x8b",
}


@pytest.fixture
def site(tmp_path: Path) -> Path:
    for relative, data in FILES.items():
        path = tmp_path / relative
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_bytes(data)
    return tmp_path


def _list(worker: Path, variable: str) -> list[str]:
    return listed_files(worker.read_text(encoding="utf-8"), variable)


def _version(site: Path) -> str:
    match = re.search(r'^var CACHE = "oih-guide-(\w+)";$', write_service_worker(site).read_text(), re.MULTILINE)
    assert match is not None
    return match.group(1)


def test_the_worker_is_written_at_the_site_root(site: Path) -> None:
    assert write_service_worker(site) == site / SERVICE_WORKER
    assert (site / "sw.js").is_file()


def test_pages_are_listed_by_their_directory_url(site: Path) -> None:
    pages = _list(write_service_worker(site), "PAGES_AND_ASSETS")
    assert "./" in pages
    assert "a/" in pages
    assert not [page for page in pages if page.endswith("index.html")]


def test_other_pages_and_small_assets_are_listed(site: Path) -> None:
    pages = _list(write_service_worker(site), "PAGES_AND_ASSETS")
    assert sorted(pages) == sorted(["./", "404.html", "a/", "a/figure.svg", "assets/stylesheets/extra.css"])


@pytest.mark.parametrize(
    "excluded",
    [
        "assets/pyodide/pyodide.asm.wasm",
        "assets/pyodide/python_stdlib.pyc.zip",
        "downloads/z.zip",
        "x.js.map",
        "sitemap.xml",
        "sitemap.xml.gz",
        "assets/javascripts/lunr/min/lunr.de.min.js",
        "sw.js",
    ],
)
def test_pages_and_assets_leave_out(site: Path, excluded: str) -> None:
    write_service_worker(site)  # a second build sees the first build's sw.js
    assert excluded not in _list(write_service_worker(site), "PAGES_AND_ASSETS")


def test_each_folder_with_a_not_found_page_is_listed_deepest_first(site: Path) -> None:
    assert _list(write_service_worker(site), "NOT_FOUND_FOLDERS") == [""]
    (site / "es").mkdir()
    (site / "es" / "404.html").write_bytes(b"<h1>no encontrada</h1>")
    (site / "es" / "not-404.html").write_bytes(b"<h1>other</h1>")
    assert _list(write_service_worker(site), "NOT_FOUND_FOLDERS") == ["es/", ""]


def test_an_editions_copies_of_root_assets_are_cached_once_and_answered_from_the_original(site: Path) -> None:
    copies = {
        "es/assets/stylesheets/extra.css": FILES["assets/stylesheets/extra.css"],  # the same bytes
        "es/assets/figures/figure.svg": b"<svg>Spanish words</svg>",  # no original
        "es/a/assets/stylesheets/extra.css": FILES["assets/stylesheets/extra.css"],  # not an edition's assets
    }
    for relative, data in copies.items():
        (site / relative).parent.mkdir(parents=True, exist_ok=True)
        (site / relative).write_bytes(data)
    (site / "assets/stylesheets/other.css").write_bytes(b"a{}")
    (site / "es/assets/stylesheets/other.css").write_bytes(b"b{}")  # same name, other bytes
    (site / "assets/javascripts/workers").mkdir(parents=True)
    (site / "es/assets/javascripts/workers").mkdir(parents=True)
    for root in ("", "es/"):
        (site / root / "assets/javascripts/workers/search.js").write_bytes(b"self.onmessage = null")
    worker = write_service_worker(site).read_text(encoding="utf-8")
    match = re.search(r"^var SAME_AS = (\{.*\});$", worker, re.MULTILINE)
    assert match is not None
    assert json.loads(match.group(1)) == {"es/assets/stylesheets/extra.css": "assets/stylesheets/extra.css"}
    pages = listed_files(worker, "PAGES_AND_ASSETS")
    assert "es/assets/stylesheets/extra.css" not in pages and "assets/stylesheets/extra.css" in pages
    assert {"es/assets/figures/figure.svg", "es/a/assets/stylesheets/extra.css", "es/assets/stylesheets/other.css",
            "es/assets/javascripts/workers/search.js"} <= set(pages)


def test_tool_files_are_the_runtime_and_its_boot_zip(site: Path) -> None:
    tool_files = _list(write_service_worker(site), "TOOL_FILES")
    assert tool_files == ["assets/pyodide/pyodide.asm.wasm", "assets/pyodide/python_stdlib.pyc.zip"]


def test_the_version_is_stable_for_the_same_site(site: Path) -> None:
    assert _version(site) == _version(site)


def test_the_version_changes_when_a_page_changes(site: Path) -> None:
    before = _version(site)
    (site / "a" / "index.html").write_bytes(b"<h1>a, revised</h1>")
    assert _version(site) != before


def test_the_version_changes_when_a_tool_file_changes(site: Path) -> None:
    before = _version(site)
    (site / "assets" / "pyodide" / "python_stdlib.pyc.zip").write_bytes(b"PK stdlib, rebuilt")
    assert _version(site) != before


def test_the_version_changes_when_a_file_is_added(site: Path) -> None:
    before = _version(site)
    (site / "b" / "index.html").parent.mkdir()
    (site / "b" / "index.html").write_bytes(b"<h1>b</h1>")
    assert _version(site) != before


def test_the_version_ignores_the_download(site: Path) -> None:
    before = _version(site)
    (site / "downloads" / "z.zip").write_bytes(b"PK zip, rebuilt")
    assert _version(site) == before


def test_the_version_ignores_source_maps(site: Path) -> None:
    before = _version(site)
    (site / "x.js.map").write_bytes(b'{"version": 3}')
    assert _version(site) == before


@pytest.mark.skipif(shutil.which("node") is None, reason="needs node")
def test_the_worker_parses_as_a_classic_script(site: Path) -> None:
    worker = write_service_worker(site)
    parse = "new (require('vm').Script)(require('fs').readFileSync(process.argv[1], 'utf8'))"
    completed = subprocess.run(["node", "-e", parse, str(worker)], capture_output=True, text=True)
    assert completed.returncode == 0, completed.stderr
