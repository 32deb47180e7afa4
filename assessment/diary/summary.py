"""The report's plain sentences for the person (reading grade 8 or below).

They say what the diary shows and nothing more: how pain moved after each
dose change, in points on the 0-10 scale, and how pain before a dose
compared with pain after it. They never suggest changing a dose; the last
sentence sends the reader to the clinician who prescribes.

Each sentence is one message of the catalog, with named fields filled after
it is translated, so a translation can order its words freely.
"""

from __future__ import annotations

from .._i18n import N_, Translate
from ..opioids import OPIOIDS_BY_ID
from ._dates import long_date
from .end_of_dose import PAIN_BEFORE_NEXT_DOSE, EndOfDose
from .events import INCREASE, Event
from .model import Diary
from .responses import NOT_ENOUGH_DATA
from .thresholds import END_OF_DOSE_MIN_DAYS, MIN_SCORED_DAYS, change_direction
from .words import decimal

__all__ = ["CLOSING", "summary_sentences"]

CLOSING = N_(
    "This diary is a record to talk over with the clinician who prescribes for you. "
    "It does not diagnose anything."
)
_NO_SCORES = N_("Your diary has no pain scores yet.")
_ONE_DAY = N_("Your diary has a pain score for 1 day, {date}.")
_MANY_DAYS = N_("Your diary has pain scores for {count} days, from {first} to {last}.")
_MISSING_ONE = N_("1 day in that time has no score.")
_MISSING_MANY = N_("{count} days in that time have no score.")
_NO_CHANGE = N_("Your dose did not change in this diary, so there is no change to compare.")
_CHANGED_ONCE = N_("Your dose changed once.")
_CHANGED_MANY = N_("Your dose changed {count} times.")

_STARTED = N_("You started an opioid on {date}.")
_ENDED = N_("Your opioid ended on {date}.")
_WENT_UP = N_("Your dose went up on {date}.")
_WENT_DOWN = N_("Your dose went down on {date}.")
_TOO_FEW_BEFORE = N_(
    "There were too few pain scores in the 2 weeks before this change to compare. "
    "The diary needs at least {count}."
)
_TOO_FEW_AFTER = N_(
    "There were too few pain scores after this change to compare. The diary needs at least {count} in a week."
)
# The first week after a change, and weeks 3 to 6: the same, or higher or lower by 1 point or more.
_EARLY = {
    (0, 1): N_("In the first week after, your pain was about the same as before."),
    (1, 1): N_("In the first week after, your pain was 1 point higher than before."),
    (1, 2): N_("In the first week after, your pain was {points} points higher than before."),
    (-1, 1): N_("In the first week after, your pain was 1 point lower than before."),
    (-1, 2): N_("In the first week after, your pain was {points} points lower than before."),
}
_LATE = {
    (0, 1): N_("In weeks 3 to 6 after, your pain was about the same as before."),
    (1, 1): N_("In weeks 3 to 6 after, your pain was 1 point higher than before."),
    (1, 2): N_("In weeks 3 to 6 after, your pain was {points} points higher than before."),
    (-1, 1): N_("In weeks 3 to 6 after, your pain was 1 point lower than before."),
    (-1, 2): N_("In weeks 3 to 6 after, your pain was {points} points lower than before."),
}
_TOO_FEW_LATE = N_("There were too few scores 3 to 6 weeks later to tell if this lasted.")
_WITHDRAWAL = N_(
    "You noted signs of withdrawal in the first 2 weeks. "
    "Withdrawal can make pain worse for a while after a dose goes down."
)
_UNCOUNTED_ONE = N_("Changes in {names} are not shown as dose changes here, because there is no MME number for it.")
_UNCOUNTED_MANY = N_(
    "Changes in {names} are not shown as dose changes here, because there is no MME number for them."
)
_TWO_NAMES = N_("{first} and {second}")

# Timed readings before and after doses (end_of_dose.py).
_PAIRED_ONE = N_("On 1 day you noted your pain both before and after a dose.")
_PAIRED_MANY = N_("On {count} days you noted your pain both before and after a dose.")
_PAIRED_MEANS = N_("Before a dose your pain was {before} on average, and after a dose it was {after}.")
_PAIRED_TOO_FEW = N_("The diary needs at least {count} such days to compare them.")
_BEFORE_NEXT_DOSE = N_(
    "Your pain was clearly higher before a dose than after it. Pain that is worst just before "
    "your next dose is worth showing to the clinician who prescribes for you."
)
_NO_DIFFERENCE = N_("Your pain was not clearly higher before a dose than after it.")


def _compared(templates: dict[tuple[int, int], str], before: float, after: float | None,
              translate: Translate) -> str | None:
    if after is None:
        return None
    way = change_direction(before, after)
    points = int(abs(after - before) + 0.5)
    key = (way, 1 if way == 0 or points <= 1 else 2)
    return translate(templates[key]).format(points=max(points, 1))


def _opening_of(event: Event, day: str, translate: Translate) -> str:
    if event.mme_before == 0:
        template = _STARTED
    elif event.mme_after == 0:
        template = _ENDED
    else:
        template = _WENT_UP if event.direction == INCREASE else _WENT_DOWN
    return translate(template).format(date=day)


def _event_sentences(event: Event, with_year: bool, translate: Translate) -> list[str]:
    sentences = [_opening_of(event, long_date(event.day, with_year, translate), translate)]
    before = event.before.mean
    if before is None:
        sentences.append(translate(_TOO_FEW_BEFORE).format(count=MIN_SCORED_DAYS))
    else:
        parts = [part for part in (
            _compared(_EARLY, before, event.early.mean, translate),
            _compared(_LATE, before, event.late.mean, translate),
        ) if part]
        if not parts:
            sentences.append(translate(_TOO_FEW_AFTER).format(count=MIN_SCORED_DAYS))
        else:
            sentences.extend(parts)
            if event.late.mean is None and event.response == NOT_ENOUGH_DATA:
                sentences.append(translate(_TOO_FEW_LATE))
    if event.withdrawal_signs:
        sentences.append(translate(_WITHDRAWAL))
    return sentences


def _uncounted_sentence(opioids: tuple[str, ...], translate: Translate) -> str | None:
    if not opioids:
        return None
    names = [translate(OPIOIDS_BY_ID[o].label).lower() for o in opioids]
    # Only buprenorphine and "other" have no MME factor: two names at most.
    listed = names[0] if len(names) == 1 else translate(_TWO_NAMES).format(
        first=", ".join(names[:-1]), second=names[-1])
    return translate(_UNCOUNTED_ONE if len(names) == 1 else _UNCOUNTED_MANY).format(names=listed)


def _opening(diary: Diary, missing: int, with_year: bool, translate: Translate) -> list[str]:
    if not diary.days:
        return [translate(_NO_SCORES)]
    first, last = diary.days[0].day, diary.days[-1].day
    scored = len(diary.days)
    if scored == 1:
        sentences = [translate(_ONE_DAY).format(date=long_date(first, True, translate))]
    else:
        sentences = [translate(_MANY_DAYS).format(
            count=scored, first=long_date(first, with_year, translate), last=long_date(last, True, translate))]
    if missing:
        sentences.append(translate(_MISSING_ONE) if missing == 1 else translate(_MISSING_MANY).format(count=missing))
    return sentences


def end_of_dose_sentences(found: EndOfDose, translate: Translate) -> list[str]:
    """What the readings before and after doses show; nothing when no day has both."""
    if not found.days or found.before_dose is None or found.after_dose is None:
        return []
    sentences = [translate(_PAIRED_ONE) if found.days == 1 else translate(_PAIRED_MANY).format(count=found.days)]
    sentences.append(translate(_PAIRED_MEANS).format(before=decimal(found.before_dose),
                                                     after=decimal(found.after_dose)))
    if found.finding == PAIN_BEFORE_NEXT_DOSE:
        sentences.append(translate(_BEFORE_NEXT_DOSE))
    elif found.finding == NOT_ENOUGH_DATA:
        sentences.append(translate(_PAIRED_TOO_FEW).format(count=END_OF_DOSE_MIN_DAYS))
    else:
        sentences.append(translate(_NO_DIFFERENCE))
    return sentences


def summary_sentences(
    diary: Diary, events: tuple[Event, ...], missing: int, uncounted: tuple[str, ...],
    end_of_dose: EndOfDose, translate: Translate,
) -> tuple[str, ...]:
    """Every sentence of the summary, in reading order."""
    dates = [entry.day for entry in diary.days] + [event.day for event in events]
    with_year = len({day.year for day in dates}) > 1
    sentences = _opening(diary, missing, with_year, translate)
    if not events:
        sentences.append(translate(_NO_CHANGE))
    else:
        count = len(events)
        sentences.append(translate(_CHANGED_ONCE) if count == 1 else translate(_CHANGED_MANY).format(count=count))
        for event in events:
            sentences.extend(_event_sentences(event, with_year, translate))
    uncounted_text = _uncounted_sentence(uncounted, translate)
    if uncounted_text:
        sentences.append(uncounted_text)
    sentences.extend(end_of_dose_sentences(end_of_dose, translate))
    sentences.append(translate(CLOSING))
    return tuple(sentences)
