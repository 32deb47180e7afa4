"""The analysis's windows and thresholds, with their sources, as data.

The "How the tool decides" page renders its diary table from these values
(``site_build/pages/diary_table.py``), so the page and the analysis cannot drift.
Day offsets count from the date a new dose starts (day 0). The change day
itself is in no pain window: that day mixes the old dose and the new one.

Which parts are sourced and which are the project's choices (reviewed for
contract v3, issue 21; docs/clinical-review/engine-v3.md):

- **The windows are project choices.** No source defines a before, early or
  late window for judging a dose change. Chen 2014 (``chen2014``), which the
  ``before`` and ``early`` windows name as their source, is a survey of US
  physicians: it says how clinicians tell tolerance from OIH (pain better or
  worse after a dose increase), not over which days to look. The 14-day
  baseline and the first week after a change are our choices for a daily
  diary.
- **The withdrawal allowance is a project choice built on Rieb 2016's
  median.** Rieb 2016 (``rieb2016``) is a recalled, self-selected series of
  34 people: pain at old injury sites during withdrawal lasted a median of 14
  days, with a wide spread (interquartile range 24 days), and 44% had gone
  back to opioids because of it. Days 0-14 after a reduction (and a late
  window from day 15) follow that median; for many people withdrawal pain
  lasts longer, so a "late" mean can still hold withdrawal pain.
- **The meaningful change is Farrar 2001 applied beyond its scope.** Farrar
  2001 (``farrar2001``) studied *improvement*: in trials with daily pain
  diaries, a fall of about 2 points or 30% on the 0-10 scale matched what
  patients called "much improved". Two things here are our choices, not
  Farrar's findings: using the same size of change for *worsening*, and
  taking "2 points or 30%, whichever is smaller". The floor of 1 point is a
  project choice too (below it, a change is day-to-day noise).
- **The look-backs** (90 days for the trends, 28 days for withdrawal signs,
  at least 3 scored days per window) are project choices that match the
  self-check's questions.
- **End-of-dose pain** (contract v3): the last 28 days with a reading both
  before and after a dose, at least 5 of them, and pain before a dose
  higher than after it by the meaningful change above (measured from the
  after-dose mean). The numbers are the contract's, and project choices: no
  source defines how many days of readings show end-of-dose pain.

A window whose ``source`` is :data:`PROJECT_CHOICE` rests on no work at all;
the others name the work they were built around, not a work that defines
them.
"""

from __future__ import annotations

from dataclasses import dataclass

from .._i18n import N_

__all__ = [
    "PROJECT_CHOICE",
    "Window",
    "BEFORE",
    "EARLY",
    "LATE",
    "WITHDRAWAL",
    "WINDOWS",
    "MIN_SCORED_DAYS",
    "MEANINGFUL_POINTS",
    "MEANINGFUL_FRACTION",
    "NOISE_FLOOR_POINTS",
    "TREND_LOOKBACK_DAYS",
    "TREND_WINDOW_DAYS",
    "SIGNS_LOOKBACK_DAYS",
    "END_OF_DOSE_DAYS",
    "END_OF_DOSE_MIN_DAYS",
    "change_direction",
    "meaningful_threshold",
]


@dataclass(frozen=True)
class Window:
    """Days ``first``..``last`` (inclusive) relative to a dose change, and why.

    ``label`` and ``why`` are reader-facing (marked for the catalog; translate
    them where they are shown). ``source`` is a reference id, or
    :data:`PROJECT_CHOICE` when no work stands behind the window.
    """

    id: str
    first: int
    last: int
    label: str
    source: str
    why: str


# Contract windows. "Before" stops at the previous dose change and "early" and
# "late" stop at the next one, so a window only ever holds days on one dose.
# All four are project choices (see the module docstring). "Before" and
# "early" rest on no source (Chen 2014, named here before, is a survey that
# says nothing about windows); "late" and the withdrawal allowance follow
# Rieb 2016's median, so they name it as the work they were built around.
PROJECT_CHOICE = "project choice"

BEFORE = Window(
    "before", -14, -1, N_("Before the change"), PROJECT_CHOICE,
    N_("Up to 2 weeks on the old dose: the baseline the change is judged against."),
)
EARLY = Window(
    "early", 1, 7, N_("First week after"), PROJECT_CHOICE,
    N_("The first response to the new dose: relief that fades is a clue to tolerance or OIH."),
)
LATE = Window(
    "late", 15, 42, N_("Weeks 3 to 6 after"), "rieb2016",
    N_("The lasting effect, after the 2 weeks that withdrawal pain can last."),
)
WITHDRAWAL = Window(
    "withdrawal", 0, 14, N_("Withdrawal allowance after a reduction"), "rieb2016",
    N_("After a lower dose, pain in these days may be withdrawal, even at old injuries. "
       "It never counts as the lasting effect."),
)
WINDOWS: tuple[Window, ...] = (BEFORE, EARLY, LATE, WITHDRAWAL)

# Contract: a window with fewer scored days than this has no mean, and a
# response that needs it is "not_enough_data".
MIN_SCORED_DAYS = 3

# Farrar 2001 (farrar2001): on a 0-10 scale, a fall of about 2 points or 30%
# matched what patients called "much improved". Farrar studied improvement;
# applying the same size to worsening, and taking whichever of the two is
# smaller, are project choices.
MEANINGFUL_POINTS = 2.0
MEANINGFUL_FRACTION = 0.30
# Project choice: 30% of a low score is a fraction of a point (30% of 2 is
# 0.6), smaller than a one-step move on the scale. Below 1 point a change is
# day-to-day noise, whatever the percentage.
NOISE_FLOOR_POINTS = 1.0

# The self-check asks about the dose "over the last 3-6 months" and pain "over
# the last 3 months". The diary looks back 90 days from its last day and
# compares the first and last 14 days of that stretch.
TREND_LOOKBACK_DAYS = 90
TREND_WINDOW_DAYS = 14
# Withdrawal signs for the self-check's answer: those recorded in the last 4 weeks.
SIGNS_LOOKBACK_DAYS = 28
# Contract v3: end-of-dose pain is judged on the last 28 days that have a
# reading both before and after a dose, and needs at least 5 such days.
END_OF_DOSE_DAYS = 28
END_OF_DOSE_MIN_DAYS = 5


def meaningful_threshold(before: float) -> float:
    """The least change from ``before`` (a mean 0-10) that counts as real."""
    return max(NOISE_FLOOR_POINTS, min(MEANINGFUL_POINTS, MEANINGFUL_FRACTION * before))


def change_direction(before: float, after: float) -> int:
    """+1 meaningfully worse (higher), -1 meaningfully better, 0 about the same."""
    difference = after - before
    # The tolerance absorbs float noise in means such as 17/3, so a change of
    # exactly the threshold counts.
    if abs(difference) + 1e-9 < meaningful_threshold(before):
        return 0
    return 1 if difference > 0 else -1
