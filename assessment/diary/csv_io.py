"""The diary as a CSV file for spreadsheets and clinicians, and back.

One row per date that has a pain score or a dose change, in date order:

``date, pain, dose_change, mme, opioid_1, daily_dose_1, unit_1, ...,
withdrawal_signs, note``

- ``pain``: 0-10; blank only on a row that just records a dose change.
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
the separator with decimal commas, opioid and sign names in words, blank
trailing rows) and strict elsewhere: a bad cell is an :class:`InvalidDiary`
naming the row (as a spreadsheet numbers it, header = row 1) and the column.
"""

from __future__ import annotations

import csv
import io
import math
import re
from typing import Any, Optional

from ..opioids import OPIOIDS, OPIOIDS_BY_ID
from ..questions import QUESTIONS_BY_ID
from ..validation import MAX_DAILY_DOSE
from .errors import InvalidDiary
from .model import diary_to_dict
from .timeline import DoseTimeline
from .validate import MAX_DAYS, MAX_DOSE_STEPS, parse_date, parse_diary, parse_note, parse_pain

__all__ = ["CSV_COLUMNS", "MAX_CSV_CHARS", "to_csv", "from_csv"]

# Fixed columns, in order; the opioid groups sit between ``mme`` and ``withdrawal_signs``.
CSV_COLUMNS = ("date", "pain", "dose_change", "mme", "withdrawal_signs", "note")
_GROUP = ("opioid", "daily_dose", "unit")
# Ten years of long notes fit; a file far bigger is not a diary.
MAX_CSV_CHARS = 8_000_000
_FORMULA_START = ("=", "+", "-", "@", "\t", "\r")
_YES = {"yes", "y", "true", "1", "x"}
_NO = {"", "no", "n", "false", "0"}
_NONE = "none"
_GROUP_COLUMN = re.compile(r"\A(opioid|daily_dose|unit)_([1-9]\d?)\Z")
_WHOLE = re.compile(r"\A[+-]?\d+(?:\.0*)?\Z")

_SIGN_OPTIONS = QUESTIONS_BY_ID["withdrawal_signs"].options
_SIGN_NAMES = {name.lower(): option.id for option in _SIGN_OPTIONS for name in (option.id, option.label)}
_OPIOID_NAMES = {name.lower(): opioid.id for opioid in OPIOIDS for name in (opioid.id, opioid.label)}


def _number_text(value: float) -> str:
    return str(int(value)) if float(value).is_integer() else repr(float(value))


def _guard_formula(text: str) -> str:
    # A note that already starts with ' gets one too, so the import can always take one off.
    return "'" + text if text.startswith(_FORMULA_START + ("'",)) else text


def _unguard_formula(text: str) -> str:
    return text[1:] if text.startswith("'") else text


def to_csv(diary: object) -> str:
    """The diary (validated first) as CSV text, with a byte-order mark for spreadsheets."""
    clean = parse_diary(diary)
    groups = max([len(step.medications) for step in clean.doses] + [1])
    group_columns = [f"{name}_{n}" for n in range(1, groups + 1) for name in _GROUP]
    header = list(CSV_COLUMNS[:4]) + group_columns + list(CSV_COLUMNS[4:])
    steps = {step.start: step for step in clean.doses}
    days = {entry.day: entry for entry in clean.days}
    timeline = DoseTimeline(clean)
    out = io.StringIO()
    writer = csv.writer(out, lineterminator="\r\n")
    writer.writerow(header)
    for day in sorted(set(steps) | set(days)):
        entry, step = days.get(day), steps.get(day)
        mme = timeline.mme_on(day)
        cells = [day.isoformat(), "" if entry is None else str(entry.pain), "yes" if step else "",
                 "" if mme is None else _number_text(mme)]
        rows = list(step.medications) if step else []
        for n in range(groups):
            if n < len(rows):
                opioid = OPIOIDS_BY_ID[rows[n].opioid]
                cells += [opioid.id, _number_text(rows[n].daily_dose), opioid.unit]
            else:
                cells += ["", "", ""]
        signs = None if entry is None else entry.withdrawal_signs
        cells.append("" if signs is None else ("; ".join(signs) if signs else _NONE))
        cells.append("" if entry is None or entry.note is None else _guard_formula(entry.note))
        writer.writerow(cells)
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
            if name not in CSV_COLUMNS and not _GROUP_COLUMN.match(name):
                raise InvalidDiary(
                    f"row 1, column {index + 1}: unknown column {raw.strip()!r} "
                    f"(expected {', '.join(CSV_COLUMNS[:4])}, opioid_1, daily_dose_1, unit_1, ..., "
                    f"{', '.join(CSV_COLUMNS[4:])})"
                )
            if name in columns:
                raise InvalidDiary(f"row 1, column {index + 1}: the column {name} appears twice")
            columns[name] = index
        for required in ("date", "pain"):
            if required not in columns:
                raise InvalidDiary(f"row 1: no {required} column (is this a diary CSV?)")
        return columns

    def cell(self, cells: list[str], name: str) -> str:
        index = self.columns.get(name)
        return cells[index].strip() if index is not None and index < len(cells) else ""

    def _pain(self, text: str, where: str) -> int:
        if not _WHOLE.match(text):
            raise InvalidDiary(f"{where}: {text[:20]!r} is not a whole number 0-10")
        return parse_pain(int(float(text)), where)

    def _dose(self, text: str, where: str) -> float:
        if self.decimal_comma:
            text = text.replace(",", ".")
        try:
            dose = float(text)
        except ValueError:
            raise InvalidDiary(f"{where}: {text[:20]!r} is not a number") from None
        if not math.isfinite(dose) or dose <= 0:
            raise InvalidDiary(f"{where}: the dose must be more than 0")
        if dose > MAX_DAILY_DOSE:
            raise InvalidDiary(f"{where}: the dose is too large to be a daily dose")
        return int(dose) if dose.is_integer() else dose

    def regimen(self, cells: list[str], row: int, changed: bool) -> list[dict[str, Any]]:
        medications = []
        for n in self.groups:
            opioid_text, dose_text, unit_text = (self.cell(cells, f"{name}_{n}") for name in _GROUP)
            if not (opioid_text or dose_text or unit_text):
                continue
            if not changed:
                filled = next(f"{name}_{n}" for name, text in zip(_GROUP, (opioid_text, dose_text, unit_text)) if text)
                raise InvalidDiary(f"row {row}, {filled}: a dose is filled in but dose_change is not yes")
            if not opioid_text:
                raise InvalidDiary(f"row {row}, opioid_{n}: missing (which opioid is this dose?)")
            opioid_id = _OPIOID_NAMES.get(opioid_text.lower())
            if opioid_id is None:
                raise InvalidDiary(f"row {row}, opioid_{n}: unknown opioid {opioid_text[:30]!r} "
                                   f"(expected one of {', '.join(OPIOIDS_BY_ID)})")
            if not dose_text:
                raise InvalidDiary(f"row {row}, daily_dose_{n}: missing (the daily dose of {opioid_id})")
            unit = OPIOIDS_BY_ID[opioid_id].unit
            if unit_text and unit_text.replace(" ", "").lower() != unit.lower():
                raise InvalidDiary(f"row {row}, unit_{n}: {opioid_id} is counted in {unit}, not {unit_text[:20]!r}")
            medications.append({"opioid": opioid_id, "daily_dose": self._dose(dose_text, f"row {row}, daily_dose_{n}")})
        return medications

    @staticmethod
    def signs(text: str, where: str) -> Optional[list[str]]:
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
                raise InvalidDiary(f"{where}: {part.strip()[:30]!r} is not a withdrawal sign "
                                   f"(expected some of {', '.join(o.id for o in _SIGN_OPTIONS)}, or none)")
            found.append(_SIGN_NAMES[name])
        return found

    def row(self, cells: list[str], row: int, diary: dict[str, list], seen: dict[str, int]) -> None:
        day = parse_date(self.cell(cells, "date"), f"row {row}, date").isoformat()
        if day in seen:
            raise InvalidDiary(f"row {row}, date: {day} is also on row {seen[day]}")
        seen[day] = row
        change_text = self.cell(cells, "dose_change").lower()
        if change_text not in _YES | _NO:
            raise InvalidDiary(f"row {row}, dose_change: expected yes or blank, got {change_text[:20]!r}")
        changed = change_text in _YES
        medications = self.regimen(cells, row, changed)
        if changed:
            diary["doses"].append({"from": day, "medications": medications})
        pain_text = self.cell(cells, "pain")
        signs = self.signs(self.cell(cells, "withdrawal_signs"), f"row {row}, withdrawal_signs")
        note_index = self.columns.get("note")
        note = cells[note_index] if note_index is not None and note_index < len(cells) else ""
        if not pain_text:
            if not changed:
                raise InvalidDiary(f"row {row}, pain: missing (the day's pain, 0-10)")
            if signs is not None or note:
                raise InvalidDiary(f"row {row}, pain: missing; a day with signs or a note needs its pain score")
            return
        entry: dict[str, Any] = {"date": day, "pain": self._pain(pain_text, f"row {row}, pain")}
        if signs is not None:
            entry["withdrawal_signs"] = signs
        if note:
            entry["note"] = parse_note(_unguard_formula(note), f"row {row}, note")
        diary["days"].append(entry)


def _delimiter(first_line: str) -> str:
    # Spreadsheets in comma-decimal locales save with ";".
    return ";" if ";" in first_line and "," not in first_line else ","


def from_csv(text: object) -> dict[str, Any]:
    """A diary object (version 1, validated) from CSV text as :func:`to_csv` writes it."""
    if not isinstance(text, str):
        raise InvalidDiary(f"csv: expected the file's text, got {type(text).__name__}")
    if len(text) > MAX_CSV_CHARS:
        raise InvalidDiary(f"csv: the file is too large for a diary ({len(text):,} characters)")
    text = text.lstrip("\ufeff")
    if not text.strip():
        raise InvalidDiary("csv: the file is empty")
    delimiter = _delimiter(text.splitlines()[0])
    rows = csv.reader(io.StringIO(text, newline=""), delimiter=delimiter, strict=True)
    diary: dict[str, Any] = {"version": 1, "doses": [], "days": []}
    seen: dict[str, int] = {}
    row = 0
    try:
        for row, cells in enumerate(rows, start=1):
            if row == 1:
                reader = _Reader(cells, decimal_comma=delimiter == ";")
                continue
            if not any(cell.strip() for cell in cells):
                continue
            if row - 1 > MAX_DAYS + MAX_DOSE_STEPS:
                raise InvalidDiary(f"row {row}: too many rows for a diary")
            if len(cells) > len(reader.columns) and any(c.strip() for c in cells[max(reader.columns.values()) + 1:]):
                raise InvalidDiary(f"row {row}: a cell beyond the last named column")
            reader.row(cells, row, diary, seen)
    except csv.Error as error:
        raise InvalidDiary(f"row {row + 1}: not readable as CSV ({error})") from None
    return diary_to_dict(parse_diary(diary))
