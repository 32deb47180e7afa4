"""The pain and dose diary's analysis (standard library only).

``analyse(diary, language="en")`` takes the contract's diary object (version
1, or 2 with timed readings) and returns a :class:`DiaryReport`: every change
of daily MME, how pain answered it, pain before and after doses, the
self-check answers the diary supports, plain sentences and an SVG chart, with
every word in ``language``. Bad input raises :class:`InvalidDiary` naming the
place. ``to_csv`` and ``from_csv`` turn a diary into a spreadsheet file and
back.

    >>> from assessment.diary import analyse
    >>> analyse({"version": 1, "doses": [], "days": []}).to_dict()["events"]
    []
"""

from .csv_io import CSV_COLUMNS, READING_COLUMNS, from_csv, to_csv
from .end_of_dose import FINDINGS, NO_DIFFERENCE, PAIN_BEFORE_NEXT_DOSE, EndOfDose
from .errors import InvalidDiary
from .events import Event, WindowPain
from .model import AFTER_DOSE, BEFORE_DOSE, MOMENTS, OTHER_MOMENT, Reading
from .report import RECENT_DAYS, DiaryReport, analyse
from .responses import DECREASE_RESPONSES, INCREASE_RESPONSES, NOT_ENOUGH_DATA
from .series import SeriesDay
from .thresholds import (
    BEFORE,
    EARLY,
    END_OF_DOSE_DAYS,
    END_OF_DOSE_MIN_DAYS,
    LATE,
    MEANINGFUL_FRACTION,
    MEANINGFUL_POINTS,
    MIN_SCORED_DAYS,
    NOISE_FLOOR_POINTS,
    PROJECT_CHOICE,
    WINDOWS,
    WITHDRAWAL,
    Window,
    meaningful_threshold,
)
from .validate import DIARY_VERSION, DIARY_VERSIONS, MAX_DAYS, MAX_READINGS, NOTE_MAX_CHARS, WITHDRAWAL_SIGN_IDS

__all__ = [
    "AFTER_DOSE",
    "BEFORE",
    "BEFORE_DOSE",
    "CSV_COLUMNS",
    "DECREASE_RESPONSES",
    "DIARY_VERSION",
    "DIARY_VERSIONS",
    "DiaryReport",
    "EARLY",
    "END_OF_DOSE_DAYS",
    "END_OF_DOSE_MIN_DAYS",
    "EndOfDose",
    "Event",
    "FINDINGS",
    "INCREASE_RESPONSES",
    "InvalidDiary",
    "LATE",
    "MAX_DAYS",
    "MAX_READINGS",
    "MOMENTS",
    "NO_DIFFERENCE",
    "OTHER_MOMENT",
    "PAIN_BEFORE_NEXT_DOSE",
    "PROJECT_CHOICE",
    "READING_COLUMNS",
    "RECENT_DAYS",
    "Reading",
    "MEANINGFUL_FRACTION",
    "MEANINGFUL_POINTS",
    "MIN_SCORED_DAYS",
    "NOISE_FLOOR_POINTS",
    "NOTE_MAX_CHARS",
    "NOT_ENOUGH_DATA",
    "SeriesDay",
    "WINDOWS",
    "WITHDRAWAL",
    "WITHDRAWAL_SIGN_IDS",
    "Window",
    "WindowPain",
    "analyse",
    "from_csv",
    "meaningful_threshold",
    "to_csv",
]
