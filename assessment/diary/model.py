"""The validated diary: plain frozen records, sorted by date, nothing else.

Everything outside (a JSON file, the browser's storage, a CSV) passes through
:func:`assessment.diary.validate.parse_diary` first, so the analysis only ever
sees these records.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from typing import Any

from ..mme import Medication

__all__ = ["BEFORE_DOSE", "AFTER_DOSE", "OTHER_MOMENT", "MOMENTS", "DoseStep", "Reading", "DayEntry", "Diary",
           "diary_to_dict"]

# A timed reading's moment (contract v3, "Diary file, version 2").
BEFORE_DOSE = "before_dose"
AFTER_DOSE = "after_dose"
OTHER_MOMENT = "other"
MOMENTS: tuple[str, ...] = (BEFORE_DOSE, AFTER_DOSE, OTHER_MOMENT)


@dataclass(frozen=True)
class DoseStep:
    """The daily regimen from ``start`` until the next step. ``()`` means no opioid."""

    start: date
    medications: tuple[Medication, ...]


@dataclass(frozen=True)
class Reading:
    """One timed pain score in a day: ``time`` is ``HH:MM`` (24-hour)."""

    time: str
    pain: int
    moment: str


@dataclass(frozen=True)
class DayEntry:
    """One day's record.

    ``pain`` is the day's score as the person gave it, or None when the day
    has only timed readings; :attr:`score` is the pain the analysis uses.
    ``withdrawal_signs`` is None when the day did not record them.
    """

    day: date
    pain: int | None
    withdrawal_signs: tuple[str, ...] | None = None
    note: str | None = None
    readings: tuple[Reading, ...] = ()

    @property
    def score(self) -> float:
        """The day's pain: the score given, else the mean of the day's readings."""
        if self.pain is not None:
            return self.pain
        return sum(reading.pain for reading in self.readings) / len(self.readings)


@dataclass(frozen=True)
class Diary:
    """A whole diary: dose steps and days, each sorted by date, one per date."""

    doses: tuple[DoseStep, ...]
    days: tuple[DayEntry, ...]

    @property
    def version(self) -> int:
        """The lowest file version that holds this diary: 2 once a day has readings or no score."""
        return 2 if any(entry.readings or entry.pain is None for entry in self.days) else 1


def _number(value: float) -> float | int:
    # 40.0 -> 40: the file a person exports reads as they typed it.
    return int(value) if float(value).is_integer() else value


def diary_to_dict(diary: Diary) -> dict[str, Any]:
    """The diary as the contract's JSON object, in date order (version 1 unless it needs 2)."""
    days = []
    for entry in diary.days:
        item: dict[str, Any] = {"date": entry.day.isoformat()}
        if entry.pain is not None:
            item["pain"] = entry.pain
        if entry.withdrawal_signs is not None:
            item["withdrawal_signs"] = list(entry.withdrawal_signs)
        if entry.note is not None:
            item["note"] = entry.note
        if entry.readings:
            item["readings"] = [
                {"time": reading.time, "pain": reading.pain, "moment": reading.moment} for reading in entry.readings
            ]
        days.append(item)
    return {
        "version": diary.version,
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
