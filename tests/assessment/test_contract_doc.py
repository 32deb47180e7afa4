"""docs/assessment-contract.md stays current with the package."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from assessment import OPIOIDS, PATTERNS, QUESTIONS, RULES, SECTIONS, URGENT_FLAGS, decision, sharpen

ROOT = Path(__file__).resolve().parents[2]
DOC = ROOT / "docs" / "assessment-contract.md"
SHARED = Path("/work/shared/assessment-contract.md")


@pytest.fixture(scope="module")
def doc() -> str:
    return DOC.read_text(encoding="utf-8")


def _code_spans(text: str) -> set[str]:
    return set(re.findall(r"`([^`\n]+)`", text))


def test_every_question_and_option_id_is_documented(doc: str) -> None:
    spans = _code_spans(doc)
    for question in QUESTIONS:
        assert question.id in spans, question.id
        for option in question.options:
            assert option.id in spans, f"{question.id}: {option.id}"


def test_every_opioid_id_is_documented(doc: str) -> None:
    spans = _code_spans(doc)
    for opioid in OPIOIDS:
        assert opioid.id in spans, opioid.id


def test_patterns_flags_sections_and_rules_are_documented(doc: str) -> None:
    spans = _code_spans(doc)
    for name in (*PATTERNS, *URGENT_FLAGS, *(s.id for s in SECTIONS), *(r.id for r in RULES)):
        assert name in spans, name


def test_rules_table_matches_the_rules(doc: str) -> None:
    for rule in RULES:
        row = (f"| `{rule.id}` | `{rule.question}` | {rule.condition} | `{rule.supports}` | "
               f"{rule.effect} | {rule.weight:g} | `{rule.source}` | `{rule.learn_more}` |")
        assert row in doc, f"regenerate the rules table row for {rule.id}"


def test_documented_decision_constants_match(doc: str) -> None:
    doc = " ".join(doc.split())  # the prose wraps; compare ignoring line breaks
    assert f"fewer than **{decision.MIN_CORE_ANSWERED}** of the {len(decision.CORE_QUESTIONS)}" in doc
    assert f"top score below **{decision.MIN_LEAD_SCORE:g}**" in doc
    assert f"both at least **{decision.MIXED_MIN:g}**, at most **{decision.MIXED_MARGIN:g}** apart" in doc
    assert f"less than **{decision.LEAD_MARGIN:g}** ahead" in doc
    assert f"more than {sharpen.MAX_TRIED_OPTIONS} options" in doc


def test_documented_gate_rules_match(doc: str) -> None:
    doc = " ".join(doc.split())
    signs = ", ".join(f"`{r.id}`" for r in RULES if r.oih_sign)
    disease = ", ".join(f"`{r.id}`" for r in RULES if r.disease)
    assert f"OIH-specific signs in code (`oih_sign`): {signs}." in doc
    assert f"Disease rules (`disease`): {disease}." in doc


def test_result_keys_are_documented(doc: str) -> None:
    from assessment import assess
    for key in assess({}).to_dict():
        assert f'"{key}"' in doc, key


@pytest.mark.skipif(not SHARED.exists(), reason="shared contract not on this machine")
def test_the_shared_contract_is_copied_unchanged_above_the_additions(doc: str) -> None:
    shared = SHARED.read_text(encoding="utf-8")
    assert doc.startswith(shared)
    assert "# Project additions" in doc[len(shared):]
