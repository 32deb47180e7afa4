"""Checking a raw diary (parsed JSON) and turning it into a :class:`Diary`.

Every problem raises :class:`InvalidDiary` and nothing else, with the place
first (``days[3].pain: 11 is outside 0-10``). The cell checks are public so
the CSV reader gives the same messages with a row and column as the place.

Policy (documented in docs/assessment-contract.md, "Diary"):

- ``version`` must be 1. ``doses`` and ``days`` may be left out (an empty
  list); any other key is an error, so a typo such as ``"dayz"`` is not
  silently ignored.
- A day needs ``date`` and ``pain``; ``withdrawal_signs`` and ``note`` are
  optional, and ``null`` means "not recorded". Duplicate sign ids collapse.
- A dose step needs ``from`` and ``medications``, checked exactly as the
  self-check's ``medications`` answer. Two steps may not share a date.
- Input order does not matter: steps and days are sorted by date.
"""

from __future__ import annotations

import math
import re
from collections.abc import Mapping
from datetime import date
from typing import Any, Optional

from ..mme import Medication
from ..questions import QUESTIONS_BY_ID
from ..validation import InvalidAnswer, normalise, short_repr
from .errors import InvalidDiary
from .model import DayEntry, Diary, DoseStep

# A diary's messages name a place too, so the value they quote is kept shorter.
_SHORT = 40

__all__ = [
    "DIARY_VERSION",
    "MAX_DAYS",
    "MAX_DOSE_STEPS",
    "NOTE_MAX_CHARS",
    "PAIN_MAX",
    "PAIN_MIN",
    "WITHDRAWAL_SIGN_IDS",
    "parse_date",
    "parse_diary",
    "parse_medications",
    "parse_note",
    "parse_pain",
    "parse_signs",
]

DIARY_VERSION = 1
# The contract's cap: ten years of days. Also caps the calendar span of the
# days, so the per-day series and the chart stay a bounded size.
MAX_DAYS = 3660
MAX_DOSE_STEPS = 3660
# A note is a reminder for the person ("walked to the shop"), not a journal;
# the cap keeps a pasted document from bloating storage and exports.
NOTE_MAX_CHARS = 1000
PAIN_MIN = 0
PAIN_MAX = 10
# The self-check's own options, so a diary answer is always a valid answer.
WITHDRAWAL_SIGN_IDS: tuple[str, ...] = QUESTIONS_BY_ID["withdrawal_signs"].option_ids
_SIGN_SET = frozenset(WITHDRAWAL_SIGN_IDS)

_ISO_DATE = re.compile(r"\A\d{4}-\d{2}-\d{2}\Z")
_TOP_KEYS = ("version", "doses", "days")
_DAY_KEYS = ("date", "pain", "withdrawal_signs", "note")
_DOSE_KEYS = ("from", "medications")


def _is_number(value: object) -> bool:
    # bool is an int subclass; true is not a pain score.
    return isinstance(value, (int, float)) and not isinstance(value, bool)


def parse_date(value: object, where: str) -> date:
    """An ISO ``YYYY-MM-DD`` string as a date (``2026-02-30`` is not a date)."""
    if not isinstance(value, str) or not _ISO_DATE.match(value):
        raise InvalidDiary(f"{where}: expected a date as YYYY-MM-DD, got {short_repr(value, _SHORT)}")
    try:
        return date.fromisoformat(value)
    except ValueError:
        raise InvalidDiary(f"{where}: {value} is not a real date") from None


def parse_pain(value: object, where: str) -> int:
    """A whole number from 0 to 10 (``6.0`` counts as 6; ``6.5`` does not)."""
    if value is None:
        raise InvalidDiary(f"{where}: missing (the day's pain, 0-10)")
    if not _is_number(value):
        raise InvalidDiary(f"{where}: expected a whole number 0-10, got {short_repr(value, _SHORT)}")
    if isinstance(value, float) and not (math.isfinite(value) and value.is_integer()):
        raise InvalidDiary(f"{where}: {short_repr(value, _SHORT)} is not a whole number")
    if not PAIN_MIN <= value <= PAIN_MAX:
        raise InvalidDiary(f"{where}: {short_repr(value, _SHORT)} is outside {PAIN_MIN}-{PAIN_MAX}")
    return int(value)


def _self_check_answer(question: str, value: object, where: str) -> Any:
    """``value`` checked as the self-check's answer to ``question``, with our place in any message."""
    try:
        return normalise({question: value})[question]
    except InvalidAnswer as error:
        # The self-check's message starts with its question id; put our place there.
        raise InvalidDiary(where + str(error)[len(question):]) from None


def parse_signs(value: object, where: str) -> Optional[tuple[str, ...]]:
    """Withdrawal sign ids in the self-check's order, duplicates collapsed; None = not recorded."""
    if value is None:
        return None
    # Fast path for the usual case (a year of days is 365 lists); anything
    # unusual goes through the self-check's rules for its message.
    if isinstance(value, list) and all(isinstance(s, str) and s in _SIGN_SET for s in value):
        return tuple(sign for sign in WITHDRAWAL_SIGN_IDS if sign in value) if value else ()
    return _self_check_answer("withdrawal_signs", value, where)


def parse_note(value: object, where: str) -> Optional[str]:
    """A short text; None = no note."""
    if value is None:
        return None
    if not isinstance(value, str):
        raise InvalidDiary(f"{where}: expected text, got {short_repr(value, _SHORT)}")
    if len(value) > NOTE_MAX_CHARS:
        raise InvalidDiary(f"{where}: the note is {len(value)} characters; at most {NOTE_MAX_CHARS}")
    return value


def parse_medications(value: object, where: str) -> tuple[Medication, ...]:
    """A regimen, checked by the self-check's own rules; ``[]`` = no opioid."""
    if value is None:
        raise InvalidDiary(f"{where}: missing (a list of opioids, [] for none)")
    return _self_check_answer("medications", value, where)


def _mapping(value: object, where: str, keys: tuple[str, ...], what: str) -> Mapping[str, Any]:
    if not isinstance(value, Mapping):
        raise InvalidDiary(f"{where}: expected {what}, got {type(value).__name__}")
    unknown = [key for key in value if key not in keys]
    if unknown:
        raise InvalidDiary(
            f"{where}: unknown key {short_repr(unknown[0], _SHORT)} (expected {', '.join(keys)})"
        )
    return value


def _list(value: object, where: str, limit: int) -> list[Any]:
    if value is None:
        return []
    if not isinstance(value, (list, tuple)):
        raise InvalidDiary(f"{where}: expected a list, got {type(value).__name__}")
    if len(value) > limit:
        raise InvalidDiary(f"{where}: {len(value)} entries; at most {limit:,}")
    return list(value)


def _version(diary: Mapping[str, Any]) -> None:
    version = diary.get("version")
    if version is None:
        raise InvalidDiary("version: missing (this file may not be a diary)")
    if not _is_number(version) or version != DIARY_VERSION:
        raise InvalidDiary(f"version: {short_repr(version, _SHORT)} is not a diary version this page knows (expected {DIARY_VERSION})")


def _dose_steps(raw: list[Any]) -> tuple[DoseStep, ...]:
    steps: dict[date, DoseStep] = {}
    for index, item in enumerate(raw):
        where = f"doses[{index}]"
        entry = _mapping(item, where, _DOSE_KEYS, 'a {"from", "medications"} object')
        start = parse_date(entry.get("from"), f"{where}.from")
        if start in steps:
            raise InvalidDiary(f"{where}.from: {start.isoformat()} has two dose entries")
        steps[start] = DoseStep(start, parse_medications(entry.get("medications"), f"{where}.medications"))
    return tuple(steps[start] for start in sorted(steps))


def _day_entries(raw: list[Any]) -> tuple[DayEntry, ...]:
    days: dict[date, DayEntry] = {}
    for index, item in enumerate(raw):
        where = f"days[{index}]"
        entry = _mapping(item, where, _DAY_KEYS, 'a {"date", "pain"} object')
        day = parse_date(entry.get("date"), f"{where}.date")
        if day in days:
            raise InvalidDiary(f"{where}.date: {day.isoformat()} has two entries")
        days[day] = DayEntry(
            day,
            parse_pain(entry.get("pain"), f"{where}.pain"),
            parse_signs(entry.get("withdrawal_signs"), f"{where}.withdrawal_signs"),
            parse_note(entry.get("note"), f"{where}.note"),
        )
    ordered = tuple(days[day] for day in sorted(days))
    if ordered and (ordered[-1].day - ordered[0].day).days >= MAX_DAYS:
        raise InvalidDiary(
            f"days: from {ordered[0].day.isoformat()} to {ordered[-1].day.isoformat()} "
            f"is more than {MAX_DAYS:,} days"
        )
    return ordered


def parse_diary(diary: object) -> Diary:
    """Validate a raw diary (as parsed from JSON) and return it sorted by date."""
    top = _mapping(diary, "diary", _TOP_KEYS, "a diary object with version, doses and days")
    _version(top)
    return Diary(
        _dose_steps(_list(top.get("doses"), "doses", MAX_DOSE_STEPS)),
        _day_entries(_list(top.get("days"), "days", MAX_DAYS)),
    )
