"""One item per calendar day of the diary's span: the day's pain (or none) and MME.

The page draws the chart's data table from it and shows missing days plainly.
A day with timed readings also gives its mean pain before and after a dose.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, timedelta
from typing import Any

from .model import AFTER_DOSE, BEFORE_DOSE, DayEntry, Diary
from .timeline import DoseTimeline

__all__ = ["SeriesDay", "daily_series"]


@dataclass(frozen=True)
class SeriesDay:
    """A calendar day: pain None = no score that day; mme None = dose not yet recorded.

    ``pain`` is the day's score, or the mean of its readings when it has no
    score. ``before_dose`` and ``after_dose`` are the means of that day's
    readings at each moment (None: none).
    """

    day: date
    pain: float | None
    mme: float | None
    before_dose: float | None = None
    after_dose: float | None = None

    def to_dict(self) -> dict[str, Any]:
        return {"date": self.day.isoformat(), "pain": _pain(self.pain), "mme": self.mme,
                "before_dose": _pain(self.before_dose), "after_dose": _pain(self.after_dose)}


def _pain(value: float | None) -> float | None:
    # A score stays a whole number; a mean of readings keeps one decimal.
    if value is None or isinstance(value, int):
        return value
    return int(value) if value.is_integer() else round(value, 1)


def _moment_mean(entry: DayEntry | None, moment: str) -> float | None:
    if entry is None:
        return None
    pains = [reading.pain for reading in entry.readings if reading.moment == moment]
    return sum(pains) / len(pains) if pains else None


def daily_series(diary: Diary) -> tuple[SeriesDay, ...]:
    """Every day from the first scored day to the last, in order; () for no days."""
    if not diary.days:
        return ()
    timeline = DoseTimeline(diary)
    entries = {entry.day: entry for entry in diary.days}
    first, last = diary.days[0].day, diary.days[-1].day
    days = (first + timedelta(days=offset) for offset in range((last - first).days + 1))
    series = []
    for day in days:
        entry = entries.get(day)
        series.append(SeriesDay(
            day, None if entry is None else entry.score, timeline.mme_on(day),
            _moment_mean(entry, BEFORE_DOSE), _moment_mean(entry, AFTER_DOSE),
        ))
    return tuple(series)
