"""Diary file version 2: timed readings, their errors by place, and version 1 files unchanged."""

from __future__ import annotations

import copy
import json
import re
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from assessment.diary import MAX_READINGS, InvalidDiary, analyse, from_csv, to_csv
from assessment.diary.model import diary_to_dict
from assessment.diary.validate import parse_diary

from .strategies import diaries, v2_diaries

_FAST = settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
# A place: "diary", "version", "days", "days[4].readings[1].time", "row 5, pain", "csv", "language".
_PLACE = re.compile(r"\A(diary|version|language|csv|call|(days|doses)(\[\d+\](\.[a-z_]+(\[\d+\])?)*)?"
                    r"(\.[a-z_]+)*|row \d+(, (column \d+|[a-z_0-9]+))?)\Z")


def _day(**fields: Any) -> dict[str, Any]:
    return {"version": 2, "days": [{"date": "2026-03-01", "pain": 4}, {"date": "2026-03-02", **fields}]}


def _reading(**fields: Any) -> dict[str, Any]:
    reading = {"time": "07:30", "pain": 8, "moment": "before_dose", **fields}
    return _day(pain=6, readings=[{"time": "06:00", "pain": 7, "moment": "other"},
                                  {key: value for key, value in reading.items() if value is not None}])


@pytest.mark.parametrize(("diary", "place", "message"), [
    (_reading(time="25:00"), "days[1].readings[1].time", 'days[1].readings[1].time: "25:00" is not a time'),
    (_reading(time="7:30"), "days[1].readings[1].time", 'days[1].readings[1].time: "7:30" is not a time'),
    (_reading(time="12:60"), "days[1].readings[1].time", 'days[1].readings[1].time: "12:60" is not a time'),
    (_reading(time="07:30:00"), "days[1].readings[1].time", "days[1].readings[1].time: \"07:30:00\" is not a time"),
    (_reading(time=730), "days[1].readings[1].time", "days[1].readings[1].time: expected a time as HH:MM"),
    (_reading(pain=11), "days[1].readings[1].pain", "days[1].readings[1].pain: 11 is outside 0-10"),
    (_reading(pain=2.5), "days[1].readings[1].pain", "days[1].readings[1].pain: 2.5 is not a whole number"),
    (_reading(moment="after"), "days[1].readings[1].moment", "days[1].readings[1].moment: 'after' is not a moment"),
    (_day(pain=3, readings=[{"time": "08:00", "pain": 3}]), "days[1].readings[0].moment",
     "days[1].readings[0].moment: missing (before_dose, after_dose or other)"),
    (_day(pain=3, readings=[{"time": "08:00", "moment": "other"}]), "days[1].readings[0].pain",
     "days[1].readings[0].pain: missing (the reading's pain, 0-10)"),
    (_day(pain=3, readings=[{"pain": 3, "moment": "other"}]), "days[1].readings[0].time",
     "days[1].readings[0].time: expected a time as HH:MM (24-hour), got None"),
    (_day(pain=3, readings=[{"time": "08:00", "pain": 3, "moment": "other", "mood": 1}]), "days[1].readings[0]",
     "days[1].readings[0]: unknown key 'mood'"),
    (_day(pain=3, readings=["08:00 5"]), "days[1].readings[0]", "days[1].readings[0]: expected a {\"time\""),
    (_day(pain=3, readings="08:00"), "days[1].readings", "days[1].readings: expected a list"),
    (_day(pain=3, readings=[{"time": f"{h:02d}:00", "pain": 1, "moment": "other"} for h in range(24)] * 2),
     "days[1].readings", f"days[1].readings: 48 readings; at most {MAX_READINGS}"),
    (_day(), "days[1].pain", "days[1].pain: missing (the day's pain 0-10, or at least one reading)"),
    (_day(readings=[]), "days[1].pain", "days[1].pain: missing (the day's pain 0-10, or at least one reading)"),
    ({**_day(pain=3, readings=[{"time": "08:00", "pain": 3, "moment": "other"}]), "version": 1},
     "days[1].readings", "days[1].readings: timed readings need a version 2 diary file"),
    ({"version": 1, "days": [{"date": "2026-03-02"}]}, "days[0].pain", "days[0].pain: missing (the day's pain, 0-10)"),
])
def test_a_bad_reading_names_its_place(diary: object, place: str, message: str) -> None:
    with pytest.raises(InvalidDiary) as error:
        analyse(diary)
    assert error.value.place == place
    assert str(error.value).startswith(message), str(error.value)


def test_the_contract_s_example_day() -> None:
    day = {"date": "2026-03-02", "pain": 6,
           "readings": [{"time": "07:30", "pain": 8, "moment": "before_dose"},
                        {"time": "09:00", "pain": 5, "moment": "after_dose"}]}
    report = analyse({"version": 2, "days": [day]}).to_dict()
    assert report["series"][0] == {"date": "2026-03-02", "pain": 6, "mme": None, "before_dose": 8, "after_dose": 5}


def test_a_day_of_readings_alone_is_scored_by_their_mean() -> None:
    clean = parse_diary(_day(readings=[{"time": "21:00", "pain": 5, "moment": "after_dose"},
                                       {"time": "07:00", "pain": 8, "moment": "before_dose"}]))
    entry = clean.days[1]
    assert entry.pain is None and entry.score == 6.5
    assert [reading.time for reading in entry.readings] == ["07:00", "21:00"]  # in time order
    assert analyse(_day(readings=[{"time": "07:00", "pain": 8, "moment": "before_dose"}])).days == 2


def test_the_normal_form_keeps_readings_and_a_day_without_pain() -> None:
    raw = _day(readings=[{"time": "09:00", "pain": 5, "moment": "after_dose"},
                         {"time": "07:30", "pain": 8, "moment": "before_dose"}])
    again = diary_to_dict(parse_diary(raw))
    assert again["version"] == 2
    assert again["days"][1] == {"date": "2026-03-02", "readings": [
        {"time": "07:30", "pain": 8, "moment": "before_dose"}, {"time": "09:00", "pain": 5, "moment": "after_dose"}]}


def test_a_version_2_file_without_readings_analyses_as_version_1() -> None:
    v1 = {"version": 1, "days": [{"date": f"2026-01-{d:02d}", "pain": d % 11} for d in range(1, 29)]}
    assert analyse({**v1, "version": 2}).to_dict() == analyse(v1).to_dict()


# ---- The CSV carries the readings ------------------------------------------------------

V2 = {
    "version": 2,
    "doses": [{"from": "2026-03-01", "medications": [{"opioid": "morphine", "daily_dose": 60}]}],
    "days": [
        {"date": "2026-03-01", "pain": 5, "readings": [{"time": "07:30", "pain": 8, "moment": "before_dose"},
                                                      {"time": "09:00", "pain": 4, "moment": "after_dose"}]},
        {"date": "2026-03-02", "readings": [{"time": "20:00", "pain": 6, "moment": "other"}]},
        {"date": "2026-03-03", "withdrawal_signs": ["yawning"], "note": "=x",
         "readings": [{"time": "08:00", "pain": 7, "moment": "before_dose"}]},
        {"date": "2026-03-04", "pain": 3},
    ],
}


def test_the_csv_layout_with_readings() -> None:
    rows = [line.split(",") for line in to_csv(V2).lstrip("\ufeff").splitlines()]
    assert rows[0] == ["date", "time", "moment", "pain", "dose_change", "mme", "opioid_1", "daily_dose_1", "unit_1",
                       "withdrawal_signs", "note"]
    assert rows[1] == ["2026-03-01", "", "", "5", "yes", "60", "morphine", "60", "mg/day", "", ""]
    assert rows[2] == ["2026-03-01", "07:30", "before_dose", "8", "", "", "", "", "", "", ""]
    assert rows[3] == ["2026-03-01", "09:00", "after_dose", "4", "", "", "", "", "", "", ""]
    # A day with readings only has no row of its own.
    assert rows[4] == ["2026-03-02", "20:00", "other", "6", "", "", "", "", "", "", ""]
    assert rows[5] == ["2026-03-03", "", "", "", "", "60", "", "", "", "yawning", "'=x"]
    assert rows[6][:4] == ["2026-03-03", "08:00", "before_dose", "7"]
    assert rows[7][:4] == ["2026-03-04", "", "", "3"]


def test_the_csv_round_trip_with_readings() -> None:
    again = from_csv(to_csv(V2))
    assert again == diary_to_dict(parse_diary(V2))
    assert analyse(again).to_dict() == analyse(V2).to_dict()


def test_a_version_1_csv_is_unchanged() -> None:
    v1 = {"version": 1, "days": [{"date": "2026-01-01", "pain": 4}]}
    assert to_csv(v1).lstrip("\ufeff").splitlines()[0] == "date,pain,dose_change,mme,opioid_1,daily_dose_1,unit_1," \
                                                          "withdrawal_signs,note"
    assert from_csv(to_csv(v1)) == {"version": 1, "doses": [], "days": [{"date": "2026-01-01", "pain": 4}]}


def test_readings_in_words_and_any_row_order() -> None:
    text = ("Date,Time,Moment,Pain\n"
            "2026-03-01,21:00,After dose,3\n"
            "2026-03-01,,,5\n"
            "2026-03-01,07:00,BEFORE DOSE,7\n")
    assert from_csv(text)["days"] == [{"date": "2026-03-01", "pain": 5, "readings": [
        {"time": "07:00", "pain": 7, "moment": "before_dose"}, {"time": "21:00", "pain": 3, "moment": "after_dose"}]}]


HEADER = "date,time,moment,pain,dose_change,mme,opioid_1,daily_dose_1,unit_1,withdrawal_signs,note\n"


@pytest.mark.parametrize(("text", "place", "message"), [
    (HEADER + "2026-03-01,25:00,other,4,,,,,,,\n", "row 2, time", 'row 2, time: "25:00" is not a time'),
    (HEADER + "2026-03-01,07:00,,4,,,,,,,\n", "row 2, moment", "row 2, moment: missing"),
    (HEADER + "2026-03-01,07:00,soon,4,,,,,,,\n", "row 2, moment", "row 2, moment: 'soon' is not a moment"),
    (HEADER + "2026-03-01,07:00,other,,,,,,,,\n", "row 2, pain", "row 2, pain: missing (the reading's pain"),
    (HEADER + "2026-03-01,07:00,other,12,,,,,,,\n", "row 2, pain", "row 2, pain: 12 is outside 0-10"),
    (HEADER + "2026-03-01,07:00,other,4,,,,,,,a note\n", "row 2, note", "row 2, note: a reading's row"),
    (HEADER + "2026-03-01,07:00,other,4,yes,,morphine,30,,,\n", "row 2, dose_change", "row 2, dose_change: a reading"),
    (HEADER + "2026-03-01,,other,4,,,,,,,\n", "row 2, moment", "row 2, moment: a moment needs the reading's time"),
    (HEADER + "2026-03-01,,,,,,,,,,a note\n", "row 2, pain", "row 2, pain: missing (the day's pain, 0-10)"),
    (HEADER + "".join(f"2026-03-01,{h:02d}:{m:02d},other,4,,,,,,,\n" for h in range(13) for m in (0, 30)),
     "row 26, time", f"row 26, time: more than {MAX_READINGS} readings on 2026-03-01"),
])
def test_a_bad_reading_row_names_its_row_and_column(text: str, place: str, message: str) -> None:
    with pytest.raises(InvalidDiary) as error:
        from_csv(text)
    assert error.value.place == place
    assert str(error.value).startswith(message), str(error.value)


# ---- Properties ------------------------------------------------------------------------

def _normal(diary: dict) -> dict:
    """The diary's normal form, as a CSV keeps it: an empty note is no note."""
    clean = diary_to_dict(parse_diary(diary))
    for day in clean["days"]:
        if day.get("note") == "":
            del day["note"]
    return clean


@_FAST
@given(v2_diaries())
def test_any_v2_diary_round_trips_through_csv(diary: dict) -> None:
    again = from_csv(to_csv(diary))
    assert again == _normal(diary)
    assert analyse(again).to_dict() == analyse(diary).to_dict()


@_FAST
@given(diaries())
def test_version_1_files_round_trip_unchanged(diary: dict) -> None:
    clean = _normal(diary)
    assert clean["version"] == 1
    again = from_csv(to_csv(diary))
    assert again == clean and again["version"] == 1
    assert "time" not in to_csv(diary).lstrip("\ufeff").splitlines()[0].split(",")
    # As a version 2 file, the same days give the same analysis.
    assert analyse({**diary, "version": 2}).to_dict() == analyse(diary).to_dict()


_JUNK = st.one_of(
    st.none(), st.booleans(), st.integers(-5, 30), st.floats(allow_nan=True), st.text(max_size=8),
    st.sampled_from(["25:00", "7:30", "12:60", "before", "2026-02-30", "2026-13-01", "x", "", -1, 11, 4.5]),
    st.lists(st.integers(0, 3), max_size=2), st.dictionaries(st.sampled_from(["time", "pain", "x"]), st.integers(0, 3)),
)


def _paths(value: Any, prefix: str) -> list[str]:
    """Every place in a diary object, as the errors write it."""
    found = [prefix] if prefix else []
    if isinstance(value, dict):
        for key, item in value.items():
            found += _paths(item, f"{prefix}.{key}" if prefix else key)
    elif isinstance(value, list):
        for index, item in enumerate(value):
            found += _paths(item, f"{prefix}[{index}]")
    return found


def _set(diary: dict, path: str, value: Any) -> None:
    parts = re.findall(r"[a-z_]+|\[\d+\]", path)
    target: Any = diary
    for part in parts[:-1]:
        target = target[int(part[1:-1])] if part.startswith("[") else target[part]
    last = parts[-1]
    if last.startswith("["):
        target[int(last[1:-1])] = value
    else:
        target[last] = value


@_FAST
@given(v2_diaries(max_span=60), st.data())
def test_every_error_names_its_place_in_the_message_and_the_attribute(diary: dict, data: st.DataObject) -> None:
    paths = _paths(diary, "")
    path = data.draw(st.sampled_from(paths)) if paths else "version"
    broken = copy.deepcopy(diary)
    _set(broken, path, data.draw(_JUNK))
    for call in (analyse, to_csv):
        try:
            call(broken)
        except InvalidDiary as error:
            message, place = str(error), error.place
            assert place is not None and _PLACE.match(place), (place, message)
            assert message.startswith(place) and message[len(place)] in ": ", (place, message)
            assert "\n" not in message
            # The place is where the junk went, or around it: a duplicate date names the later
            # day; a version 2 day needs its pain or a reading, so readings that are null or empty
            # on a day with no pain name the missing pain; and a version that is a valid 1 names
            # the first day with readings, which version 1 files cannot hold.
            assert path.startswith(place) or place.startswith(path) or place.endswith(".date") \
                or place in ("days", "doses") \
                or (path.endswith(".readings") and place == path.removesuffix("readings") + "pain") \
                or (path == "version" and place.endswith(".readings")), \
                (path, place, message)


@_FAST
@given(st.text(max_size=200), st.booleans())
def test_every_csv_error_names_its_place(text: str, with_header: bool) -> None:
    try:
        from_csv((HEADER if with_header else "") + text)
    except InvalidDiary as error:
        message, place = str(error), error.place
        assert place is not None and _PLACE.match(place), (place, message)
        assert message.startswith(place + ":"), (place, message)


@_FAST
@given(v2_diaries(max_span=40))
def test_any_v2_report_is_json_and_the_self_check_accepts_its_answers(diary: dict) -> None:
    from assessment import assess

    report = analyse(diary).to_dict()
    assert json.loads(json.dumps(report, allow_nan=False)) == report
    assess(report["answers"])
    assert report["end_of_dose"]["finding"] in ("pain_before_next_dose", "no_difference", "not_enough_data")


@pytest.mark.parametrize("readings", [None, []])
def test_a_version_2_day_with_no_readings_and_no_pain_names_the_missing_pain(readings: Any) -> None:
    diary = {"version": 2, "doses": [], "days": [{"date": "2025-06-05", "readings": readings}]}
    with pytest.raises(InvalidDiary) as raised:
        analyse(diary)
    assert raised.value.place == "days[0].pain"
    assert str(raised.value).startswith("days[0].pain: missing")
