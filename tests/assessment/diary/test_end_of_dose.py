"""End-of-dose pain (contract v3): the last 28 days with readings before and after a dose, at its edges."""

from __future__ import annotations

from datetime import date, timedelta
from typing import Any

import pytest

from assessment import assess
from assessment.diary import END_OF_DOSE_DAYS, END_OF_DOSE_MIN_DAYS, analyse

from .conftest import steady

FIRST = date(2026, 3, 1)


def _readings(before: list[int], after: list[int], other: tuple[int, ...] = ()) -> list[dict[str, Any]]:
    found = [{"time": f"07:{i:02d}", "pain": pain, "moment": "before_dose"} for i, pain in enumerate(before)]
    found += [{"time": f"09:{i:02d}", "pain": pain, "moment": "after_dose"} for i, pain in enumerate(after)]
    found += [{"time": f"13:{i:02d}", "pain": pain, "moment": "other"} for i, pain in enumerate(other)]
    return found


def _diary(days: list[tuple[list[int], list[int]]], pain: int | None = 5) -> dict[str, Any]:
    """One day per pair of (before-dose pains, after-dose pains), from 1 March 2026."""
    entries = []
    for offset, (before, after) in enumerate(days):
        entry: dict[str, Any] = {"date": (FIRST + timedelta(days=offset)).isoformat(), "readings": _readings(before, after)}
        if pain is not None:
            entry["pain"] = pain
        entries.append(entry)
    return {"version": 2, "doses": [], "days": entries}


def _found(diary: dict[str, Any]) -> tuple[dict[str, Any], dict[str, Any]]:
    report = analyse(diary).to_dict()
    return report["end_of_dose"], report["answers"]


def test_the_contract_values() -> None:
    assert (END_OF_DOSE_DAYS, END_OF_DOSE_MIN_DAYS) == (28, 5)


def test_clearly_higher_before_a_dose_is_found_and_answers_pain_timing() -> None:
    found, answers = _found(_diary([([8], [4])] * 5))
    assert found == {"days": 5, "before_dose": 8, "after_dose": 4, "finding": "pain_before_next_dose",
                     "span": ["2026-03-01", "2026-03-05"]}
    assert answers["pain_timing"] == "before_next_dose"
    assert assess(answers).to_dict()["pattern"]  # the self-check takes the answer as it is


def test_four_days_are_not_enough_even_with_a_big_difference() -> None:
    found, answers = _found(_diary([([9], [2])] * 4))
    assert found["days"] == 4 and found["finding"] == "not_enough_data"
    assert (found["before_dose"], found["after_dose"]) == (9, 2)  # the means are still given
    assert "pain_timing" not in answers


def test_exactly_the_meaningful_change_counts() -> None:
    # After a dose 5: the change that counts is 30% of 5 = 1.5. Before a dose 6.5 (6 and 7 each day).
    found, _ = _found(_diary([([6, 7], [5])] * 5))
    assert (found["before_dose"], found["after_dose"], found["finding"]) == (6.5, 5, "pain_before_next_dose")


def test_just_under_the_meaningful_change_is_no_difference() -> None:
    # Before a dose 6.4 on average (four days at 6.5, one at 6): 1.4 points, under 1.5.
    found, answers = _found(_diary([([6, 7], [5])] * 4 + [([6], [5])]))
    assert (found["before_dose"], found["finding"]) == (6.4, "no_difference")
    assert "pain_timing" not in answers


@pytest.mark.parametrize(("before", "after", "finding"), [
    (2, 1, "pain_before_next_dose"),    # low pain: the 1-point floor
    (10, 8, "pain_before_next_dose"),   # high pain: 2 points is enough
    (9, 8, "no_difference"),
    (4, 7, "no_difference"),            # pain higher after a dose is not end-of-dose pain
    (5, 5, "no_difference"),
])
def test_the_meaningful_change_is_measured_from_the_after_dose_pain(before: int, after: int, finding: str) -> None:
    assert _found(_diary([([before], [after])] * 6))[0]["finding"] == finding


def test_only_the_last_28_days_with_both_readings_count() -> None:
    # 30 days: the first two with a large difference, the last 28 with none.
    found, _ = _found(_diary([([9], [1])] * 2 + [([5], [5])] * 28))
    assert found["days"] == 28 and found["finding"] == "no_difference"
    assert found["span"] == ["2026-03-03", "2026-03-30"]
    # And the other way round: the recent days decide.
    found, _ = _found(_diary([([5], [5])] * 40 + [([8], [4])] * 28))
    assert found["finding"] == "pain_before_next_dose"


def test_days_missing_either_moment_and_other_readings_are_left_out() -> None:
    diary = _diary([([8], [4])] * 5)
    # Days with a reading before a dose only, after only, or at another moment, between them.
    for offset, readings in enumerate([_readings([9], []), _readings([], [1]), _readings([], [], other=(9, 9))]):
        diary["days"].append({"date": (FIRST + timedelta(days=10 + offset)).isoformat(), "readings": readings})
    found, _ = _found(diary)
    assert (found["days"], found["before_dose"], found["after_dose"]) == (5, 8, 4)
    assert found["span"] == ["2026-03-01", "2026-03-05"]


def test_a_day_s_several_readings_at_one_moment_are_averaged_first() -> None:
    # Day 1: before 10 and 6 (mean 8); the others before 8. After 4 every day.
    found, _ = _found(_diary([([10, 6], [4, 4, 4])] + [([8], [4])] * 4))
    assert (found["before_dose"], found["after_dose"]) == (8, 4)


def test_no_readings_at_all() -> None:
    found, answers = _found(steady())
    assert found == {"days": 0, "before_dose": None, "after_dose": None, "finding": "not_enough_data", "span": None}
    assert "pain_timing" not in answers


def test_the_summary_says_what_the_readings_show() -> None:
    summary = analyse(_diary([([8], [4])] * 5)).to_dict()["summary"]
    assert "On 5 days you noted your pain both before and after a dose." in summary
    assert "Before a dose your pain was 8 on average, and after a dose it was 4." in summary
    assert any(s.startswith("Your pain was clearly higher before a dose than after it.") for s in summary)
    few = analyse(_diary([([8], [4])] * 2)).to_dict()["summary"]
    assert "The diary needs at least 5 such days to compare them." in few
    same = analyse(_diary([([5], [5])] * 6)).to_dict()["summary"]
    assert "Your pain was not clearly higher before a dose than after it." in same
