"""Markdown pipe tables, as the generated page parts write them."""

from __future__ import annotations

from collections.abc import Iterable, Sequence


def _cell(text: object) -> str:
    # A "|" would end the cell and a line break the row.
    return str(text).replace("|", "\\|").replace("\n", " ")


def pipe_table(header: Sequence[str], rows: Iterable[Sequence[object]]) -> str:
    """A Markdown table: the header, the separator, then one line per row."""
    lines = ["| " + " | ".join(_cell(name) for name in header) + " |", "|" + "---|" * len(header)]
    lines += ["| " + " | ".join(_cell(value) for value in row) + " |" for row in rows]
    return "\n".join(lines)
