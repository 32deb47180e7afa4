"""The pain and dose diary's analysis (standard library only).

``analyse(diary)`` takes the contract's diary object (version 1) and returns a
:class:`DiaryReport`: every change of daily MME, how pain answered it, the
self-check answers the diary supports, plain sentences and an SVG chart. Bad
input raises :class:`InvalidDiary` naming the place. ``to_csv`` and
``from_csv`` turn a diary into a spreadsheet file and back.

    >>> from assessment.diary import analyse
    >>> analyse({"version": 1, "doses": [], "days": []}).to_dict()["events"]
    []
"""

from .csv_io import CSV_COLUMNS, from_csv, to_csv
from .errors import InvalidDiary
from .events import Event, WindowPain
from .report import DiaryReport, analyse
from .responses import DECREASE_RESPONSES, INCREASE_RESPONSES, NOT_ENOUGH_DATA
from .series import SeriesDay
from .thresholds import (
    BEFORE,
    EARLY,
    LATE,
    MEANINGFUL_FRACTION,
    MEANINGFUL_POINTS,
    MIN_SCORED_DAYS,
    NOISE_FLOOR_POINTS,
    WINDOWS,
    WITHDRAWAL,
    Window,
    meaningful_threshold,
)
from .validate import DIARY_VERSION, MAX_DAYS, NOTE_MAX_CHARS, WITHDRAWAL_SIGN_IDS

__all__ = [
    "BEFORE",
    "CSV_COLUMNS",
    "DECREASE_RESPONSES",
    "DIARY_VERSION",
    "DiaryReport",
    "EARLY",
    "Event",
    "INCREASE_RESPONSES",
    "InvalidDiary",
    "LATE",
    "MAX_DAYS",
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
