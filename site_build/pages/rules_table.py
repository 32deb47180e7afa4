"""The "How the tool decides" table, generated from the rules the engine scores with."""

from __future__ import annotations

from site_build.pages.pipe_table import pipe_table


def render_rules_table() -> str:
    """A Markdown table of every rule: when it fires, what it points to, its source."""
    from assessment import RULES  # imported late: only the rules page needs it

    rows = []
    for rule in RULES:
        direction = "towards" if rule.effect == "for" else "away from"
        rows.append((f"`{rule.id}`", rule.condition, f"{direction} `{rule.supports}`",
                     f"{rule.weight:g}", gate_label(rule), f"[@{rule.source}]"))
    return pipe_table(("Rule", "When", "Points", "Weight", "Gate", "Source"), rows)


def gate_label(rule) -> str:
    """The gate a rule takes part in (assessment/decision.py), in a few words."""
    # OIH needs a sign; disease first; a fired rule can rule patterns out.
    if rule.oih_sign:
        return "OIH sign"
    if rule.disease:
        return "disease first"
    if rule.excludes:
        return "rules out " + " and ".join(f"`{pattern}`" for pattern in rule.excludes)
    return ""


def render_thresholds_table() -> str:
    """A Markdown table of the decision thresholds, read from the decision module itself."""
    from assessment import decision  # imported late: only the rules page needs it

    rows = [
        ("Core questions answered below which confidence stays low", f"{decision.MIN_CORE_ANSWERED} of {len(decision.CORE_QUESTIONS)}"),
        ("Least score that can name a pattern", f"{decision.MIN_LEAD_SCORE:g}"),
        ("Lead the top pattern needs over the next", f"{decision.LEAD_MARGIN:g}"),
        ("OIH and tolerance both at least this for `mixed`", f"{decision.MIXED_MIN:g}"),
        ("... and no further apart than", f"{decision.MIXED_MARGIN:g}"),
        ("High confidence: score, lead, core answers", f"{decision.HIGH_SCORE:g}, {decision.HIGH_MARGIN:g}, {decision.HIGH_MIN_CORE}"),
        ("Moderate confidence: score, lead", f"{decision.MODERATE_SCORE:g}, {decision.MODERATE_MARGIN:g}"),
    ]
    return pipe_table(("Threshold", "Value"), rows)
