"""The self-check answers a diary supports, ready for ``assessment.assess()``.

Only answers the diary can back are given; the rest stay for the person.

- ``after_increase`` / ``after_decrease``: the response to the most recent
  increase / reduction that had enough data.
- ``dose_trend``: the MME on the diary's last date against the MME up to
  ``TREND_LOOKBACK_DAYS`` before (or since the first recorded dose, if later).
  "stable" needs at least 4 weeks of doses and no uncounted opioid, whose
  changes MME cannot see.
- ``pain_trend``: the mean of the last 14 days against the first 14 days of
  the same 90-day stretch, with the same meaningful-change rule as events.
- ``withdrawal_signs``: the signs recorded in the last 4 weeks, if any day in
  them recorded signs at all (``[]`` counts: "none of these").
- ``pain_timing``: ``before_next_dose`` when the timed readings find pain
  before the next dose (``end_of_dose.py``); nothing otherwise, as readings
  that do not show it cannot tell which other timing is right.
"""

from __future__ import annotations

from datetime import date, timedelta
from typing import Any

from .end_of_dose import PAIN_BEFORE_NEXT_DOSE, EndOfDose
from .events import DECREASE, INCREASE, Event
from .model import Diary
from .responses import NOT_ENOUGH_DATA
from .thresholds import (
    MIN_SCORED_DAYS,
    SIGNS_LOOKBACK_DAYS,
    TREND_LOOKBACK_DAYS,
    TREND_WINDOW_DAYS,
    change_direction,
)
from .timeline import DoseTimeline, uncounted_opioids
from .validate import WITHDRAWAL_SIGN_IDS

__all__ = ["diary_answers"]

_PAIN_TREND = {-1: "better", 0: "same", 1: "worse"}


def _latest_response(events: tuple[Event, ...], direction: str) -> str | None:
    for event in reversed(events):
        if event.direction == direction and event.response != NOT_ENOUGH_DATA:
            return event.response
    return None


def _last_date(diary: Diary) -> date | None:
    dates = [entry.day for entry in diary.days[-1:]] + [step.start for step in diary.doses[-1:]]
    return max(dates) if dates else None


def _dose_trend(diary: Diary) -> str | None:
    end = _last_date(diary)
    if end is None or not diary.doses:
        return None
    timeline = DoseTimeline(diary)
    since = max(end - timedelta(days=TREND_LOOKBACK_DAYS), diary.doses[0].start)
    if since >= end:
        return None
    then, now = timeline.mme_on(since), timeline.mme_on(end)
    if then is None or now is None:  # pragma: no cover - since is on or after the first dose
        return None
    if now > then:
        return "increased"
    if now < then:
        return "decreased"
    if (end - since).days < 2 * TREND_WINDOW_DAYS or uncounted_opioids(diary):
        return None
    return "stable"


def _mean_pain(pains: dict[date, float], first: date, last: date) -> float | None:
    scores = [pain for day, pain in pains.items() if first <= day <= last]
    return sum(scores) / len(scores) if len(scores) >= MIN_SCORED_DAYS else None


def _pain_trend(diary: Diary) -> str | None:
    if not diary.days:
        return None
    end = diary.days[-1].day
    start = max(diary.days[0].day, end - timedelta(days=TREND_LOOKBACK_DAYS - 1))
    span = timedelta(days=TREND_WINDOW_DAYS - 1)
    if start + span >= end - span:  # the two stretches would overlap
        return None
    pains = {entry.day: entry.score for entry in diary.days}
    earlier = _mean_pain(pains, start, start + span)
    recent = _mean_pain(pains, end - span, end)
    if earlier is None or recent is None:
        return None
    return _PAIN_TREND[change_direction(earlier, recent)]


def _withdrawal_signs(diary: Diary) -> list[str] | None:
    if not diary.days:
        return None
    since = diary.days[-1].day - timedelta(days=SIGNS_LOOKBACK_DAYS - 1)
    recorded = [entry.withdrawal_signs for entry in diary.days
                if entry.day >= since and entry.withdrawal_signs is not None]
    if not recorded:
        return None
    seen = {sign for signs in recorded for sign in signs}
    return [sign for sign in WITHDRAWAL_SIGN_IDS if sign in seen]


def diary_answers(diary: Diary, events: tuple[Event, ...], end_of_dose: EndOfDose) -> dict[str, Any]:
    """Question id -> answer, for each answer the diary supports."""
    found: dict[str, Any] = {
        "dose_trend": _dose_trend(diary),
        "pain_trend": _pain_trend(diary),
        "after_increase": _latest_response(events, INCREASE),
        "after_decrease": _latest_response(events, DECREASE),
        "withdrawal_signs": _withdrawal_signs(diary),
        "pain_timing": "before_next_dose" if end_of_dose.finding == PAIN_BEFORE_NEXT_DOSE else None,
    }
    return {question: answer for question, answer in found.items() if answer is not None}
