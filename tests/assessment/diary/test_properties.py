"""Hypothesis properties of analyse(), the CSV round trip and malformed input."""

from __future__ import annotations

import json
import random
from typing import Any

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from assessment import assess
from assessment.diary import (
    DECREASE_RESPONSES,
    INCREASE_RESPONSES,
    WITHDRAWAL_SIGN_IDS,
    InvalidDiary,
    analyse,
    from_csv,
    to_csv,
)

from .strategies import diaries

_FAST = settings(max_examples=50, deadline=None, suppress_health_check=[HealthCheck.too_slow])


@_FAST
@given(diaries())
def test_any_valid_diary_gives_json_the_self_check_accepts(diary: dict) -> None:
    report = analyse(diary).to_dict()
    assert json.loads(json.dumps(report, allow_nan=False)) == report
    assess(report["answers"])  # raises if the answers are not valid self-check input
    assert report["days"] == len(diary["days"])
    assert report["missing_days"] == len(report["series"]) - report["days"]
    for event in report["events"]:
        allowed = INCREASE_RESPONSES if event["direction"] == "increase" else DECREASE_RESPONSES
        assert event["response"] in allowed
        assert (event["mme_after"] > event["mme_before"]) == (event["direction"] == "increase")
    assert [e["date"] for e in report["events"]] == sorted(e["date"] for e in report["events"])
    assert "<style" not in report["chart_svg"] and "style=" not in report["chart_svg"]


@_FAST
@given(diaries(), st.randoms(use_true_random=False))
def test_shuffling_the_input_changes_nothing(diary: dict, rng: random.Random) -> None:
    shuffled = {"days": list(diary["days"]), "version": 1, "doses": list(diary["doses"])}
    rng.shuffle(shuffled["days"])
    rng.shuffle(shuffled["doses"])
    assert analyse(shuffled).to_dict() == analyse(diary).to_dict()


@_FAST
@given(diaries())
def test_a_diary_with_one_regimen_has_no_events(diary: dict) -> None:
    diary["doses"] = diary["doses"][:1]
    report = analyse(diary).to_dict()
    assert report["events"] == []
    assert "after_increase" not in report["answers"] and "after_decrease" not in report["answers"]


@_FAST
@given(diaries())
def test_same_mme_regimens_make_no_events(diary: dict) -> None:
    # Two steps with the same total MME (a switch of form, say) are not a change of dose.
    for index, step in enumerate(diary["doses"]):
        step["medications"] = [{"opioid": "morphine", "daily_dose": 30}] if index % 2 else \
            [{"opioid": "oxycodone", "daily_dose": 20}]
    assert analyse(diary).to_dict()["events"] == []


@_FAST
@given(diaries())
def test_the_csv_round_trip_keeps_the_diary(diary: dict) -> None:
    again = from_csv(to_csv(diary))
    assert analyse(again).to_dict() == analyse(diary).to_dict()
    assert [d.get("note") or None for d in again["days"]] == \
        [d.get("note") or None for d in sorted(diary["days"], key=lambda d: d["date"])]
    assert [d.get("withdrawal_signs") for d in again["days"]] == \
        [d.get("withdrawal_signs") and sorted(set(d["withdrawal_signs"]), key=WITHDRAWAL_SIGN_IDS.index)
         if "withdrawal_signs" in d else None for d in sorted(diary["days"], key=lambda d: d["date"])]


_JUNK = st.recursive(
    st.none() | st.booleans() | st.integers() | st.floats() | st.text(max_size=10),
    lambda inner: st.lists(inner, max_size=3) | st.dictionaries(st.text(max_size=8), inner, max_size=3),
    max_leaves=12,
)


@_FAST
@given(st.one_of(_JUNK, st.fixed_dictionaries({"version": st.just(1)}, optional={
    "days": st.lists(st.dictionaries(st.sampled_from(["date", "pain", "note", "withdrawal_signs", "x"]), _JUNK), max_size=3),
    "doses": st.lists(st.dictionaries(st.sampled_from(["from", "medications"]), _JUNK), max_size=3),
})))
def test_malformed_input_raises_only_invalid_diary_naming_a_place(junk: Any) -> None:
    try:
        analyse(junk)
    except InvalidDiary as error:
        message = str(error)
        assert message.split(":")[0].split("[")[0] in {"diary", "version", "days", "doses"}, message
        assert "\n" not in message


@_FAST
@given(st.text(max_size=300))
def test_any_text_as_csv_raises_only_invalid_diary(text: str) -> None:
    try:
        from_csv(text)
    except InvalidDiary as error:
        assert str(error).startswith(("row ", "csv:")), str(error)
