"""The validated diary: plain frozen records, sorted by date, nothing else.

Everything outside (a JSON file, the browser's storage, a CSV) passes through
:func:`assessment.diary.validate.parse_diary` first, so the analysis only ever
sees these records.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from typing import Optional

from ..mme import Medication

__all__ = ["DoseStep", "DayEntry", "Diary", "diary_to_dict"]


@dataclass(frozen=True)
class DoseStep:
    """The daily regimen from ``start`` until the next step. ``()`` means no opioid."""

    start: date
    medications: tuple[Medication, ...]


@dataclass(frozen=True)
class DayEntry:
    """One day's record. ``withdrawal_signs`` is None when the day did not record them."""

    day: date
    pain: int
    withdrawal_signs: Optional[tuple[str, ...]] = None
    note: Optional[str] = None


@dataclass(frozen=True)
class Diary:
    """A whole diary: dose steps and days, each sorted by date, one per date."""

    doses: tuple[DoseStep, ...]
    days: tuple[DayEntry, ...]


def _number(value: float) -> float | int:
    # 40.0 -> 40: the file a person exports reads as they typed it.
    return int(value) if float(value).is_integer() else value


def diary_to_dict(diary: Diary) -> dict:
    """The diary as the contract's JSON object (version 1), in date order."""
    days = []
    for entry in diary.days:
        item: dict = {"date": entry.day.isoformat(), "pain": entry.pain}
        if entry.withdrawal_signs is not None:
            item["withdrawal_signs"] = list(entry.withdrawal_signs)
        if entry.note is not None:
            item["note"] = entry.note
        days.append(item)
    return {
        "version": 1,
        "doses": [
            {
                "from": step.start.isoformat(),
                "medications": [
                    {"opioid": row.opioid, "daily_dose": _number(row.daily_dose)} for row in step.medications
                ],
            }
            for step in diary.doses
        ],
        "days": days,
    }
