"""Diary v2 in Chromium (issue 25): kept safe, timed readings, the reminder, and a chart readable on a phone.

The browser's answer to ``navigator.storage.persist()`` is stubbed, so both
answers are tested whatever this Chromium would say.
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterator
from datetime import date, timedelta
from pathlib import Path
from typing import Any

import pytest
from playwright.sync_api import Browser, BrowserContext, Page, expect

from assessment.diary import analyse, from_csv
from tests.support.pages import RESULT_SHOWN, new_context, wait_for

from .conftest import TOOL_READY_TIMEOUT_MS
from .diary_helpers import (
    DIARY_PAGE,
    HOSTILE_NOTE,
    REPORT,
    import_file,
    kept_diary,
    open_diary,
    open_sample,
    sample_diary,
    stored_keys,
    wait_for_report,
    write_json,
)

pytestmark = pytest.mark.browser

STORAGE = "[data-diary-storage]"
KEEP_SAFE = "#diary-keep-safe"
NUDGE = "[data-diary-backup-due]"
IPHONE = ("Mozilla/5.0 (iPhone; CPU iPhone OS 17_5 like Mac OS X) AppleWebKit/605.1.15 "
          "(KHTML, like Gecko) Version/17.5 Mobile/15E148 Safari/604.1")


@pytest.fixture
def page(repeat_page: Page) -> Page:
    """A diary test's page is a repeat visit: a new tab in the module's shared context.

    Python boots from the snapshot the module's first test kept; tests about
    storage permission, a browser's make or a first visit open their own context.
    """
    return repeat_page


def _stub_persist(answer: bool | None) -> str:
    """An init script: the browser answers ``answer`` to persist(), and counts the calls; None: no Storage API."""
    if answer is None:
        return "Object.defineProperty(navigator, 'storage', { configurable: true, get: () => undefined });"
    value = "true" if answer else "false"
    return f"""(() => {{
  window.__persistCalls = 0;
  window.__persistedCalls = 0;
  StorageManager.prototype.persist = function () {{ window.__persistCalls += 1; return Promise.resolve({value}); }};
  StorageManager.prototype.persisted = function () {{ window.__persistedCalls += 1; return Promise.resolve({value}); }};
}})();"""


@pytest.fixture
def context_for(browser: Browser) -> Iterator[Any]:
    contexts: list[BrowserContext] = []

    def make(answer: bool | None, **options: Any) -> Page:
        context = new_context(browser, **options)
        context.add_init_script(_stub_persist(answer))
        contexts.append(context)
        return context.new_page()

    yield make
    for context in contexts:
        context.close()


def _calls(page: Page) -> list[int]:
    return page.evaluate("() => [window.__persistCalls, window.__persistedCalls]")


# ---- Kept safe: the browser is asked only when the person keeps the diary ----------------------


def test_granted_storage_is_said_plainly_and_asked_for_only_on_keep(context_for: Any, site_url: str,
                                                                    tmp_path: Path) -> None:
    page = context_for(True)
    open_sample(page, site_url, tmp_path)
    # Nothing asked, nothing stored, nothing said before the person keeps the diary.
    assert _calls(page) == [0, 0]
    assert stored_keys(page) == []
    expect(page.locator(STORAGE)).to_be_hidden()
    assert page.get_attribute(STORAGE, "data-persisted") is None

    page.check("[data-diary-keep]")
    expect(page.locator(STORAGE)).to_have_attribute("data-persisted", "true")
    expect(page.locator(STORAGE)).to_contain_text("agreed to keep your diary")
    expect(page.locator(KEEP_SAFE)).to_be_hidden()
    assert _calls(page)[0] == 1

    # On the next visit the page reads the answer; it does not ask again.
    page.reload()
    expect(page.locator(STORAGE)).to_have_attribute("data-persisted", "true")
    assert _calls(page) == [0, 1]

    # Unticked, the answer goes with the kept copy.
    page.uncheck("[data-diary-keep]")
    expect(page.locator(STORAGE)).to_be_hidden()
    assert page.get_attribute(STORAGE, "data-persisted") is None


def test_denied_storage_explains_the_risk_once_with_the_home_screen(context_for: Any, site_url: str,
                                                                    tmp_path: Path) -> None:
    page = context_for(False)
    open_sample(page, site_url, tmp_path)
    page.check("[data-diary-keep]")
    expect(page.locator(STORAGE)).to_have_attribute("data-persisted", "false")
    expect(page.locator(STORAGE)).to_contain_text("has not agreed")
    box = page.locator(KEEP_SAFE)
    expect(box).to_be_visible()
    expect(box.locator("[data-for='other']").first).to_be_visible()
    expect(box).to_contain_text("Add to Home screen")
    expect(box.locator("[data-for='apple']").first).to_be_hidden()

    page.click("#diary-keep-safe-done")
    expect(box).to_be_hidden()
    assert kept_diary(page)["explained"] is True
    # Explained once: not again on the next visit, though the answer is still no.
    page.reload()
    expect(page.locator(STORAGE)).to_have_attribute("data-persisted", "false")
    expect(box).to_be_hidden()


def test_on_an_iphone_safari_s_seven_days_and_the_home_screen_steps_are_shown(context_for: Any,
                                                                             site_url: str) -> None:
    # Even where the browser says yes: Safari's clearing after 7 days away is another matter.
    page = context_for(True, user_agent=IPHONE, viewport={"width": 390, "height": 844}, has_touch=True)
    page.goto(site_url + DIARY_PAGE)
    page.click("label[for='diary-pain-5']")
    page.click("#diary-save")
    page.check("[data-diary-keep]")
    expect(page.locator(STORAGE)).to_have_attribute("data-persisted", "true")
    expect(page.locator(STORAGE)).to_contain_text("Safari may clear your diary")
    box = page.locator(KEEP_SAFE)
    expect(box).to_be_visible()
    expect(box.locator("[data-for='apple']").first).to_be_visible()
    expect(box).to_contain_text("Add to Home Screen")
    expect(box).to_contain_text("7 days")
    expect(box.locator("[data-for='other']")).to_be_hidden()


def test_a_browser_without_the_storage_api_counts_as_no(context_for: Any, site_url: str) -> None:
    page = context_for(None)
    page.goto(site_url + DIARY_PAGE)
    page.click("label[for='diary-pain-5']")
    page.click("#diary-save")
    page.check("[data-diary-keep]")
    expect(page.locator(STORAGE)).to_have_attribute("data-persisted", "false")
    expect(page.locator(KEEP_SAFE)).to_be_visible()


# ---- The backup nudge -----------------------------------------------------------------------


def _short_diary(days: int) -> dict[str, Any]:
    return {"version": 1, "doses": [], "days": [
        {"date": (date(2026, 1, 1) + timedelta(days=i)).isoformat(), "pain": 4} for i in range(days)]}


def test_the_backup_nudge_appears_for_a_kept_diary_and_one_tap_saves_a_file(
    context_for: Any, site_url: str, tmp_path: Path
) -> None:
    page = context_for(True)
    open_sample(page, site_url, tmp_path)
    # Not kept: no nudge, as nothing is at risk on this device.
    expect(page.locator(NUDGE)).to_be_hidden()
    page.check("[data-diary-keep]")
    expect(page.locator(NUDGE)).to_be_visible()  # 77 days, never saved to a file

    with page.expect_download() as download:
        page.click("[data-diary-backup-save]")
    saved = tmp_path / "backup.json"
    download.value.save_as(saved)
    assert download.value.suggested_filename.endswith(".json")
    assert json.loads(saved.read_text(encoding="utf-8")) == sample_diary()
    expect(page.locator(NUDGE)).to_be_hidden()
    assert kept_diary(page)["file_saved_at"]

    page.reload()
    wait_for(page, f"{REPORT}[data-events]")
    expect(page.locator(NUDGE)).to_be_hidden()

    # Fifteen days later (the record says so), it is due again; a CSV file clears it too.
    page.evaluate("""() => {
      const key = window.oihDiaryStore.KEY;
      const record = JSON.parse(localStorage.getItem(key));
      record.file_saved_at = new Date(Date.now() - 15 * 24 * 3600 * 1000).toISOString();
      localStorage.setItem(key, JSON.stringify(record));
    }""")
    page.reload()
    wait_for(page, f"{REPORT}[data-events]")
    expect(page.locator(NUDGE)).to_be_visible()
    with page.expect_download():
        page.click("[data-diary-export='csv']")
    expect(page.locator(NUDGE)).to_be_hidden()


def test_no_nudge_for_fewer_than_14_days(context_for: Any, site_url: str, tmp_path: Path) -> None:
    page = context_for(True)
    open_diary(page, site_url)
    import_file(page, write_json(tmp_path, "short.json", _short_diary(13)))
    page.check("[data-diary-keep]")
    expect(page.locator(STORAGE)).to_have_attribute("data-persisted", "true")
    expect(page.locator(NUDGE)).to_be_hidden()
    page.fill("#diary-date", "2026-01-20")
    page.click("label[for='diary-pain-3']")
    page.click("#diary-save")
    expect(page.locator(NUDGE)).to_be_visible()  # the 14th day


# ---- The daily reminder -------------------------------------------------------------------------


def _ics(page: Page, tmp_path: Path) -> tuple[str, bytes]:
    with page.expect_download() as download:
        page.click("[data-diary-reminder]")
    target = tmp_path / download.value.suggested_filename
    download.value.save_as(target)
    return download.value.suggested_filename, target.read_bytes()


def test_the_reminder_is_one_daily_event_with_an_alarm_linking_to_the_diary_and_no_diary_data(
    page: Page, site_url: str, tmp_path: Path
) -> None:
    open_sample(page, site_url, tmp_path)
    assert page.input_value("#diary-reminder-time") == "20:00"
    name, raw = _ics(page, tmp_path)
    assert name.endswith(".ics")
    text = raw.decode("utf-8")
    lines = text.split("\r\n")
    assert lines[0] == "BEGIN:VCALENDAR" and lines[-2] == "END:VCALENDAR" and lines[-1] == ""
    assert all(len(line.encode("utf-8")) <= 75 for line in lines)
    unfolded = text.replace("\r\n ", "")
    assert unfolded.count("BEGIN:VEVENT") == 1 and unfolded.count("END:VEVENT") == 1
    assert "RRULE:FREQ=DAILY\r\n" in unfolded
    assert unfolded.count("BEGIN:VALARM") == 1 and "TRIGGER:PT0M" in unfolded
    assert re.search(r"^DTSTART:\d{8}T200000\r$", unfolded, re.MULTILINE)
    assert f"URL:{site_url}{DIARY_PAGE}\r\n" in unfolded
    assert "VERSION:2.0" in unfolded and "PRODID:" in unfolded and "UID:" in unfolded and "DTSTAMP:" in unfolded
    # Nothing from the diary: no pain score, note, medicine or date of an entry.
    for private in ("oxycodone", "Oxycodone", HOSTILE_NOTE, "2026-01-0", "Pain 5", "MME"):
        assert private not in unfolded, private

    # At the time the person picks.
    page.fill("#diary-reminder-time", "07:45")
    _, raw = _ics(page, tmp_path)
    assert re.search(r"^DTSTART:\d{8}T074500\r$", raw.decode("utf-8"), re.MULTILINE)
    expect(page.locator("#diary-reminder-status")).to_contain_text("07:45")
    assert stored_keys(page) == []  # a reminder keeps nothing on the device


# ---- Timed readings -------------------------------------------------------------------------------


def _add_reading(page: Page, day: str, time: str, moment: str, pain: int) -> None:
    page.fill("#diary-reading-date", day)
    page.fill("#diary-reading-time", time)
    page.check(f"#diary-moment-{moment}")
    page.click(f"label[for='diary-reading-pain-{pain}']")
    page.evaluate("() => { document.getElementById('diary-entry-status').textContent = ''; }")
    page.click("#diary-reading-save")
    page.wait_for_function(
        "([s]) => document.querySelector(s).hasAttribute('data-events')", arg=[REPORT],
        timeout=TOOL_READY_TIMEOUT_MS,
    )


def test_readings_before_and_after_doses_show_end_of_dose_pain(page: Page, site_url: str, tmp_path: Path) -> None:
    open_diary(page, site_url)
    page.click("#diary-reading-box summary")
    # A reading needs its moment and its pain.
    page.fill("#diary-reading-time", "07:30")
    page.click("#diary-reading-save")
    expect(page.locator("#diary-reading-error")).to_contain_text("before a dose, after a dose or neither")
    days = [(date(2026, 3, 1) + timedelta(days=i)).isoformat() for i in range(5)]
    for day in days:
        _add_reading(page, day, "07:30", "before_dose", 8)
        _add_reading(page, day, "09:00", "after_dose", 4)
    expect(page.locator("#diary-reading-status")).to_contain_text("at 09:00")

    diary = {"version": 2, "doses": [], "days": [
        {"date": day, "readings": [{"time": "07:30", "pain": 8, "moment": "before_dose"},
                                   {"time": "09:00", "pain": 4, "moment": "after_dose"}]} for day in days]}
    expected = analyse(diary).to_dict()
    assert expected["end_of_dose"]["finding"] == "pain_before_next_dose"
    report = page.locator(REPORT)
    table = report.locator(".oih-diary-end-of-dose")
    expect(table).to_have_attribute("data-finding", "pain_before_next_dose")
    expect(table.locator("[data-moment='before_dose'] td")).to_have_text("8")
    expect(table.locator("[data-moment='after_dose'] td")).to_have_text("4")
    for sentence in expected["summary"]:
        expect(report.locator(".oih-diary-summary")).to_contain_text(sentence)
    # The day list shows each reading, and the days' own table its means by moment.
    item = page.locator(f"#diary-days [data-date='{days[0]}']")
    expect(item.locator(".oih-diary-reading-item")).to_have_count(2)
    expect(item).to_contain_text("07:30, before a dose: pain 8")

    # The printout carries pain before and after doses.
    page.emulate_media(media="print")
    expect(table).to_be_visible()
    page.emulate_media(media="screen")

    # Saved as JSON it is a version 2 file; as CSV it carries the readings and opens again the same.
    with page.expect_download() as download:
        page.click("[data-diary-export='json']")
    saved = tmp_path / "timed.json"
    download.value.save_as(saved)
    assert json.loads(saved.read_text(encoding="utf-8")) == diary
    with page.expect_download() as download:
        page.click("[data-diary-export='csv']")
    csv_file = tmp_path / "timed.csv"
    download.value.save_as(csv_file)
    text = csv_file.read_text(encoding="utf-8-sig")
    assert text.splitlines()[0].startswith("date,time,moment,pain")
    assert analyse(from_csv(text)).to_dict() == expected
    page.click("[data-diary-delete]")
    page.click("[data-diary-delete-confirm]")
    import_file(page, csv_file)
    expect(report.locator(".oih-diary-end-of-dose")).to_have_attribute("data-finding", "pain_before_next_dose")

    # A reading can be deleted on its own; a day with no score goes with its last reading.
    page.click(f"#diary-days [data-date='{days[0]}'] [data-remove-reading][data-reading-index='1']")
    expect(item.locator(".oih-diary-reading-item")).to_have_count(1)
    page.click(f"#diary-days [data-date='{days[0]}'] [data-remove-reading]")
    expect(page.locator(f"#diary-days [data-date='{days[0]}']")).to_have_count(0)


def test_a_day_s_score_keeps_its_readings(page: Page, site_url: str) -> None:
    open_diary(page, site_url)
    page.click("#diary-reading-box summary")
    today = page.input_value("#diary-reading-date")
    _add_reading(page, today, "06:15", "before_dose", 7)
    page.click("label[for='diary-pain-5']")
    page.click("#diary-save")
    wait_for_report(page, "Saved")
    item = page.locator(f"#diary-days [data-date='{today}']")
    expect(item).to_contain_text("Pain 5 out of 10")
    expect(item).to_contain_text("06:15, before a dose: pain 7")


def test_the_self_check_gets_pain_timing_from_the_readings(browser: Browser, site_url: str, tmp_path: Path) -> None:
    days = [(date(2026, 3, 1) + timedelta(days=i)).isoformat() for i in range(6)]
    diary = {"version": 2, "doses": [], "days": [
        {"date": day, "pain": 6, "readings": [{"time": "07:00", "pain": 8, "moment": "before_dose"},
                                              {"time": "08:30", "pain": 3, "moment": "after_dose"}]}
        for day in days]}
    assert analyse(diary).to_dict()["answers"]["pain_timing"] == "before_next_dose"
    context = new_context(browser)
    try:
        page = context.new_page()
        open_diary(page, site_url)
        import_file(page, write_json(tmp_path, "timed.json", diary))
        page.check("[data-diary-keep]")
        page.goto(site_url + "assessment/")
        page.click("[data-use-diary]")
        wait_for(page, "#q-pain_timing[data-from-diary]")
        assert page.is_checked("#q-pain_timing-before_next_dose")
        page.click("#oih-submit")
        wait_for(page, RESULT_SHOWN)
        expect(page.locator(".oih-result-diary .oih-diary-end-of-dose")).to_be_visible()
    finally:
        context.close()


# ---- The chart on a phone ---------------------------------------------------------------------

_CHART_TEXT = """() => {
  const svg = document.querySelector('#oih-diary-report svg.oih-diary-chart__svg');
  const box = svg.getBoundingClientRect();
  return Array.from(svg.querySelectorAll('text')).map((text) => {
    const matrix = text.getScreenCTM();
    const size = parseFloat(getComputedStyle(text).fontSize) * Math.hypot(matrix.a, matrix.b);
    const r = text.getBoundingClientRect();
    const inside = r.left >= box.left - 1 && r.right <= box.right + 1 && r.top >= box.top - 1 && r.bottom <= box.bottom + 1;
    return {text: text.textContent, size: size, inside: inside};
  });
}"""


@pytest.mark.parametrize("width", [320, 375, 700, 1280])
def test_every_chart_text_is_11_px_or_more(page: Page, site_url: str, tmp_path: Path, width: int) -> None:
    page.set_viewport_size({"width": width, "height": 800})
    open_sample(page, site_url, tmp_path)
    figure = page.locator(f"{REPORT} .oih-diary-chart")
    expect(figure).to_have_attribute("data-layout", "narrow" if width < 640 else "wide")
    for choice in ("all", "recent"):
        page.check(f"[data-diary-range='{choice}']")
        expect(figure).to_have_attribute("data-range", choice)
        texts = page.evaluate(_CHART_TEXT)
        assert len(texts) > 10
        small = [t for t in texts if t["size"] < 11]
        outside = [t["text"] for t in texts if not t["inside"]]
        assert not small, f"{width} px, {choice}: text under 11 px: {small[:5]}"
        assert not outside, f"{width} px, {choice}: text outside the chart: {outside[:5]}"
    # The last 8 weeks: the chart says so in its own description.
    desc = page.locator(f"{REPORT} svg desc").text_content() or ""
    assert "from 24 January to 20 March 2026" in desc
    # One chart at a time, and nothing scrolls sideways.
    expect(page.locator(f"{REPORT} svg")).to_have_count(1)
    assert page.evaluate("() => document.documentElement.scrollWidth <= window.innerWidth")


def test_a_phone_that_turns_wide_redraws_the_wide_chart(page: Page, site_url: str, tmp_path: Path) -> None:
    page.set_viewport_size({"width": 320, "height": 700})
    open_sample(page, site_url, tmp_path)
    figure = page.locator(f"{REPORT} .oih-diary-chart")
    expect(figure).to_have_attribute("data-layout", "narrow")
    page.set_viewport_size({"width": 1000, "height": 700})
    expect(figure).to_have_attribute("data-layout", "wide")


# ---- Accessible with every new part showing ------------------------------------------------------


@pytest.mark.parametrize("width", [320, 1280])
def test_axe_finds_nothing_with_the_nudge_the_explanation_the_readings_and_the_range_showing(
    context_for: Any, site_url: str, tmp_path: Path, width: int
) -> None:
    from tests.support.axe import axe_both_palettes
    from tests.support.semantics import EXPOSED_HEADINGS, heading_problems

    page = context_for(False, viewport={"width": width, "height": 900})
    diary = sample_diary()
    diary["version"] = 2
    for day in diary["days"][-6:]:
        day["readings"] = [{"time": "07:30", "pain": 8, "moment": "before_dose"},
                           {"time": "09:00", "pain": 4, "moment": "after_dose"}]
    open_diary(page, site_url)
    import_file(page, write_json(tmp_path, "timed.json", diary))
    page.check("[data-diary-keep]")
    expect(page.locator(NUDGE)).to_be_visible()
    expect(page.locator(KEEP_SAFE)).to_be_visible()
    page.click("#diary-reading-box summary")
    page.click("#diary-show-all")
    page.check("[data-diary-range='recent']")
    expect(page.locator(f"{REPORT} .oih-diary-end-of-dose")).to_be_visible()
    problems = axe_both_palettes(page, site_url, f"diary v2 at {width} px")
    problems += heading_problems(page.evaluate(EXPOSED_HEADINGS), f"diary v2 at {width} px")
    assert not problems, "\n".join(problems)


# ---- Pyodide and CPython agree on version 2 diaries ----------------------------------------------


def test_pyodide_and_cpython_agree_on_version_2_diaries(page: Page, site_url: str) -> None:
    import random

    from assessment.diary import InvalidDiary, to_csv

    rng = random.Random(20261206)
    diaries: list[dict[str, Any]] = []
    for _ in range(8):
        days = []
        for offset in sorted(rng.sample(range(120), rng.randint(5, 90))):
            entry: dict[str, Any] = {"date": (date(2026, 1, 1) + timedelta(days=offset)).isoformat()}
            if rng.random() < 0.7:
                entry["pain"] = rng.randint(0, 10)
            if rng.random() < 0.6 or "pain" not in entry:
                entry["readings"] = [{"time": f"{rng.randint(0, 23):02d}:{rng.randint(0, 59):02d}",
                                      "pain": rng.randint(0, 10),
                                      "moment": rng.choice(["before_dose", "after_dose", "other"])}
                                     for _ in range(rng.randint(1, 4))]
            days.append(entry)
        doses = [{"from": (date(2026, 1, 1) + timedelta(days=o)).isoformat(),
                  "medications": [{"opioid": "morphine", "daily_dose": rng.choice([30, 60, 90])}]}
                 for o in sorted(rng.sample(range(-5, 120), rng.randint(0, 4)))]
        diaries.append({"version": 2, "doses": doses, "days": days})
    bad = [{"version": 2, "days": [{"date": "2026-01-01", "readings": [{"time": "25:00", "pain": 3, "moment": "other"}]}]},
           {"version": 1, "days": [{"date": "2026-01-01", "pain": 3, "readings": []}]}]
    expected: list[dict[str, Any]] = [{"ok": True, "result": analyse(d).to_dict()} for d in diaries]
    for case in bad:
        with pytest.raises(InvalidDiary) as error:
            analyse(case)
        expected.append({"ok": False, "error": str(error.value), "question": None, "place": error.value.place,
                             "problem": str(error.value)})
    open_diary(page, site_url)
    actual = page.evaluate(
        "async cases => { const out = []; for (const c of cases) "
        "out.push(await window.oihPython.call('analyse_diary', {diary: c, language: 'en'})); return out; }",
        diaries + bad,
    )
    mismatches = [i for i, (a, e) in enumerate(zip(actual, expected, strict=True)) if a != e]
    assert not mismatches, f"{len(mismatches)} differ, first: case {mismatches[0]}"
    csv_actual = page.evaluate(
        "async cases => Promise.all(cases.map(c => window.oihPython.call('diary_to_csv', c)))", diaries[:3])
    assert csv_actual == [{"ok": True, "result": to_csv(d)} for d in diaries[:3]]
