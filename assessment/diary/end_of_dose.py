"""End-of-dose pain: is pain higher before a dose than after it? (contract v3)

From the timed readings of version 2 diaries. A day counts when it has at
least one ``before_dose`` and one ``after_dose`` reading; its before and
after pains are the means of those readings. The analysis takes the last
``END_OF_DOSE_DAYS`` (28) such days and needs ``END_OF_DOSE_MIN_DAYS`` (5).
It finds ``pain_before_next_dose`` when the mean before a dose is higher
than the mean after it by the meaningful change (``change_direction``,
measured from the after-dose mean, the pain once a dose has worked), else
``no_difference``. Readings at other moments are not used here.

Pain that climbs before the next dose and eases after it is the pattern the
self-check's ``pain_timing: before_next_dose`` names; the diary then gives
that answer (``answers.py``).
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date
from typing import Any

from .model import AFTER_DOSE, BEFORE_DOSE, Diary
from .responses import NOT_ENOUGH_DATA
from .thresholds import END_OF_DOSE_DAYS, END_OF_DOSE_MIN_DAYS, change_direction

__all__ = ["EndOfDose", "NO_DIFFERENCE", "PAIN_BEFORE_NEXT_DOSE", "FINDINGS", "find_end_of_dose"]

PAIN_BEFORE_NEXT_DOSE = "pain_before_next_dose"
NO_DIFFERENCE = "no_difference"
FINDINGS = (PAIN_BEFORE_NEXT_DOSE, NO_DIFFERENCE, NOT_ENOUGH_DATA)


@dataclass(frozen=True)
class EndOfDose:
    """The days used, the mean pain before and after a dose over them (None: no day), and the finding."""

    days: int
    before_dose: float | None
    after_dose: float | None
    finding: str
    span: tuple[date, date] | None = None

    def to_dict(self) -> dict[str, Any]:
        return {
            "days": self.days,
            "before_dose": None if self.before_dose is None else round(self.before_dose, 1),
            "after_dose": None if self.after_dose is None else round(self.after_dose, 1),
            "finding": self.finding,
            "span": [self.span[0].isoformat(), self.span[1].isoformat()] if self.span else None,
        }


def _mean(values: Sequence[float]) -> float:
    return sum(values) / len(values)


def paired_days(diary: Diary) -> list[tuple[date, float, float]]:
    """Every day with a reading before and after a dose: ``(date, mean before, mean after)``, by date."""
    found = []
    for entry in diary.days:
        before = [reading.pain for reading in entry.readings if reading.moment == BEFORE_DOSE]
        after = [reading.pain for reading in entry.readings if reading.moment == AFTER_DOSE]
        if before and after:
            found.append((entry.day, _mean(before), _mean(after)))
    return found


def find_end_of_dose(diary: Diary) -> EndOfDose:
    """The contract's ``end_of_dose`` for ``diary``."""
    used = paired_days(diary)[-END_OF_DOSE_DAYS:]
    if not used:
        return EndOfDose(0, None, None, NOT_ENOUGH_DATA)
    before = _mean([pain for _, pain, _ in used])
    after = _mean([pain for _, _, pain in used])
    if len(used) < END_OF_DOSE_MIN_DAYS:
        finding = NOT_ENOUGH_DATA
    elif change_direction(after, before) > 0:
        finding = PAIN_BEFORE_NEXT_DOSE
    else:
        finding = NO_DIFFERENCE
    return EndOfDose(len(used), before, after, finding, (used[0][0], used[-1][0]))
