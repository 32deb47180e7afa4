"""Daily MME from the dose steps, with the self-check's own ``mme`` module.

A step's MME is the total of the opioids that have a CDC factor; ``[]`` (no
opioid) is 0. Buprenorphine and "other" have no factor, so they add nothing:
a change in them alone is not a change of MME and is not analysed (the
report lists them in ``uncounted`` and says so). Days before the first step
have no known dose (None).
"""

from __future__ import annotations

from bisect import bisect_right
from datetime import date

from ..mme import calculate_mme
from .model import Diary, DoseStep

__all__ = ["step_mme", "DoseTimeline", "uncounted_opioids"]


def step_mme(step: DoseStep) -> float:
    """The step's total MME/day (0 for no opioid, or only uncounted ones)."""
    result = calculate_mme(step.medications)
    return result.total if result is not None else 0.0


def uncounted_opioids(diary: Diary) -> tuple[str, ...]:
    """The opioid ids in the diary that have no MME factor, in first-seen order."""
    seen: dict[str, None] = {}
    for step in diary.doses:
        result = calculate_mme(step.medications)
        for item in result.excluded if result is not None else ():
            seen.setdefault(item.opioid, None)
    return tuple(seen)


class DoseTimeline:
    """The MME/day in effect on any date."""

    def __init__(self, diary: Diary) -> None:
        self._starts = [step.start for step in diary.doses]
        self._mme = [step_mme(step) for step in diary.doses]

    def mme_on(self, day: date) -> float | None:
        """MME/day on ``day``, or None before the first recorded dose."""
        index = bisect_right(self._starts, day) - 1
        return self._mme[index] if index >= 0 else None

    def changes(self) -> list[tuple[date, float, float]]:
        """Every change of total MME: ``(date, mme_before, mme_after)``, in date order."""
        found = []
        for index in range(1, len(self._starts)):
            before, after = self._mme[index - 1], self._mme[index]
            if after != before:
                found.append((self._starts[index], before, after))
        return found
