"""The rules and thresholds tables on "How the tool decides", generated from the engine."""

from __future__ import annotations

from assessment import RULES, decision
from site_build.pages.rules_table import render_rules_table, render_thresholds_table


def test_one_row_per_rule_with_its_source_and_gate() -> None:
    rows = render_rules_table().splitlines()[2:]
    assert len(rows) == len(RULES)
    for rule, row in zip(RULES, rows, strict=True):
        assert row.startswith(f"| `{rule.id}` |") and f"[@{rule.source}]" in row
        cells = [cell.strip() for cell in row.strip("|").split("|")]
        expected = "OIH sign" if rule.oih_sign else "disease first" if rule.disease else ""
        if rule.excludes:  # v3: rules that rule patterns out say which
            expected = "rules out " + " and ".join(f"`{p}`" for p in rule.excludes)
        assert cells[4] == expected, rule.id


def test_the_v3_gates_are_named() -> None:
    table = render_rules_table()
    assert "| rules out `oih` and `mixed` |" in table
    assert "| rules out `not_suggestive` |" in table


def test_thresholds_come_from_the_engine() -> None:
    table = render_thresholds_table()
    assert f"| {decision.MIN_CORE_ANSWERED} of {len(decision.CORE_QUESTIONS)} |" in table
    assert "confidence stays low" in table
    assert f"| {decision.MIN_LEAD_SCORE:g} |" in table
