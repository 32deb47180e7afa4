"""docs/assessment-contract.md documents the diary as built."""

from __future__ import annotations

import doctest
from pathlib import Path

import assessment.diary
from assessment.diary import CSV_COLUMNS, analyse, thresholds

from .conftest import diary

DOC = (Path(__file__).resolve().parents[3] / "docs" / "assessment-contract.md").read_text(encoding="utf-8")
SECTION = " ".join(DOC[DOC.index("## G. The diary (`assessment.diary`)"):].split())


def test_every_report_key_is_documented() -> None:
    report = analyse(diary({"before": 5, "late": 7})).to_dict()
    for key in report:
        assert f'`"{key}"`' in SECTION, key
    for key in report["events"][0]:
        assert f'"{key}"' in DOC, key


def test_every_public_name_is_documented() -> None:
    for name in assessment.diary.__all__:
        assert f"`{name}`" in SECTION, name


def test_the_csv_columns_and_thresholds_are_documented() -> None:
    for column in CSV_COLUMNS:
        assert column in SECTION
    assert f"before {thresholds.BEFORE.first}..{thresholds.BEFORE.last}" in SECTION
    assert f"early {thresholds.EARLY.first}..{thresholds.EARLY.last}" in SECTION
    assert f"late {thresholds.LATE.first}..{thresholds.LATE.last}" in SECTION
    assert f"withdrawal allowance {thresholds.WITHDRAWAL.first}..{thresholds.WITHDRAWAL.last}" in SECTION
    assert f"at least {thresholds.MIN_SCORED_DAYS} scored days" in SECTION
    assert (f"at least {thresholds.MEANINGFUL_POINTS:g} points or {thresholds.MEANINGFUL_FRACTION:.0%}"
            in SECTION)
    assert f"never less than {thresholds.NOISE_FLOOR_POINTS:g} point" in SECTION


def test_the_docstring_example_runs() -> None:
    failures, tried = doctest.testmod(assessment.diary)
    assert tried >= 1 and failures == 0


def test_the_contract_s_example_diary_is_valid() -> None:
    import json
    import re

    shared = DOC[DOC.index("## Diary\n"):DOC.index("# Project additions")]
    example = json.loads(re.search(r"```json\n(.*?)```", shared, re.DOTALL).group(1))
    report = analyse(example).to_dict()
    assert report["days"] == 1 and report["span"] == ["2026-01-01", "2026-01-01"]
    assert [(e["date"], e["direction"], e["mme_before"], e["mme_after"], e["response"]) for e in report["events"]] == \
        [("2026-02-10", "increase", 60, 90, "not_enough_data")]
