"""Dose-change events and the pain in the windows around each one."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, timedelta
from typing import Any

from .model import Diary
from .responses import after_decrease, after_increase
from .thresholds import BEFORE, EARLY, LATE, MIN_SCORED_DAYS, WITHDRAWAL, Window
from .timeline import DoseTimeline
from .validate import WITHDRAWAL_SIGN_IDS

__all__ = ["WindowPain", "Event", "find_events", "INCREASE", "DECREASE"]

INCREASE = "increase"
DECREASE = "decrease"


@dataclass(frozen=True)
class WindowPain:
    """A window's scored days, and their mean if there are enough of them."""

    scored_days: int
    mean: float | None


@dataclass(frozen=True)
class Event:
    """One change of total daily MME and how pain answered it."""

    day: date
    direction: str
    mme_before: float
    mme_after: float
    before: WindowPain
    early: WindowPain
    late: WindowPain
    withdrawal_signs: tuple[str, ...]
    response: str

    def to_dict(self) -> dict[str, Any]:
        return {
            "date": self.day.isoformat(),
            "direction": self.direction,
            "mme_before": self.mme_before,
            "mme_after": self.mme_after,
            "pain_before": _rounded(self.before.mean),
            "pain_early": _rounded(self.early.mean),
            "pain_late": _rounded(self.late.mean),
            "response": self.response,
            "scored_days": {
                "before": self.before.scored_days,
                "early": self.early.scored_days,
                "late": self.late.scored_days,
            },
            "withdrawal_signs": list(self.withdrawal_signs),
        }


def _rounded(mean: float | None) -> float | None:
    # One decimal is what a 0-10 scale can mean; the response uses the exact mean.
    return None if mean is None else round(mean, 1)


def _days_in(window: Window, change: date, floor: date | None, ceiling: date | None) -> list[date]:
    """The window's dates, kept to ``floor <= day < ceiling`` (the neighbouring changes)."""
    days = [change + timedelta(days=offset) for offset in range(window.first, window.last + 1)]
    return [d for d in days if (floor is None or d >= floor) and (ceiling is None or d < ceiling)]


def _window_pain(pains: dict[date, float], days: list[date]) -> WindowPain:
    scores = [pains[d] for d in days if d in pains]
    mean = sum(scores) / len(scores) if len(scores) >= MIN_SCORED_DAYS else None
    return WindowPain(len(scores), mean)


def _signs(diary_signs: dict[date, tuple[str, ...]], days: list[date]) -> tuple[str, ...]:
    seen = {sign for d in days for sign in diary_signs.get(d, ())}
    return tuple(sign for sign in WITHDRAWAL_SIGN_IDS if sign in seen)


def find_events(diary: Diary) -> tuple[Event, ...]:
    """Every change of total MME, in date order, with its windows and response."""
    pains = {entry.day: entry.score for entry in diary.days}
    signs = {entry.day: entry.withdrawal_signs for entry in diary.days if entry.withdrawal_signs}
    changes = DoseTimeline(diary).changes()
    events = []
    for index, (day, mme_before, mme_after) in enumerate(changes):
        # The previous change's own day mixes two doses, so "before" starts the day after it.
        previous = changes[index - 1][0] + timedelta(days=1) if index > 0 else None
        following = changes[index + 1][0] if index + 1 < len(changes) else None
        before = _window_pain(pains, _days_in(BEFORE, day, previous, None))
        early = _window_pain(pains, _days_in(EARLY, day, None, following))
        late = _window_pain(pains, _days_in(LATE, day, None, following))
        if mme_after > mme_before:
            direction = INCREASE
            seen: tuple[str, ...] = ()
            response = after_increase(before.mean, early.mean, late.mean)
        else:
            direction = DECREASE
            seen = _signs(signs, _days_in(WITHDRAWAL, day, None, following))
            response = after_decrease(before.mean, early.mean, late.mean, bool(seen))
        events.append(Event(day, direction, mme_before, mme_after, before, early, late, seen, response))
    return tuple(events)
