"""The diary's windows and thresholds table on "How the tool decides", from the analysis's own constants."""

from __future__ import annotations

from site_build.pages.pipe_table import pipe_table


def _days(first: int, last: int) -> str:
    if last == -1:
        return f"the {-first} days before"
    if first == 0:
        return f"the change day to day {last} after"
    return f"days {first} to {last} after"


def _source(source: str, project_choice: str) -> str:
    """A window's source as the table shows it: a project choice, and the work it was built on if any."""
    return project_choice if source == project_choice else f"project choice, built on [@{source}]"


def render_diary_table() -> str:
    """A Markdown table: each window and threshold, its value, why, and its source."""
    from assessment.diary import thresholds as t  # imported late: only this page needs it

    rows = []
    for window in t.WINDOWS:
        cut = " (stops at the next change)" if window.first > 0 else (
            " (stops at the previous change)" if window.last < 0 else "")
        rows.append((window.label, _days(window.first, window.last) + cut, window.why,
                     _source(window.source, t.PROJECT_CHOICE)))
    rows += [
        ("Scored days a window needs", f"at least {t.MIN_SCORED_DAYS}",
         "Fewer gives no mean, and a response that needs the window is \"not enough data\".", "project choice"),
        ("Least meaningful change",
         f"{t.MEANINGFUL_POINTS:g} points or {t.MEANINGFUL_FRACTION:.0%} of the pain before, whichever is smaller",
         "The change patients in daily-diary trials called \"much improved\".", "[@farrar2001]"),
        ("... but never less than", f"{t.NOISE_FLOOR_POINTS:g} point",
         "30% of a low score is less than one step of the scale: day-to-day noise.", "project choice"),
        ("Look-back for dose and pain trend",
         f"{t.TREND_LOOKBACK_DAYS} days, comparing the first and last {t.TREND_WINDOW_DAYS}",
         "The self-check asks about the last 3 months.", "project choice"),
        ("Look-back for withdrawal signs", f"{t.SIGNS_LOOKBACK_DAYS} days",
         "Recent signs, as the self-check asks about now.", "project choice"),
        ("Pain before and after doses",
         f"the last {t.END_OF_DOSE_DAYS} days with a reading both before and after a dose, "
         f"at least {t.END_OF_DOSE_MIN_DAYS} of them",
         "Pain before a dose higher than after it by the least meaningful change (from the after-dose "
         "pain) answers the self-check's \"pain worst just before the next dose\".", "project choice"),
    ]
    return pipe_table(("Setting", "Value", "Why", "Source"), rows)
