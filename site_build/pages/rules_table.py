"""The "How the tool decides" table, generated from the rules the engine scores with."""

from __future__ import annotations


def _cell(text: str) -> str:
    return str(text).replace("|", "\\|").replace("\n", " ")


def render_rules_table() -> str:
    """A Markdown table of every rule: when it fires, what it points to, its source."""
    from assessment import RULES  # imported late: only the rules page needs it

    lines = [
        "| Rule | When | Points | Weight | Gate | Source |",
        "|---|---|---|---|---|---|",
    ]
    for rule in RULES:
        direction = "towards" if rule.effect == "for" else "away from"
        # The two gates (assessment/decision.py): OIH needs a sign; disease first.
        gate = "OIH sign" if rule.oih_sign else "disease first" if rule.disease else ""
        lines.append(
            f"| `{rule.id}` | {_cell(rule.condition)} | {direction} `{rule.supports}` "
            f"| {rule.weight:g} | {gate} | [@{rule.source}] |"
        )
    return "\n".join(lines)


def render_thresholds_table() -> str:
    """A Markdown table of the decision thresholds, read from the engine itself."""
    from assessment import engine  # imported late: only the rules page needs it

    rows = [
        ("Core questions answered below which confidence stays low", f"{engine.MIN_CORE_ANSWERED} of {len(engine.CORE_QUESTIONS)}"),
        ("Least score that can name a pattern", f"{engine.MIN_LEAD_SCORE:g}"),
        ("Lead the top pattern needs over the next", f"{engine.LEAD_MARGIN:g}"),
        ("OIH and tolerance both at least this for `mixed`", f"{engine.MIXED_MIN:g}"),
        ("... and no further apart than", f"{engine.MIXED_MARGIN:g}"),
        ("High confidence: score, lead, core answers", f"{engine.HIGH_SCORE:g}, {engine.HIGH_MARGIN:g}, {engine.HIGH_MIN_CORE}"),
        ("Moderate confidence: score, lead", f"{engine.MODERATE_SCORE:g}, {engine.MODERATE_MARGIN:g}"),
    ]
    lines = ["| Threshold | Value |", "|---|---|"]
    lines += [f"| {name} | {value} |" for name, value in rows]
    return "\n".join(lines)
