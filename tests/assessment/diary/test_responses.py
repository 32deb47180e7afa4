"""Every contract response, from hand-made diaries, through ``analyse()``."""

from __future__ import annotations

import pytest

from assessment import assess
from assessment.diary import WITHDRAWAL_SIGN_IDS, analyse
from assessment.diary.responses import after_decrease, after_increase

from .conftest import diary, iso

INCREASES = [
    ("lasting_relief", {"before": 6, "early": 4, "middle": 4, "late": 4}),
    ("brief_relief_then_same", {"before": 6, "early": 4, "middle": 5, "late": 6}),
    ("brief_relief_then_worse", {"before": 6, "early": 4, "middle": 6, "late": 8}),
    ("worse", {"before": 5, "early": 5, "middle": 6, "late": 7}),
    ("worse", {"before": 5, "early": 7, "middle": 7, "late": 8}),
    ("no_change", {"before": 5, "early": 5, "middle": 5, "late": 5}),
    ("no_change", {"before": 5, "early": 7, "middle": 6, "late": 5}),  # a bad first week that settled
    ("lasting_relief", {"before": 7, "early": 7, "middle": 6, "late": 4}),  # relief that came late
    ("not_enough_data", {"before": 6, "early": 4, "middle": 4, "late": None}),
    ("not_enough_data", {"before": None, "early": 4, "middle": 4, "late": 4}),
]

DECREASES = [
    ("improved", {"before": 7, "early": 8, "middle": 6, "late": 4}, None),
    ("improved", {"before": 7, "early": 9, "middle": 6, "late": 4}, ["sweating"]),
    ("worse_with_withdrawal", {"before": 5, "early": 7, "middle": 6, "late": 5}, ["yawning", "sweating"]),
    ("no_change", {"before": 5, "early": 7, "middle": 6, "late": 5}, None),  # worse early, no signs noted
    ("no_change", {"before": 5, "early": 7, "middle": 6, "late": 5}, []),
    ("worse", {"before": 5, "early": 7, "middle": 7, "late": 7}, ["anxiety"]),
    ("worse", {"before": 5, "early": 5, "middle": 5, "late": 7}, None),
    ("no_change", {"before": 5, "early": 5, "middle": 5, "late": 5}, None),
    ("not_enough_data", {"before": 5, "early": 7, "middle": 6, "late": None}, ["sweating"]),
]


@pytest.mark.parametrize(("expected", "pain"), INCREASES)
def test_increase_responses(expected: str, pain: dict) -> None:
    report = analyse(diary(pain, "increase")).to_dict()
    [event] = report["events"]
    assert event["direction"] == "increase"
    assert (event["mme_before"], event["mme_after"]) == (60, 90)
    assert event["response"] == expected


@pytest.mark.parametrize(("expected", "pain", "signs"), DECREASES)
def test_decrease_responses(expected: str, pain: dict, signs: list | None) -> None:
    report = analyse(diary(pain, "decrease", signs_early=signs)).to_dict()
    [event] = report["events"]
    assert event["direction"] == "decrease"
    assert event["response"] == expected
    assert event["withdrawal_signs"] == [s for s in WITHDRAWAL_SIGN_IDS if s in (signs or [])]


def test_window_means_are_reported() -> None:
    event = analyse(diary({"before": 6, "early": 4, "middle": 5, "late": 8})).to_dict()["events"][0]
    assert (event["pain_before"], event["pain_early"], event["pain_late"]) == (6, 4, 8)
    assert event["scored_days"] == {"before": 14, "early": 7, "late": 28}


def test_two_scored_days_are_not_enough_three_are() -> None:
    late_days = [20 + offset for offset in range(15, 43)]
    two = analyse(diary({"before": 5, "late": 8}, skip=tuple(late_days[2:]))).events[0]
    three = analyse(diary({"before": 5, "late": 8}, skip=tuple(late_days[3:]))).events[0]
    assert two.late.mean is None and two.response == "not_enough_data"
    assert three.late.scored_days == 3 and three.response == "worse"


@pytest.mark.parametrize(("before", "after", "expected"), [
    (8, 6, "lasting_relief"),      # 2 points: meaningful
    (8, 6.5, "no_change"),         # 1.5 points, 19%: not
    (5, 3.5, "lasting_relief"),    # 30% of 5
    (5, 3.6, "no_change"),         # 28%
    (2, 1.4, "no_change"),         # 30%, but under the 1-point floor
    (2, 1, "lasting_relief"),      # 1 point, 50%
])
def test_the_meaningful_change_threshold(before: float, after: float, expected: str) -> None:
    assert after_increase(before, before, after) == expected


def test_a_decrease_is_judged_on_the_late_window_only() -> None:
    assert after_decrease(5, 9, 5, withdrawal_signs=False) == "no_change"
    assert after_decrease(5, 9, 5, withdrawal_signs=True) == "worse_with_withdrawal"
    assert after_decrease(5, None, 5, withdrawal_signs=True) == "no_change"


@pytest.mark.parametrize(("expected", "pain"), INCREASES)
def test_the_answers_are_valid_self_check_input(expected: str, pain: dict) -> None:
    report = analyse(diary(pain, "increase"))
    answers = report.to_dict()["answers"]
    assess(answers)  # raises InvalidAnswer if not
    if expected != "not_enough_data":
        assert answers["after_increase"] == expected
    else:
        assert "after_increase" not in answers
    assert answers["dose_trend"] == "increased"


def test_windows_stop_at_the_neighbouring_changes() -> None:
    # Changes on days 20 and 30: the second's "before" is days 21-29 (not the change day 20),
    # and the first's early window stops at day 29 and its late window is empty.
    d = diary({"before": 5, "early": 5, "middle": 5, "late": 5})
    d["doses"].append({"from": iso(30), "medications": [{"opioid": "oxycodone", "daily_dose": 80}]})
    first, second = analyse(d).events
    assert first.early.scored_days == 7 and first.late.scored_days == 0
    assert first.response == "not_enough_data"
    assert second.before.scored_days == 9
