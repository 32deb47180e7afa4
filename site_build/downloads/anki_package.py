"""Write the flashcards as an Anki package (``.apkg``) with genanki.

Deck and note-type ids are hashes of their names and each note's GUID is a
hash of its content key, so importing a newer download updates the notes a
student already has (and keeps their review history) instead of adding copies.
The package is reproducible: the same sources and the same timestamp give the
same bytes (the SQLite collection is written by genanki, then zipped with fixed
entry dates). The timestamp is the notes' modification time, which Anki
compares on import ("update if newer"), so it comes from the sources' age:
``SOURCE_DATE_EPOCH`` if set, else the last commit's time, else the newest
``last_reviewed`` date of the pages.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import os
import sqlite3
import subprocess
import tempfile
from pathlib import Path

import genanki

from site_build import PROJECT_ROOT
from site_build.downloads.flashcards import DOCS_DIR, Flashcard, NoteKind
from site_build.pages import markdown_source as md
from site_build.pages.page_parts import reviewed_date
from site_build.reproducible_zip import write_reproducible_zip

DECK_NAME = "OIH Guide"

_CSS = """
.card { font-family: system-ui, -apple-system, "Segoe UI", Roboto, sans-serif; font-size: 18px;
        line-height: 1.45; text-align: left; color: #1a1a1a; background: #fff; max-width: 40em; margin: 0 auto; }
.nightMode .card, .card.nightMode { color: #eee; background: #222; }
.title { font-weight: 600; color: #3949ab; }
.choices { padding-left: 1.6em; }
.explanation { margin-top: 1em; }
.source { margin-top: 1.5em; font-size: 13px; color: #666; border-top: 1px solid #ccc; padding-top: .5em; }
dt { font-weight: 600; margin-top: .5em; }
dd { margin-left: 1em; }
"""
_SOURCE = '<div class="source">{{Source}}</div>'


def stable_id(name: str) -> int:
    """A deck or note-type id from its name, in the range genanki recommends (2**30 to 2**31)."""
    digest = int.from_bytes(hashlib.sha256(name.encode()).digest()[:8], "big")
    return (1 << 30) + digest % (1 << 30)


def note_guid(key: str) -> str:
    return genanki.guid_for("oih-guide", key)


def _model(kind: NoteKind, fields: list[str], templates: list[tuple[str, str, str]]) -> genanki.Model:
    name = f"OIH Guide {kind.value} (v1)"
    return genanki.Model(
        stable_id(name),
        name,
        fields=[{"name": field} for field in fields],
        templates=[{"name": n, "qfmt": q, "afmt": a} for n, q, a in templates],
        css=_CSS,
    )


MODELS: dict[NoteKind, genanki.Model] = {
    NoteKind.TERM: _model(
        NoteKind.TERM,
        ["Term", "Definition", "Source"],
        [
            ("Term to definition", "{{Term}}", '{{FrontSide}}<hr id="answer">{{Definition}}' + _SOURCE),
            ("Definition to term", "{{Definition}}", '{{FrontSide}}<hr id="answer">{{Term}}' + _SOURCE),
        ],
    ),
    NoteKind.QUESTION: _model(
        NoteKind.QUESTION,
        ["Question", "Answer", "Explanation", "Source"],
        [
            (
                "Question",
                "{{Question}}",
                '{{FrontSide}}<hr id="answer">{{Answer}}'
                '{{#Explanation}}<div class="explanation">{{Explanation}}</div>{{/Explanation}}' + _SOURCE,
            )
        ],
    ),
    NoteKind.FACT: _model(
        NoteKind.FACT,
        ["Front", "Back", "Source"],
        [("Fact", "{{Front}}", '{{FrontSide}}<hr id="answer">{{Back}}' + _SOURCE)],
    ),
}


def _note(card: Flashcard) -> genanki.Note:
    if card.kind is NoteKind.QUESTION:
        fields = [card.front, card.back, card.extra, card.source]
    else:
        fields = [card.front, card.back, card.source]
    return genanki.Note(model=MODELS[card.kind], fields=fields, tags=list(card.tags), guid=note_guid(card.key))


def build_decks(parts: dict[str, list[Flashcard]]) -> list[genanki.Deck]:
    """One subdeck per part (``OIH Guide::Glossary`` ...), each with its notes."""
    decks = []
    for part, cards in parts.items():
        name = f"{DECK_NAME}::{part}"
        deck = genanki.Deck(stable_id(name), name, description=f"{part}, from OIH Guide's pages and their sources.")
        for card in cards:
            deck.add_note(_note(card))
        decks.append(deck)
    return decks


def source_timestamp(project_root: Path = PROJECT_ROOT, docs_dir: Path = DOCS_DIR) -> int:
    """Seconds since the epoch when the sources last changed (see the module docstring)."""
    if os.environ.get("SOURCE_DATE_EPOCH", "").isdigit():
        return int(os.environ["SOURCE_DATE_EPOCH"])
    try:
        completed = subprocess.run(
            ["git", "log", "-1", "--format=%ct"], cwd=project_root, capture_output=True, text=True, check=True
        )
        if completed.stdout.strip().isdigit():
            return int(completed.stdout.strip())
    except (OSError, subprocess.CalledProcessError):
        pass
    newest = max(
        reviewed_date(md.read_page(docs_dir, path.relative_to(docs_dir).as_posix()).meta)
        for path in docs_dir.rglob("*.md")
    )
    return int(dt.datetime.combine(newest, dt.time(), dt.UTC).timestamp())


def write_deck(parts: dict[str, list[Flashcard]], target: Path, timestamp: int) -> Path:
    """Write the ``.apkg`` to ``target``; the same cards and timestamp give the same bytes."""
    package = genanki.Package(build_decks(parts))
    with tempfile.TemporaryDirectory(prefix="oih-deck-") as scratch:
        database = Path(scratch) / "collection.anki2"
        connection = sqlite3.connect(database)
        try:
            package.write_to_db(connection.cursor(), timestamp, iter(range(timestamp * 1000, 1 << 62)))
            connection.commit()
        finally:
            connection.close()
        collection = database.read_bytes()
    return write_reproducible_zip(target, [("collection.anki2", collection), ("media", b"{}")], compresslevel=9)
