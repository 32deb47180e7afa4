"""The study downloads' links: the Anki deck and the PDF handbook, with their sizes.

A page asks for the links with ``STUDY_MARKER``. Each size is a placeholder
until the build has written the file (``fill_sizes``), as with the offline
copy's zip. The offline copy carries both files, so its links work from disk:
students study from it, and the handbook is what they print.
"""

from __future__ import annotations

from pathlib import Path

from site_build.anki_package import DECK_PATH
from site_build.handbook_pdf import HANDBOOK_PATH

STUDY_MARKER = "<!-- oih:study-downloads -->"


def size_placeholder(relative: str) -> str:
    return f"<!-- oih:size:{relative} -->"


def _size_text(size: int) -> str:
    if size < 1_000_000:
        return f"{max(1, round(size / 1000))} kB"
    return f"{size / 1_000_000:.1f} MB"


def handbook_link(site_root: str) -> str:
    """The handbook's link with its size, for a page ``site_root`` away from the root."""
    return (
        f'<a href="{site_root}{HANDBOOK_PATH}" download>Printable handbook</a> '
        f"(PDF, {size_placeholder(HANDBOOK_PATH)})"
    )


def study_block(site_root: str) -> str:
    """The HTML that replaces ``STUDY_MARKER`` on a page ``site_root`` away from the root."""
    deck = (
        f'<li><a href="{site_root}{DECK_PATH}" download>Anki flashcards</a> '
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


def fill_sizes(site_dir: Path, files: list[str]) -> int:
    """Write each file's size into every page that shows it; return how many pages changed."""
    sizes = {
        size_placeholder(relative): _size_text((site_dir / relative).stat().st_size)
        for relative in files
        if (site_dir / relative).is_file()
    }
    changed = 0
    for page in site_dir.rglob("*.html"):
        text = page.read_text(encoding="utf-8")
        filled = text
        for placeholder, size in sizes.items():
            filled = filled.replace(placeholder, size)
        if filled != text:
            page.write_text(filled, encoding="utf-8")
            changed += 1
    return changed
