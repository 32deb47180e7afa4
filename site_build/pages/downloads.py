"""The pages' download links: the offline copy's zip, the Anki deck and the PDF handbook.

A page asks for a block with a marker (``DOWNLOAD_MARKER``, ``HANDBOOK_MARKER``,
``STUDY_MARKER``); the hooks replace it. Each size is a placeholder until the
build has written the file (``fill_sizes``). The offline copy carries the deck
and the handbook, so their links work from disk: students study from it, and
the handbook is what they print.
"""

from __future__ import annotations

from html import escape
from pathlib import Path

from assessment._i18n import DEFAULT_LANGUAGE, N_, translator

DOWNLOAD_MARKER = "<!-- oih:offline-download -->"
# On the copy's home page: the handbook travels in the copy (online, nothing).
HANDBOOK_MARKER = "<!-- oih:offline-handbook -->"
STUDY_MARKER = "<!-- oih:study-downloads -->"
ZIP_NAME = "oih-guide-offline.zip"
ZIP_PATH = f"downloads/{ZIP_NAME}"
# Written by the downloads stage (site_build.downloads); named here so that
# building a page never imports genanki or pypdf to learn where they go.
DECK_PATH = "downloads/oih-guide-flashcards.apkg"
HANDBOOK_PATH = "downloads/oih-guide-handbook.pdf"


def size_placeholder(relative: str) -> str:
    return f"<!-- oih:size:{relative} -->"


def size_text(size: int) -> str:
    """A file size as a reader sees it: kB below a megabyte, MB with one decimal above."""
    if size < 1_000_000:
        return f"{max(1, round(size / 1000))} kB"
    return f"{size / 1_000_000:.1f} MB"


_HERE = N_("You are reading the offline copy. It works without internet, search and self-check included.")
_DOWNLOAD = N_("Download for offline study")
_ZIP_SIZE = N_("(zip file, {size})")
_HOW = N_("Unzip it, then open index.html. Pages, search and the self-check all work with no internet.")


def download_block(site_root: str, offline: bool, language: str = DEFAULT_LANGUAGE) -> str:
    """The HTML that replaces ``DOWNLOAD_MARKER``: a download link online, a note in the copy.

    ``site_root`` leads to the folder that holds ``downloads/`` (the online
    site's root, for either edition).
    """
    translate = translator(language)
    if offline:
        return f'<p class="oih-download oih-download--here">{escape(translate(_HERE))}</p>'
    size = escape(translate(_ZIP_SIZE)).replace("{size}", size_placeholder(ZIP_PATH))
    return (
        '<p class="oih-download">'
        f'<a class="md-button" href="{escape(site_root + ZIP_PATH)}" download>{escape(translate(_DOWNLOAD))}</a> '
        f'<span class="oih-download__size">{size}</span></p>\n'
        f'<p class="oih-download__how">{escape(translate(_HOW))}</p>'
    )


def handbook_link(site_root: str) -> str:
    """The handbook's link with its size, for a page ``site_root`` away from the root."""
    return (
        f'<a href="{escape(site_root + HANDBOOK_PATH)}" download>Printable handbook</a> '
        f"(PDF, {size_placeholder(HANDBOOK_PATH)})"
    )


def handbook_note(site_root: str, offline: bool) -> str:
    """The HTML that replaces ``HANDBOOK_MARKER``: in the copy, a link to the handbook in it."""
    if not offline:
        return ""
    return f'<p class="oih-download__how">For students: this copy includes the {handbook_link(site_root)}, ready to print.</p>'


def study_block(site_root: str) -> str:
    """The HTML that replaces ``STUDY_MARKER`` on a page ``site_root`` away from the root."""
    deck = (
        f'<li><a href="{escape(site_root + DECK_PATH)}" download>Anki flashcards</a> '
        f"(.apkg, {size_placeholder(DECK_PATH)}): the glossary both ways, every self-test question, and "
        "key facts (mechanisms, the differential table, CDC 2022 MME factors, taper rates), each card with "
        "its source. In Anki choose File, then Import, and pick the file (on a phone, open it with AnkiDroid "
        "or AnkiMobile). Importing a newer copy updates your cards and keeps your reviews.</li>"
    )
    handbook = (
        f"<li>{handbook_link(site_root)}: the student pages, the glossary and the references in one PDF, "
        "with contents, page numbers and working links. It prints at actual size on A4 or US Letter.</li>"
    )
    return f'<ul class="oih-study-downloads">\n{deck}\n{handbook}\n</ul>'


def fill_blocks(html: str, site_root: str, *, offline: bool, language: str = DEFAULT_LANGUAGE) -> str:
    """Replace every download marker in a page's HTML."""
    blocks = {
        DOWNLOAD_MARKER: lambda: download_block(site_root, offline, language),
        HANDBOOK_MARKER: lambda: handbook_note(site_root, offline),
        STUDY_MARKER: lambda: study_block(site_root),
    }
    for marker, render in blocks.items():
        if marker in html:
            html = html.replace(marker, render())
    return html


def fill_sizes(site_dir: Path, files: list[str]) -> dict[str, int]:
    """Write each file's size into every page that shows it.

    Returns, for each of ``files``, how many pages now show its size, so the
    build can fail when a download no page links to.
    """
    sizes = {
        relative: size_text((site_dir / relative).stat().st_size)
        for relative in files
        if (site_dir / relative).is_file()
    }
    shown = dict.fromkeys(files, 0)
    for page in site_dir.rglob("*.html"):
        text = page.read_text(encoding="utf-8")
        filled = text
        for relative, size in sizes.items():
            placeholder = size_placeholder(relative)
            if placeholder in filled:
                filled = filled.replace(placeholder, size)
                shown[relative] += 1
        if filled != text:
            page.write_text(filled, encoding="utf-8")
    return shown
