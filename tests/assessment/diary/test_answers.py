"""The self-check answers a diary supports: which, from what, and valid for assess()."""

from __future__ import annotations

from datetime import date

from assessment import assess
from assessment.diary import analyse

from .conftest import START, diary, iso, steady


def _answers(d: dict) -> dict:
    answers = analyse(d).to_dict()["answers"]
    assess(answers)
    return answers


def test_the_most_recent_event_with_enough_data_wins() -> None:
    d = diary({"before": 6, "early": 4, "middle": 5, "late": 8}, length=120)
    # A second increase on day 70 with lasting relief, then a third on day 110 without enough data after it.
    d["doses"] += [{"from": iso(70), "medications": [{"opioid": "oxycodone", "daily_dose": 80}]},
                   {"from": iso(110), "medications": [{"opioid": "oxycodone", "daily_dose": 100}]}]
    for day in d["days"]:
        if (date.fromisoformat(day["date"]) - START).days >= 71:
            day["pain"] = 5
    responses = [e["response"] for e in analyse(d).to_dict()["events"]]
    assert responses == ["brief_relief_then_worse", "lasting_relief", "not_enough_data"]
    assert _answers(d)["after_increase"] == "lasting_relief"
    assert "after_decrease" not in _answers(d)


def test_decrease_answer() -> None:
    answers = _answers(diary({"before": 7, "early": 8, "middle": 6, "late": 4}, "decrease"))
    assert answers["after_decrease"] == "improved"
    assert answers["dose_trend"] == "decreased"
    assert "after_increase" not in answers


def test_dose_trend_stable_needs_four_weeks() -> None:
    assert _answers(steady(40))["dose_trend"] == "stable"
    assert "dose_trend" not in _answers(steady(20))


def test_dose_trend_looks_back_90_days_only() -> None:
    d = steady(200)
    d["doses"].append({"from": iso(50), "medications": [{"opioid": "morphine", "daily_dose": 60}]})
    assert _answers(d)["dose_trend"] == "stable"  # the rise was more than 90 days before the last day
    d["doses"].append({"from": iso(150), "medications": [{"opioid": "morphine", "daily_dose": 20}]})
    assert _answers(d)["dose_trend"] == "decreased"


def test_dose_trend_is_not_stable_when_only_uncounted_opioids_are_known() -> None:
    assert "dose_trend" not in _answers(steady(60, opioid="buprenorphine", dose=8))


def test_pain_trend_compares_the_first_and_last_two_weeks() -> None:
    d = steady(60, pain=4)
    for day in d["days"][-14:]:
        day["pain"] = 7
    assert _answers(d)["pain_trend"] == "worse"
    for day in d["days"][-14:]:
        day["pain"] = 2
    assert _answers(d)["pain_trend"] == "better"
    assert _answers(steady(60))["pain_trend"] == "same"
    assert "pain_trend" not in _answers(steady(27))  # the two stretches would overlap


def test_withdrawal_signs_from_the_last_four_weeks() -> None:
    d = steady(60)
    d["days"][5]["withdrawal_signs"] = ["anxiety"]  # too long ago
    assert "withdrawal_signs" not in _answers(d)
    d["days"][50]["withdrawal_signs"] = []
    assert _answers(d)["withdrawal_signs"] == []
    d["days"][55]["withdrawal_signs"] = ["yawning", "sweating"]
    assert _answers(d)["withdrawal_signs"] == ["sweating", "yawning"]


def test_an_empty_diary_supports_no_answers() -> None:
    assert _answers({"version": 1}) == {}
