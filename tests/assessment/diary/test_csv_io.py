"""The diary as CSV: a layout a spreadsheet reads, a lossless round trip, clear errors."""

from __future__ import annotations

import csv
import io
import json

import pytest

from assessment.diary import InvalidDiary, analyse, from_csv, to_csv
from assessment.diary._bridge import diary_from_csv_json
from tests.support.words import english_words_in

DIARY = {
    "version": 1,
    "doses": [
        {"from": "2026-01-01", "medications": [{"opioid": "oxycodone", "daily_dose": 40},
                                               {"opioid": "fentanyl_patch", "daily_dose": 12.5}]},
        {"from": "2026-01-03", "medications": [{"opioid": "oxycodone", "daily_dose": 30}]},
        {"from": "2026-01-05", "medications": []},
    ],
    "days": [
        {"date": "2026-01-01", "pain": 6, "note": "walked, then rested"},
        {"date": "2026-01-02", "pain": 7, "withdrawal_signs": []},
        {"date": "2026-01-04", "pain": 8, "withdrawal_signs": ["sweating", "anxiety"], "note": "=SUM(A1)"},
        {"date": "2026-01-06", "pain": 5, "note": "line one\nline two"},
    ],
}


def _rows(text: str) -> list[list[str]]:
    return list(csv.reader(io.StringIO(text.lstrip("\ufeff"))))


def test_the_layout() -> None:
    rows = _rows(to_csv(DIARY))
    assert rows[0] == ["date", "pain", "dose_change", "mme", "opioid_1", "daily_dose_1", "unit_1",
                       "opioid_2", "daily_dose_2", "unit_2", "withdrawal_signs", "note"]
    assert rows[1] == ["2026-01-01", "6", "yes", "90", "oxycodone", "40", "mg/day", "fentanyl_patch", "12.5",
                       "mcg/hr", "", "walked, then rested"]
    assert rows[2] == ["2026-01-02", "7", "", "90", "", "", "", "", "", "", "none", ""]
    # A dose change on a day with no pain score still has its row.
    assert rows[3][:7] == ["2026-01-03", "", "yes", "45", "oxycodone", "30", "mg/day"]
    assert rows[4][-2:] == ["sweating; anxiety", "'=SUM(A1)"]
    assert rows[5][:7] == ["2026-01-05", "", "yes", "0", "", "", ""]
    assert rows[6][0] == "2026-01-06" and rows[6][-1] == "line one\nline two"
    assert len(rows) == 7


def test_export_starts_with_a_byte_order_mark_and_uses_crlf() -> None:
    text = to_csv(DIARY)
    assert text.startswith("\ufeffdate,") and "\r\n" in text


def test_round_trip() -> None:
    again = from_csv(to_csv(DIARY))
    assert again == {**DIARY, "days": DIARY["days"]}
    assert analyse(again).to_dict() == analyse(DIARY).to_dict()


def test_spreadsheet_variants_are_read() -> None:
    text = (
        "Date;Pain;Dose change;Opioid 1;Daily dose 1;Unit 1;Withdrawal signs;Note\n"
        "2026-01-01;4;yes;Oxycodone;37,5;mg / day;Sweating, Yawning a lot;ok\n"
        "2026-01-02;5.0;;;;;None;\n"
        ";;;;;;;\n"
    )
    diary = from_csv(text)
    assert diary["doses"] == [{"from": "2026-01-01", "medications": [{"opioid": "oxycodone", "daily_dose": 37.5}]}]
    assert diary["days"] == [
        {"date": "2026-01-01", "pain": 4, "withdrawal_signs": ["sweating", "yawning"], "note": "ok"},
        {"date": "2026-01-02", "pain": 5, "withdrawal_signs": []},
    ]


def test_only_date_and_pain_are_needed() -> None:
    assert from_csv("date,pain\r\n2026-01-01,4\r\n")["days"] == [{"date": "2026-01-01", "pain": 4}]


HEADER = "date,pain,dose_change,mme,opioid_1,daily_dose_1,unit_1,withdrawal_signs,note\n"


# A bad file and how its English message starts.
BAD_CSV = [
    ("", "csv: the file is empty"),
    ("\ufeff \n", "csv: the file is empty"),
    ("name,age\nx,1\n", "row 1, column 1: unknown column 'name'"),
    ("date,note\n2026-01-01,x\n", "row 1: no pain column"),
    ("date,pain,pain\n", "row 1, column 3: the column pain appears twice"),
    (HEADER + "2026-01-01,11,,,,,,,\n", "row 2, pain: 11 is outside 0-10"),
    (HEADER + "2026-01-01,4,,,,,,,\n2026-01-02,six,,,,,,,\n", "row 3, pain: 'six' is not a whole number 0-10"),
    (HEADER + "2026-01-01,4.5,,,,,,,\n", "row 2, pain: '4.5' is not a whole number"),
    (HEADER + "2026-01-01,,,,,,,,\n", "row 2, pain: missing"),
    (HEADER + "1/2/2026,4,,,,,,,\n", "row 2, date: expected a date as YYYY-MM-DD"),
    (HEADER + "2026-01-01,4,,,,,,,\n2026-01-01,5,,,,,,,\n", "row 3, date: 2026-01-01 is also on row 2"),
    (HEADER + "2026-01-01,4,maybe,,,,,,\n", "row 2, dose_change: expected yes or blank"),
    (HEADER + "2026-01-01,4,yes,,unobtanium,5,,,\n", "row 2, opioid_1: unknown opioid 'unobtanium'"),
    (HEADER + "2026-01-01,4,yes,,morphine,0,,,\n", "row 2, daily_dose_1: the dose must be more than 0"),
    (HEADER + "2026-01-01,4,yes,,morphine,-5,,,\n", "row 2, daily_dose_1: the dose must be more than 0"),
    (HEADER + "2026-01-01,4,yes,,morphine,lots,,,\n", "row 2, daily_dose_1: 'lots' is not a number"),
    (HEADER + "2026-01-01,4,yes,,morphine,,,,\n", "row 2, daily_dose_1: missing"),
    (HEADER + "2026-01-01,4,yes,,,30,,,\n", "row 2, opioid_1: missing"),
    (HEADER + "2026-01-01,4,yes,,fentanyl_patch,25,mg/day,,\n", "row 2, unit_1: fentanyl_patch is counted in mcg/hr"),
    (HEADER + "2026-01-01,4,,,morphine,30,,,\n", "row 2, opioid_1: a dose is filled in but dose_change is not yes"),
    (HEADER + "2026-01-01,4,,,,,,shivering,\n", "row 2, withdrawal_signs: 'shivering' is not a withdrawal sign"),
    (HEADER + "2026-01-01,,yes,,morphine,30,,,a note\n", "row 2, pain: missing; a day with signs or a note"),
    (HEADER + "2026-01-01,4,,,,,,,x," + "y\n", "row 2: a cell beyond the last named column"),
    (HEADER + '2026-01-01,4,,,,,,,"unclosed\n', "row 2: not readable as CSV (a quotation mark is missing"),
    (HEADER + '2026-01-01,4,,,,,,,"closed" then more\n', "row 2: not readable as CSV (a quotation mark is missing"),
    (HEADER + "2026-01-01,4,,,,,,," + "x" * 200_000 + "\n", "row 2: not readable as CSV (a cell is far too long)"),
    (HEADER + "2026-01-01,4,,,,,,," + "x" * 1001 + "\n", "row 2, note: the note is 1001 characters"),
    ("date,pain\n" + "".join(f"20{10 + i // 365:02d}-01-01,1\n" for i in range(0, 365 * 12, 365)),
     "days: from 2010-01-01 to 2021-01-01 is more than 3,660 days"),
]


@pytest.mark.parametrize(("text", "message"), BAD_CSV)
def test_bad_csv_names_row_and_column(text: str, message: str) -> None:
    with pytest.raises(InvalidDiary) as error:
        from_csv(text)
    assert str(error.value).startswith(message), str(error.value)


@pytest.mark.parametrize(("text", "message"), BAD_CSV)
def test_a_spanish_page_hears_a_bad_csv_in_spanish_at_the_same_place(text: str, message: str) -> None:
    english, spanish = (json.loads(diary_from_csv_json(json.dumps({"text": text}), language))
                        for language in ("en", "es"))
    # The message stays English, for a developer; the problem is the reader's.
    assert spanish["error"] == english["error"] == english["problem"]
    assert spanish["place"] == english["place"]
    problem = spanish["problem"]
    place, _, what = problem.partition(": ")
    assert place == english["place"].replace("row", "fila").replace("column", "columna"), problem
    assert not english_words_in(what), problem


def test_not_text_is_refused() -> None:
    with pytest.raises(InvalidDiary, match="^csv: expected the file's text"):
        from_csv(b"date,pain")  # type: ignore[arg-type]


def test_a_huge_file_is_refused_before_parsing() -> None:
    with pytest.raises(InvalidDiary, match="^csv: the file is too large"):
        from_csv("date,pain\n" + "x" * 9_000_000)


def test_to_csv_validates_first() -> None:
    with pytest.raises(InvalidDiary, match=r"^days\[0\]\.pain: 12 is outside"):
        to_csv({"version": 1, "days": [{"date": "2026-01-01", "pain": 12}]})
