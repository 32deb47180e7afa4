"""The SVG chart: well-formed, labelled, CSP-safe, print-readable, and free of notes."""

from __future__ import annotations

import xml.etree.ElementTree as ET

import pytest

from assessment.diary import analyse

from .conftest import diary, iso

SVG = "{http://www.w3.org/2000/svg}"


def _chart(d: dict) -> ET.Element:
    return ET.fromstring(analyse(d).chart_svg)


def _two_changes() -> dict:
    d = diary({"before": 6, "early": 4, "middle": 5, "late": 8}, skip=(3, 4, 30))
    d["doses"].append({"from": iso(50), "medications": [{"opioid": "oxycodone", "daily_dose": 30}]})
    d["days"][0]["note"] = '<script>alert("x")</script> & my secret'
    return d


def test_it_is_well_formed_svg_with_title_and_desc() -> None:
    root = _chart(_two_changes())
    assert root.tag == SVG + "svg"
    assert root.get("viewBox") == "0 0 720 320"
    assert root.get("width") is None and root.get("height") is None  # scales to its container
    assert root.get("role") == "img"
    title, desc = root.find(SVG + "title"), root.find(SVG + "desc")
    assert root.get("aria-labelledby") == f"{title.get('id')} {desc.get('id')}"
    assert "pain" in title.text.lower()
    assert "The dose went up on 21 January, from 60 to 90 MME a day." in desc.text
    assert "The dose went down on 20 February, from 90 to 45 MME a day." in desc.text


def test_no_inline_style_for_the_csp() -> None:
    text = analyse(_two_changes()).chart_svg
    assert "<style" not in text and "style=" not in text
    assert "<script" not in text and "javascript:" not in text


def test_notes_never_go_into_the_chart() -> None:
    text = analyse(_two_changes()).chart_svg
    assert "secret" not in text and "alert" not in text


def test_print_readable_without_colour() -> None:
    root = _chart(_two_changes())
    dose = root.find(f".//{SVG}path[@class='diary-chart__dose-line']")
    pain = root.find(f".//{SVG}path[@class='diary-chart__pain-line']")
    assert dose.get("stroke-dasharray") and not pain.get("stroke-dasharray")
    assert root.findall(f".//{SVG}circle[@class='diary-chart__pain-dot']")
    changes = root.findall(f".//{SVG}g[@class='diary-chart__change diary-chart__change--increase']") + \
        root.findall(f".//{SVG}g[@class='diary-chart__change diary-chart__change--decrease']")
    assert len(changes) == 2
    for change in changes:
        assert change.find(SVG + "line").get("stroke-dasharray")
        assert change.find(SVG + "path") is not None  # the triangle: up or down
        assert "MME a day" in change.find(SVG + "title").text


def test_missing_days_break_the_pain_line() -> None:
    root = _chart(_two_changes())
    # Days 3-4 and 30 are missing: three runs of scored days.
    assert len(root.findall(f".//{SVG}path[@class='diary-chart__pain-line']")) == 3


def test_one_dot_per_scored_day() -> None:
    d = _two_changes()
    dots = _chart(d).findall(f".//{SVG}circle[@class='diary-chart__pain-dot']")
    assert len(dots) == len(d["days"])


def test_a_long_diary_keeps_dots_only_for_lone_days() -> None:
    days = [{"date": iso(i), "pain": 5} for i in range(500) if i != 101]
    days = [d for d in days if d["date"] != iso(100)]
    root = _chart({"version": 1, "doses": [], "days": days + [{"date": iso(600), "pain": 2}]})
    assert len(root.findall(f".//{SVG}circle[@class='diary-chart__pain-dot']")) == 1


@pytest.mark.parametrize("d", [
    {"version": 1},
    {"version": 1, "days": [{"date": "2026-01-01", "pain": 3}]},
    {"version": 1, "doses": [{"from": "2026-01-01", "medications": []}], "days": [{"date": "2026-01-01", "pain": 0}]},
])
def test_tiny_diaries_still_chart(d: dict) -> None:
    root = _chart(d)
    assert root.find(SVG + "title") is not None and root.find(SVG + "desc").text


def test_the_dose_line_steps_at_each_change() -> None:
    d = _two_changes()
    path = _chart(d).find(f".//{SVG}path[@class='diary-chart__dose-line']").get("d")
    assert path.count("V") == 2


def test_text_is_escaped() -> None:
    from assessment.diary.chart import escape, quoteattr

    assert escape('<a & "b">') == "&lt;a &amp; &quot;b&quot;&gt;"
    assert quoteattr('x"y') == '"x&quot;y"'
