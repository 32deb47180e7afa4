"""The published case set: patient-level sources quoted, two raters, no urgent flag missed.

The contract's rule (version 3): every case names a work that describes a
patient and carries ``source_facts``, literal quotes from that work from which
every answer follows; an answer that needs an inference says so. These tests
check the rule as far as a machine can (kinds of source, quotes present, every
inferred answer explained); that the quotes are the source's own words is
checked by people and logged in docs/clinical-review/cases.md.

Two raters wrote the expected patterns: ``expected`` (the first, before the
engine ran) and ``expected_second`` (the second, blind, under rules fixed
beforehand, commissioned after the first rater's results on the engine were
seen). Agreement with either rater must stay at 90% or more. The floors on
agreement with each rater alone are the levels reached on 2026-12-06 after the
second rater's findings were fixed (rater 1: 23 of 29; rater 2: 27 of 29); a
change that lowers either fails, and a reader sees both on the page.

Edge cases with no patient behind them (``{}``, an all-"unsure" form) belong in
the engine's unit tests, not here: no published work describes them.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from assessment import PATTERNS, URGENT_FLAGS, InvalidAnswer
from assessment.references import REFERENCES_BY_ID, Kind
from assessment.validation import normalise
from site_build.pages.case_set import (
    CASES_PATH,
    SOURCE_KINDS,
    BadCaseSet,
    agreement,
    in_set,
    inter_rater_agreement,
    load_cases,
    run_cases,
)

CASES = load_cases()
RUNS = run_cases(CASES)
RAW = json.loads(CASES_PATH.read_text(encoding="utf-8"))


# Agreement with each rater alone as reached on 2026-12-06, after the second
# rater's findings were fixed: a floor, not a target.
FLOOR_FIRST = 23 / 29
FLOOR_SECOND = 27 / 29


def test_there_are_at_least_29_cases() -> None:
    # 30 until 2026-12-06, when the remifentanil volunteer case was dropped: its
    # volunteers had no pain of their own (docs/clinical-review/cases.md).
    assert len(CASES) >= 29


def _differing(rater: str) -> list:
    return [(r.case.id, r.pattern, r.case.expected, r.case.expected_second)
            for r in RUNS if not r.agrees_with(rater)]


def test_agreement_with_either_rater_is_at_least_90_percent() -> None:
    assert agreement(RUNS, "either") >= 0.9, _differing("either")


def test_agreement_with_the_first_rater_does_not_fall() -> None:
    assert agreement(RUNS, "first") >= FLOOR_FIRST, _differing("first")


def test_agreement_with_the_second_rater_does_not_fall() -> None:
    assert agreement(RUNS, "second") >= FLOOR_SECOND, _differing("second")


def test_either_is_never_below_each_rater_alone() -> None:
    for runs in (RUNS, in_set(RUNS, "build"), in_set(RUNS, "held_out")):
        either = agreement(runs, "either")
        assert either >= agreement(runs, "first") and either >= agreement(runs, "second")


def test_every_case_has_both_raters() -> None:
    for case in CASES:
        assert case.expected and set(case.expected) <= set(PATTERNS), case.id
        assert case.expected_second and set(case.expected_second) <= set(PATTERNS), case.id
        assert case.why_second.strip(), case.id
    assert len(RAW["cases"]) == len(CASES)
    assert all("expected_second" in raw and "why_second" in raw for raw in RAW["cases"])


def test_the_second_raters_rules_and_timing_are_recorded() -> None:
    about = RAW["about"]
    assert len(about["second_rater_rules"]) == 4
    for words in ("blind", "fixed before", "after the first rater's results on the engine"):
        assert words in about["raters"]


def test_inter_rater_agreement_is_a_share_of_the_cases() -> None:
    overlap = sum(bool(set(c.expected) & set(c.expected_second)) for c in CASES)
    assert inter_rater_agreement(RUNS) == overlap / len(CASES)


def test_no_urgent_flag_is_missed_or_invented() -> None:
    for run in RUNS:
        assert run.urgent_missed == (), run.case.id
        assert set(run.urgent) == set(run.case.urgent), run.case.id


def test_every_pattern_and_urgent_flag_is_covered() -> None:
    assert {p for case in CASES for p in case.expected[:1]} == set(PATTERNS)
    assert {f for case in CASES for f in case.urgent} == set(URGENT_FLAGS)


def test_thin_and_conflicting_answers_are_covered() -> None:
    kinds = [case.kind for case in CASES]
    assert kinds.count("thin") >= 4 and kinds.count("conflicting") >= 4
    for case in CASES:
        if case.kind == "thin":
            assert len(case.answers) <= 3, case.id


def test_build_time_and_held_out_cases_are_both_recorded() -> None:
    assert in_set(RUNS, "build") and in_set(RUNS, "held_out")
    assert len(in_set(RUNS, "build")) + len(in_set(RUNS, "held_out")) == len(RUNS)
    assert RAW["held_out_since"] == "2026-12-06"


@pytest.mark.parametrize("case", CASES, ids=lambda c: c.id)
def test_case_answers_are_valid(case) -> None:
    normalise(case.answers)  # raises InvalidAnswer if the vignette breaks the contract


@pytest.mark.parametrize("case", CASES, ids=lambda c: c.id)
def test_case_rests_on_a_patient_describing_work_and_quotes_it(case) -> None:
    ref = REFERENCES_BY_ID[case.source]
    assert not ref.is_lay
    assert ref.kind in (Kind.JOURNAL, Kind.WEB, Kind.GUIDELINE)
    assert case.source_kind in SOURCE_KINDS
    assert case.source_facts and all(len(fact) >= 20 for fact in case.source_facts)
    assert len(set(case.source_facts)) == len(case.source_facts), "a quote given twice"
    for question in case.inferred:
        assert question in case.answers
    if case.inferred:
        assert case.mapping_notes.strip()


def test_no_case_rests_on_a_work_that_describes_no_patient() -> None:
    # Reviews, surveys of clinicians and guidelines' advice describe no patient:
    # the old set's cases on these works were dropped or rewritten (issue 21).
    no_patient = {"chen2009", "chen2014", "chu2008", "silverman2009", "tompkins2011", "lee2011",
                  "angst2006", "higgins2019", "hhs2019", "cdc-overdose", "cdc2022", "fda2023"}
    assert {case.source for case in CASES} & no_patient == set()


def _mutated(tmp_path: Path, change) -> tuple[Path, str]:
    data = json.loads(CASES_PATH.read_text(encoding="utf-8"))
    change(data["cases"][3])
    bad = tmp_path / "cases.json"
    bad.write_text(json.dumps(data), encoding="utf-8")
    return bad, data["cases"][3]["id"]


@pytest.mark.parametrize(("change", "message"), [
    (lambda c: c.update(source="nobody2020"), "not in assessment/references.py"),
    (lambda c: c.update(source="seed-key-signs"), "lay article"),
    (lambda c: c.update(source_kind="review"), "source_kind must be"),
    (lambda c: c.update(source_facts=[]), "source_facts must quote"),
    (lambda c: c.pop("source_facts"), "source_facts must quote"),
    (lambda c: c.update(source_facts=["too short"]), "quotes of 20"),
    (lambda c: c.update(source_facts="one long string, not a list of quotes"), "list of strings"),
    (lambda c: c.update(inferred=list(c["answers"])[:1], mapping_notes=""), "need mapping_notes"),
    (lambda c: c.update(inferred=["not_answered_here"]), "not answered"),
    (lambda c: c.update(set="training"), "set must be"),
    (lambda c: c.update(expected=["maybe"]), "expected must be"),
    (lambda c: c.update(expected=[]), "expected must be"),
    (lambda c: c.pop("expected_second"), "expected_second must be"),
    (lambda c: c.update(expected_second=["maybe"]), "expected_second must be"),
    (lambda c: c.update(expected_second="oih"), "expected_second must be"),
    (lambda c: c.update(expected_second=["oih", "oih"]), "pattern twice"),
    (lambda c: c.pop("why_second"), "needs a why_second"),
    (lambda c: c.update(why_second=" "), "needs a why_second"),
    (lambda c: c.update(revised_after_rating=["a list"]), "revised_after_rating"),
    (lambda c: c.update(urgent=["panic"]), "unknown urgent flag"),
    (lambda c: c.update(kind="empty"), "kind must be"),
    (lambda c: c.update(answers={}), "non-empty object"),
])
def test_a_bad_case_is_named(tmp_path: Path, change, message: str) -> None:
    bad, case_id = _mutated(tmp_path, change)
    with pytest.raises(BadCaseSet, match=message) as error:
        load_cases(bad)
    assert case_id in str(error.value)


def test_a_thin_case_with_too_many_answers_is_refused(tmp_path: Path) -> None:
    def change(case):
        case.update(kind="thin", answers={"duration": "over_12_months", "dose_trend": "stable",
                                          "pain_trend": "same", "pain_spread": "no"}, inferred=[])
    bad, case_id = _mutated(tmp_path, change)
    with pytest.raises(BadCaseSet, match="thin case") as error:
        load_cases(bad)
    assert case_id in str(error.value)


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
