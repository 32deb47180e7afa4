"""Checking a raw diary (parsed JSON) and turning it into a :class:`Diary`.

Every problem raises :class:`InvalidDiary` and nothing else, with its place
both first in the message (``days[3].pain: 11 is outside 0-10``) and as the
``place`` attribute. The cell checks are public so the CSV reader gives the
same messages with a row and column as the place.

Policy (documented in docs/assessment-contract.md, "Diary"):

- ``version`` is 1 or 2. ``doses`` and ``days`` may be left out (an empty
  list); any other key is an error, so a typo such as ``"dayz"`` is not
  silently ignored.
- A day needs ``date``, and ``pain`` or (version 2) at least one of its
  ``readings``; ``withdrawal_signs`` and ``note`` are optional, and ``null``
  means "not recorded". Duplicate sign ids collapse.
- A reading (version 2) needs ``time`` (``HH:MM``, 24-hour), ``pain`` (0-10)
  and ``moment`` (``before_dose``, ``after_dose`` or ``other``); at most 24 a
  day, kept in time order.
- A dose step needs ``from`` and ``medications``, checked exactly as the
  self-check's ``medications`` answer. Two steps may not share a date.
- Input order does not matter: steps and days are sorted by date.
"""

from __future__ import annotations

import json
import math
import re
from collections.abc import Callable, Mapping
from datetime import date
from typing import Any, TypeVar

from .._i18n import N_, Message, message, placed
from ..mme import Medication
from ..questions import QUESTIONS_BY_ID
from ..validation import InvalidAnswer, normalise, short_repr
from .errors import InvalidDiary, Place
from .model import MOMENTS, DayEntry, Diary, DoseStep, Reading

# A diary's messages name a place too, so the value they quote is kept shorter.
_SHORT = 40

__all__ = [
    "DAY_PAIN_MISSING",
    "DIARY_VERSION",
    "DIARY_VERSIONS",
    "MAX_DAYS",
    "MAX_DOSE_STEPS",
    "MAX_READINGS",
    "NOTE_MAX_CHARS",
    "PAIN_MAX",
    "PAIN_MIN",
    "READING_PAIN_MISSING",
    "WITHDRAWAL_SIGN_IDS",
    "parse_date",
    "parse_diary",
    "parse_medications",
    "parse_moment",
    "parse_note",
    "parse_pain",
    "parse_signs",
    "parse_time",
]

# The newest file version, and every version this package reads. Version 1
# files stay valid and give the same analysis.
DIARY_VERSION = 2
DIARY_VERSIONS = (1, 2)
# The contract's cap: ten years of days. Also caps the calendar span of the
# days, so the per-day series and the chart stay a bounded size.
MAX_DAYS = 3660
MAX_DOSE_STEPS = 3660
# The contract's cap on timed readings in one day: one an hour.
MAX_READINGS = 24
# A note is a reminder for the person ("walked to the shop"), not a journal;
# the cap keeps a pasted document from bloating storage and exports.
NOTE_MAX_CHARS = 1000
PAIN_MIN = 0
PAIN_MAX = 10
# The self-check's own options, so a diary answer is always a valid answer.
WITHDRAWAL_SIGN_IDS: tuple[str, ...] = QUESTIONS_BY_ID["withdrawal_signs"].option_ids
_SIGN_SET = frozenset(WITHDRAWAL_SIGN_IDS)

_ISO_DATE = re.compile(r"\A\d{4}-\d{2}-\d{2}\Z")
_TIME = re.compile(r"\A(\d{2}):(\d{2})\Z")
_TOP_KEYS = ("version", "doses", "days")
_DAY_KEYS = ("date", "pain", "withdrawal_signs", "note", "readings")
_DOSE_KEYS = ("from", "medications")
_READING_KEYS = ("time", "pain", "moment")

_T = TypeVar("_T")


_fail = InvalidDiary.at


def _is_number(value: object) -> bool:
    # bool is an int subclass; true is not a pain score.
    return isinstance(value, (int, float)) and not isinstance(value, bool)


def parse_date(value: object, where: Place) -> date:
    """An ISO ``YYYY-MM-DD`` string as a date (``2026-02-30`` is not a date)."""
    if not isinstance(value, str) or not _ISO_DATE.match(value):
        raise _fail(where, message(N_("expected a date as YYYY-MM-DD, got {value}"),
                                   value=short_repr(value, _SHORT)))
    try:
        return date.fromisoformat(value)
    except ValueError:
        raise _fail(where, message(N_("{value} is not a real date"), value=value)) from None


def parse_time(value: object, where: Place) -> str:
    """A time of day as ``HH:MM`` (24-hour, ``00:00`` to ``23:59``)."""
    if not isinstance(value, str):
        raise _fail(where, message(N_("expected a time as HH:MM (24-hour), got {value}"),
                                   value=short_repr(value, _SHORT)))
    match = _TIME.match(value)
    if not match or int(match.group(1)) > 23 or int(match.group(2)) > 59:
        # JSON quotes, as the contract's example: days[4].readings[1].time: "25:00" is not a time
        shown = json.dumps(value[:20], ensure_ascii=False)
        raise _fail(where, message(N_("{value} is not a time (expected HH:MM, 24-hour)"), value=shown))
    return value


DAY_PAIN_MISSING = message(N_("missing (the day's pain, 0-10)"))
READING_PAIN_MISSING = message(N_("missing (the reading's pain, 0-10)"))


def parse_pain(value: object, where: Place, missing: Message = DAY_PAIN_MISSING) -> int:
    """A whole number from 0 to 10 (``6.0`` counts as 6; ``6.5`` does not)."""
    if value is None:
        raise _fail(where, missing)
    if not _is_number(value):
        raise _fail(where, message(N_("expected a whole number 0-10, got {value}"),
                                   value=short_repr(value, _SHORT)))
    assert isinstance(value, (int, float))
    if isinstance(value, float) and not (math.isfinite(value) and value.is_integer()):
        raise _fail(where, message(N_("{value} is not a whole number"), value=short_repr(value, _SHORT)))
    if not PAIN_MIN <= value <= PAIN_MAX:
        raise _fail(where, message(N_("{value} is outside {low}-{high}"),
                                   value=short_repr(value, _SHORT), low=PAIN_MIN, high=PAIN_MAX))
    return int(value)


_MOMENT_CHOICES = {"moments": ", ".join(MOMENTS[:-1]), "last": MOMENTS[-1]}


def parse_moment(value: object, where: Place) -> str:
    """A reading's moment: ``before_dose``, ``after_dose`` or ``other``."""
    if value is None:
        raise _fail(where, message(N_("missing ({moments} or {last})"), **_MOMENT_CHOICES))
    if not isinstance(value, str) or value not in MOMENTS:
        raise _fail(where, message(N_("{value} is not a moment (expected {moments} or {last})"),
                                   value=short_repr(value, _SHORT), **_MOMENT_CHOICES))
    return value


def _self_check_answer(question: str, value: object, where: str) -> Any:
    """``value`` checked as the self-check's answer to ``question``, with our place in any message."""
    try:
        return normalise({question: value})[question]
    except InvalidAnswer as error:
        # The self-check's message starts with its question id; put our place there.
        message = where + str(error)[len(question):]
        words = None
        if error.words is not None:
            theirs = error.words.values
            words = placed(where + str(theirs["place"])[len(question):], theirs["problem"])
        # Its place (``medications[0].daily_dose``) becomes ours, as far as the message names it.
        place = where + (error.place or question)[len(question):]
        while not message.startswith(place) and "." in place[len(where):]:
            place = place.rsplit(".", 1)[0]
        raise InvalidDiary(message, place=place if message.startswith(place) else where, words=words) from None


def parse_signs(value: object, where: str) -> tuple[str, ...] | None:
    """Withdrawal sign ids in the self-check's order, duplicates collapsed; None = not recorded."""
    if value is None:
        return None
    # Fast path for the usual case (a year of days is 365 lists); anything
    # unusual goes through the self-check's rules for its message.
    if isinstance(value, list) and all(isinstance(s, str) and s in _SIGN_SET for s in value):
        return tuple(sign for sign in WITHDRAWAL_SIGN_IDS if sign in value) if value else ()
    signs: tuple[str, ...] = _self_check_answer("withdrawal_signs", value, where)
    return signs


def parse_note(value: object, where: Place) -> str | None:
    """A short text; None = no note."""
    if value is None:
        return None
    if not isinstance(value, str):
        raise _fail(where, message(N_("expected text, got {value}"), value=short_repr(value, _SHORT)))
    if len(value) > NOTE_MAX_CHARS:
        raise _fail(where, message(N_("the note is {length} characters; at most {limit}"),
                                   length=len(value), limit=NOTE_MAX_CHARS))
    return value


def parse_medications(value: object, where: str) -> tuple[Medication, ...]:
    """A regimen, checked by the self-check's own rules; ``[]`` = no opioid."""
    if value is None:
        raise _fail(where, message(N_("missing (a list of opioids, [] for none)")))
    medications: tuple[Medication, ...] = _self_check_answer("medications", value, where)
    return medications


# What a JSON value should have been, for "expected ..., got ...".
_DIARY_OBJECT = message(N_("a diary object with version, doses and days"))


def _object(shape: str) -> Message:
    # The shape is JSON (``{"date", "pain"}``), the same in every language.
    return message(N_("a {shape} object"), shape=shape)


def _mapping(value: object, where: str, keys: tuple[str, ...], what: Message) -> Mapping[str, Any]:
    if not isinstance(value, Mapping):
        raise _fail(where, message(N_("expected {what}, got {type}"), what=what, type=type(value).__name__))
    unknown = [key for key in value if key not in keys]
    if unknown:
        raise _fail(where, message(N_("unknown key {key} (expected {keys})"),
                                   key=short_repr(unknown[0], _SHORT), keys=", ".join(keys)))
    return value


_TOO_MANY_ENTRIES = N_("{count} entries; at most {limit:,}")


def _list(value: object, where: str, limit: int, too_many: str = _TOO_MANY_ENTRIES) -> list[Any]:
    if value is None:
        return []
    if not isinstance(value, (list, tuple)):
        raise _fail(where, message(N_("expected a list, got {type}"), type=type(value).__name__))
    if len(value) > limit:
        raise _fail(where, message(too_many, count=len(value), limit=limit))
    return list(value)


def _version(diary: Mapping[str, Any]) -> int:
    version = diary.get("version")
    if version is None:
        raise _fail("version", message(N_("missing (this file may not be a diary)")))
    if not _is_number(version) or version not in DIARY_VERSIONS:
        raise _fail("version", message(N_("{value} is not a diary version this page knows (expected {first} or {last})"),
                                       value=short_repr(version, _SHORT),
                                       first=", ".join(map(str, DIARY_VERSIONS[:-1])),
                                       last=DIARY_VERSIONS[-1]))
    return int(version)


def _by_date(
    raw: list[Any], name: str, keys: tuple[str, ...], what: Message, date_key: str, twice: str,
    build: Callable[[Mapping[str, Any], str, date], _T],
) -> dict[date, _T]:
    """Each item of ``raw`` checked and built, keyed by its date; two items on one date are an error.

    ``twice`` is the catalog message for that, with the date as ``{day}``.
    """
    found: dict[date, _T] = {}
    for index, item in enumerate(raw):
        where = f"{name}[{index}]"
        entry = _mapping(item, where, keys, what)
        day = parse_date(entry.get(date_key), f"{where}.{date_key}")
        if day in found:
            raise _fail(f"{where}.{date_key}", message(twice, day=day.isoformat()))
        found[day] = build(entry, where, day)
    return found


def _dose_step(entry: Mapping[str, Any], where: str, start: date) -> DoseStep:
    return DoseStep(start, parse_medications(entry.get("medications"), f"{where}.medications"))


def _reading(item: object, where: str) -> Reading:
    entry = _mapping(item, where, _READING_KEYS, _object('{"time", "pain", "moment"}'))
    return Reading(
        parse_time(entry.get("time"), f"{where}.time"),
        parse_pain(entry.get("pain"), f"{where}.pain", READING_PAIN_MISSING),
        parse_moment(entry.get("moment"), f"{where}.moment"),
    )


def _day_entry(version: int) -> Callable[[Mapping[str, Any], str, date], DayEntry]:
    def build(entry: Mapping[str, Any], where: str, day: date) -> DayEntry:
        readings: tuple[Reading, ...] = ()
        if entry.get("readings") is not None:
            if version < 2:
                raise _fail(f"{where}.readings",
                            message(N_('timed readings need a version 2 diary file ("version": 2)')))
            raw = _list(entry["readings"], f"{where}.readings", MAX_READINGS, N_("{count} readings; at most {limit:,}"))
            # In time order; two readings at one time keep the order given.
            readings = tuple(sorted((_reading(item, f"{where}.readings[{index}]") for index, item in enumerate(raw)),
                                    key=lambda reading: reading.time))
        pain_value = entry.get("pain")
        if pain_value is None and (version < 2 or not readings):
            raise _fail(f"{where}.pain", DAY_PAIN_MISSING if version < 2 else
                        message(N_("missing (the day's pain 0-10, or at least one reading)")))
        return DayEntry(
            day,
            None if pain_value is None else parse_pain(pain_value, f"{where}.pain"),
            parse_signs(entry.get("withdrawal_signs"), f"{where}.withdrawal_signs"),
            parse_note(entry.get("note"), f"{where}.note"),
            readings,
        )

    return build


def _day_entries(raw: list[Any], version: int) -> tuple[DayEntry, ...]:
    days = _by_date(raw, "days", _DAY_KEYS, _object('{"date", "pain"}'), "date", N_("{day} has two entries"),
                    _day_entry(version))
    ordered = tuple(days[day] for day in sorted(days))
    if ordered and (ordered[-1].day - ordered[0].day).days >= MAX_DAYS:
        raise _fail("days", message(N_("from {first} to {last} is more than {limit:,} days"),
                                    first=ordered[0].day.isoformat(), last=ordered[-1].day.isoformat(), limit=MAX_DAYS))
    return ordered


def parse_diary(diary: object) -> Diary:
    """Validate a raw diary (as parsed from JSON) and return it sorted by date."""
    top = _mapping(diary, "diary", _TOP_KEYS, _DIARY_OBJECT)
    version = _version(top)
    steps = _by_date(_list(top.get("doses"), "doses", MAX_DOSE_STEPS), "doses", _DOSE_KEYS,
                     _object('{"from", "medications"}'), "from", N_("{day} has two dose entries"), _dose_step)
    return Diary(
        tuple(steps[start] for start in sorted(steps)),
        _day_entries(_list(top.get("days"), "days", MAX_DAYS), version),
    )
