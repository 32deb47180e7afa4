"""The diary's browser calls: JSON text in, an envelope out, never an exception."""

from __future__ import annotations

import json

import pytest

from assessment._json_bridge import CALLS, call_json
from assessment.diary import InvalidDiary, analyse, to_csv

from .conftest import diary

DIARY = diary({"before": 5, "early": 7, "middle": 6, "late": 5}, "decrease", signs_early=["yawning"])


def test_the_calls_are_registered() -> None:
    assert {"assess", "analyse_diary", "diary_to_csv", "diary_from_csv"} <= set(CALLS)


def test_analyse_diary_returns_the_report() -> None:
    envelope = json.loads(call_json("analyse_diary", json.dumps(DIARY)))
    assert envelope == {"ok": True, "result": json.loads(json.dumps(analyse(DIARY).to_dict()))}
    assert envelope["result"]["events"][0]["response"] == "worse_with_withdrawal"


def test_the_csv_calls_round_trip() -> None:
    exported = json.loads(call_json("diary_to_csv", json.dumps(DIARY)))
    assert exported == {"ok": True, "result": to_csv(DIARY)}
    imported = json.loads(call_json("diary_from_csv", json.dumps({"text": exported["result"]})))
    assert imported["ok"] is True
    assert analyse(imported["result"]).to_dict() == analyse(DIARY).to_dict()


def _invalid_envelope(diary: object) -> dict[str, object]:
    with pytest.raises(InvalidDiary) as error:
        analyse(diary)
    return {"ok": False, "error": str(error.value), "question": None, "place": error.value.place,
            "problem": str(error.value)}


@pytest.mark.parametrize("bad", [
    {"version": 1, "days": [{"date": "2026-01-01", "pain": 11}]},
    {"version": 3},
    [],
    {"version": 2, "days": [{"date": "2026-01-01", "readings": [{"time": "25:00", "pain": 4, "moment": "other"}]}]},
    {"version": 1, "doses": [{"from": "2026-01-01", "medications": [{"opioid": "x", "daily_dose": 1}]}]},
])
def test_an_invalid_diary_is_the_invalid_diary_message(bad: object) -> None:
    for name in ("analyse_diary", "diary_to_csv"):
        assert json.loads(call_json(name, json.dumps(bad))) == _invalid_envelope(bad)


@pytest.mark.parametrize("name", ["analyse_diary", "diary_to_csv", "diary_from_csv"])
@pytest.mark.parametrize("payload", ["{not json", "", "[" * 100_000, "NaN]"])
def test_text_that_is_not_json_is_an_error_envelope(name: str, payload: str) -> None:
    envelope = json.loads(call_json(name, payload))
    assert envelope["ok"] is False and "not valid JSON" in envelope["error"]


@pytest.mark.parametrize("payload", [[], {"text": 5}, {"csv": "date,pain"}, "date,pain"])
def test_diary_from_csv_needs_a_text_field(payload: object) -> None:
    envelope = json.loads(call_json("diary_from_csv", json.dumps(payload)))
    message = 'csv: expected {"text": the CSV file\'s text}'
    assert envelope == {"ok": False, "error": message, "question": None, "place": "csv", "problem": message}


def test_a_bad_csv_is_its_row_and_column_message() -> None:
    envelope = json.loads(call_json("diary_from_csv", json.dumps({"text": "date,pain\n2026-01-01,11\n"})))
    assert envelope["ok"] is False and envelope["error"] == "row 2, pain: 11 is outside 0-10"
