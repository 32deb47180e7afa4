"""The summary: plain sentences naming each change, grade 8 or below, never advice to change a dose."""

from __future__ import annotations

import pytest

from assessment.diary import analyse
from site_build.pages.readability import grade

from .conftest import diary, iso, steady
from .test_responses import DECREASES, INCREASES

SAFE = pytest.importorskip("tests.assessment.test_safety_text")


def _summary(d: dict) -> list[str]:
    return analyse(d).to_dict()["summary"]


def test_the_contract_example_sentence() -> None:
    d = diary({"before": 5, "early": 5, "middle": 6, "late": 7})
    d["doses"][1]["from"] = "2026-02-10"
    d["days"] = [dict(day, pain=5 if day["date"] < "2026-02-25" else 7) for day in
                 [{"date": iso(o), "pain": 0} for o in range(20, 90)]]
    text = " ".join(_summary(d))
    assert ("Your dose went up on 10 February. In the first week after, your pain was about the same as "
            "before. In weeks 3 to 6 after, your pain was 2 points higher than before.") in text


def test_a_reduction_with_withdrawal_signs_says_so() -> None:
    text = " ".join(_summary(diary({"before": 5, "early": 7, "middle": 6, "late": 5}, "decrease",
                                   signs_early=["sweating"])))
    assert ("Your dose went down on 21 January. In the first week after, your pain was 2 points higher "
            "than before.") in text
    assert "signs of withdrawal in the first 2 weeks" in text


def test_not_enough_data_is_said_plainly() -> None:
    text = " ".join(_summary(diary({"before": None, "early": 4, "late": 4})))
    assert "too few pain scores in the 2 weeks before" in text


def test_starting_and_ending_an_opioid() -> None:
    d = steady(60)
    d["doses"] = [{"from": iso(0), "medications": []},
                  {"from": iso(20), "medications": [{"opioid": "codeine", "daily_dose": 120}]},
                  {"from": iso(40), "medications": []}]
    text = " ".join(_summary(d))
    assert "You started an opioid on 21 January." in text
    assert "Your opioid ended on 10 February." in text


def test_missing_days_and_no_change() -> None:
    d = steady(10)
    del d["days"][3:5]
    summary = _summary(d)
    assert summary[0] == "Your diary has pain scores for 8 days, from 1 January to 10 January 2026."
    assert summary[1] == "2 days in that time have no score."
    assert "Your dose did not change in this diary" in summary[2]
    assert "clinician" in summary[-1]


def test_uncounted_opioids_are_named() -> None:
    d = steady(30, opioid="buprenorphine", dose=8)
    d["doses"].append({"from": iso(10), "medications": [{"opioid": "buprenorphine", "daily_dose": 16}]})
    report = analyse(d).to_dict()
    assert report["events"] == [] and report["uncounted"] == ["buprenorphine"]
    assert any("buprenorphine" in s and "not shown as dose changes" in s for s in report["summary"])


def test_years_are_named_when_the_diary_crosses_a_year() -> None:
    d = {"version": 1, "days": [{"date": "2025-12-30", "pain": 3}, {"date": "2026-01-02", "pain": 3}]}
    assert _summary(d)[0] == "Your diary has pain scores for 2 days, from 30 December 2025 to 2 January 2026."


def _timed(pairs: list[tuple[list[int], list[int]]]) -> dict:
    from .test_end_of_dose import _diary

    return _diary(pairs)


ALL = [diary(p, "increase") for _, p in INCREASES] + \
    [diary(p, "decrease", signs_early=s) for _, p, s in DECREASES] + [steady(), {"version": 1}] + \
    [_timed([([8], [4])] * 6), _timed([([8], [4])] * 2), _timed([([5], [5])] * 6)]


def test_every_summary_reads_at_grade_8_or_below() -> None:
    for d in ALL:
        text = " ".join(_summary(d))
        assert grade(text) <= 8.0, text


def test_no_summary_tells_anyone_to_change_a_dose() -> None:
    texts = [" ".join(_summary(d)) for d in ALL]
    assert [SAFE.unsafe_phrases(text) for text in texts] == [[] for _ in texts]


def test_no_string_in_the_diary_package_tells_anyone_to_change_a_dose() -> None:
    import ast
    from pathlib import Path

    package = Path(__file__).resolve().parents[3] / "assessment" / "diary"
    strings = [node.value for path in package.glob("*.py")
               for node in ast.walk(ast.parse(path.read_text(encoding="utf-8")))
               if isinstance(node, ast.Constant) and isinstance(node.value, str)]
    assert len(strings) > 50
    assert [s for s in strings if SAFE.unsafe_phrases(s)] == []
