"""The published case set: at least 30 sourced vignettes, 90% agreement, no urgent flag missed."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from assessment import PATTERNS, URGENT_FLAGS, InvalidAnswer
from assessment.references import REFERENCES_BY_ID
from assessment.validation import normalise
from site_build.pages.case_set import (
    CASES_PATH,
    BadCaseSet,
    agreement,
    load_cases,
    run_cases,
)

CASES = load_cases()
RUNS = run_cases(CASES)


def test_there_are_at_least_30_cases() -> None:
    assert len(CASES) >= 30


def test_agreement_is_at_least_90_percent() -> None:
    differing = [(r.case.id, r.pattern, r.case.expected) for r in RUNS if not r.agrees]
    assert agreement(RUNS) >= 0.9, differing


def test_no_urgent_flag_is_missed_or_invented() -> None:
    for run in RUNS:
        assert run.urgent_missed == (), run.case.id
        assert set(run.urgent) == set(run.case.urgent), run.case.id


def test_every_pattern_and_urgent_flag_is_covered() -> None:
    assert {p for case in CASES for p in case.expected} == set(PATTERNS)
    assert {p for case in CASES for p in case.expected[:1]} >= set(PATTERNS)
    assert {f for case in CASES for f in case.urgent} == set(URGENT_FLAGS)


def test_thin_conflicting_and_empty_answers_are_covered() -> None:
    kinds = [case.kind for case in CASES]
    assert kinds.count("thin") >= 4 and kinds.count("conflicting") >= 4 and "empty" in kinds
    for case in CASES:
        if case.kind == "thin":
            assert len(case.answers) <= 3, case.id


@pytest.mark.parametrize("case", CASES, ids=lambda c: c.id)
def test_case_answers_are_valid_and_sourced(case) -> None:
    normalise(case.answers)  # raises InvalidAnswer if the vignette breaks the contract
    assert not REFERENCES_BY_ID[case.source].is_lay


@pytest.mark.parametrize(("case_id", "expected"), [
    ("other-tumour-growing", "other_cause"),         # the issue's first failure
    ("tolerance-high-dose-long-use", "tolerance"),   # lasting relief after increase
    ("not-remission", "not_suggestive"),             # improved with remission
])
def test_the_failures_named_in_the_issue_now_agree(case_id: str, expected: str) -> None:
    run = next(r for r in RUNS if r.case.id == case_id)
    assert run.case.expected == (expected,)
    assert run.pattern == expected


@pytest.mark.parametrize(("change", "message"), [
    (lambda c: c.update(source="nobody2020"), "not in assessment/references.py"),
    (lambda c: c.update(expected=["maybe"]), "expected must be"),
    (lambda c: c.update(urgent=["panic"]), "unknown urgent flag"),
    (lambda c: c.update(kind="odd"), "kind must be"),
])
def test_a_bad_case_is_named(tmp_path: Path, change, message: str) -> None:
    data = json.loads(CASES_PATH.read_text(encoding="utf-8"))
    change(data["cases"][3])
    bad = tmp_path / "cases.json"
    bad.write_text(json.dumps(data), encoding="utf-8")
    with pytest.raises(BadCaseSet, match=message) as error:
        load_cases(bad)
    assert data["cases"][3]["id"] in str(error.value)


def test_duplicate_ids_are_refused(tmp_path: Path) -> None:
    data = json.loads(CASES_PATH.read_text(encoding="utf-8"))
    data["cases"].append(data["cases"][0])
    bad = tmp_path / "cases.json"
    bad.write_text(json.dumps(data), encoding="utf-8")
    with pytest.raises(BadCaseSet, match="duplicate"):
        load_cases(bad)


def test_invalid_answers_would_fail() -> None:
    with pytest.raises(InvalidAnswer):
        normalise({"pain_trend": "sideways"})
