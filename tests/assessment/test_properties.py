"""Hypothesis properties over any valid (and any malformed) answer set."""

from __future__ import annotations

import json
import math
from typing import Any

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from assessment import PATTERNS, QUESTIONS, InvalidAnswer, assess
from assessment.questions import QUESTIONS_BY_ID
from tests.support.strategies import MALFORMED, OIH_FEATURES, VALID

# Settings kept modest so the whole suite stays well under 30 s.
_FAST = settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])


@_FAST
@given(VALID)
def test_any_valid_answers_give_one_pattern_and_json(answers: dict) -> None:
    result = assess(answers)
    assert result.pattern in PATTERNS
    out = result.to_dict()
    text = json.dumps(out, allow_nan=False)
    assert json.loads(text) == out
    assert out["next_steps"][0].startswith("Talk to the clinician who prescribes")
    assert all(math.isfinite(v) and v >= 0 for v in out["scores"].values())


@_FAST
@given(VALID, st.lists(st.sampled_from(QUESTIONS_BY_ID["overdose_signs"].option_ids),
                       min_size=1))
def test_any_overdose_sign_puts_emergency_first(answers: dict, signs: list[str]) -> None:
    result = assess({**answers, "overdose_signs": signs})
    assert result.urgent[0] == "emergency"
    assert result.to_dict()["urgent_details"][0]["flag"] == "emergency"


@_FAST
@given(VALID)
def test_self_harm_yes_gives_crisis(answers: dict) -> None:
    urgent = assess({**answers, "self_harm_thoughts": "yes"}).urgent
    assert "crisis" in urgent
    assert urgent == [f for f in ("emergency", "crisis", "neurotoxicity") if f in urgent]


@_FAST
@given(VALID)
def test_urgent_flags_only_from_safety_answers(answers: dict) -> None:
    urgent = assess(answers).urgent
    assert ("emergency" in urgent) == bool(answers.get("overdose_signs"))
    assert ("crisis" in urgent) == (answers.get("self_harm_thoughts") == "yes")
    assert ("neurotoxicity" in urgent) == bool(answers.get("neurotoxicity_signs"))


@settings(max_examples=300, deadline=None)
@given(VALID, OIH_FEATURES)
def test_adding_an_oih_feature_never_lowers_the_oih_score(answers: dict, add) -> None:
    before = assess(answers).scores["oih"]
    after = assess(add(answers)).scores["oih"]
    assert after >= before


@_FAST
@given(VALID, OIH_FEATURES)
def test_dose_trend_increase_never_lowers_oih(answers: dict, add) -> None:
    # Combined with a worse pain trend, a rising dose is an OIH feature too.
    base = add({**answers, "pain_trend": "worse"})
    before = assess(base).scores["oih"]
    assert assess({**base, "dose_trend": "increased"}).scores["oih"] >= before


# --- malformed input --------------------------------------------------------------

@settings(max_examples=400, deadline=None)
@given(MALFORMED)
def test_malformed_input_raises_only_invalid_answer(answers: Any) -> None:
    try:
        result = assess(answers)
    except InvalidAnswer as error:
        assert str(error) and "\n" not in str(error)
    else:
        json.dumps(result.to_dict(), allow_nan=False)


# --- v2 gates and sharpen ---------------------------------------------------------

def _map_shows_new_areas(answers: dict) -> bool:
    # The body map (contract v2) sets pain_spread when both maps are answered.
    first, now = answers.get("pain_areas_first"), answers.get("pain_areas_now")
    return first is not None and now is not None and bool(set(now) - set(first))


def _has_oih_sign(answers: dict) -> bool:
    """An OIH-specific sign in the answers (read from the answers, not the engine)."""
    return (
        answers.get("pain_spread") == "yes"
        or _map_shows_new_areas(answers)
        or answers.get("new_pain_quality") == "yes"
        or bool(answers.get("allodynia"))
        or answers.get("after_increase") in ("worse", "brief_relief_then_worse")
        or answers.get("after_decrease") == "improved"
    )


@settings(max_examples=300, deadline=None)
@given(VALID)
def test_no_oih_or_mixed_without_an_oih_specific_sign(answers: dict) -> None:
    if not _has_oih_sign(answers):
        assert assess(answers).pattern not in ("oih", "mixed")


@settings(max_examples=300, deadline=None)
@given(VALID, st.sampled_from(["worse", "new_problem"]))
def test_disease_with_no_oih_sign_is_never_oih_or_mixed(answers: dict, change: str) -> None:
    answers = {**answers, "condition_change": change}
    result = assess(answers)
    if not _has_oih_sign(answers):
        assert result.pattern == "other_cause"
    # Disease first, whatever the pattern: the condition leads the reasons.
    assert result.reasons[0].rule in ("condition-worse", "new-problem")
    assert result.next_steps[1].startswith("First, ask your clinician to check")


# Sharpen checks re-run assess for every tried answer: fewer examples keep them quick.
_SHARPEN = settings(max_examples=50, deadline=None, suppress_health_check=[HealthCheck.too_slow])


@_SHARPEN
@given(VALID)
def test_every_sharpen_item_is_unanswered_and_its_patterns_really_follow(answers: dict) -> None:
    from assessment.sharpen import tried_answers

    result = assess(answers)
    asked = [item.question for item in result.sharpen]
    assert len(asked) == len(set(asked))
    for item in result.sharpen:
        assert answers.get(item.question) is None, item.question
        assert item.could_give and result.pattern not in item.could_give
        question = QUESTIONS_BY_ID[item.question]
        reached = set()
        for value in tried_answers(question):
            raw = [{"opioid": m.opioid, "daily_dose": m.daily_dose} for m in value] \
                if question.kind == "medications" else (list(value) if isinstance(value, tuple) else value)
            reached.add(assess({**answers, item.question: raw}).pattern)
        assert set(item.could_give) <= reached, item.question


@_SHARPEN
@given(VALID)
def test_an_unlisted_question_cannot_change_the_pattern_by_any_tried_answer(answers: dict) -> None:
    from assessment.sharpen import tried_answers

    result = assess(answers)
    listed = {item.question for item in result.sharpen}
    for question in QUESTIONS:
        if question.id in answers and answers[question.id] is not None or question.id in listed:
            continue
        for value in tried_answers(question)[:4]:
            raw = [{"opioid": m.opioid, "daily_dose": m.daily_dose} for m in value] \
                if question.kind == "medications" else (list(value) if isinstance(value, tuple) else value)
            assert assess({**answers, question.id: raw}).pattern == result.pattern, question.id


# --- v3 (issue 22 and 21) ---------------------------------------------------------

_WORSE_AFTER_DECREASE = ("worse", "worse_with_withdrawal")
_WORSE_AFTER_INCREASE = ("worse", "brief_relief_then_worse")


@settings(max_examples=300, deadline=None)
@given(VALID, st.sampled_from(_WORSE_AFTER_DECREASE))
def test_no_oih_when_pain_got_worse_after_a_reduction_and_not_after_an_increase(
        answers: dict, after_decrease: str) -> None:
    answers = {**answers, "after_decrease": after_decrease}
    if answers.get("after_increase") not in _WORSE_AFTER_INCREASE:
        # Nor "mixed": the OIH signs that come with it point to withdrawal.
        assert assess(answers).pattern not in ("oih", "mixed")


@settings(max_examples=300, deadline=None)
@given(VALID, st.lists(st.sampled_from(QUESTIONS_BY_ID["neurotoxicity_signs"].option_ids),
                       min_size=1))
def test_no_not_suggestive_with_any_neurotoxicity_sign(answers: dict, signs: list[str]) -> None:
    result = assess({**answers, "neurotoxicity_signs": signs})
    assert result.pattern != "not_suggestive"
    assert "neurotoxicity" in result.urgent


@settings(max_examples=200, deadline=None)
@given(VALID, st.lists(st.sampled_from(QUESTIONS_BY_ID["overdose_risks"].option_ids)))
def test_overdose_risks_never_change_pattern_scores_or_urgent(answers: dict,
                                                               risks: list[str]) -> None:
    without = {k: v for k, v in answers.items() if k != "overdose_risks"}
    plain, risky = assess(without), assess({**without, "overdose_risks": risks})
    assert (risky.pattern, risky.confidence, risky.scores, risky.urgent) == (
        plain.pattern, plain.confidence, plain.scores, plain.urgent)
    out = risky.to_dict()
    given_risks = [o for o in QUESTIONS_BY_ID["overdose_risks"].option_ids if o in risks]
    mme = out["mme"]
    expected = given_risks + (["mme_50_plus"] if mme is not None and mme["total"] >= 50 else [])
    assert out["overdose_risk"] == {"level": "higher" if expected else "usual",
                                    "because": expected}
    assert len(out["next_step_sources"]) == len(out["next_steps"])
    assert "overdose_risks" not in {item["question"] for item in out["sharpen"]}
