"""The per-day series and the missing-day count the page draws its table from."""

from __future__ import annotations

from assessment.diary import analyse

from .conftest import iso


def test_one_item_per_calendar_day_with_missing_days_as_null() -> None:
    d = {
        "version": 1,
        "doses": [{"from": iso(2), "medications": [{"opioid": "hydromorphone", "daily_dose": 8}]},
                  {"from": iso(4), "medications": []}],
        "days": [{"date": iso(0), "pain": 3}, {"date": iso(3), "pain": 6}, {"date": iso(5), "pain": 2}],
    }
    report = analyse(d).to_dict()
    assert report["series"] == [
        {"date": iso(0), "pain": 3, "mme": None},
        {"date": iso(1), "pain": None, "mme": None},
        {"date": iso(2), "pain": None, "mme": 40},
        {"date": iso(3), "pain": 6, "mme": 40},
        {"date": iso(4), "pain": None, "mme": 0},
        {"date": iso(5), "pain": 2, "mme": 0},
    ]
    assert report["missing_days"] == 3
    assert report["days"] == 3 and report["span"] == [iso(0), iso(5)]


def test_an_empty_diary() -> None:
    report = analyse({"version": 1, "doses": [{"from": iso(0), "medications": []}]}).to_dict()
    assert (report["series"], report["missing_days"], report["days"], report["span"]) == ([], 0, 0, None)
