"""The body maps give pain_spread, as the contract says; bad maps raise InvalidAnswer."""

from __future__ import annotations

import json
from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from assessment import BODY_AREAS_BY_ID, InvalidAnswer, assess
from assessment.body_map import BodyMap, apply_body_map, area_names
from tests.support.strategies import AREA_IDS, AREA_LISTS, VALID

_FAST = settings(max_examples=150, deadline=None)


def _reason(answers: dict[str, Any], rule: str) -> dict[str, Any]:
    reasons = [r for r in assess(answers).to_dict()["reasons"] if r["rule"] == rule]
    assert len(reasons) == 1, f"{rule} fired {len(reasons)} times"
    return reasons[0]


# ---- the derivation --------------------------------------------------------


def test_new_areas_give_spread_yes_and_name_them_in_plain_words() -> None:
    answers = {"pain_areas_first": ["left_lower_back"],
               "pain_areas_now": ["left_lower_back", "left_thigh", "right_thigh", "back_of_neck"]}
    reason = _reason(answers, "pain-spread")
    assert reason["answer"] == "yes" and reason["question"] == "pain_spread"
    assert reason["text"].startswith("Your body maps show pain in 3 new places: ")
    assert "right thigh, left thigh and back of neck" in reason["text"]
    assert reason["source"] == "chen2009"
    out = assess(answers).to_dict()
    assert out["body_map"] == {
        "first": ["left_lower_back"],
        "now": ["right_thigh", "left_thigh", "back_of_neck", "left_lower_back"],
        "new": ["right_thigh", "left_thigh", "back_of_neck"],
        "regions_now": ["head_neck", "lower_back_pelvis", "left_leg", "right_leg"],
        "summary": "3 new places since the pain began: right thigh, left thigh and back of neck.",
    }


def test_one_new_place_is_singular() -> None:
    reason = _reason({"pain_areas_first": [], "pain_areas_now": ["left_knee"]}, "pain-spread")
    assert reason["text"].startswith("Your body maps show pain in 1 new place: left knee.")


def test_identical_maps_give_spread_no() -> None:
    answers = {"pain_areas_first": ["right_knee", "left_knee"], "pain_areas_now": ["left_knee", "right_knee"]}
    reason = _reason(answers, "pain-same-place")
    assert "no new places" in reason["text"]
    fired = {r["rule"] for r in assess(answers).to_dict()["reasons"]}
    assert "pain-spread" not in fired
    assert assess(answers).to_dict()["body_map"]["new"] == []


def test_fewer_places_now_is_not_spread() -> None:
    answers = {"pain_areas_first": ["right_knee", "left_knee"], "pain_areas_now": ["left_knee"]}
    assert _reason(answers, "pain-same-place")["answer"] == "no"


@pytest.mark.parametrize("stated", ["no", "unsure"])
def test_the_map_wins_over_a_stated_no_or_unsure_and_says_so(stated: str) -> None:
    answers = {"pain_spread": stated, "pain_areas_first": ["face"], "pain_areas_now": ["face", "left_hand"]}
    reason = _reason(answers, "pain-spread")
    assert "this check goes by the maps" in reason["text"]
    assert "You said" in reason["text"] or "You were not sure" in reason["text"]
    assert "pain-same-place" not in {r["rule"] for r in assess(answers).to_dict()["reasons"]}


def test_the_map_wins_over_a_stated_yes_and_says_so() -> None:
    answers = {"pain_spread": "yes", "pain_areas_first": ["face"], "pain_areas_now": ["face"]}
    reason = _reason(answers, "pain-same-place")
    assert "You said your pain has spread" in reason["text"]
    assert "pain-spread" not in {r["rule"] for r in assess(answers).to_dict()["reasons"]}


def test_agreeing_answers_add_no_note() -> None:
    answers = {"pain_spread": "yes", "pain_areas_first": ["face"], "pain_areas_now": ["face", "left_hand"]}
    assert "goes by the maps" not in _reason(answers, "pain-spread")["text"]


def test_one_map_alone_leaves_the_stated_answer() -> None:
    for answers in ({"pain_spread": "no", "pain_areas_now": ["face", "left_hand"]},
                    {"pain_spread": "no", "pain_areas_first": ["face"]}):
        reason = _reason(answers, "pain-same-place")
        assert reason["text"] == "Your pain is still in the same place as before."
        assert assess(answers).to_dict()["body_map"]["new"] == []


def test_no_map_gives_null_and_the_general_wording() -> None:
    out = assess({"pain_spread": "yes"}).to_dict()
    assert out["body_map"] is None
    assert out["reasons"][0]["text"] == "Your pain has spread to places beyond the first problem."


def test_answered_counts_only_what_the_person_answered() -> None:
    out = assess({"pain_areas_first": ["face"], "pain_areas_now": ["face", "left_hand"]}).to_dict()
    assert out["answered"] == 2


def test_the_map_answer_counts_as_a_core_answer() -> None:
    # Fewer than MIN_CORE_ANSWERED core answers keep confidence "low"; the
    # maps' pain_spread is the fourth, exactly as a stated "yes" would be.
    base = {"after_increase": "worse", "after_decrease": "improved", "duration": "over_12_months"}
    assert (assess(base).pattern, assess(base).confidence) == ("oih", "low")
    maps = {"pain_areas_first": ["left_lower_back"], "pain_areas_now": ["left_lower_back", "left_thigh"]}
    with_maps = assess({**base, **maps})
    stated = assess({**base, "pain_spread": "yes"})
    assert (with_maps.pattern, with_maps.confidence) == (stated.pattern, stated.confidence) == ("oih", "moderate")


def test_long_lists_name_eight_areas_and_count_the_rest() -> None:
    text = area_names(tuple(AREA_IDS[:11]))
    assert text.endswith("and 3 more")
    assert text.count(",") == 7


def test_apply_body_map_leaves_answers_without_maps_alone() -> None:
    answers = {"pain_spread": "unsure"}
    clean, body_map = apply_body_map(answers)
    assert clean == answers and body_map is None


# ---- bad input --------------------------------------------------------------


@pytest.mark.parametrize("question", ["pain_areas_first", "pain_areas_now"])
@pytest.mark.parametrize(
    ("value", "says"),
    [
        (["left_knee", "left_knee"], "more than once"),
        (["elbow"], "not a body area id"),
        (["left_knee", 3], "not a body area id"),
        ("left_knee", "expected a list"),
        ({"left_knee": True}, "expected a list"),
        (True, "expected a list"),
    ],
)
def test_bad_maps_raise_invalid_answer_naming_the_question(question: str, value: Any, says: str) -> None:
    with pytest.raises(InvalidAnswer) as error:
        assess({question: value})
    message = str(error.value)
    assert message.startswith(question + ":") and says in message and "\n" not in message


# ---- properties ---------------------------------------------------------------


@_FAST
@given(VALID, AREA_LISTS, st.sampled_from(AREA_IDS))
def test_a_new_area_never_lowers_the_oih_evidence(answers: dict, first: list[str], extra: str) -> None:
    now = answers.get("pain_areas_now") or []
    base = {**answers, "pain_areas_first": [a for a in first if a != extra], "pain_areas_now": now}
    grown = {**base, "pain_areas_now": [*[a for a in now if a != extra], extra]}
    assert assess(grown).scores["oih"] >= assess(base).scores["oih"]
    assert extra in assess(grown).to_dict()["body_map"]["new"]


@_FAST
@given(VALID, AREA_LISTS)
def test_identical_maps_never_count_as_spread(answers: dict, areas: list[str]) -> None:
    out = assess({**answers, "pain_areas_first": areas, "pain_areas_now": list(reversed(areas))}).to_dict()
    assert out["body_map"]["new"] == []
    assert "pain-spread" not in {r["rule"] for r in out["reasons"]}
    assert "pain-same-place" in {r["rule"] for r in out["reasons"]}


@_FAST
@given(VALID, AREA_LISTS, AREA_LISTS, st.sampled_from(["yes", "no", "unsure"]))
def test_the_map_wins_over_any_stated_spread(answers: dict, first: list[str], now: list[str], stated: str) -> None:
    maps = {"pain_areas_first": first, "pain_areas_now": now}
    with_stated = assess({**answers, **maps, "pain_spread": stated})
    derived = "yes" if set(now) - set(first) else "no"
    without = assess({**{k: v for k, v in answers.items() if k != "pain_spread"}, **maps})
    assert with_stated.scores == without.scores
    assert with_stated.pattern == without.pattern
    assert with_stated.scores == assess({**answers, "pain_spread": derived, **maps}).scores
    json.dumps(with_stated.to_dict(), allow_nan=False)


@_FAST
@given(AREA_LISTS, AREA_LISTS)
def test_body_map_dict_is_consistent(first: list[str], now: list[str]) -> None:
    out = BodyMap(tuple(first), tuple(now)).to_dict()
    assert set(out["new"]) == set(now) - set(first)
    assert set(out["regions_now"]) == {BODY_AREAS_BY_ID[a].region for a in now}


@_FAST
@given(st.lists(st.sampled_from(AREA_IDS), min_size=2).filter(lambda xs: len(set(xs)) < len(xs)))
def test_any_duplicate_is_refused(areas: list[str]) -> None:
    with pytest.raises(InvalidAnswer, match="^pain_areas_now: "):
        assess({"pain_areas_now": areas})
