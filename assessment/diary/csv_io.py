"""The diary as a CSV file for spreadsheets and clinicians, and back.

One row per date that has a pain score or a dose change, in date order, and
one row per timed reading after its date's row:

``date, [time, moment,] pain, dose_change, mme, opioid_1, daily_dose_1,
unit_1, ..., withdrawal_signs, note``

- ``time`` and ``moment``: only in a file whose diary has timed readings
  (version 2). A row with a ``time`` is a reading: its ``moment`` is
  ``before_dose``, ``after_dose`` or ``other``, and its ``pain`` is the
  reading's; it holds nothing else. A row with no ``time`` is the day's.
- ``pain``: 0-10; blank only on a row that just records a dose change, or
  (version 2) on the day row of a date whose pain is in its readings.
- ``dose_change``: ``yes`` on the date a new daily regimen starts. That row's
  ``opioid_N`` / ``daily_dose_N`` / ``unit_N`` groups give the new regimen
  (as many groups as the longest regimen); all blank means no opioid. Other
  rows leave them blank, so each change stands out.
- ``mme``: the daily MME in effect that day, for reading; ignored on import.
- ``withdrawal_signs``: sign ids separated by ``;``, ``none`` for none
  recorded as none, blank for not recorded.
- ``note``: the person's text. A note starting with ``= + - @`` gets a
  leading ``'`` so a spreadsheet shows it as text, not a formula (so does a
  note starting with ``'``); the import takes one leading ``'`` off.

Import is forgiving where spreadsheets differ (a byte-order mark, ``;`` as
the separator with decimal commas, opioid, sign and moment names in words,
blank trailing rows) and strict elsewhere: a bad cell is an
:class:`InvalidDiary` naming the row (as a spreadsheet numbers it, header =
row 1) and the column, as its message's start and its ``place``. A file with
no readings is read as version 1, exactly as before readings existed.
"""

from __future__ import annotations

import csv
import io
import math
import re
from typing import Any

from .._i18n import N_, Message, message
from ..opioids import OPIOIDS, OPIOIDS_BY_ID
from ..questions import QUESTIONS_BY_ID
from ..validation import MAX_DAILY_DOSE
from .errors import InvalidDiary, Place
from .model import MOMENTS, DayEntry, diary_to_dict
from .timeline import DoseTimeline
from .validate import (
    DAY_PAIN_MISSING,
    MAX_DAYS,
    MAX_DOSE_STEPS,
    MAX_READINGS,
    READING_PAIN_MISSING,
    parse_date,
    parse_diary,
    parse_moment,
    parse_note,
    parse_pain,
    parse_time,
)

__all__ = ["CSV_COLUMNS", "READING_COLUMNS", "MAX_CSV_CHARS", "to_csv", "from_csv"]

# Fixed columns, in order; the opioid groups sit between ``mme`` and ``withdrawal_signs``.
CSV_COLUMNS = ("date", "pain", "dose_change", "mme", "withdrawal_signs", "note")
# A diary with timed readings adds these, after ``date``.
READING_COLUMNS = ("time", "moment")
_GROUP = ("opioid", "daily_dose", "unit")
# Ten years of long notes fit; a file far bigger is not a diary.
MAX_CSV_CHARS = 8_000_000
_FORMULA_START = ("=", "+", "-", "@", "\t", "\r")
_YES = {"yes", "y", "true", "1", "x"}
_NO = {"", "no", "n", "false", "0"}
_NONE = "none"
_GROUP_COLUMN = re.compile(r"\A(opioid|daily_dose|unit)_([1-9]\d?)\Z")
_WHOLE = re.compile(r"\A[+-]?\d+(?:\.0*)?\Z")

_MOMENT_NAMES = {name: moment for moment in MOMENTS for name in (moment, moment.replace("_", " "))}
_SIGN_OPTIONS = QUESTIONS_BY_ID["withdrawal_signs"].options
_SIGN_NAMES = {name.lower(): option.id for option in _SIGN_OPTIONS for name in (option.id, option.label)}
_OPIOID_NAMES = {name.lower(): opioid.id for opioid in OPIOIDS for name in (opioid.id, opioid.label)}


_fail = InvalidDiary.at


# Rows as a spreadsheet numbers them (the header is row 1); columns by their
# names, which stay the contract's ids in every language.
def _row(row: int) -> Message:
    return message(N_("row {row}"), row=row)


def _cell(row: int, column: str) -> Message:
    return message(N_("row {row}, {column}"), row=row, column=column)


def _number_text(value: float) -> str:
    return str(int(value)) if float(value).is_integer() else repr(float(value))


def _guard_formula(text: str) -> str:
    # A note that already starts with ' gets one too, so the import can always take one off.
    return "'" + text if text.startswith(_FORMULA_START + ("'",)) else text


def _unguard_formula(text: str) -> str:
    return text[1:] if text.startswith("'") else text


def _day_cells(entry: DayEntry | None) -> list[str]:
    signs = None if entry is None else entry.withdrawal_signs
    return ["" if signs is None else ("; ".join(signs) if signs else _NONE),
            "" if entry is None or entry.note is None else _guard_formula(entry.note)]


def to_csv(diary: object) -> str:
    """The diary (validated first) as CSV text, with a byte-order mark for spreadsheets."""
    clean = parse_diary(diary)
    groups = max([len(step.medications) for step in clean.doses] + [1])
    group_columns = [f"{name}_{n}" for n in range(1, groups + 1) for name in _GROUP]
    timed = any(entry.readings for entry in clean.days)
    reading_columns = list(READING_COLUMNS) if timed else []
    header = (["date"] + reading_columns + list(CSV_COLUMNS[1:4]) + group_columns + list(CSV_COLUMNS[4:]))
    steps = {step.start: step for step in clean.doses}
    days = {entry.day: entry for entry in clean.days}
    timeline = DoseTimeline(clean)
    out = io.StringIO()
    writer = csv.writer(out, lineterminator="\r\n")
    writer.writerow(header)
    blank_groups = ["", "", ""] * groups
    for day in sorted(set(steps) | set(days)):
        entry, step = days.get(day), steps.get(day)
        day_row = step is not None or (entry is not None and (
            entry.pain is not None or entry.withdrawal_signs is not None or entry.note is not None))
        if day_row:
            mme = timeline.mme_on(day)
            cells = [day.isoformat()] + ["", ""] * timed + [
                "" if entry is None or entry.pain is None else str(entry.pain), "yes" if step else "",
                "" if mme is None else _number_text(mme)]
            rows = list(step.medications) if step else []
            for n in range(groups):
                if n < len(rows):
                    opioid = OPIOIDS_BY_ID[rows[n].opioid]
                    cells += [opioid.id, _number_text(rows[n].daily_dose), opioid.unit]
                else:
                    cells += ["", "", ""]
            writer.writerow(cells + _day_cells(entry))
        for reading in entry.readings if entry is not None else ():
            writer.writerow([day.isoformat(), reading.time, reading.moment, str(reading.pain), "", ""]
                            + blank_groups + ["", ""])
    return "\ufeff" + out.getvalue()


class _Reader:
    """Reads cells of one CSV file into the contract's diary object."""

    def __init__(self, header: list[str], decimal_comma: bool) -> None:
        self.decimal_comma = decimal_comma
        self.columns = self._columns(header)
        self.groups = sorted({int(m.group(2)) for name in self.columns if (m := _GROUP_COLUMN.match(name))})

    @staticmethod
    def _columns(header: list[str]) -> dict[str, int]:
        columns: dict[str, int] = {}
        for index, raw in enumerate(header):
            name = raw.strip().lower().replace(" ", "_")
            if not name:
                continue
            if name not in CSV_COLUMNS + READING_COLUMNS and not _GROUP_COLUMN.match(name):
                expected = (f"date, {', '.join(READING_COLUMNS)}, {', '.join(CSV_COLUMNS[1:4])}, "
                            f"opioid_1, daily_dose_1, unit_1, ..., {', '.join(CSV_COLUMNS[4:])}")
                raise _fail(message(N_("row 1, column {column}"), column=index + 1),
                            message(N_("unknown column {name} (expected {expected})"),
                                    name=repr(raw.strip()), expected=expected))
            if name in columns:
                raise _fail(message(N_("row 1, column {column}"), column=index + 1),
                            message(N_("the column {name} appears twice"), name=name))
            columns[name] = index
        for required in ("date", "pain"):
            if required not in columns:
                raise _fail(_row(1), message(N_("no {name} column (is this a diary CSV?)"), name=required))
        return columns

    def cell(self, cells: list[str], name: str) -> str:
        index = self.columns.get(name)
        return cells[index].strip() if index is not None and index < len(cells) else ""

    def _pain(self, text: str, where: Place) -> int:
        if not _WHOLE.match(text):
            raise _fail(where, message(N_("{value} is not a whole number 0-10"), value=repr(text[:20])))
        return parse_pain(int(float(text)), where)

    def _dose(self, text: str, where: Place) -> float:
        if self.decimal_comma:
            text = text.replace(",", ".")
        try:
            dose = float(text)
        except ValueError:
            raise _fail(where, message(N_("{value} is not a number"), value=repr(text[:20]))) from None
        if not math.isfinite(dose) or dose <= 0:
            raise _fail(where, message(N_("the dose must be more than 0")))
        if dose > MAX_DAILY_DOSE:
            raise _fail(where, message(N_("the dose is too large to be a daily dose")))
        return int(dose) if dose.is_integer() else dose

    def regimen(self, cells: list[str], row: int, changed: bool) -> list[dict[str, Any]]:
        medications = []
        for n in self.groups:
            opioid_text, dose_text, unit_text = (self.cell(cells, f"{name}_{n}") for name in _GROUP)
            if not (opioid_text or dose_text or unit_text):
                continue
            if not changed:
                filled = next(f"{name}_{n}" for name, text in zip(_GROUP, (opioid_text, dose_text, unit_text), strict=True) if text)
                raise _fail(_cell(row, filled), message(N_("a dose is filled in but dose_change is not yes")))
            if not opioid_text:
                raise _fail(_cell(row, f"opioid_{n}"), message(N_("missing (which opioid is this dose?)")))
            opioid_id = _OPIOID_NAMES.get(opioid_text.lower())
            if opioid_id is None:
                raise _fail(_cell(row, f"opioid_{n}"),
                            message(N_("unknown opioid {value} (expected one of {expected})"),
                                    value=repr(opioid_text[:30]), expected=", ".join(OPIOIDS_BY_ID)))
            if not dose_text:
                raise _fail(_cell(row, f"daily_dose_{n}"),
                            message(N_("missing (the daily dose of {opioid})"), opioid=opioid_id))
            unit = OPIOIDS_BY_ID[opioid_id].unit
            if unit_text and unit_text.replace(" ", "").lower() != unit.lower():
                raise _fail(_cell(row, f"unit_{n}"), message(N_("{opioid} is counted in {unit}, not {value}"),
                                                             opioid=opioid_id, unit=unit, value=repr(unit_text[:20])))
            medications.append({"opioid": opioid_id, "daily_dose": self._dose(dose_text, _cell(row, f"daily_dose_{n}"))})
        return medications

    @staticmethod
    def signs(text: str, where: Place) -> list[str] | None:
        if not text:
            return None
        if text.lower() == _NONE:
            return []
        found = []
        for part in re.split(r"[;,]", text):
            name = part.strip().lower()
            if not name:
                continue
            if name not in _SIGN_NAMES:
                raise _fail(where, message(N_("{value} is not a withdrawal sign (expected some of {expected}, or none)"),
                                           value=repr(part.strip()[:30]),
                                           expected=", ".join(o.id for o in _SIGN_OPTIONS)))
            found.append(_SIGN_NAMES[name])
        return found

    def _reading(self, cells: list[str], row: int, day: str, readings: dict[str, list[dict[str, Any]]]) -> None:
        for name in ("dose_change", "withdrawal_signs", "note", *self.group_columns):
            if self.cell(cells, name):
                raise _fail(_cell(row, name),
                            message(N_("a reading's row (one with a time) holds only date, time, moment and pain")))
        time = parse_time(self.cell(cells, "time"), _cell(row, "time"))
        moment_text = self.cell(cells, "moment")
        moment = parse_moment(_MOMENT_NAMES.get(moment_text.lower(), moment_text) or None, _cell(row, "moment"))
        pain_text = self.cell(cells, "pain")
        if not pain_text:
            raise _fail(_cell(row, "pain"), READING_PAIN_MISSING)
        found = readings.setdefault(day, [])
        if len(found) >= MAX_READINGS:
            raise _fail(_cell(row, "time"), message(N_("more than {limit} readings on {day}"), limit=MAX_READINGS, day=day))
        found.append({"time": time, "pain": self._pain(pain_text, _cell(row, "pain")), "moment": moment})

    def row(self, cells: list[str], row: int, diary: _Rows) -> None:
        day = parse_date(self.cell(cells, "date"), _cell(row, "date")).isoformat()
        if self.cell(cells, "time"):
            self._reading(cells, row, day, diary.readings)
            return
        if self.cell(cells, "moment"):
            raise _fail(_cell(row, "moment"), message(N_("a moment needs the reading's time")))
        if day in diary.seen:
            raise _fail(_cell(row, "date"), message(N_("{day} is also on row {row}"), day=day, row=diary.seen[day]))
        diary.seen[day] = row
        change_text = self.cell(cells, "dose_change").lower()
        if change_text not in _YES | _NO:
            raise _fail(_cell(row, "dose_change"),
                        message(N_("expected yes or blank, got {value}"), value=repr(change_text[:20])))
        changed = change_text in _YES
        medications = self.regimen(cells, row, changed)
        if changed:
            diary.doses.append({"from": day, "medications": medications})
        pain_text = self.cell(cells, "pain")
        signs = self.signs(self.cell(cells, "withdrawal_signs"), _cell(row, "withdrawal_signs"))
        note_index = self.columns.get("note")
        note = cells[note_index] if note_index is not None and note_index < len(cells) else ""
        entry: dict[str, Any] = {"date": day}
        if pain_text:
            entry["pain"] = self._pain(pain_text, _cell(row, "pain"))
        elif changed and signs is None and not note:
            return  # a row that just records a dose change
        if signs is not None:
            entry["withdrawal_signs"] = signs
        if note:
            entry["note"] = parse_note(_unguard_formula(note), _cell(row, "note"))
        diary.days[day] = (row, entry, changed)

    @property
    def group_columns(self) -> list[str]:
        return [f"{name}_{n}" for n in self.groups for name in _GROUP]


class _Rows:
    """What the rows of one file have given so far."""

    def __init__(self) -> None:
        self.doses: list[dict[str, Any]] = []
        # date -> (its row, the day's fields, whether the row records a dose change)
        self.days: dict[str, tuple[int, dict[str, Any], bool]] = {}
        self.readings: dict[str, list[dict[str, Any]]] = {}
        self.seen: dict[str, int] = {}

    def diary(self) -> dict[str, Any]:
        """The diary object, checking now what needs every row: a day row's pain may be in its readings."""
        days = []
        for day in sorted(set(self.days) | set(self.readings)):
            row, entry, changed = self.days.get(day, (0, {"date": day}, False))
            readings = self.readings.get(day)
            if "pain" not in entry and not readings:
                if changed:
                    raise _fail(_cell(row, "pain"), message(N_("missing; a day with signs or a note needs its pain score")))
                raise _fail(_cell(row, "pain"), DAY_PAIN_MISSING)
            days.append({**entry, "readings": sorted(readings, key=lambda r: r["time"])} if readings else entry)
        return {"version": 2 if self.readings else 1, "doses": self.doses, "days": days}


def _not_csv(error: csv.Error) -> Message:
    """Why the text is not CSV, in a reader's words (the csv module's own are technical)."""
    if "field limit" in str(error):
        return message(N_("not readable as CSV (a cell is far too long)"))
    # Strict reading fails otherwise only on quotes: one never closed, or text after a closing one.
    return message(N_("not readable as CSV (a quotation mark is missing or out of place)"))


def _delimiter(first_line: str) -> str:
    # Spreadsheets in comma-decimal locales save with ";".
    return ";" if ";" in first_line and "," not in first_line else ","


def from_csv(text: object) -> dict[str, Any]:
    """A diary object (validated; version 1 unless it has readings) from CSV text as :func:`to_csv` writes it."""
    if not isinstance(text, str):
        raise _fail("csv", message(N_("expected the file's text, got {type}"), type=type(text).__name__))
    if len(text) > MAX_CSV_CHARS:
        raise _fail("csv", message(N_("the file is too large for a diary ({length:,} characters)"), length=len(text)))
    text = text.lstrip("\ufeff")
    if not text.strip():
        raise _fail("csv", message(N_("the file is empty")))
    delimiter = _delimiter(text.splitlines()[0])
    rows = csv.reader(io.StringIO(text, newline=""), delimiter=delimiter, strict=True)
    found = _Rows()
    row = 0
    try:
        for row, cells in enumerate(rows, start=1):
            if row == 1:
                reader = _Reader(cells, decimal_comma=delimiter == ";")
                continue
            if not any(cell.strip() for cell in cells):
                continue
            if row - 1 > MAX_DAYS * (1 + MAX_READINGS) + MAX_DOSE_STEPS:
                raise _fail(_row(row), message(N_("too many rows for a diary")))
            if len(cells) > len(reader.columns) and any(c.strip() for c in cells[max(reader.columns.values()) + 1:]):
                raise _fail(_row(row), message(N_("a cell beyond the last named column")))
            reader.row(cells, row, found)
    except csv.Error as error:
        raise _fail(_row(row + 1), _not_csv(error)) from None
    return diary_to_dict(parse_diary(found.diary()))
