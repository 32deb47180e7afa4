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
    no_readings = {"before_dose": None, "after_dose": None}
    assert report["series"] == [
        {"date": iso(0), "pain": 3, "mme": None, **no_readings},
        {"date": iso(1), "pain": None, "mme": None, **no_readings},
        {"date": iso(2), "pain": None, "mme": 40, **no_readings},
        {"date": iso(3), "pain": 6, "mme": 40, **no_readings},
        {"date": iso(4), "pain": None, "mme": 0, **no_readings},
        {"date": iso(5), "pain": 2, "mme": 0, **no_readings},
    ]
    assert report["missing_days"] == 3
    assert report["days"] == 3 and report["span"] == [iso(0), iso(5)]


def test_an_empty_diary() -> None:
    report = analyse({"version": 1, "doses": [{"from": iso(0), "medications": []}]}).to_dict()
    assert (report["series"], report["missing_days"], report["days"], report["span"]) == ([], 0, 0, None)


def test_a_day_of_readings_only_has_their_mean_and_the_means_by_moment() -> None:
    d = {
        "version": 2,
        "days": [{"date": iso(0), "pain": 4},
                 {"date": iso(1), "readings": [{"time": "07:30", "pain": 8, "moment": "before_dose"},
                                               {"time": "09:00", "pain": 5, "moment": "after_dose"},
                                               {"time": "21:00", "pain": 6, "moment": "before_dose"}]}],
    }
    series = analyse(d).to_dict()["series"]
    assert series[0] == {"date": iso(0), "pain": 4, "mme": None, "before_dose": None, "after_dose": None}
    assert series[1] == {"date": iso(1), "pain": 6.3, "mme": None, "before_dose": 7, "after_dose": 5}
