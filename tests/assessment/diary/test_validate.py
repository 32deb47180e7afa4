"""Invalid diaries raise InvalidDiary naming the place; valid ones are normalised."""

from __future__ import annotations

import json
from datetime import date

import pytest

from assessment.diary import MAX_DAYS, NOTE_MAX_CHARS, InvalidDiary, analyse
from assessment.diary._bridge import analyse_diary_json
from assessment.diary.validate import parse_diary
from tests.support.words import english_words_in

from .conftest import iso, steady


def _with_day(**fields: object) -> dict:
    return {"version": 1, "days": [{"date": "2026-01-01", "pain": 4}, {"date": "2026-01-02", **fields}]}


# A bad diary and how its English message starts.
BAD_DIARIES = [
    ([], "diary: expected a diary object"),
    ("text", "diary: expected a diary object"),
    (None, "diary: expected a diary object"),
    ({"days": []}, "version: missing"),
    ({"version": 3, "days": []}, "version: 3 is not a diary version"),
    ({"version": "1", "days": []}, "version: '1' is not a diary version"),
    ({"version": True, "days": []}, "version: True is not a diary version"),
    ({"version": 1, "dayz": []}, "diary: unknown key 'dayz'"),
    ({"version": 1, "days": {}}, "days: expected a list"),
    ({"version": 1, "doses": "none"}, "doses: expected a list"),
    (_with_day(pain=11), "days[1].pain: 11 is outside 0-10"),
    (_with_day(pain=-1), "days[1].pain: -1 is outside 0-10"),
    (_with_day(pain=4.5), "days[1].pain: 4.5 is not a whole number"),
    (_with_day(pain=float("nan")), "days[1].pain: nan is not a whole number"),
    (_with_day(pain="4"), "days[1].pain: expected a whole number 0-10, got '4'"),
    (_with_day(pain=True), "days[1].pain: expected a whole number"),
    (_with_day(), "days[1].pain: missing"),
    (_with_day(pain=None), "days[1].pain: missing"),
    ({"version": 1, "days": [{"pain": 3}]}, "days[0].date: expected a date as YYYY-MM-DD, got None"),
    ({"version": 1, "days": [{"date": "01/02/2026", "pain": 3}]}, "days[0].date: expected a date as YYYY-MM-DD"),
    ({"version": 1, "days": [{"date": "20260102", "pain": 3}]}, "days[0].date: expected a date as YYYY-MM-DD"),
    ({"version": 1, "days": [{"date": "2026-02-30", "pain": 3}]}, "days[0].date: 2026-02-30 is not a real date"),
    ({"version": 1, "days": [{"date": "2026-01-02T00:00", "pain": 3}]}, "days[0].date: expected a date"),
    ({"version": 1, "days": [{"date": "2026-01-01", "pain": 3}, {"date": "2026-01-01", "pain": 4}]},
     "days[1].date: 2026-01-01 has two entries"),
    ({"version": 1, "days": ["2026-01-01"]}, "days[0]: expected a {\"date\", \"pain\"} object, got str"),
    (_with_day(pain=3, mood=2), "days[1]: unknown key 'mood'"),
    (_with_day(pain=3, withdrawal_signs=["shivering"]), "days[1].withdrawal_signs: 'shivering' is not an option"),
    (_with_day(pain=3, withdrawal_signs="sweating"), "days[1].withdrawal_signs: expected a list"),
    (_with_day(pain=3, note=5), "days[1].note: expected text"),
    (_with_day(pain=3, note="x" * (NOTE_MAX_CHARS + 1)), f"days[1].note: the note is {NOTE_MAX_CHARS + 1} characters"),
    ({"version": 1, "doses": [{"from": "2026-01-01", "medications": [{"opioid": "unobtanium", "daily_dose": 5}]}]},
     "doses[0].medications[0]: unknown opioid 'unobtanium'"),
    ({"version": 1, "doses": [{"from": "2026-01-01", "medications": [{"opioid": "morphine", "daily_dose": 0}]}]},
     "doses[0].medications[0] morphine: the dose must be more than 0"),
    ({"version": 1, "doses": [{"from": "2026-01-01", "medications": [{"opioid": "morphine", "daily_dose": -5}]}]},
     "doses[0].medications[0] morphine: the dose must be more than 0"),
    ({"version": 1, "doses": [{"from": "2026-01-01", "medications": [{"opioid": "morphine", "daily_dose": "30"}]}]},
     "doses[0].medications[0] morphine: the dose must be a number"),
    ({"version": 1, "doses": [{"from": "2026-01-01", "medications": [{"opioid": "morphine"}]}]},
     "doses[0].medications[0]: missing daily_dose"),
    ({"version": 1, "doses": [{"from": "2026-01-01"}]}, "doses[0].medications: missing"),
    ({"version": 1, "doses": [{"from": "2026-01-01", "medications": "morphine"}]}, "doses[0].medications: expected a list"),
    ({"version": 1, "doses": [{"medications": []}]}, "doses[0].from: expected a date"),
    ({"version": 1, "doses": [{"from": "2026-01-01", "medications": []}, {"from": "2026-01-01", "medications": []}]},
     "doses[1].from: 2026-01-01 has two dose entries"),
    ({"version": 1, "doses": [{"from": "2026-01-01", "medications": [], "until": "2026-02-01"}]},
     "doses[0]: unknown key 'until'"),
]


@pytest.mark.parametrize(("diary", "message"), BAD_DIARIES)
def test_invalid_diaries_name_the_place(diary: object, message: str) -> None:
    with pytest.raises(InvalidDiary) as error:
        analyse(diary)
    assert str(error.value).startswith(message), str(error.value)
    assert "\n" not in str(error.value) and len(str(error.value)) < 400


@pytest.mark.parametrize(("diary", "message"), BAD_DIARIES)
def test_a_spanish_page_hears_a_bad_diary_in_spanish_at_the_same_place(diary: object, message: str) -> None:
    english, spanish = (json.loads(analyse_diary_json(json.dumps(diary), language)) for language in ("en", "es"))
    assert spanish["error"] == english["error"] == english["problem"] and spanish["place"] == english["place"]
    place, _, what = spanish["problem"].partition(": ")
    assert place == english["error"].partition(": ")[0]
    assert what and what != english["error"].partition(": ")[2], spanish["problem"]
    assert not english_words_in(what), spanish["problem"]


def test_invalid_diary_is_a_value_error() -> None:
    assert issubclass(InvalidDiary, ValueError)


def test_more_than_the_day_limit_is_refused() -> None:
    too_many = {"version": 1, "days": [{"date": iso(i), "pain": 1} for i in range(MAX_DAYS + 1)]}
    with pytest.raises(InvalidDiary, match=r"^days: 3661 entries; at most 3,660"):
        analyse(too_many)


def test_a_span_longer_than_the_limit_is_refused() -> None:
    wide = {"version": 1, "days": [{"date": "2010-01-01", "pain": 1}, {"date": "2026-01-01", "pain": 1}]}
    with pytest.raises(InvalidDiary, match=r"^days: from 2010-01-01 to 2026-01-01 is more than 3,660 days"):
        analyse(wide)


def test_exactly_the_limit_is_accepted() -> None:
    full = {"version": 1, "days": [{"date": iso(i), "pain": i % 11} for i in range(MAX_DAYS)]}
    assert analyse(full).days == MAX_DAYS


def test_normal_form() -> None:
    raw = {
        "version": 1,
        "doses": [{"from": "2026-02-01", "medications": []},
                  {"from": "2026-01-01", "medications": [{"opioid": "tramadol", "daily_dose": 100}]}],
        "days": [{"date": "2026-01-02", "pain": 6.0, "withdrawal_signs": ["yawning", "sweating", "yawning"]},
                 {"date": "2026-01-01", "pain": 3, "note": None, "withdrawal_signs": None}],
    }
    clean = parse_diary(raw)
    assert [step.start for step in clean.doses] == [date(2026, 1, 1), date(2026, 2, 1)]
    assert clean.doses[1].medications == ()
    assert [(d.day.day, d.pain) for d in clean.days] == [(1, 3), (2, 6)]
    assert isinstance(clean.days[1].pain, int)
    assert clean.days[1].withdrawal_signs == ("sweating", "yawning")
    assert clean.days[0].withdrawal_signs is None and clean.days[0].note is None


def test_doses_and_days_may_be_left_out() -> None:
    assert analyse({"version": 1}).to_dict()["days"] == 0
    assert analyse(steady()).days == 30
