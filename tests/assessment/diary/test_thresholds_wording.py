"""The diary's thresholds say which parts are sourced and which are project choices (issue 21)."""

from __future__ import annotations

from pathlib import Path

from assessment.diary import thresholds

DOC = (Path(__file__).resolve().parents[3] / "docs" / "assessment-contract.md").read_text(encoding="utf-8")
ANALYSIS = " ".join(DOC[DOC.index("### Analysis choices"):DOC.index("### `DiaryReport.to_dict()`")].split())
MODULE = " ".join((thresholds.__doc__ or "").split())


def test_the_windows_are_labelled_project_choices() -> None:
    for text in (MODULE, ANALYSIS):
        assert "project choices" in text
        assert "says nothing about windows" in text or "not over which days to look" in text


def test_the_withdrawal_window_is_a_choice_built_on_rieb_s_median() -> None:
    assert "built on Rieb 2016's median" in MODULE
    assert "built on Rieb 2016's median of 14 days" in ANALYSIS
    assert "self-selected" in MODULE and "self-selected" in ANALYSIS


def test_farrar_is_labelled_as_applied_beyond_its_scope() -> None:
    assert "Farrar 2001 (``farrar2001``) studied *improvement*" in MODULE
    assert "Farrar 2001 studied *improvement*" in ANALYSIS
    for text in (MODULE, ANALYSIS):
        assert "worsening" in text and "whichever is smaller" in text
