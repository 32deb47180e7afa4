"""Each rule: well-formed data, a valid source and link, and it fires when it should."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from assessment import RULES, SCORED_PATTERNS, Rule, assess
from assessment.questions import QUESTIONS_BY_ID
from assessment.references import REFERENCES_BY_ID
from assessment.rules import AGAINST, FOR, RULES_BY_ID

AUTHORING = Path(__file__).resolve().parents[2] / "docs" / "authoring.md"


def _allowed_anchors() -> set[str]:
    """page.md#anchor pairs from the anchor table in docs/authoring.md."""
    text = AUTHORING.read_text(encoding="utf-8")
    section = text.split("Anchors the self-check links to", 1)[1]
    allowed = set()
    for line in section.splitlines():
        match = re.match(r"\|\s*`([^`]+\.md)`\s*\|(.*)\|\s*$", line)
        if match:
            for anchor in re.findall(r"`([^`]+)`", match.group(2)):
                allowed.add(f"{match.group(1)}#{anchor}")
    return allowed


ALLOWED = _allowed_anchors()

# One answer set per rule on which it must fire (and the reason must show).
FIRING: dict[str, dict] = {
    "after-increase-worse": {"after_increase": "worse"},
    "after-increase-brief-then-worse": {"after_increase": "brief_relief_then_worse"},
    "after-increase-brief-relief": {"after_increase": "brief_relief_then_worse"},
    "after-increase-no-change": {"after_increase": "no_change"},
    "after-increase-lasting-relief": {"after_increase": "lasting_relief"},
    "after-increase-lasting-relief-not-oih": {"after_increase": "lasting_relief"},
    "after-increase-brief-then-same": {"after_increase": "brief_relief_then_same"},
    "after-decrease-improved": {"after_decrease": "improved"},
    "after-decrease-withdrawal": {"after_decrease": "worse_with_withdrawal"},
    "after-decrease-worse": {"after_decrease": "worse"},
    "pain-spread": {"pain_spread": "yes"},
    "pain-same-place": {"pain_spread": "no"},
    "new-pain-quality": {"new_pain_quality": "yes"},
    "same-pain-quality": {"new_pain_quality": "no"},
    "allodynia": {"allodynia": ["mild_temperature"]},
    "constant-pain": {"pain_timing": "constant"},
    "more-medicine-more-pain": {"pain_trend": "worse", "dose_trend": "increased"},
    "worse-without-progression": {"pain_trend": "worse", "condition_change": "improved"},
    "long-term-use": {"duration": "3_to_12_months"},
    "high-mme": {"medications": [{"opioid": "morphine", "daily_dose": 75}]},
    "neurotoxicity-signs": {"neurotoxicity_signs": ["muscle_jerks"]},
    "sensitizing-condition": {"sensitization_conditions": ["fibromyalgia"]},
    "dose-up-pain-steady": {"dose_trend": "increased", "pain_trend": "same"},
    "pain-before-next-dose": {"pain_timing": "before_next_dose"},
    "withdrawal-signs": {"withdrawal_signs": ["goosebumps"]},
    "condition-worse": {"condition_change": "worse"},
    "new-problem": {"condition_change": "new_problem"},
    "more-active": {"activity_change": "more_active"},
    "pain-with-activity": {"pain_timing": "with_activity"},
    "short-term-use": {"duration": "under_1_month"},
    "fairly-short-use": {"duration": "1_to_3_months"},
    "pain-better": {"pain_trend": "better"},
    "no-oih-signs": {"pain_spread": "no", "new_pain_quality": "no", "allodynia": []},
    "better-condition-settled": {"pain_trend": "better", "condition_change": "stable"},
    "decrease-no-change": {"after_decrease": "no_change"},
    "steady-pain-steady-dose": {"pain_trend": "same", "dose_trend": "stable"},
    # v3 (issue 22): the direction of a dose change.
    "worse-after-reduction-not-oih": {"after_decrease": "worse"},
    "signs-after-reduction": {"after_decrease": "worse_with_withdrawal", "pain_spread": "yes"},
    "no-worse-after-reduction": {"after_decrease": "no_change", "withdrawal_signs": ["yawning"]},
}

# Near misses for the compound rules: one part holds, the other does not.
NOT_FIRING: dict[str, list[dict]] = {
    "more-medicine-more-pain": [{"pain_trend": "worse", "dose_trend": "stable"},
                                {"pain_trend": "same", "dose_trend": "increased"},
                                {"pain_trend": "worse"},
                                {"pain_trend": "worse", "dose_trend": "increased",
                                 "condition_change": "worse"},
                                {"pain_trend": "worse", "dose_trend": "increased",
                                 "condition_change": "new_problem"}],
    "steady-pain-steady-dose": [{"pain_trend": "same", "dose_trend": "increased"},
                                {"pain_trend": "worse", "dose_trend": "stable"}],
    "better-condition-settled": [{"pain_trend": "better", "condition_change": "worse"},
                                 {"pain_trend": "same", "condition_change": "improved"},
                                 {"pain_trend": "better"}],
    "worse-without-progression": [{"pain_trend": "worse", "condition_change": "worse"},
                                  {"pain_trend": "same", "condition_change": "stable"},
                                  {"condition_change": "stable"}],
    "high-mme": [{"medications": [{"opioid": "morphine", "daily_dose": 74.9}]},
                 {"medications": [{"opioid": "buprenorphine", "daily_dose": 900}]}],
    "dose-up-pain-steady": [{"dose_trend": "increased", "pain_trend": "worse"},
                            {"dose_trend": "stable", "pain_trend": "same"}],
    "no-oih-signs": [{"pain_spread": "no", "new_pain_quality": "no"},
                     {"pain_spread": "no", "new_pain_quality": "no", "allodynia": ["light_touch"]},
                     {"pain_spread": "unsure", "new_pain_quality": "no", "allodynia": []}],
    "allodynia": [{"allodynia": []}],
    "withdrawal-signs": [{"withdrawal_signs": []}],
    "sensitizing-condition": [{"sensitization_conditions": []}],
    "neurotoxicity-signs": [{"neurotoxicity_signs": []}],
    # v3: worse after an increase as well lifts the reduction rules.
    "worse-after-reduction-not-oih": [{"after_decrease": "worse", "after_increase": "worse"},
                                      {"after_decrease": "worse_with_withdrawal",
                                       "after_increase": "brief_relief_then_worse"},
                                      {"after_decrease": "no_change"},
                                      {"after_increase": "worse"}],
    "signs-after-reduction": [{"after_decrease": "worse"},
                              {"after_decrease": "worse", "pain_spread": "no",
                               "new_pain_quality": "unsure", "allodynia": []},
                              {"after_decrease": "worse", "after_increase": "worse",
                               "allodynia": ["light_touch"]},
                              {"after_decrease": "improved", "pain_spread": "yes"}],
    "no-worse-after-reduction": [{"after_decrease": "no_change", "withdrawal_signs": []},
                                 {"after_decrease": "no_change"},
                                 {"after_decrease": "worse", "withdrawal_signs": ["yawning"]},
                                 {"withdrawal_signs": ["yawning"]}],
}


def _fired(answers: dict) -> dict[str, dict]:
    return {r["rule"]: r for r in assess(answers).to_dict()["reasons"]}


def test_every_rule_has_a_firing_example() -> None:
    assert set(FIRING) == set(RULES_BY_ID)


def test_rule_ids_are_unique_and_kebab_case() -> None:
    assert len(RULES_BY_ID) == len(RULES)
    for rule in RULES:
        assert re.fullmatch(r"[a-z0-9]+(-[a-z0-9]+)*", rule.id), rule.id


@pytest.mark.parametrize("rule", RULES, ids=lambda r: r.id)
def test_rule_is_well_formed(rule: Rule) -> None:
    assert rule.question in QUESTIONS_BY_ID
    assert rule.supports in SCORED_PATTERNS
    assert rule.effect in (FOR, AGAINST)
    assert isinstance(rule.weight, (int, float)) and rule.weight > 0
    assert rule.condition and rule.question in rule.condition or rule.question == "medications"
    assert rule.text.endswith(".") and rule.text[0].isupper()
    assert rule.answers or rule.when is not None, "a rule needs a way to fire"
    question = QUESTIONS_BY_ID[rule.question]
    assert set(rule.answers) <= set(question.option_ids), "declared answers must be options"


@pytest.mark.parametrize("rule", RULES, ids=lambda r: r.id)
def test_rule_source_is_in_the_bibliography(rule: Rule) -> None:
    assert rule.source in REFERENCES_BY_ID


def test_anchor_table_was_found() -> None:
    assert "warning-signs.md#pain-that-spreads" in ALLOWED and len(ALLOWED) > 20


@pytest.mark.parametrize("rule", RULES, ids=lambda r: r.id)
def test_rule_learn_more_is_an_allowed_anchor(rule: Rule) -> None:
    assert rule.learn_more in ALLOWED


@pytest.mark.parametrize("rule", RULES, ids=lambda r: r.id)
def test_rule_fires_on_its_example(rule: Rule) -> None:
    fired = _fired(FIRING[rule.id])
    assert rule.id in fired
    reason = fired[rule.id]
    assert reason["question"] == rule.question
    assert reason["supports"] == rule.supports
    assert reason["effect"] == rule.effect
    assert reason["weight"] == rule.weight
    assert reason["source"] == rule.source
    assert reason["learn_more"] == rule.learn_more
    assert reason["answer"]


@pytest.mark.parametrize("rule", RULES, ids=lambda r: r.id)
def test_rule_does_not_fire_on_empty_answers(rule: Rule) -> None:
    assert rule.id not in _fired({})


@pytest.mark.parametrize(("rule_id", "answers"),
                         [(rid, a) for rid, cases in NOT_FIRING.items() for a in cases])
def test_rule_near_misses(rule_id: str, answers: dict) -> None:
    assert rule_id not in _fired(answers)


@pytest.mark.parametrize("rule", RULES, ids=lambda r: r.id)
def test_rule_weight_counts_towards_its_pattern(rule: Rule) -> None:
    scores = assess(FIRING[rule.id]).scores
    if rule.effect == FOR:
        assert scores[rule.supports] >= rule.weight


def test_sensitizing_conditions_are_named_in_the_reason() -> None:
    one = _fired({"sensitization_conditions": ["fibromyalgia"]})["sensitizing-condition"]
    assert one["text"].startswith("You have fibromyalgia, which can make pain more sensitive")
    many = _fired({"sensitization_conditions": ["ptsd", "migraine", "irritable_bowel"]})
    text = many["sensitizing-condition"]["text"]
    assert "migraine, irritable bowel syndrome (IBS) and PTSD" in text
    assert many["sensitizing-condition"]["answer"] == "migraine, irritable_bowel, ptsd"


def test_every_sensitizing_condition_has_a_name() -> None:
    for option in QUESTIONS_BY_ID["sensitization_conditions"].option_ids:
        text = _fired({"sensitization_conditions": [option]})["sensitizing-condition"]["text"]
        named = text.removeprefix("You have ").split(", which")[0]
        assert named and "_" not in named and "{" not in text, option


def test_sensitizing_condition_lowers_oih_score(cases: dict) -> None:
    plain = assess(cases["oih"]).scores["oih"]
    with_fm = assess({**cases["oih"], "sensitization_conditions": ["fibromyalgia"]}).scores["oih"]
    assert with_fm == plain - RULES_BY_ID["sensitizing-condition"].weight


def test_multi_answer_shows_only_matching_options() -> None:
    reason = _fired({"allodynia": ["light_touch", "gentle_pressure"]})["allodynia"]
    assert reason["answer"] == "light_touch, gentle_pressure"


# --- v2: rule sources and the gates' markers ------------------------------------

OIH_SIGNS = {"after-increase-worse", "after-increase-brief-then-worse", "after-decrease-improved",
             "pain-spread", "new-pain-quality", "allodynia"}


# That no rule cites a lay article is tested in test_rule_sources.py.


def test_the_oih_specific_signs_are_exactly_the_issue_s_list() -> None:
    assert {r.id for r in RULES if r.oih_sign} == OIH_SIGNS
    assert all(r.supports == "oih" and r.effect == FOR for r in RULES if r.oih_sign)


def test_the_disease_rules() -> None:
    assert {r.id for r in RULES if r.disease} == {"condition-worse", "new-problem"}


@pytest.mark.parametrize("rule", RULES, ids=lambda r: r.id)
def test_rule_reads_covers_its_compound_question(rule: Rule) -> None:
    # Changing a question the rule does not declare must not change whether it fires.
    from assessment.sharpen import tried_answers
    from assessment.validation import normalise
    base = normalise(FIRING[rule.id])
    for question in QUESTIONS_BY_ID.values():
        if question.id in rule.reads:
            continue
        for value in tried_answers(question)[:3]:
            from assessment.mme import calculate_mme
            from assessment.rules import Facts
            answers = {**base, question.id: value}
            meds = answers.get("medications", ())
            assert rule.fires(Facts(answers, calculate_mme(meds))), (rule.id, question.id)
