"""The decision procedure, urgent flags, next steps and the to_dict() shape."""

from __future__ import annotations

import json

import pytest

from assessment import URGENT_FLAGS, assess, decision, engine
from assessment.decision import CORE_QUESTIONS, MIN_CORE_ANSWERED, _decide

TOP_KEYS = {"contract_version", "pattern", "pattern_label", "summary", "confidence", "urgent",
            "urgent_details", "reasons", "scores", "mme", "next_steps", "next_step_sources",
            "answered", "question_count", "sharpen", "body_map", "overdose_risk"}
REASON_KEYS = {"rule", "question", "answer", "supports", "effect", "weight", "text", "source",
               "learn_more"}


def test_to_dict_shape(cases: dict) -> None:
    out = assess({**cases["oih"], "overdose_signs": ["pinpoint_pupils"]}).to_dict()
    assert set(out) == TOP_KEYS
    assert out["contract_version"] == 3
    assert out["question_count"] == 20  # 17 in version 1, two body maps, overdose_risks
    assert out["answered"] == 17
    assert out["body_map"] is None
    assert out["confidence"] in ("low", "moderate", "high")
    assert set(out["scores"]) == {"oih", "tolerance", "withdrawal", "other_cause", "not_suggestive"}
    assert all(isinstance(v, float) for v in out["scores"].values())
    assert all(set(r) == REASON_KEYS for r in out["reasons"])
    assert set(out["mme"]) == {"total", "items", "excluded", "naloxone"}
    detail = out["urgent_details"][0]
    assert {"flag", "title", "actions", "learn_more", "action_sources"} <= set(detail)
    assert len(detail["action_sources"]) == len(detail["actions"])
    assert len(out["next_step_sources"]) == len(out["next_steps"])
    assert out["overdose_risk"] == {"level": "higher", "because": ["mme_50_plus"]}
    json.dumps(out, allow_nan=False)


def test_empty_answers() -> None:
    out = assess({}).to_dict()
    assert out["pattern"] == "unclear" and out["confidence"] == "low"
    assert out["urgent"] == [] and out["reasons"] == [] and out["mme"] is None
    assert out["answered"] == 0
    assert out["next_steps"][0].startswith("Talk to the clinician who prescribes")


def test_few_answers_with_strong_clues_name_the_pattern_at_low_confidence() -> None:
    # v2: sparse answers no longer force "unclear"; they only cap confidence.
    answers = {"after_increase": "worse", "after_decrease": "improved", "pain_spread": "yes"}
    assert len(answers) < MIN_CORE_ANSWERED
    result = assess(answers)
    assert result.scores["oih"] >= 8
    assert (result.pattern, result.confidence) == ("oih", "low")
    assert result.reasons[0].supports == "oih"


@pytest.mark.parametrize(("answers", "pattern"), [
    ({"after_increase": "worse"}, "oih"),
    ({"after_increase": "lasting_relief"}, "tolerance"),
    ({"after_decrease": "worse_with_withdrawal"}, "withdrawal"),
    ({"condition_change": "worse"}, "other_cause"),
    ({"pain_trend": "better", "condition_change": "improved"}, "not_suggestive"),
    ({"after_decrease": "no_change"}, "not_suggestive"),
])
def test_one_strong_clue_names_a_pattern_at_low_confidence(answers: dict, pattern: str) -> None:
    result = assess(answers)
    assert (result.pattern, result.confidence) == (pattern, "low")


@pytest.mark.parametrize("answers", [
    {"pain_spread": "yes"},                       # one weight-2 clue is not enough
    # v3 (issue 22): use under a month was a strong clue (3) that named
    # "not_suggestive" alone; re-weighed to 2 from FDA 2023 (OIH can occur at any
    # dose, more often with longer use), it no longer does. The old test expected
    # "not_suggestive" here.
    {"duration": "under_1_month"},
    {"duration": "over_12_months", "pain_timing": "constant"},
    {"withdrawal_signs": ["yawning"]},
])
def test_a_weak_clue_alone_stays_unclear(answers: dict) -> None:
    assert assess(answers).pattern == "unclear"


def test_sparse_answers_cap_confidence_at_low() -> None:
    full = len(CORE_QUESTIONS)
    base = {"oih": 0.0, "tolerance": 0.0, "withdrawal": 0.0, "other_cause": 0.0,
            "not_suggestive": 0.0}
    assert _decide({**base, "oih": 9.0}, full) == ("oih", "high")
    assert _decide({**base, "oih": 9.0}, MIN_CORE_ANSWERED - 1) == ("oih", "low")


def test_enough_core_answers_names_the_pattern() -> None:
    answers = {"after_increase": "worse", "after_decrease": "improved", "pain_spread": "yes",
               "new_pain_quality": "yes"}
    assert assess(answers).pattern == "oih"


def test_safety_answers_do_not_count_as_core() -> None:
    assert not {"overdose_signs", "neurotoxicity_signs", "self_harm_thoughts",
                "medications", "sensitization_conditions"} & set(CORE_QUESTIONS)


def test_tie_is_unclear() -> None:
    # tolerance 3 (lasting relief) vs withdrawal 3 (decrease with withdrawal).
    # (v1 used a worse condition here; v2's disease-first gate makes that other_cause.)
    answers = {"after_increase": "lasting_relief", "after_decrease": "worse_with_withdrawal",
               "pain_spread": "unsure", "new_pain_quality": "unsure"}
    result = assess(answers)
    assert result.scores["tolerance"] == result.scores["withdrawal"] == 3
    assert result.pattern == "unclear"


def test_low_top_score_is_unclear() -> None:
    answers = {"duration": "over_12_months", "pain_trend": "worse", "pain_spread": "unsure",
               "new_pain_quality": "unsure", "dose_trend": "stable"}
    assert assess(answers).pattern == "unclear"


@pytest.mark.parametrize(("scores", "expected"), [
    ({"oih": 5, "tolerance": 4, "withdrawal": 0, "other_cause": 0, "not_suggestive": 0}, "mixed"),
    ({"oih": 4, "tolerance": 4, "withdrawal": 0, "other_cause": 0, "not_suggestive": 0}, "mixed"),
    ({"oih": 8, "tolerance": 4, "withdrawal": 0, "other_cause": 0, "not_suggestive": 0}, "oih"),
    ({"oih": 2, "tolerance": 4, "withdrawal": 0, "other_cause": 0, "not_suggestive": 0},
     "tolerance"),
    ({"oih": 4, "tolerance": 4, "withdrawal": 0, "other_cause": 6, "not_suggestive": 0},
     "other_cause"),
    ({"oih": 4, "tolerance": 4, "withdrawal": 0, "other_cause": 4, "not_suggestive": 0}, "mixed"),
    ({"oih": 4, "tolerance": 0, "withdrawal": 3.5, "other_cause": 0, "not_suggestive": 0},
     "unclear"),
    ({"oih": 0, "tolerance": 0, "withdrawal": 0, "other_cause": 0, "not_suggestive": 0},
     "unclear"),
])
def test_decide(scores: dict, expected: str) -> None:
    assert _decide({k: float(v) for k, v in scores.items()}, len(CORE_QUESTIONS))[0] == expected


def test_confidence_levels() -> None:
    full = len(CORE_QUESTIONS)
    base = {"oih": 0.0, "tolerance": 0.0, "withdrawal": 0.0, "other_cause": 0.0,
            "not_suggestive": 0.0}
    assert _decide({**base, "oih": 9.0}, full) == ("oih", "high")
    assert _decide({**base, "oih": 9.0}, decision.HIGH_MIN_CORE - 1) == ("oih", "moderate")
    assert _decide({**base, "oih": 5.0, "tolerance": 2.0}, full) == ("oih", "moderate")
    assert _decide({**base, "oih": 3.0}, full) == ("oih", "low")


def test_sensitizing_condition_caps_oih_confidence(cases: dict) -> None:
    assert assess(cases["oih"]).confidence == "high"
    capped = assess({**cases["oih"], "sensitization_conditions": ["migraine"]})
    assert capped.pattern == "oih" and capped.confidence == "moderate"
    reason = next(r for r in capped.reasons if r.rule == "sensitizing-condition")
    assert "migraine" in reason.text and reason.effect == "against"


# --- urgent flags -------------------------------------------------------------

def test_urgent_flag_order_constant() -> None:
    assert URGENT_FLAGS == ("emergency", "crisis", "neurotoxicity")


def test_all_urgent_flags_most_urgent_first(cases: dict) -> None:
    out = assess({**cases["tolerance"], "neurotoxicity_signs": ["confusion"],
                  "self_harm_thoughts": "yes", "overdose_signs": ["cannot_be_woken"]}).to_dict()
    assert out["urgent"] == ["emergency", "crisis", "neurotoxicity"]
    assert [d["flag"] for d in out["urgent_details"]] == out["urgent"]
    assert out["pattern"] == "tolerance", "urgent flags do not change the pattern"


def test_urgent_flags_appear_with_any_pattern_and_alone() -> None:
    out = assess({"overdose_signs": ["slow_or_shallow_breathing"]}).to_dict()
    assert out["pattern"] == "unclear" and out["urgent"] == ["emergency"]


def test_emergency_actions() -> None:
    detail = assess({"overdose_signs": ["hard_to_stay_awake"]}).to_dict()["urgent_details"][0]
    actions = " ".join(detail["actions"])
    assert detail["actions"][0].startswith("Call your local emergency number now")
    for phrase in ("911", "999", "112", "naloxone", "Stay with the person", "Do not leave"):
        assert phrase in actions
    assert detail["learn_more"] == "staying-safe.md#overdose-signs"
    assert detail["source"] == "cdc-overdose"


def test_crisis_actions() -> None:
    out = assess({"self_harm_thoughts": "yes"}).to_dict()
    assert out["urgent"] == ["crisis"]
    actions = " ".join(out["urgent_details"][0]["actions"])
    for phrase in ("988", "Samaritans", "116 123", "emergency number"):
        assert phrase in actions
    assert out["urgent_details"][0]["source"] == "hhs2019"


def test_neurotoxicity_actions() -> None:
    out = assess({"neurotoxicity_signs": ["seizure"]}).to_dict()
    assert out["urgent"] == ["neurotoxicity"]
    detail = out["urgent_details"][0]
    assert "today" in detail["actions"][0]
    assert any("which opioid" in a for a in detail["actions"])
    assert detail["source"] == "tompkins2011"


@pytest.mark.parametrize("answer", ["no", "prefer_not_to_say"])
def test_no_crisis_flag_without_yes(answer: str) -> None:
    assert assess({"self_harm_thoughts": answer}).urgent == []


def test_prefer_not_to_say_adds_a_gentle_crisis_line_step() -> None:
    steps = assess({"self_harm_thoughts": "prefer_not_to_say"}).next_steps
    assert any("988" in s and "116 123" in s for s in steps)
    assert not any("988" in s for s in assess({"self_harm_thoughts": "no"}).next_steps)


def test_empty_safety_lists_raise_nothing() -> None:
    assert assess({"overdose_signs": [], "neurotoxicity_signs": []}).urgent == []


# --- next steps ------------------------------------------------------------------

@pytest.mark.parametrize("pattern", ["oih", "tolerance", "mixed", "withdrawal", "other_cause",
                                     "not_suggestive", "unclear"])
def test_next_steps(pattern: str, cases: dict) -> None:
    steps = assess(cases[pattern]).next_steps
    assert steps[0].startswith("Talk to the clinician who prescribes your opioids")
    joined = " ".join(steps)
    for phrase in ("pain diary", "body map", "dose history", "this summary",
                   "slow plan made with your clinician", "No validated OIH questionnaire"):
        assert phrase in joined, phrase


# --- v2 gates -------------------------------------------------------------------

_NO_SIGN_OIH = {  # general clues only: long use, high dose, constant pain, more pain with more dose
    "duration": "over_12_months", "dose_trend": "increased", "pain_trend": "worse",
    "pain_timing": "constant", "condition_change": "stable", "pain_spread": "no",
    "new_pain_quality": "no", "allodynia": [],
    "medications": [{"opioid": "oxycodone", "daily_dose": 120}],
}


def test_general_clues_never_name_oih() -> None:
    result = assess(_NO_SIGN_OIH)
    assert result.scores["oih"] >= 5, "the clues still count"
    assert result.pattern not in ("oih", "mixed")


def test_one_oih_sign_lets_the_clues_name_oih() -> None:
    assert assess({**_NO_SIGN_OIH, "pain_spread": "yes"}).pattern == "oih"


@pytest.mark.parametrize("scores", [
    {"oih": 9, "tolerance": 0, "withdrawal": 0, "other_cause": 0, "not_suggestive": 0},
    {"oih": 5, "tolerance": 4, "withdrawal": 0, "other_cause": 0, "not_suggestive": 0},
])
def test_decide_without_an_oih_sign_is_never_oih_or_mixed(scores: dict) -> None:
    floats = {k: float(v) for k, v in scores.items()}
    assert _decide(floats, len(CORE_QUESTIONS))[0] in ("oih", "mixed")
    assert _decide(floats, len(CORE_QUESTIONS), oih_sign=False)[0] not in ("oih", "mixed")


def test_tolerance_with_no_oih_sign_is_tolerance_not_mixed() -> None:
    answers = {"duration": "over_12_months", "dose_trend": "increased", "pain_trend": "worse",
               "after_increase": "lasting_relief", "pain_spread": "no", "new_pain_quality": "no",
               "pain_timing": "constant", "condition_change": "stable",
               "medications": [{"opioid": "morphine", "daily_dose": 120}]}
    assert assess(answers).pattern == "tolerance"


@pytest.mark.parametrize("change", ["worse", "new_problem"])
def test_disease_without_an_oih_sign_is_other_cause(change: str) -> None:
    # A growing problem at the original site while the dose rose: not OIH.
    answers = {**_NO_SIGN_OIH, "condition_change": change, "after_increase": "no_change"}
    result = assess(answers)
    assert result.pattern == "other_cause"
    assert result.reasons[0].rule in ("condition-worse", "new-problem")
    assert result.next_steps[1] == engine._DISEASE_STEP
    assert "more-medicine-more-pain" not in {r.rule for r in result.reasons}


def test_decide_disease_gate_overrides_scores() -> None:
    scores = {"oih": 6.0, "tolerance": 0.0, "withdrawal": 5.0, "other_cause": 3.0,
              "not_suggestive": 0.0}
    assert _decide(scores, 12, oih_sign=False, disease=True) == ("other_cause", "low")
    assert _decide(scores, 12, oih_sign=True, disease=True)[0] == "oih"


def test_disease_with_oih_signs_still_names_the_condition_first() -> None:
    answers = {"condition_change": "worse", "pain_spread": "yes", "allodynia": ["light_touch"],
               "after_increase": "worse", "duration": "over_12_months"}
    result = assess(answers)
    assert result.pattern == "oih"
    assert result.reasons[0].rule == "condition-worse"
    assert result.next_steps[1] == engine._DISEASE_STEP
    assert result.next_steps[2] == engine._PATTERN_STEPS["oih"]


def test_improvement_names_not_suggestive() -> None:
    answers = {"duration": "over_12_months", "dose_trend": "stable", "pain_trend": "better",
               "condition_change": "improved", "pain_spread": "no", "new_pain_quality": "no"}
    assert assess(answers).pattern == "not_suggestive"
    reduced = {"duration": "over_12_months", "dose_trend": "decreased", "pain_trend": "same",
               "after_decrease": "no_change", "pain_spread": "no", "new_pain_quality": "no",
               "allodynia": []}
    assert assess(reduced).pattern == "not_suggestive"
