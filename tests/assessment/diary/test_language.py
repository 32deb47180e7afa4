"""analyse(diary, language): every word through the catalog, every id the same in every language."""

from __future__ import annotations

import re
import sys
import types
import xml.etree.ElementTree as ET
from collections.abc import Iterator
from typing import Any

import pytest

from assessment import _i18n
from assessment.diary import InvalidDiary, analyse

from .conftest import diary
from .test_end_of_dose import _diary as timed_diary

SVG = "{http://www.w3.org/2000/svg}"


class _Marked(dict):  # type: ignore[type-arg]
    """A catalog that "translates" every message by marking each of its words, so an unmarked word shows."""

    def get(self, message: str, default: Any = None) -> str:
        return " ".join(f"\u00ab{word}\u00bb" for word in message.split(" "))


@pytest.fixture
def marked(monkeypatch: pytest.MonkeyPatch) -> Iterator[str]:
    module = types.ModuleType("assessment._messages.xx")
    module.MESSAGES = _Marked()  # type: ignore[attr-defined]
    monkeypatch.setitem(sys.modules, "assessment._messages.xx", module)
    monkeypatch.setattr(_i18n, "LANGUAGES", (*_i18n.LANGUAGES, "xx"))
    yield "xx"


def _long_diary() -> dict[str, Any]:
    d = diary({"before": 6, "early": 4, "middle": 5, "late": 8}, "decrease", signs_early=["sweating"], length=90)
    timed = timed_diary([([8], [4])] * 6)
    by_date = {day["date"]: day for day in d["days"]}
    for day in timed["days"]:
        by_date[day["date"]] = {**by_date.get(day["date"], {}), **day}
    d["days"] = list(by_date.values())
    d["version"] = 2
    d["doses"].append({"from": "2026-02-20", "medications": [{"opioid": "buprenorphine", "daily_dose": 8}]})
    return d


def _texts(svg: str) -> list[str]:
    root = ET.fromstring(svg)
    return ([root.findtext(SVG + "title") or "", root.findtext(SVG + "desc") or ""]
            + [node.text or "" for node in root.iter(SVG + "text")]
            + [node.text or "" for node in root.iter(SVG + "title")])


def _ids_only(report: dict[str, Any]) -> dict[str, Any]:
    words = ("summary", "chart_svg", "chart_svg_narrow", "chart_recent", "window_labels")
    kept = {key: value for key, value in report.items() if key not in words}
    kept["events"] = [{k: v for k, v in event.items() if not k.endswith("_label")} for event in report["events"]]
    return kept


def test_every_reader_facing_string_goes_through_the_catalog(marked: str) -> None:
    d = _long_diary()
    report = analyse(d, language=marked).to_dict()
    assert report["events"] and report["chart_recent"] and report["uncounted"]
    assert all(sentence.startswith("\u00ab") for sentence in report["summary"]), report["summary"]
    assert all(label.startswith("\u00ab") for label in report["window_labels"].values())
    for event in report["events"]:
        assert event["change_label"].startswith("\u00ab") and event["response_label"].startswith("\u00ab")
    charts = [report["chart_svg"], report["chart_svg_narrow"],
              report["chart_recent"]["chart_svg"], report["chart_recent"]["chart_svg_narrow"]]
    for svg in charts:
        for text in _texts(svg):
            # Numbers on the axes are not words; everything else is the catalog's.
            assert re.fullmatch(r"[\d.]+", text) or "\u00ab" in text, text


def test_the_ids_never_change_with_the_language(marked: str) -> None:
    d = _long_diary()
    english, other = analyse(d).to_dict(), analyse(d, language=marked).to_dict()
    assert _ids_only(other) == _ids_only(english)
    assert english["answers"]["pain_timing"] == "before_next_dose"


def test_english_is_the_default() -> None:
    d = _long_diary()
    assert analyse(d, "en").to_dict() == analyse(d).to_dict()


@pytest.mark.parametrize("language", ["xx", "EN", "", None, 5, ["en"]])
def test_an_unknown_language_names_language(language: Any) -> None:
    with pytest.raises(InvalidDiary) as error:
        analyse({"version": 1}, language=language)
    assert error.value.place == "language"
    assert str(error.value).startswith("language: ")


def test_the_bridge_takes_a_language() -> None:
    import json

    from assessment._json_bridge import call_json

    d = _long_diary()
    wrapped = json.loads(call_json("analyse_diary", json.dumps({"diary": d, "language": "en"})))
    assert wrapped == json.loads(call_json("analyse_diary", json.dumps(d)))
    bad = json.loads(call_json("analyse_diary", json.dumps({"diary": d, "language": "xx"})))
    assert bad["ok"] is False and bad["place"] == "language"
    odd = json.loads(call_json("analyse_diary", json.dumps({"diary": d, "lang": "en"})))
    assert odd["ok"] is False and odd["place"] == "call"
