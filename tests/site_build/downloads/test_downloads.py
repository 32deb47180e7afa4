"""The built study downloads: the Anki deck and the PDF handbook, and the links to them.

These open what the build wrote (one build per test session): the ``.apkg`` as
the zip and SQLite collection Anki imports, the PDF with pypdf.
"""

from __future__ import annotations

import io
import json
import re
import sqlite3
import zipfile
from pathlib import Path

import pypdf
import pytest

from assessment.references import REFERENCES_BY_ID
from site_build.downloads.anki_package import DECK_NAME, MODELS, note_guid, stable_id, write_deck
from site_build.downloads.flashcards import GLOSSARY_SOURCE, NoteKind, all_cards
from site_build.downloads.handbook import chapter_key, handbook_pages
from site_build.pages.downloads import (
    DECK_PATH,
    DOWNLOAD_MARKER,
    HANDBOOK_MARKER,
    HANDBOOK_PATH,
    STUDY_MARKER,
    ZIP_PATH,
    download_block,
    fill_blocks,
    fill_sizes,
    size_placeholder,
    size_text,
    study_block,
)
from site_build.pages.glossary import read_terms
from site_build.pages.study.self_test import load_self_test
from site_build.publish.offline_copy import ZIP_FOLDER

ROOT = Path(__file__).resolve().parents[3]


# ---- the deck -----------------------------------------------------------------------------


def _collection(apkg: Path, tmp_path: Path) -> sqlite3.Connection:
    tmp_path.mkdir(parents=True, exist_ok=True)
    with zipfile.ZipFile(apkg) as archive:
        assert sorted(archive.namelist()) == ["collection.anki2", "media"]
        assert json.loads(archive.read("media")) == {}
        database = tmp_path / "collection.anki2"
        database.write_bytes(archive.read("collection.anki2"))
    return sqlite3.connect(database)


@pytest.fixture(scope="module")
def deck(built_site: Path, tmp_path_factory: pytest.TempPathFactory) -> sqlite3.Connection:
    return _collection(built_site / DECK_PATH, tmp_path_factory.mktemp("deck"))


def _notes_by_model(collection: sqlite3.Connection) -> dict[int, list[tuple[str, list[str], str]]]:
    notes: dict[int, list[tuple[str, list[str], str]]] = {}
    for guid, mid, fields, tags in collection.execute("SELECT guid, mid, flds, tags FROM notes"):
        notes.setdefault(mid, []).append((guid, fields.split("\x1f"), tags))
    return notes


def test_the_deck_has_a_note_per_glossary_term_and_self_test_question(deck: sqlite3.Connection) -> None:
    notes = _notes_by_model(deck)
    terms = read_terms(GLOSSARY_SOURCE)
    questions = load_self_test()
    assert len(notes[MODELS[NoteKind.TERM].model_id]) == len(terms)
    assert len(notes[MODELS[NoteKind.QUESTION].model_id]) == len(questions)
    assert len(notes[MODELS[NoteKind.FACT].model_id]) >= 60
    term_fronts = {fields[0] for _, fields, _ in notes[MODELS[NoteKind.TERM].model_id]}
    assert {"allodynia", "hyperalgesia", "MME"} <= term_fronts


def test_glossary_notes_give_two_cards_and_the_others_one(deck: sqlite3.Connection) -> None:
    per_note = dict(deck.execute("SELECT nid, COUNT(*) FROM cards GROUP BY nid").fetchall())
    models = dict(deck.execute("SELECT id, mid FROM notes").fetchall())
    for note_id, count in per_note.items():
        assert count == (2 if models[note_id] == MODELS[NoteKind.TERM].model_id else 1)


def test_every_note_carries_its_source_and_a_section_tag(deck: sqlite3.Connection) -> None:
    for notes in _notes_by_model(deck).values():
        for _, fields, tags in notes:
            assert fields[-1].startswith("OIH Guide: ")
            assert re.search(r"(^| )oih-guide::\S+", tags.strip())
    sources = " ".join(f[-1] for notes in _notes_by_model(deck).values() for _, f, _ in notes)
    assert "doi:" + REFERENCES_BY_ID["chen2009"].doi in sources


def test_ids_are_derived_from_names_and_content_ids(deck: sqlite3.Connection) -> None:
    decks = json.loads(deck.execute("SELECT decks FROM col").fetchone()[0])
    names = {d["name"]: int(i) for i, d in decks.items() if d["name"].startswith(DECK_NAME)}
    assert names == {f"{DECK_NAME}::{part}": stable_id(f"{DECK_NAME}::{part}") for part in ("Glossary", "Self-test", "Key facts")}
    models = json.loads(deck.execute("SELECT models FROM col").fetchone()[0])
    assert {int(i) for i in models} == {model.model_id for model in MODELS.values()}
    guids = {row[0] for row in deck.execute("SELECT guid FROM notes")}
    expected = {note_guid(card.key) for cards in all_cards().values() for card in cards}
    assert guids == expected
    assert note_guid("glossary:hyperalgesia") in guids


def test_the_same_sources_give_the_same_bytes(built_site: Path, tmp_path: Path) -> None:
    cards = all_cards()
    first = write_deck(cards, tmp_path / "a.apkg", 1_800_000_000).read_bytes()
    second = write_deck(all_cards(), tmp_path / "b.apkg", 1_800_000_000).read_bytes()
    assert first == second
    # A new build (the session's) with its own timestamp keeps every id: only times move.
    built = _collection(built_site / DECK_PATH, tmp_path / "built")
    again = _collection(tmp_path / "a.apkg", tmp_path / "again")
    query = "SELECT guid, mid, flds, tags FROM notes ORDER BY guid"
    assert built.execute(query).fetchall() == again.execute(query).fetchall()


def test_the_offline_copy_carries_the_deck_and_the_handbook(built_site: Path) -> None:
    with zipfile.ZipFile(built_site / ZIP_PATH) as archive:
        assert archive.read(f"{ZIP_FOLDER}/{DECK_PATH}") == (built_site / DECK_PATH).read_bytes()
        assert archive.read(f"{ZIP_FOLDER}/{HANDBOOK_PATH}") == (built_site / HANDBOOK_PATH).read_bytes()
        home = archive.read(f"{ZIP_FOLDER}/index.html").decode("utf-8")
    # The copy's home page links the handbook, with its size filled in; online, the home page does not.
    assert re.search(rf'href="{re.escape(HANDBOOK_PATH)}" download>[^<]+</a> \(PDF, \d+\.\d MB\)', home)
    assert "oih:offline-handbook" not in home
    online_home = (built_site / "index.html").read_text(encoding="utf-8")
    assert HANDBOOK_PATH not in online_home and "oih:offline-handbook" not in online_home


# ---- the handbook -------------------------------------------------------------------------


@pytest.fixture(scope="module")
def handbook(built_site: Path) -> pypdf.PdfReader:
    return pypdf.PdfReader(io.BytesIO((built_site / HANDBOOK_PATH).read_bytes()))


class PageTexts:
    """Each page's text, extracted when first asked for.

    pypdf takes about 35 ms a page here (4.5 s for the whole handbook), and the
    tests read about a third of the pages: the title, the contents, the
    chapters their words come from and a few numbered pages.
    """

    def __init__(self, handbook: pypdf.PdfReader) -> None:
        self._pages = handbook.pages
        self._texts: dict[int, str] = {}

    def __len__(self) -> int:
        return len(self._pages)

    def __getitem__(self, index: int) -> str:
        if index < 0:
            index += len(self)
        if index not in self._texts:
            self._texts[index] = self._pages[index].extract_text()
        return self._texts[index]

    def joined(self, first: int, last: int) -> str:
        """The text of pages ``first`` to ``last`` (numbered from 1), its white space collapsed."""
        return " ".join(" ".join(self[number - 1] for number in range(first, last + 1)).split())


@pytest.fixture(scope="module")
def handbook_text(handbook: pypdf.PdfReader) -> PageTexts:
    return PageTexts(handbook)


@pytest.fixture(scope="module")
def destinations(handbook: pypdf.PdfReader) -> dict[str, int]:
    """Every named destination (a chapter's headings: ``chapter--heading``) and its page, numbered from 1."""
    return {
        str(name).lstrip("/"): handbook.get_destination_page_number(dest) + 1
        for name, dest in handbook.named_destinations.items()
    }


@pytest.fixture(scope="module")
def chapter_starts(destinations: dict[str, int]) -> dict[str, int]:
    """Each chapter's key and the page its first heading is on."""
    starts: dict[str, int] = {}
    for name, page in destinations.items():
        chapter = name.split("--")[0]
        starts[chapter] = min(page, starts.get(chapter, page))
    return starts


def chapter_pages(chapter_starts: dict[str, int], src: str, total: int) -> tuple[int, int]:
    """The first and last page of the chapter printed from ``src``: up to where the next one starts."""
    first = chapter_starts[chapter_key(src)]
    return first, min((start for start in chapter_starts.values() if start > first), default=total)


def _outline_titles(outline: list) -> list[str]:
    titles = []
    for item in outline:
        if isinstance(item, list):
            titles += _outline_titles(item)
        else:
            titles.append(item.title)
    return titles


def test_the_handbook_has_a_sane_number_of_pages_of_one_size(handbook: pypdf.PdfReader) -> None:
    assert 30 <= len(handbook.pages) <= 200
    for page in handbook.pages:
        # 210 mm x 279.4 mm: A4's width, Letter's height, so it prints 1:1 on either.
        assert round(float(page.mediabox.width)) == 595
        assert round(float(page.mediabox.height)) == 792


def test_the_outline_has_every_chapter(handbook: pypdf.PdfReader, built_site: Path) -> None:
    titles = _outline_titles(handbook.outline)
    assert "Contents" in titles
    for expected in ("Mechanisms of opioid-induced hyperalgesia", "Self-test", "Glossary", "References"):
        assert expected in titles
    assert len(titles) > 60  # sections too, not just chapters
    assert handbook.trailer["/Root"]["/PageMode"] == "/UseOutlines"
    assert "/StructTreeRoot" in handbook.trailer["/Root"]  # tagged, for screen readers


def test_the_metadata_names_the_handbook_and_dates_it_by_its_sources(handbook: pypdf.PdfReader) -> None:
    metadata = handbook.metadata
    assert metadata.title == "OIH Guide: the student handbook"
    assert metadata.author == "The OIH Guide project"
    # The day the sources last changed, at midnight: no clock time, so rebuilds give the same bytes.
    assert re.fullmatch(r"D:\d{8}000000\+00'00'", metadata["/CreationDate"])
    assert metadata["/ModDate"] == metadata["/CreationDate"]


def test_the_text_is_searchable(handbook_text: PageTexts, chapter_starts: dict[str, int]) -> None:
    def chapter(src: str) -> str:
        return handbook_text.joined(*chapter_pages(chapter_starts, src, len(handbook_text)))

    assert "OIH Guide: the student handbook" in handbook_text[0]
    assert "hyperalgesia" in handbook_text.joined(1, 1)
    term, definition = next((t, d) for t, d in read_terms(GLOSSARY_SOURCE) if t == "allodynia")
    assert " ".join(definition.split()[:6]) in chapter("glossary.md")
    references = chapter("references.md")
    assert REFERENCES_BY_ID["chen2009"].doi in references.replace(" ", "") or REFERENCES_BY_ID["chen2009"].doi in references
    self_test = chapter("students/self-test.md")
    assert "Which statement best describes" in self_test  # the self-test, with its answers open
    assert "Answer and explanation" in self_test


def test_pages_are_numbered_from_the_second(handbook_text: PageTexts) -> None:
    total = len(handbook_text)
    assert f"of {total}" not in handbook_text[0]
    for number in (2, total // 2, total):
        assert f"{number} of {total}" in handbook_text[number - 1]


def test_the_contents_numbers_match_where_chapters_start(handbook_text: PageTexts, destinations: dict[str, int]) -> None:
    # The contents run from the second page to just before the first chapter.
    contents = "\n".join(handbook_text[index] for index in range(1, min(destinations.values()) - 1))
    for chapter in ("Mechanisms of opioid-induced hyperalgesia", "Glossary", "References"):
        line = next(line for line in contents.splitlines() if line.startswith(chapter))
        assert line.rsplit(" ", 1)[-1].isdigit(), line
        page = int(line.rsplit(" ", 1)[-1])
        assert chapter in handbook_text[page - 1]
    for src in handbook_pages(ROOT / "mkdocs.yml"):
        assert any(d.startswith(chapter_key(src) + "--") for d in destinations), src


def test_internal_links_lead_to_pages_of_the_handbook(handbook: pypdf.PdfReader) -> None:
    names = {str(name) for name in handbook.named_destinations}
    internal = external = 0
    for page in handbook.pages:
        for annotation in page.get("/Annots") or []:
            link = annotation.get_object()
            if link.get("/Subtype") != "/Link":
                continue
            if "/Dest" in link:
                internal += 1
                assert str(link["/Dest"]) in names
            elif "/A" in link and link["/A"].get("/URI"):
                external += 1
                assert str(link["/A"]["/URI"]).startswith(("https://", "http://", "mailto:", "tel:"))
    assert internal > 200  # contents, citations and cross-references
    assert external > 20  # DOIs and PubMed records


# The operator that starts an image written into a content stream itself.
_INLINE_IMAGE = re.compile(rb"(?:^|\s)BI\s")


def _raster_images(where: str, holder: pypdf.generic.DictionaryObject, content: bytes) -> list[str]:
    """Image XObjects a page (or a form it draws) uses, and inline images in its content.

    pypdf's ``page.images`` finds the same, but parses every content stream to do
    it (4 s for the handbook); a byte search for the inline-image operator is enough
    to fail on one.
    """
    found = [f"{where}: inline image"] if _INLINE_IMAGE.search(content) else []
    resources = holder.get("/Resources")
    xobjects = resources.get_object().get("/XObject") if resources is not None else None
    for name, reference in (xobjects.get_object() if xobjects is not None else {}).items():
        xobject = reference.get_object()
        if xobject.get("/Subtype") == "/Image":
            found.append(f"{where}: image {name}")
        elif xobject.get("/Subtype") == "/Form":
            found += _raster_images(f"{where} {name}", xobject, xobject.get_data())
    return found


def test_figures_stay_vectors(handbook: pypdf.PdfReader) -> None:
    found = []
    for number, page in enumerate(handbook.pages, start=1):
        contents = page.get_contents()
        found += _raster_images(f"page {number}", page, contents.get_data() if contents is not None else b"")
    assert not found, found


def test_the_raster_image_check_finds_an_image_and_an_inline_one() -> None:
    from pypdf.generic import DictionaryObject, NameObject

    image = DictionaryObject({NameObject("/Subtype"): NameObject("/Image")})
    page = DictionaryObject(
        {NameObject("/Resources"): DictionaryObject({NameObject("/XObject"): DictionaryObject({NameObject("/Im0"): image})})}
    )
    inline = b"q 10 0 0 10 0 0 cm\nBI /W 1 /H 1 /CS /G /BPC 8 ID \x80 EI Q"
    assert _raster_images("p", page, inline) == ["p: inline image", "p: image /Im0"]
    assert _raster_images("p", DictionaryObject(), b"0 0 m 1 1 l S") == []


# ---- the links --------------------------------------------------------------------------


def test_the_student_index_links_both_with_their_sizes(built_site: Path) -> None:
    html = (built_site / "students/index.html").read_text(encoding="utf-8")
    assert re.search(r'href="\.\./downloads/oih-guide-flashcards\.apkg" download>[^<]+</a> \(\.apkg, \d+ kB\)', html)
    assert re.search(r'href="\.\./downloads/oih-guide-handbook\.pdf" download>[^<]+</a> \(PDF, \d+\.\d MB\)', html)
    assert "File, then Import" in html
    for page in built_site.rglob("*.html"):
        assert "<!-- oih:size:" not in page.read_text(encoding="utf-8"), page


def test_the_offline_copy_links_its_own_deck_and_handbook(offline_copy: Path) -> None:
    html = (offline_copy / "students/index.html").read_text(encoding="utf-8")
    assert 'href="../downloads/oih-guide-flashcards.apkg"' in html
    assert re.search(r'href="\.\./downloads/oih-guide-handbook\.pdf" download>[^<]+</a> \(PDF, \d+\.\d MB\)', html)
    assert (offline_copy / HANDBOOK_PATH).is_file()


def test_the_block_without_a_build(tmp_path: Path) -> None:
    online = study_block("../")
    assert size_placeholder(DECK_PATH) in online and size_placeholder(HANDBOOK_PATH) in online
    assert 'href="../downloads/oih-guide-handbook.pdf"' in online
    assert STUDY_MARKER not in online
    (tmp_path / "downloads").mkdir()
    (tmp_path / DECK_PATH).write_bytes(b"x" * 30_400)
    (tmp_path / "page.html").write_text(online, encoding="utf-8")
    assert fill_sizes(tmp_path, [DECK_PATH, HANDBOOK_PATH]) == {DECK_PATH: 1, HANDBOOK_PATH: 0}
    assert "(.apkg, 30 kB)" in (tmp_path / "page.html").read_text(encoding="utf-8")


# ---- the offline copy's link --------------------------------------------------------------


def test_the_online_block_links_to_the_zip_relative_to_the_page() -> None:
    assert ZIP_PATH == "downloads/oih-guide-offline.zip"
    assert 'href="../../downloads/oih-guide-offline.zip" download>' in download_block("../../", offline=False)


def test_the_online_block_has_the_size_placeholder() -> None:
    assert size_placeholder(ZIP_PATH) in download_block("./", offline=False)


def test_the_offline_block_has_no_link() -> None:
    block = download_block("./", offline=True)
    assert "<a " not in block
    assert "oih-guide-offline.zip" not in block
    assert "offline copy" in block


def test_every_marker_on_a_page_is_replaced() -> None:
    html = f"<p>{DOWNLOAD_MARKER}</p>{HANDBOOK_MARKER}{STUDY_MARKER}"
    online = fill_blocks(html, "../", offline=False)
    offline = fill_blocks(html, "../", offline=True)
    for filled in (online, offline):
        assert "oih:offline-download" not in filled and "oih:offline-handbook" not in filled
        assert "oih:study-downloads" not in filled
    assert 'href="../downloads/oih-guide-offline.zip"' in online
    assert "this copy includes the" in offline and "this copy includes the" not in online


# ---- sizes --------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("size", "text"), [(1, "1 kB"), (30_400, "30 kB"), (999_499, "999 kB"), (2_000_000, "2.0 MB"), (12_345_678, "12.3 MB")]
)
def test_sizes_read_in_kilobytes_or_megabytes(size: int, text: str) -> None:
    assert size_text(size) == text


def test_each_size_fills_every_page_that_shows_it(tmp_path: Path) -> None:
    (tmp_path / "downloads").mkdir()
    (tmp_path / ZIP_PATH).write_bytes(b"x" * 2_000_000)
    placeholder = size_placeholder(ZIP_PATH)
    (tmp_path / "index.html").write_text(f"<p>({placeholder}) {placeholder}</p>", encoding="utf-8")
    (tmp_path / "a").mkdir()
    (tmp_path / "a" / "index.html").write_text(f"<p>{placeholder}</p>", encoding="utf-8")
    (tmp_path / "b.html").write_text("<p>no link here</p>", encoding="utf-8")
    assert fill_sizes(tmp_path, [ZIP_PATH]) == {ZIP_PATH: 2}
    assert (tmp_path / "index.html").read_text(encoding="utf-8") == "<p>(2.0 MB) 2.0 MB</p>"
    assert (tmp_path / "a" / "index.html").read_text(encoding="utf-8") == "<p>2.0 MB</p>"
    assert (tmp_path / "b.html").read_text(encoding="utf-8") == "<p>no link here</p>"


def test_a_file_no_page_shows_counts_zero(tmp_path: Path) -> None:
    (tmp_path / "index.html").write_text("<p>nothing</p>", encoding="utf-8")
    assert fill_sizes(tmp_path, [ZIP_PATH]) == {ZIP_PATH: 0}
