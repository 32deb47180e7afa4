"""The downloadable offline copy's zip, and the theme files no page loads.

The copy is the same site built by ``mkdocs.offline.yml``: page files end in
``.html``, search runs from an inlined index, and the tool boots from classic
scripts, so double-clicking ``index.html`` in the unzipped folder works with
no server and no network.
"""

from __future__ import annotations

import shutil
from pathlib import Path

from site_build.reproducible_zip import write_reproducible_zip

# The folder the zip unpacks to, so unzipping never scatters files.
ZIP_FOLDER = "oih-guide"

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


def prune_unused_theme_files(site_dir: Path, search_language: str = "en") -> None:
    """Drop source maps and other-language search files: 3 MB no reader needs.

    English search needs none of the theme's lunr language files; another
    language keeps its own and the stemmer support they load.
    """
    keep = set() if search_language == "en" else {
        "lunr.stemmer.support.min.js", f"lunr.{search_language}.min.js"}
    for relative in _UNUSED_THEME_DIRS:
        folder = site_dir / relative
        if not keep:
            shutil.rmtree(folder, ignore_errors=True)
            continue
        for path in sorted(folder.rglob("*"), reverse=True):
            if path.is_file() and path.name not in keep:
                path.unlink()
            elif path.is_dir() and not any(path.iterdir()):
                path.rmdir()
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
