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
    assert root.get("viewBox") == "0 0 720 320"  # the wide layout, for wide screens and print
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


# ---- A chart for phones, and the last 8 weeks -----------------------------------------------

def _long() -> dict:
    return diary({"before": 6, "early": 4, "middle": 5, "late": 8}, length=120)


def test_the_narrow_chart_is_the_same_chart_sized_for_a_phone() -> None:
    from assessment.diary.chart import NARROW

    report = analyse(_long())
    wide, narrow = ET.fromstring(report.chart_svg), ET.fromstring(report.chart_svg_narrow)
    assert narrow.get("viewBox") == f"0 0 {NARROW.width} {NARROW.height}"
    assert "diary-chart--narrow" in narrow.get("class") and "diary-chart--wide" in wide.get("class")
    # The same title, description and marks.
    assert narrow.find(SVG + "title").text == wide.find(SVG + "title").text
    assert narrow.find(SVG + "desc").text == wide.find(SVG + "desc").text
    for cls in ("diary-chart__pain-line", "diary-chart__dose-line"):
        assert len(narrow.findall(f".//{SVG}path[@class='{cls}']")) == len(wide.findall(f".//{SVG}path[@class='{cls}']"))
    # Shown about 288 px wide on a 320 px screen, its text is 11 px or more.
    sizes = {float(text.get("font-size")) for text in narrow.iter(SVG + "text")}
    assert min(sizes) * 288 / NARROW.width >= 11
    # Fewer ticks: at most 4 labels under the axis.
    ticks = [t for t in narrow.iter(SVG + "text") if t.get("text-anchor") == "middle"]
    assert 2 <= len(ticks) <= NARROW.max_ticks


def test_the_legend_stays_inside_the_narrow_chart() -> None:
    from assessment.diary.chart import _EM, NARROW

    root = ET.fromstring(analyse(_long()).chart_svg_narrow)
    legend = root.find(f".//{SVG}g[@class='diary-chart__legend']")
    for text in legend.iter(SVG + "text"):
        right = float(text.get("x")) + len(text.text) * NARROW.font_size * _EM
        assert right <= NARROW.width, text.text
    assert len({text.get("y") for text in legend.iter(SVG + "text")}) >= 2  # on more than one row


def test_the_ids_of_every_chart_differ() -> None:
    report = analyse(_long()).to_dict()
    svgs = [report["chart_svg"], report["chart_svg_narrow"], report["chart_recent"]["chart_svg"],
            report["chart_recent"]["chart_svg_narrow"]]
    ids = [node.get("id") for svg in svgs for node in ET.fromstring(svg).iter() if node.get("id")]
    assert len(ids) == len(set(ids)) == 8


def test_the_last_8_weeks_only_for_a_diary_longer_than_that() -> None:
    from assessment.diary import RECENT_DAYS

    report = analyse(_long()).to_dict()
    recent = report["chart_recent"]
    assert recent["days"] == RECENT_DAYS == 56
    assert recent["span"] == [iso(120 - 56), iso(119)]
    desc = ET.fromstring(recent["chart_svg"]).find(SVG + "desc").text
    assert "from 6 March to 30 April 2026" in desc
    # The dose change on day 20 is before those 8 weeks, so it is neither drawn nor described.
    assert "dose went" not in desc
    assert ET.fromstring(recent["chart_svg"]).findall(f".//{SVG}g[@class='diary-chart__change diary-chart__change--increase']") == []
    assert analyse(diary({"before": 5}, length=56)).to_dict()["chart_recent"] is None
