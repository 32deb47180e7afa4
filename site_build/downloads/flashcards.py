"""The flashcards: every note the Anki deck holds, gathered from the data the site renders.

- the glossary (``includes/abbreviations.md``): term -> definition and back;
- the self-test (``content/students/self-test.md``, read by ``site_build.pages.study.self_test``):
  question -> answer, with the explanation;
- key facts: the mechanisms summary table, the Chen 2009 clinical factors, the
  differential-diagnosis table (one card per condition and feature), the CDC
  2022 taper rates and the management summary, read from the student pages' Markdown; the CDC 2022
  MME factors and thresholds from ``assessment``.

Each note has a stable ``key`` made from content ids (a term, a question's
title slug, a table's section and row), never from its wording, so editing a
definition updates the card a student already has instead of adding a new one.
Each note names its source: the page and section it comes from, and the works
that back it.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import dataclass
from enum import StrEnum
from html import escape
from pathlib import Path

from assessment.mme import CHEN_MME, NALOXONE_MME
from assessment.opioids import OPIOIDS
from assessment.references import REFERENCES_BY_ID
from site_build import PROJECT_ROOT
from site_build.pages import markdown_source as md
from site_build.pages.glossary import read_terms
from site_build.pages.study.self_test import Kind, Question, load_self_test

DOCS_DIR = PROJECT_ROOT / "content"
GLOSSARY_SOURCE = PROJECT_ROOT / "includes" / "abbreviations.md"
TAG_ROOT = "oih-guide"


class NoteKind(StrEnum):
    """Which note type (Anki model) a note uses."""

    TERM = "term"  # two cards: term -> definition, definition -> term
    QUESTION = "question"
    FACT = "fact"


@dataclass(frozen=True)
class Flashcard:
    """One note: ``front``/``back`` and ``source`` are HTML; ``extra`` is the self-test's explanation."""

    key: str
    kind: NoteKind
    front: str
    back: str
    source: str
    tags: tuple[str, ...]
    extra: str = ""


def tag(*parts: str) -> str:
    """A hierarchical Anki tag (``oih-guide::students::mechanisms``); Anki tags have no spaces."""
    return "::".join((TAG_ROOT, *(md.slugify(part) for part in parts)))


def source_html(where: str, reference_ids: Iterable[str]) -> str:
    """Where a card comes from on the site, then each work it rests on with its DOI or PMID."""
    lines = [f"OIH Guide: {escape(where)}"]
    for reference_id in dict.fromkeys(reference_ids):
        reference = REFERENCES_BY_ID[reference_id]
        line = escape(reference.citation)
        if reference.doi:
            line += f" doi:{escape(reference.doi)}"
        if reference.pmid:
            line += f" PMID {escape(reference.pmid)}"
        lines.append(line)
    return "<br>".join(lines)


# ---- the glossary -----------------------------------------------------------------------


def glossary_cards(path: Path = GLOSSARY_SOURCE) -> list[Flashcard]:
    """One two-way note per glossary term, as the Glossary page lists them."""
    glossary = md.read_page(DOCS_DIR, "glossary.md")
    where = f"{glossary.title} ({glossary.src})"
    return [
        Flashcard(
            key=f"glossary:{term.casefold()}",
            kind=NoteKind.TERM,
            front=escape(term),
            back=escape(definition),
            source=source_html(where, md.cited_ids(glossary.body)),
            tags=(tag("glossary"),),
        )
        for term, definition in read_terms(path)
    ]


# ---- the self-test ----------------------------------------------------------------------


def self_test_cards(questions: Iterable[Question] | None = None) -> list[Flashcard]:
    """One note per self-test question: the prompt (and choices) -> the answer and why."""
    page = md.read_page(DOCS_DIR, "students/self-test.md")
    return [_question_card(page, question) for question in (questions or load_self_test())]


def _question_card(page: md.Page, question: Question) -> Flashcard:
    front = md.card_html(question.prompt)
    if question.kind is Kind.MULTIPLE_CHOICE:
        items = "".join(f"<li><b>{c.label}.</b> {md.card_html(c.text)}</li>" for c in question.choices)
        front += f'<ol class="choices" type="A">{items}</ol>'
    if question.kind is Kind.SHORT_ANSWER:
        back, extra = md.card_html(question.explanation), ""
    else:
        back = md.card_html(f"**{question.model_answer}**")
        extra = md.card_html(question.explanation)
    return Flashcard(
        key=f"self-test:{question.id}",
        kind=NoteKind.QUESTION,
        front=f"<p class=\"title\">{question.number}. {escape(question.title)}</p>{front}",
        back=back,
        extra=extra,
        source=source_html(f"{page.title}, {question.topic.title}, question {question.number}", question.reference_ids),
        tags=(tag("students", "self-test", question.topic.id),),
    )


# ---- key facts from the student pages' tables -------------------------------------------


@dataclass(frozen=True)
class TableSource:
    """Where a fact table lives and how its cards ask: ``prompt`` names the subject of each row."""

    page: str
    section_id: str
    prompt: str
    one_card_per_cell: bool = False


FACT_TABLES: tuple[TableSource, ...] = (
    TableSource("students/mechanisms.md", "summary-table", "Mechanism of OIH"),
    TableSource("students/diagnosis-and-qst.md", "chen-clinical-factors", "Chen 2009 clinical factor"),
    TableSource(
        "students/differential-diagnosis.md",
        "comparison-table",
        "Worsening pain on opioids",
        one_card_per_cell=True,
    ),
    TableSource("students/management-evidence.md", "tapering", "CDC 2022 taper"),
    TableSource("students/management-evidence.md", "summary-table", "Managing OIH"),
)


def table_cards(source: TableSource) -> list[Flashcard]:
    """Cards from one table: a row (its first cell asks, the rest answer) or, for a
    comparison table, one card per column and row (the column is the condition)."""
    page = md.read_page(DOCS_DIR, source.page)
    section = md.section(page, source.section_id)
    table = md.first_table(page, source.section_id)
    where = f"{page.title}, {md.plain_text(section.title)} ({source.page}#{source.section_id})"
    tags = (tag(*source.page.removesuffix(".md").split("/"), source.section_id),)
    header = [md.without_citations(cell) for cell in table.header]
    header_citations = md.cited_ids(*table.header)
    key_prefix = f"fact:{source.page.removesuffix('.md')}#{source.section_id}"
    cards = []
    for row in table.rows:
        subject = md.plain_text(row[0])
        if source.one_card_per_cell:
            for column in range(1, len(header)):
                cited = header_citations + md.cited_ids(row[column])
                cards.append(
                    Flashcard(
                        key=f"{key_prefix}:{md.slugify(header[column])}:{md.slugify(subject)}",
                        kind=NoteKind.FACT,
                        front=f"{escape(source.prompt)}: <b>{md.card_html(header[column])}</b>"
                        f" &mdash; {md.card_html(row[0])}?",
                        back=md.card_html(row[column]),
                        source=source_html(where, cited)
                        + ("" if md.cited_ids(row[column]) else "<br>No study cited for this cell: the page"
                           " marks uncited cells as ordinary clinical reasoning."),
                        tags=tags,
                    )
                )
            continue
        asked = ", ".join(_lower_first(md.plain_text(name)) for name in header[1:])
        answer = "".join(
            f"<dt>{md.card_html(name)}</dt><dd>{md.card_html(cell)}</dd>"
            for name, cell in zip(header[1:], row[1:], strict=True)
        )
        cards.append(
            Flashcard(
                key=f"{key_prefix}:{md.slugify(subject)}",
                kind=NoteKind.FACT,
                front=f"{escape(source.prompt)}: <b>{md.card_html(row[0])}</b> &mdash; {escape(asked)}?",
                back=f"<dl>{answer}</dl>",
                source=source_html(where, header_citations + md.cited_ids(*row)),
                tags=tags,
            )
        )
    return cards


def _lower_first(name: str) -> str:
    """"Key players" -> "key players", but "OIH risk" stays as it is."""
    first = name.split(" ", 1)[0]
    return name if first.isupper() and len(first) > 1 else name[:1].lower() + name[1:]


# ---- key facts from the Python data -----------------------------------------------------


def mme_cards() -> list[Flashcard]:
    """The CDC 2022 MME factor of each opioid the self-check counts, and the two MME thresholds."""
    where = "the self-check's MME factors (assessment/opioids.py), as on the cases and self-test pages"
    tags = (tag("mme", "cdc-2022"),)
    cards = [
        Flashcard(
            key=f"fact:mme-factor:{opioid.id}",
            kind=NoteKind.FACT,
            front=f"CDC 2022 MME conversion factor: <b>{escape(opioid.label)}</b> (dose in {escape(opioid.unit)})?",
            back=f"<b>{opioid.factor:g}</b><br>MME/day = dose in {escape(opioid.unit)} &times; {opioid.factor:g}",
            source=source_html(where, ["cdc2022"]),
            tags=tags,
        )
        for opioid in OPIOIDS
        if opioid.factor is not None
    ]
    thresholds: list[tuple[str, str, float, str]] = [
        ("naloxone", "CDC 2022: from what daily dose should naloxone be offered?", NALOXONE_MME, "cdc2022"),
        ("chen-dose", "Chen 2009: what average daily dose is a clinical factor favouring OIH?", CHEN_MME, "chen2009"),
    ]
    cards += [
        Flashcard(
            key=f"fact:mme-threshold:{key}",
            kind=NoteKind.FACT,
            front=escape(question),
            back=f"<b>{value:g} MME/day or more</b>",
            source=source_html("the self-check's MME thresholds (assessment/mme.py)", [reference_id]),
            tags=tags,
        )
        for key, question, value, reference_id in thresholds
    ]
    return cards


def fact_cards() -> list[Flashcard]:
    """Every key-fact card: the student pages' tables, then the MME data."""
    cards: list[Flashcard] = []
    for source in FACT_TABLES:
        cards += table_cards(source)
    return cards + mme_cards()


DECK_PARTS: tuple[tuple[str, Callable[[], list[Flashcard]]], ...] = (
    ("Glossary", glossary_cards),
    ("Self-test", self_test_cards),
    ("Key facts", fact_cards),
)


def all_cards() -> dict[str, list[Flashcard]]:
    """Every note, by the subdeck it goes in; fails if two notes share a key."""
    parts = {name: build() for name, build in DECK_PARTS}
    seen: set[str] = set()
    for cards in parts.values():
        for card in cards:
            if card.key in seen:
                raise md.SourceError(f"two flashcards share the key {card.key!r}: give one a distinct row or title")
            seen.add(card.key)
    return parts
