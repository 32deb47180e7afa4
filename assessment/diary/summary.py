"""The report's plain sentences for the person (reading grade 8 or below).

They say what the diary shows and nothing more: how pain moved after each
dose change, in points on the 0-10 scale. They never suggest changing a dose;
the last sentence sends the reader to the clinician who prescribes.
"""

from __future__ import annotations

from typing import Optional

from ..opioids import OPIOIDS_BY_ID
from ._dates import long_date
from .events import INCREASE, Event
from .model import Diary
from .responses import NOT_ENOUGH_DATA
from .thresholds import MIN_SCORED_DAYS, change_direction

__all__ = ["summary_sentences"]

CLOSING = (
    "This diary is a record to talk over with the clinician who prescribes for you. "
    "It does not diagnose anything."
)


def _points(value: float) -> str:
    whole = int(abs(value) + 0.5)
    return "1 point" if whole == 1 else f"{whole} points"


def _compared(before: float, after: Optional[float], when: str) -> Optional[str]:
    if after is None:
        return None
    way = change_direction(before, after)
    if way == 0:
        return f"about the same {when}"
    return f"{_points(after - before)} {'higher' if way > 0 else 'lower'} {when}"


def _what_changed(event: Event, day: str) -> str:
    if event.mme_before == 0:
        return f"After you started an opioid on {day}"
    if event.mme_after == 0:
        return f"After your opioid ended on {day}"
    return f"After your dose went {'up' if event.direction == INCREASE else 'down'} on {day}"


def _event_sentences(event: Event, with_year: bool) -> list[str]:
    opening = _what_changed(event, long_date(event.day, with_year))
    before = event.before.mean
    if before is None:
        return [f"{opening}, there were too few pain scores in the 2 weeks before to compare. "
                f"The diary needs at least {MIN_SCORED_DAYS}."]
    parts = [part for part in (
        _compared(before, event.early.mean, "in the first week"),
        _compared(before, event.late.mean, "3 to 6 weeks later"),
    ) if part]
    if not parts:
        sentences = [f"{opening}, there were too few pain scores after it to compare. "
                     f"The diary needs at least {MIN_SCORED_DAYS} in a week."]
    else:
        sentences = [f"{opening}, your pain was {' and '.join(parts)}."]
        if event.late.mean is None and event.response == NOT_ENOUGH_DATA:
            sentences.append("There were too few scores 3 to 6 weeks later to tell if this lasted.")
    if event.withdrawal_signs:
        sentences.append(
            "You noted signs of withdrawal in the first 2 weeks. "
            "Withdrawal can make pain worse for a while after a dose goes down."
        )
    return sentences


def _uncounted_sentence(opioids: tuple[str, ...]) -> Optional[str]:
    if not opioids:
        return None
    names = " and ".join(OPIOIDS_BY_ID[o].label.lower() for o in opioids)
    return (f"Changes in {names} are not shown as dose changes here, "
            f"because there is no MME number for {'it' if len(opioids) == 1 else 'them'}.")


def _opening(diary: Diary, missing: int, with_year: bool) -> list[str]:
    if not diary.days:
        return ["Your diary has no pain scores yet."]
    first, last = diary.days[0].day, diary.days[-1].day
    scored = len(diary.days)
    if scored == 1:
        sentences = [f"Your diary has a pain score for 1 day, {long_date(first, True)}."]
    else:
        sentences = [f"Your diary has pain scores for {scored} days, "
                     f"from {long_date(first, with_year)} to {long_date(last, True)}."]
    if missing:
        sentences.append(f"{missing} {'day' if missing == 1 else 'days'} in that time "
                         f"{'has' if missing == 1 else 'have'} no score.")
    return sentences


def summary_sentences(
    diary: Diary, events: tuple[Event, ...], missing: int, uncounted: tuple[str, ...]
) -> tuple[str, ...]:
    """Every sentence of the summary, in reading order."""
    dates = [entry.day for entry in diary.days] + [event.day for event in events]
    with_year = len({day.year for day in dates}) > 1
    sentences = _opening(diary, missing, with_year)
    if not events:
        sentences.append("Your dose did not change in this diary, so there is no change to compare.")
    else:
        count = len(events)
        sentences.append(f"Your dose changed {'once' if count == 1 else f'{count} times'}.")
        for event in events:
            sentences.extend(_event_sentences(event, with_year))
    uncounted_text = _uncounted_sentence(uncounted)
    if uncounted_text:
        sentences.append(uncounted_text)
    sentences.append(CLOSING)
    return tuple(sentences)
