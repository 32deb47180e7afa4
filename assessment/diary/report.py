"""``analyse()``: a diary in, a :class:`DiaryReport` out."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from typing import Any, Optional

from .answers import diary_answers
from .chart import render_chart
from .events import Event, find_events
from .series import SeriesDay, daily_series
from .summary import summary_sentences
from .timeline import uncounted_opioids
from .validate import parse_diary

__all__ = ["DiaryReport", "analyse"]


@dataclass(frozen=True)
class DiaryReport:
    """What the diary shows. ``to_dict()`` is the contract's JSON form."""

    days: int
    span: Optional[tuple[date, date]]
    events: tuple[Event, ...]
    answers: dict[str, Any]
    summary: tuple[str, ...]
    chart_svg: str
    series: tuple[SeriesDay, ...]
    uncounted: tuple[str, ...]

    @property
    def missing_days(self) -> int:
        """Calendar days in the span with no pain score."""
        return len(self.series) - self.days

    def to_dict(self) -> dict[str, Any]:
        return {
            "days": self.days,
            "span": [self.span[0].isoformat(), self.span[1].isoformat()] if self.span else None,
            "events": [event.to_dict() for event in self.events],
            "answers": {key: list(value) if isinstance(value, (list, tuple)) else value
                        for key, value in self.answers.items()},
            "summary": list(self.summary),
            "chart_svg": self.chart_svg,
            "series": [item.to_dict() for item in self.series],
            "missing_days": self.missing_days,
            "uncounted": list(self.uncounted),
        }


def analyse(diary: object) -> DiaryReport:
    """Validate ``diary`` (the contract's JSON object) and analyse it.

    Raises :class:`InvalidDiary` (and only that) for a diary the contract does
    not allow.
    """
    clean = parse_diary(diary)
    events = find_events(clean)
    series = daily_series(clean)
    uncounted = uncounted_opioids(clean)
    missing = len(series) - len(clean.days)
    return DiaryReport(
        days=len(clean.days),
        span=(clean.days[0].day, clean.days[-1].day) if clean.days else None,
        events=events,
        answers=diary_answers(clean, events),
        summary=summary_sentences(clean, events, missing, uncounted),
        chart_svg=render_chart(series, events),
        series=series,
        uncounted=uncounted,
    )
