"""One item per calendar day of the diary's span: the day's pain (or none) and MME.

The page draws the chart's data table from it and shows missing days plainly.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, timedelta
from typing import Any, Optional

from .model import Diary
from .timeline import DoseTimeline

__all__ = ["SeriesDay", "daily_series"]


@dataclass(frozen=True)
class SeriesDay:
    """A calendar day: pain None = no score that day; mme None = dose not yet recorded."""

    day: date
    pain: Optional[int]
    mme: Optional[float]

    def to_dict(self) -> dict[str, Any]:
        return {"date": self.day.isoformat(), "pain": self.pain, "mme": self.mme}


def daily_series(diary: Diary) -> tuple[SeriesDay, ...]:
    """Every day from the first scored day to the last, in order; () for no days."""
    if not diary.days:
        return ()
    timeline = DoseTimeline(diary)
    pains = {entry.day: entry.pain for entry in diary.days}
    first, last = diary.days[0].day, diary.days[-1].day
    days = (first + timedelta(days=offset) for offset in range((last - first).days + 1))
    return tuple(SeriesDay(day, pains.get(day), timeline.mme_on(day)) for day in days)
