"""The flashcards come from the site's own data, with stable keys and a source on every card."""

from __future__ import annotations

from pathlib import Path

import pytest

from assessment.opioids import OPIOIDS
from site_build.downloads.flashcards import (
    DOCS_DIR,
    FACT_TABLES,
    GLOSSARY_SOURCE,
    NoteKind,
    TableSource,
    all_cards,
    glossary_cards,
    mme_cards,
    self_test_cards,
    table_cards,
)
from site_build.pages import markdown_source as md
from site_build.pages.glossary import read_terms
from site_build.pages.study.self_test import load_self_test


@pytest.fixture(scope="module")
def parts() -> dict:
    return all_cards()


def test_one_glossary_note_per_term(parts: dict) -> None:
    terms = read_terms(GLOSSARY_SOURCE)
    assert len(parts["Glossary"]) == len(terms) > 40
    assert [card.front for card in parts["Glossary"]][:3] == [term for term, _ in terms][:3]


def test_one_self_test_note_per_question(parts: dict) -> None:
    questions = load_self_test()
    assert len(parts["Self-test"]) == len(questions) == 26
    assert {card.key for card in parts["Self-test"]} == {f"self-test:{q.id}" for q in questions}


def test_a_multiple_choice_card_shows_the_choices_and_answers_with_the_right_one() -> None:
    question = next(q for q in load_self_test() if q.correct_choice and q.kind.value == "multiple-choice")
    card = self_test_cards([question])[0]
    assert card.front.count("<li>") == len(question.choices)
    assert f"{question.correct_choice.label}." in card.back
    assert card.extra  # the explanation
    assert "[@" not in card.extra and "[@" not in card.front  # citations became labels


def test_a_short_answer_card_answers_with_the_model_answer() -> None:
    question = next(q for q in load_self_test() if q.kind.value == "short-answer")
    card = self_test_cards([question])[0]
    assert "<li>" not in card.front
    assert md.plain_text(question.explanation).split()[0] in card.back


def test_self_test_sources_list_every_cited_work_with_its_doi() -> None:
    question = next(q for q in load_self_test() if "cdc2022" in q.reference_ids)
    card = self_test_cards([question])[0]
    assert "doi:10.15585/mmwr.rr7103a1" in card.source
    assert f"question {question.number}" in card.source


def test_the_differential_table_gives_one_card_per_condition_and_feature() -> None:
    source = next(s for s in FACT_TABLES if s.one_card_per_cell)
    table = md.first_table(md.read_page(DOCS_DIR, source.page), source.section_id)
    cards = table_cards(source)
    assert len(cards) == len(table.rows) * (len(table.header) - 1) >= 30
    oih_higher_dose = next(c for c in cards if c.key.endswith(":oih:response-to-a-higher-dose"))
    assert "Little gain or worse pain" in oih_higher_dose.back
    assert "Chen 2009" in oih_higher_dose.back and "Chen L, Malarick C" in oih_higher_dose.source


def test_uncited_cells_say_so() -> None:
    source = next(s for s in FACT_TABLES if s.one_card_per_cell)
    card = next(c for c in table_cards(source) if c.key.endswith(":tolerance:response-to-a-lower-dose"))
    assert card.back == "Pain worsens"
    assert "No study cited" in card.source


def test_taper_rates_come_from_the_management_page() -> None:
    cards = table_cards(TableSource("students/management-evidence.md", "tapering", "CDC 2022 taper"))
    year = next(c for c in cards if "year or more" in c.front)
    assert "10% a month" in year.back
    assert "Dowell D" in year.source  # the CDC 2022 citation from the table's header
    assert year.tags == ("oih-guide::students::management-evidence::tapering",)


def test_mme_cards_follow_the_python_data() -> None:
    cards = {c.key: c for c in mme_cards()}
    counted = [o for o in OPIOIDS if o.factor is not None]
    for opioid in counted:
        assert f"<b>{opioid.factor:g}</b>" in cards[f"fact:mme-factor:{opioid.id}"].back
    assert "<b>50 MME/day or more</b>" in cards["fact:mme-threshold:naloxone"].back
    assert "<b>75 MME/day or more</b>" in cards["fact:mme-threshold:chen-dose"].back
    assert len(cards) == len(counted) + 2


def test_every_card_has_a_source_and_a_tag(parts: dict) -> None:
    for cards in parts.values():
        for card in cards:
            assert card.source.startswith("OIH Guide: "), card.key
            assert card.tags and all(t.startswith("oih-guide::") and " " not in t for t in card.tags)
            assert card.front and card.back, card.key


def test_keys_come_from_ids_not_wording(tmp_path: Path) -> None:
    glossary = tmp_path / "abbreviations.md"
    glossary.write_text("*[OIH]: First wording.\n*[allodynia]: Pain from touch.\n", encoding="utf-8")
    before = {c.key: c for c in glossary_cards(glossary)}
    glossary.write_text("*[OIH]: A reworded definition.\n*[allodynia]: Pain from touch.\n", encoding="utf-8")
    after = {c.key: c for c in glossary_cards(glossary)}
    assert before.keys() == after.keys() == {"glossary:oih", "glossary:allodynia"}
    assert before["glossary:oih"].back != after["glossary:oih"].back


def test_kinds_match_the_parts(parts: dict) -> None:
    assert {c.kind for c in parts["Glossary"]} == {NoteKind.TERM}
    assert {c.kind for c in parts["Self-test"]} == {NoteKind.QUESTION}
    assert {c.kind for c in parts["Key facts"]} == {NoteKind.FACT}


# ---- markdown_source ----------------------------------------------------------------------

PAGE = """---
title: A page
---

# A page

## First {#first}

| Thing | Value [@cdc2022] |
|---|---|
| **One** | 1 [@chen2009] |
| Two | [linked](other.md#x) 2 |

### Inside first

## Second

Text.
"""


def _page(tmp_path: Path) -> md.Page:
    (tmp_path / "p.md").write_text(PAGE, encoding="utf-8")
    return md.read_page(tmp_path, "p.md")


def test_a_section_ends_at_the_next_heading_of_its_level(tmp_path: Path) -> None:
    page = _page(tmp_path)
    assert page.title == "A page"
    first = md.section(page, "first")
    assert "### Inside first" in first.text and "Text." not in first.text
    assert md.section(page, "second").text.strip() == "Text."


def test_tables_keep_markdown_and_citations(tmp_path: Path) -> None:
    table = md.first_table(_page(tmp_path), "first")
    assert table.header == ("Thing", "Value [@cdc2022]")
    assert table.rows[0] == ("**One**", "1 [@chen2009]")
    assert md.card_html(table.rows[0][1]) == "1 (Chen 2009)"
    assert md.card_html(table.rows[1][1]) == "linked 2"


def test_a_missing_section_or_table_names_the_page(tmp_path: Path) -> None:
    page = _page(tmp_path)
    with pytest.raises(md.SourceError, match="p.md: no heading with id 'nowhere'"):
        md.section(page, "nowhere")
    with pytest.raises(md.SourceError, match="p.md#second: no table"):
        md.first_table(page, "second")
