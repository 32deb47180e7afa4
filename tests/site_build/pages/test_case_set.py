"""The "How the self-check was tested" page parts, rendered from the case set."""

from __future__ import annotations

import re
from dataclasses import replace

import pytest

from assessment import PATTERNS
from site_build.pages.case_set import (
    CaseRun,
    agreement,
    in_set,
    load_cases,
    render_case_details,
    render_case_page_parts,
    render_case_table,
    render_differences,
    render_matrix,
    render_summary,
    run_cases,
)

RUNS = run_cases(load_cases())


def _wrong(run: CaseRun) -> CaseRun:
    other = next(p for p in PATTERNS
                 if p not in run.case.expected and p not in run.case.expected_second)
    return CaseRun(run.case, other, "low", run.urgent)


def _with_raters(run: CaseRun, first: tuple, second: tuple, pattern: str) -> CaseRun:
    case = replace(run.case, expected=first, expected_second=second)
    return CaseRun(case, pattern, "low", run.urgent)


def test_table_has_one_row_per_case_with_a_citation_its_set_and_both_raters() -> None:
    table = render_case_table(RUNS).splitlines()
    assert "| Rater 1 | Rater 2 |" in table[0]
    assert len(table) == 2 + len(RUNS)
    for run, row in zip(RUNS, table[2:], strict=True):
        assert run.case.title in row
        assert f"[@{run.case.source}]" in row
        assert f"`{run.pattern}`" in row
        assert ("held out" if run.case.set == "held_out" else "used while building") in row
        cells = [cell.strip() for cell in row.split(" | ")]
        assert cells[4] == ", ".join(f"`{p}`" for p in run.case.expected)
        assert cells[5] == ", ".join(f"`{p}`" for p in run.case.expected_second)


@pytest.mark.parametrize("rater", ["first", "second"])
def test_matrix_counts_add_up_to_the_cases(rater: str) -> None:
    matrix = render_matrix(RUNS, rater).splitlines()
    assert matrix[0].startswith("| Rater 1" if rater == "first" else "| Rater 2")
    totals = [int(line.rsplit("|", 2)[-2]) for line in matrix[2:]]
    assert sum(totals) == len(RUNS)
    cells = sum(int(n) for line in matrix[2:] for n in re.findall(r"\| (\d+) (?=\|)", line)[:-1])
    assert cells == len(RUNS)


def _line(summary: str, start: str) -> str:
    return next(line for line in summary.splitlines() if line.startswith(start))


def test_summary_states_the_real_agreement_with_each_rater_and_either_for_each_set() -> None:
    summary = render_summary(RUNS)
    groups = (("- **Overall", RUNS), ("- **Cases used while building", in_set(RUNS, "build")),
              ("- **Held-out cases", in_set(RUNS, "held_out")))
    for start, runs in groups:
        line = _line(summary, start)
        counts = [f"**{sum(r.agrees_with(rater) for r in runs)} of {len(runs)}**"
                  for rater in ("first", "second", "either")]
        positions = [line.index(count, line.index(word)) for count, word in
                     zip(counts, ("rater 1", "rater 2", "either rater"), strict=True)]
        assert positions == sorted(positions), line


def test_summary_states_the_inter_rater_agreement() -> None:
    line = _line(render_summary(RUNS), "- **The two raters")
    for runs in (RUNS, in_set(RUNS, "build"), in_set(RUNS, "held_out")):
        assert f"**{sum(r.case.raters_agree for r in runs)} of {len(runs)}**" in line


def test_agreement_counts_each_rater_and_either() -> None:
    run = RUNS[0]
    only_first = _with_raters(run, ("oih",), ("unclear",), "oih")
    only_second = _with_raters(run, ("oih",), ("unclear",), "unclear")
    neither = _with_raters(run, ("oih",), ("unclear",), "tolerance")
    runs = (only_first, only_second, neither)
    assert agreement(runs, "first") == agreement(runs, "second") == 1 / 3
    assert agreement(runs, "either") == 2 / 3
    assert "agrees with rater 1 only" in render_case_table((only_first,))
    assert "agrees with rater 2 only" in render_case_table((only_second,))
    assert "**differs** from both raters" in render_case_table((neither,))
    with pytest.raises(ValueError):
        agreement(runs, "third")


def test_a_disagreement_is_shown_as_such() -> None:
    wrong = _wrong(RUNS[0])
    assert "**differs**" in render_case_table((wrong,))
    assert "**0 of 1**" in render_summary((wrong,))
    assert "**differs**" in render_case_details((wrong,))


def test_differences_list_each_disagreeing_case() -> None:
    run = RUNS[0]
    other = _wrong(run).pattern
    text = render_differences((run, _wrong(run)))
    assert text.count(run.case.title) == 1 and f"the engine gave `{other}`" in text
    assert "every case" in render_differences((run,))


def test_differences_name_one_rater_agreements_and_rater_disagreements() -> None:
    run = RUNS[0]
    split = _with_raters(run, ("mixed",), ("unclear",), "unclear")
    text = render_differences((split,))
    assert "only one rater expected" in text and "share nothing" in text
    assert split.case.why_second in text
    together = _with_raters(run, ("oih", "unclear"), ("unclear",), "unclear")
    assert "share nothing" not in render_differences((together,))


def test_details_show_each_case_source_every_quote_and_both_raters() -> None:
    details = render_case_details(RUNS)
    for run in RUNS:
        assert run.case.title in details and f"[@{run.case.source}]" in details
        for fact in run.case.source_facts:
            assert f"“{fact}”" in details
        if run.case.mapping_notes:
            assert run.case.mapping_notes in details
        assert run.case.why_second in details
        if run.case.revised_after_rating:
            assert run.case.revised_after_rating in details


def test_page_parts_hold_every_part() -> None:
    parts = render_case_page_parts()
    for heading in ("Agreement matrices", "Every case at a glance", "The cases and their sources"):
        assert heading in parts
    assert "agrees" in parts or "differs" in parts


def test_built_page(built_site) -> None:
    html = (built_site / "students" / "how-the-self-check-was-tested" / "index.html").read_text(
        encoding="utf-8")
    assert "oih:case-set" not in html
    text = " ".join(re.sub(r"<[^>]+>", "", html).split())  # abbreviations are wrapped in <abbr>
    assert "Agreement with published cases is not validation" in text
    assert "no validated OIH questionnaire" in text
    assert "held out" in text and "used while building" in text
    assert "Rater 1" in text and "Rater 2" in text and "second rater" in text
    # Citations link to the References page.
    assert html.count("references/#ref-") >= len(RUNS)
    for run in RUNS:
        assert run.case.title in text
