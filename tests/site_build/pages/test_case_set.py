"""The "How the self-check was tested" page parts, rendered from the case set."""

from __future__ import annotations

import re

from assessment import PATTERNS
from site_build.pages.case_set import (
    CaseRun,
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
    other = next(p for p in PATTERNS if p not in run.case.expected)
    return CaseRun(run.case, other, "low", run.urgent)


def test_table_has_one_row_per_case_with_a_citation_and_its_set() -> None:
    table = render_case_table(RUNS).splitlines()
    assert len(table) == 2 + len(RUNS)
    for run, row in zip(RUNS, table[2:]):
        assert run.case.title in row
        assert f"[@{run.case.source}]" in row
        assert f"`{run.pattern}`" in row
        assert ("held out" if run.case.set == "held_out" else "used while building") in row


def test_matrix_counts_add_up_to_the_cases() -> None:
    matrix = render_matrix(RUNS).splitlines()
    totals = [int(line.rsplit("|", 2)[-2]) for line in matrix[2:]]
    assert sum(totals) == len(RUNS)
    cells = sum(int(n) for line in matrix[2:] for n in re.findall(r"\| (\d+) (?=\|)", line)[:-1])
    assert cells == len(RUNS)


def test_summary_states_the_real_agreement_overall_and_for_each_set() -> None:
    summary = render_summary(RUNS)
    for runs in (RUNS, in_set(RUNS, "build"), in_set(RUNS, "held_out")):
        agreed = sum(r.agrees for r in runs)
        assert f"**{agreed} of {len(runs)}**" in summary
    assert "used while building" not in summary or "building the engine" in summary
    assert "Held-out cases" in summary


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


def test_details_show_each_case_source_and_every_quote() -> None:
    details = render_case_details(RUNS)
    for run in RUNS:
        assert run.case.title in details and f"[@{run.case.source}]" in details
        for fact in run.case.source_facts:
            assert f"“{fact}”" in details
        if run.case.mapping_notes:
            assert run.case.mapping_notes in details


def test_page_parts_hold_every_part() -> None:
    parts = render_case_page_parts()
    for heading in ("Agreement matrix", "Every case at a glance", "The cases and their sources"):
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
    # Citations link to the References page.
    assert html.count("references/#ref-") >= len(RUNS)
    for run in RUNS:
        assert run.case.title in text
