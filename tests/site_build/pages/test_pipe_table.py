"""The one writer of the generated pages' Markdown tables."""

from __future__ import annotations

from site_build.pages.pipe_table import pipe_table


def test_a_table_has_a_header_a_separator_and_a_line_per_row() -> None:
    assert pipe_table(("A", "B"), [("1", 2), ("x", "")]) == "| A | B |\n|---|---|\n| 1 | 2 |\n| x |  |"


def test_a_pipe_or_a_line_break_in_a_cell_cannot_break_the_table() -> None:
    table = pipe_table(("When",), [("a | b\nc",)])
    assert table.splitlines()[2] == "| a \\| b c |"
