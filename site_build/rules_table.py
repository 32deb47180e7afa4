"""The "How the tool decides" table, generated from the rules the engine scores with."""

from __future__ import annotations


def _cell(text: str) -> str:
    return str(text).replace("|", "\\|").replace("\n", " ")


def render_rules_table() -> str:
    """A Markdown table of every rule: when it fires, what it points to, its source."""
    from assessment import RULES  # imported late: only the rules page needs it

    lines = [
        "| Rule | When | Points | Weight | Source |",
        "|---|---|---|---|---|",
    ]
    for rule in RULES:
        direction = "towards" if rule.effect == "for" else "away from"
        lines.append(
            f"| `{rule.id}` | {_cell(rule.condition)} | {direction} `{rule.supports}` "
            f"| {rule.weight:g} | [@{rule.source}] |"
        )
    return "\n".join(lines)
