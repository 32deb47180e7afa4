"""The "How the self-check was tested" page parts, rendered from the case set."""

from __future__ import annotations

import re

from assessment import PATTERNS
from site_build.pages.case_set import (
    CaseRun,
    load_cases,
    render_case_page_parts,
    render_case_table,
    render_matrix,
    render_summary,
    run_cases,
)

RUNS = run_cases(load_cases())


def test_table_has_one_row_per_case_with_a_citation() -> None:
    table = render_case_table(RUNS).splitlines()
    assert len(table) == 2 + len(RUNS)
    for run, row in zip(RUNS, table[2:]):
        assert run.case.title in row
        assert f"[@{run.case.source}]" in row
        assert f"`{run.pattern}`" in row


def test_matrix_counts_add_up_to_the_cases() -> None:
    matrix = render_matrix(RUNS).splitlines()
    totals = [int(line.rsplit("|", 2)[-2]) for line in matrix[2:]]
    assert sum(totals) == len(RUNS)
    cells = sum(int(n) for line in matrix[2:] for n in re.findall(r"\| (\d+) (?=\|)", line)[:-1])
    assert cells == len(RUNS)


def test_summary_states_the_real_agreement() -> None:
    agreed = sum(r.agrees for r in RUNS)
    assert f"**{agreed} of {len(RUNS)}**" in render_summary(RUNS)


def test_a_disagreement_is_shown_as_such() -> None:
    run = RUNS[0]
    other = next(p for p in PATTERNS if p not in run.case.expected)
    wrong = CaseRun(run.case, other, "low", run.urgent)
    assert "**differs**" in render_case_table((wrong,))
    assert "**0 of 1**" in render_summary((wrong,))


def test_differences_list_each_disagreeing_case() -> None:
    from site_build.pages.case_set import render_differences
    run = RUNS[0]
    other = next(p for p in PATTERNS if p not in run.case.expected)
    text = render_differences((run, CaseRun(run.case, other, "low", run.urgent)))
    assert text.count(run.case.title) == 1 and f"the engine gave `{other}`" in text
    assert "every case" in render_differences((run,))


def test_page_parts_hold_all_three() -> None:
    parts = render_case_page_parts()
    assert "Agreement matrix" in parts and "Every case" in parts and "agrees" in parts


def test_built_page(built_site) -> None:
    html = (built_site / "students" / "how-the-self-check-was-tested" / "index.html").read_text(
        encoding="utf-8")
    assert "oih:case-set" not in html
    text = " ".join(re.sub(r"<[^>]+>", "", html).split())  # abbreviations are wrapped in <abbr>
    assert "Agreement with published cases is not validation" in text
    assert "no validated OIH questionnaire" in text
    # Citations link to the References page.
    assert html.count("references/#ref-") >= len(RUNS)
    for run in RUNS:
        assert run.case.title in text
