"""The diary's windows and thresholds table, rendered from the analysis's constants onto "How the tool decides"."""

from __future__ import annotations

import re
from pathlib import Path

from assessment.diary import thresholds
from assessment.references import REFERENCES_BY_ID
from site_build.pages.diary_table import render_diary_table

PAGE = Path(__file__).resolve().parents[3] / "content" / "students" / "how-the-tool-decides.md"


def test_every_window_and_threshold_is_a_row_with_its_source() -> None:
    table = render_diary_table()
    rows = table.splitlines()[2:]
    assert len(rows) == len(thresholds.WINDOWS) + 6
    for window in thresholds.WINDOWS:
        row = next(r for r in rows if r.startswith(f"| {window.label} |"))
        assert f"{abs(window.first)}" in row
        if window.source == thresholds.PROJECT_CHOICE:
            assert row.endswith("| project choice |") and "[@" not in row
        else:
            assert f"project choice, built on [@{window.source}]" in row
    # No work says anything about the before and early windows (issue 25): Chen 2014 is not named.
    assert thresholds.BEFORE.source == thresholds.EARLY.source == thresholds.PROJECT_CHOICE
    assert "chen2014" not in table
    assert "the last 28 days with a reading both before and after a dose, at least 5 of them" in table
    assert "days 15 to 42 after" in table and "the 14 days before" in table
    assert f"{thresholds.MEANINGFUL_POINTS:g} points or 30%" in table and "[@farrar2001]" in table
    for cited in re.findall(r"\[@([\w-]+)\]", table):
        assert cited in REFERENCES_BY_ID


def test_the_table_follows_the_constants(monkeypatch) -> None:
    monkeypatch.setattr(thresholds, "MIN_SCORED_DAYS", 5)
    assert "| at least 5 |" in render_diary_table()


def test_the_page_has_the_marker() -> None:
    assert "<!-- oih:diary-table -->" in PAGE.read_text(encoding="utf-8")


def test_the_built_page_shows_the_table(built_site: Path) -> None:
    html = (built_site / "students" / "how-the-tool-decides" / "index.html").read_text(encoding="utf-8")
    assert "oih:diary-table" not in html
    assert re.search(r"<td>Weeks 3 to 6 after</td>\s*<td>days 15 to 42 after \(stops at the next change\)</td>", html)
    assert "Farrar 2001" in html or "farrar2001" in html
