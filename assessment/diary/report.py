"""``analyse()``: a diary in, a :class:`DiaryReport` out."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from typing import Any

from .._i18n import DEFAULT_LANGUAGE, Translate, UnknownLanguage, translator
from .answers import diary_answers
from .chart import NARROW, WIDE, render_chart
from .end_of_dose import EndOfDose, find_end_of_dose
from .errors import InvalidDiary
from .events import Event, find_events
from .series import SeriesDay, daily_series
from .summary import summary_sentences
from .timeline import uncounted_opioids
from .validate import parse_diary
from .words import change_label, response_label, window_labels

__all__ = ["DiaryReport", "RECENT_DAYS", "analyse"]

# The chart's shorter range, for a long diary on a small screen: the last 8 weeks.
RECENT_DAYS = 56


@dataclass(frozen=True)
class RecentChart:
    """The chart of the last ``RECENT_DAYS`` days, when the diary spans more."""

    span: tuple[date, date]
    chart_svg: str
    chart_svg_narrow: str

    def to_dict(self) -> dict[str, Any]:
        return {"days": RECENT_DAYS, "span": [self.span[0].isoformat(), self.span[1].isoformat()],
                "chart_svg": self.chart_svg, "chart_svg_narrow": self.chart_svg_narrow}


@dataclass(frozen=True)
class DiaryReport:
    """What the diary shows. ``to_dict()`` is the contract's JSON form.

    Every reader-facing string in it is in ``language``; the ids never change with it.
    """

    days: int
    span: tuple[date, date] | None
    events: tuple[Event, ...]
    answers: dict[str, Any]
    summary: tuple[str, ...]
    chart_svg: str
    series: tuple[SeriesDay, ...]
    uncounted: tuple[str, ...]
    end_of_dose: EndOfDose
    chart_svg_narrow: str = ""
    recent: RecentChart | None = None
    language: str = DEFAULT_LANGUAGE

    @property
    def missing_days(self) -> int:
        """Calendar days in the span with no pain score."""
        return len(self.series) - self.days

    def to_dict(self) -> dict[str, Any]:
        translate = translator(self.language)
        return {
            "days": self.days,
            "span": [self.span[0].isoformat(), self.span[1].isoformat()] if self.span else None,
            "events": [
                {**event.to_dict(), "change_label": change_label(event, translate),
                 "response_label": response_label(event, translate)}
                for event in self.events
            ],
            "answers": {key: list(value) if isinstance(value, (list, tuple)) else value
                        for key, value in self.answers.items()},
            "summary": list(self.summary),
            "chart_svg": self.chart_svg,
            "chart_svg_narrow": self.chart_svg_narrow,
            "chart_recent": None if self.recent is None else self.recent.to_dict(),
            "series": [item.to_dict() for item in self.series],
            "missing_days": self.missing_days,
            "uncounted": list(self.uncounted),
            "end_of_dose": self.end_of_dose.to_dict(),
            "window_labels": window_labels(translate),
        }


def _translator(language: object) -> Translate:
    if not isinstance(language, str):
        raise InvalidDiary(f"language: expected a language code such as 'en', got {type(language).__name__}",
                           place="language")
    try:
        return translator(language)
    except UnknownLanguage as error:
        raise InvalidDiary(str(error), place="language") from None


def _recent(series: tuple[SeriesDay, ...], events: tuple[Event, ...], translate: Translate) -> RecentChart | None:
    if len(series) <= RECENT_DAYS:
        return None
    days = series[-RECENT_DAYS:]
    return RecentChart(
        (days[0].day, days[-1].day),
        render_chart(days, events, translate, WIDE, "diary-chart-recent"),
        render_chart(days, events, translate, NARROW, "diary-chart-recent-narrow"),
    )


def analyse(diary: object, language: str = DEFAULT_LANGUAGE) -> DiaryReport:
    """Validate ``diary`` (the contract's JSON object) and analyse it, with its words in ``language``.

    Raises :class:`InvalidDiary` (and only that) for a diary the contract does
    not allow, or a language there is no catalog for (its place: ``language``).
    """
    translate = _translator(language)
    clean = parse_diary(diary)
    events = find_events(clean)
    series = daily_series(clean)
    uncounted = uncounted_opioids(clean)
    end_of_dose = find_end_of_dose(clean)
    missing = len(series) - len(clean.days)
    return DiaryReport(
        days=len(clean.days),
        span=(clean.days[0].day, clean.days[-1].day) if clean.days else None,
        events=events,
        answers=diary_answers(clean, events, end_of_dose),
        summary=summary_sentences(clean, events, missing, uncounted, end_of_dose, translate),
        chart_svg=render_chart(series, events, translate, WIDE, "diary-chart"),
        series=series,
        uncounted=uncounted,
        end_of_dose=end_of_dose,
        chart_svg_narrow=render_chart(series, events, translate, NARROW, "diary-chart-narrow"),
        recent=_recent(series, events, translate),
        language=language,
    )
