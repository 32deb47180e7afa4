from __future__ import annotations

import os
import zipfile
from pathlib import Path

import pytest

from site_build.publish.offline_copy import prune_unused_theme_files, write_zip


def _write(root: Path, files: dict[str, bytes]) -> None:
    for relative, data in files.items():
        path = root / relative
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_bytes(data)


@pytest.fixture
def copy_dir(tmp_path: Path) -> Path:
    root = tmp_path / "copy"
    _write(
        root,
        {
            "index.html": b"<h1>home</h1>",
            "a/index.html": b"<h1>a</h1>",
            "assets/tool/x.whl.js": b"(self.__oihFiles = {});",
        },
    )
    return root


# write_zip


def test_everything_is_under_one_folder_with_a_readme(copy_dir: Path, tmp_path: Path) -> None:
    with zipfile.ZipFile(write_zip(copy_dir, tmp_path / "out" / "copy.zip")) as archive:
        names = archive.namelist()
    assert sorted(names) == [
        "oih-guide/README.txt",
        "oih-guide/a/index.html",
        "oih-guide/assets/tool/x.whl.js",
        "oih-guide/index.html",
    ]


def test_the_zip_holds_each_files_bytes(copy_dir: Path, tmp_path: Path) -> None:
    with zipfile.ZipFile(write_zip(copy_dir, tmp_path / "copy.zip")) as archive:
        assert archive.read("oih-guide/a/index.html") == b"<h1>a</h1>"
        assert archive.read("oih-guide/assets/tool/x.whl.js") == b"(self.__oihFiles = {});"


def test_the_readme_says_to_open_index_html(copy_dir: Path, tmp_path: Path) -> None:
    with zipfile.ZipFile(write_zip(copy_dir, tmp_path / "copy.zip")) as archive:
        assert "Open index.html" in archive.read("oih-guide/README.txt").decode()


def test_the_zip_is_byte_for_byte_reproducible(copy_dir: Path, tmp_path: Path) -> None:
    first = write_zip(copy_dir, tmp_path / "first.zip").read_bytes()
    for path in copy_dir.rglob("*"):
        os.utime(path, (2_000_000_000, 2_000_000_000))  # file times must not leak into the zip
    second = write_zip(copy_dir, tmp_path / "second.zip").read_bytes()
    assert first == second


def test_the_zip_is_compressed(copy_dir: Path, tmp_path: Path) -> None:
    with zipfile.ZipFile(write_zip(copy_dir, tmp_path / "copy.zip")) as archive:
        assert {info.compress_type for info in archive.infolist()} == {zipfile.ZIP_DEFLATED}


# prune_unused_theme_files


@pytest.fixture
def theme_site(tmp_path: Path) -> Path:
    _write(
        tmp_path,
        {
            "assets/javascripts/bundle.js": b"js",
            "assets/javascripts/bundle.js.map": b"{}",
            "assets/stylesheets/main.css.map": b"{}",
            "assets/javascripts/lunr/min/lunr.de.min.js": b"lunr",
            "assets/javascripts/workers/search.js": b"worker",
        },
    )
    return tmp_path


def test_pruning_removes_source_maps(theme_site: Path) -> None:
    prune_unused_theme_files(theme_site)
    assert not list(theme_site.rglob("*.map"))


def test_pruning_removes_the_other_language_search_files(theme_site: Path) -> None:
    prune_unused_theme_files(theme_site)
    assert not (theme_site / "assets" / "javascripts" / "lunr").exists()


def test_pruning_keeps_what_pages_load(theme_site: Path) -> None:
    prune_unused_theme_files(theme_site)
    assert (theme_site / "assets" / "javascripts" / "bundle.js").is_file()
    assert (theme_site / "assets" / "javascripts" / "workers" / "search.js").is_file()


def test_pruning_a_site_without_those_files_is_a_no_op(tmp_path: Path) -> None:
    _write(tmp_path, {"index.html": b"x"})
    prune_unused_theme_files(tmp_path)
    assert [p.name for p in tmp_path.rglob("*")] == ["index.html"]


def test_pages_that_need_a_server_are_left_out(tmp_path: Path) -> None:
    site = tmp_path / "copy"
    _write(site, {"index.html": b"<p>home</p>", "404.html": b"<a href='/'>x</a>", "sitemap.xml": b"<urlset/>"})
    with zipfile.ZipFile(write_zip(site, tmp_path / "c.zip")) as archive:
        names = archive.namelist()
    assert "oih-guide/index.html" in names
    assert not [name for name in names if name.endswith(("404.html", "sitemap.xml"))]


def test_another_language_keeps_its_own_search_files(tmp_path: Path) -> None:
    from site_build.publish.offline_copy import prune_unused_theme_files

    lunr = tmp_path / "assets" / "javascripts" / "lunr"
    (lunr / "min").mkdir(parents=True)
    for name in ("lunr.es.min.js", "lunr.stemmer.support.min.js", "lunr.de.min.js", "lunr.multi.min.js"):
        (lunr / "min" / name).write_text("x")
    (lunr / "tinyseg.js").write_text("x")
    prune_unused_theme_files(tmp_path, "es")
    assert sorted(p.name for p in lunr.rglob("*.js")) == ["lunr.es.min.js", "lunr.stemmer.support.min.js"]
    prune_unused_theme_files(tmp_path)
    assert not lunr.exists()
