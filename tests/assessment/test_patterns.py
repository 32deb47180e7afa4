"""Each of the seven patterns from a realistic answer set, and the pattern wording."""

from __future__ import annotations

import pytest

from assessment import PATTERN_LABELS, PATTERN_SUMMARIES, PATTERNS, SCORED_PATTERNS, assess

EXPECTED_REASONS = {
    "oih": {"pain-spread", "new-pain-quality", "allodynia", "after-increase-brief-then-worse",
            "more-medicine-more-pain", "high-mme"},
    "tolerance": {"after-increase-lasting-relief", "pain-same-place", "same-pain-quality"},
    "mixed": {"pain-spread", "after-increase-brief-then-same"},
    "withdrawal": {"pain-before-next-dose", "withdrawal-signs", "after-decrease-withdrawal"},
    "other_cause": {"new-problem", "more-active", "pain-with-activity"},
    "not_suggestive": {"short-term-use", "pain-better", "no-oih-signs"},
    "unclear": set(),
}


def test_the_seven_contract_patterns() -> None:
    assert PATTERNS == ("oih", "tolerance", "mixed", "withdrawal", "other_cause",
                        "not_suggestive", "unclear")
    assert set(SCORED_PATTERNS) == set(PATTERNS) - {"mixed", "unclear"}
    assert set(PATTERN_LABELS) == set(PATTERNS) == set(PATTERN_SUMMARIES)


@pytest.mark.parametrize("pattern", PATTERNS)
def test_realistic_case_gives_its_pattern(pattern: str, cases: dict) -> None:
    result = assess(cases[pattern])
    assert result.pattern == pattern
    fired = {r.rule for r in result.reasons}
    assert EXPECTED_REASONS[pattern] <= fired
    out = result.to_dict()
    assert out["pattern_label"] == PATTERN_LABELS[pattern]
    assert out["summary"] == PATTERN_SUMMARIES[pattern]


@pytest.mark.parametrize("pattern", [p for p in PATTERNS if p not in ("mixed", "unclear")])
def test_reasons_for_the_result_come_first(pattern: str, cases: dict) -> None:
    reasons = assess(cases[pattern]).to_dict()["reasons"]
    assert reasons[0]["supports"] == pattern


def test_mixed_lists_both_sides_first(cases: dict) -> None:
    reasons = assess(cases["mixed"]).to_dict()["reasons"]
    supports = [r["supports"] for r in reasons]
    assert {"oih", "tolerance"} <= set(supports)


def test_oih_case_is_confident(cases: dict) -> None:
    assert assess(cases["oih"]).confidence == "high"


def test_seed_case_two_buprenorphine_switch_story(cases: dict) -> None:
    # Reduction improved pain, pain spread; reported on a long-term high dose.
    answers = {"duration": "over_12_months", "dose_trend": "decreased", "pain_trend": "better",
               "after_decrease": "improved", "pain_spread": "yes", "allodynia": ["light_touch"],
               "condition_change": "stable"}
    assert assess(answers).pattern == "oih"


@pytest.mark.parametrize("pattern", PATTERNS)
def test_summaries_are_one_to_three_sentences(pattern: str) -> None:
    summary = PATTERN_SUMMARIES[pattern]
    sentences = [s for s in summary.replace("?", ".").split(". ") if s.strip()]
    assert 1 <= len(sentences) <= 3 and summary.endswith(".")
