"""The downloadable offline copy: its link on the online site, and its zip.

The copy is the same site built by ``mkdocs.offline.yml``: page files end in
``.html``, search runs from an inlined index, and the tool boots from classic
scripts, so double-clicking ``index.html`` in the unzipped folder works with
no server and no network.
"""

from __future__ import annotations

import shutil
from pathlib import Path

from site_build.reproducible_zip import write_reproducible_zip
from site_build.study_downloads import handbook_link

DOWNLOAD_MARKER = "<!-- oih:offline-download -->"
# On the copy's home page: the handbook travels in the copy (online, nothing).
HANDBOOK_MARKER = "<!-- oih:offline-handbook -->"
ZIP_NAME = "oih-guide-offline.zip"
ZIP_PATH = f"downloads/{ZIP_NAME}"
# The folder the zip unpacks to, so unzipping never scatters files.
ZIP_FOLDER = "oih-guide"
SIZE_PLACEHOLDER = "<!-- oih:zip-size -->"

_README = """OIH Guide, offline copy
=======================

Open index.html in this folder with a web browser (double-click it).
Everything works without internet: the pages, the search and the self-check.
Nothing you enter in the self-check is stored or sent anywhere.

OIH Guide informs; it does not diagnose. In an emergency, call your local
emergency number.
"""

# Pages a reader can never reach from disk: the server's not-found page and
# the sitemap (its links are root-absolute and need a web server).
_NOT_IN_THE_COPY = frozenset({"404.html", "sitemap.xml", "sitemap.xml.gz"})
# Theme files no page of this English-only site loads.
_UNUSED_THEME_DIRS = ("assets/javascripts/lunr",)
_UNUSED_THEME_SUFFIXES = (".map",)


def download_block(site_root: str, offline: bool) -> str:
    """The HTML that replaces ``DOWNLOAD_MARKER``: a download link online, a note in the copy."""
    if offline:
        return (
            '<p class="oih-download oih-download--here">You are reading the offline copy. '
            "It works without internet, search and self-check included.</p>"
        )
    return (
        '<p class="oih-download">'
        f'<a class="md-button" href="{site_root}{ZIP_PATH}" download>Download for offline study</a> '
        f'<span class="oih-download__size">(zip file, {SIZE_PLACEHOLDER})</span></p>\n'
        '<p class="oih-download__how">Unzip it, then open index.html. '
        "Pages, search and the self-check all work with no internet.</p>"
    )


def handbook_note(site_root: str, offline: bool) -> str:
    """The HTML that replaces ``HANDBOOK_MARKER``: in the copy, a link to the handbook in it."""
    if not offline:
        return ""
    return f'<p class="oih-download__how">For students: this copy includes the {handbook_link(site_root)}, ready to print.</p>'


def prune_unused_theme_files(site_dir: Path) -> None:
    """Drop source maps and other-language search files: 3 MB no reader needs."""
    for relative in _UNUSED_THEME_DIRS:
        shutil.rmtree(site_dir / relative, ignore_errors=True)
    for suffix in _UNUSED_THEME_SUFFIXES:
        for path in site_dir.rglob(f"*{suffix}"):
            path.unlink()


def write_zip(copy_dir: Path, target: Path) -> Path:
    """Zip the built copy under ``ZIP_FOLDER/``, with a README; the same input gives the same bytes."""
    entries = [(f"{ZIP_FOLDER}/README.txt", _README.encode())]
    entries += [
        (f"{ZIP_FOLDER}/{path.relative_to(copy_dir).as_posix()}", path.read_bytes())
        for path in sorted(copy_dir.rglob("*"))
        if path.is_file() and path.relative_to(copy_dir).as_posix() not in _NOT_IN_THE_COPY
    ]
    return write_reproducible_zip(target, entries, compresslevel=9)


def human_size(size: int) -> str:
    return f"{size / 1_000_000:.1f} MB"


def fill_zip_size(site_dir: Path, size: int) -> int:
    """Write the zip's size into every page that links to it; return how many pages."""
    filled = 0
    for page in site_dir.rglob("*.html"):
        text = page.read_text(encoding="utf-8")
        if SIZE_PLACEHOLDER in text:
            page.write_text(text.replace(SIZE_PLACEHOLDER, human_size(size)), encoding="utf-8")
            filled += 1
    return filled
