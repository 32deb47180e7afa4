"""The pain and dose diary in Chromium, through the contract's browser hooks.

Every report shown is compared with CPython's ``assessment.diary.analyse`` on
the same diary, so the page shows what the Python decided and nothing else.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from playwright.sync_api import Browser, Page, expect

from assessment.diary import analyse
from tests.support.pages import RESULT_SHOWN, new_context, wait_for

from .conftest import TOOL_READY_TIMEOUT_MS
from .diary_helpers import (
    HOSTILE_NOTE,
    MESSAGE,
    REPORT,
    import_file,
    kept_diary,
    open_diary,
    open_sample,
    printed_pages,
    sample_diary,
    shown_days,
    stored_keys,
    wait_for_report,
    write_json,
)

pytestmark = pytest.mark.browser


@pytest.fixture
def page(repeat_page: Page) -> Page:
    """A diary test's page is a repeat visit: a new tab in the module's shared context.

    Python boots from the snapshot the module's first test kept; tests about
    storage that fails, other tabs or a first visit open their own context.
    """
    return repeat_page


def expected_report() -> dict:
    return analyse(sample_diary()).to_dict()


# ---- Import and the report ------------------------------------------------------


def test_an_imported_diary_gives_the_python_report_chart_and_table(page: Page, site_url: str, tmp_path: Path) -> None:
    expected = expected_report()
    assert expected["events"], "the sample diary should have a dose change"
    open_sample(page, site_url, tmp_path)

    report = page.locator(REPORT)
    assert report.get_attribute("data-state") == "ready"
    assert report.get_attribute("data-events") == str(len(expected["events"]))
    # The chart is the Python's SVG, named by its <title>, with no inline style left in it.
    chart = report.locator("svg.oih-diary-chart__svg")
    expect(chart).to_have_count(1)
    expect(chart).to_have_accessible_name("Your daily pain and opioid dose")
    assert chart.evaluate("svg => svg.querySelectorAll('[style], script').length") == 0
    # The same numbers as a table: one row per calendar day of the series.
    rows = report.locator(".oih-diary-report__table tbody tr")
    expect(rows).to_have_count(len(expected["series"]))
    # The plain words and each event's response, as the Python gave them.
    for sentence in expected["summary"]:
        expect(report.locator(".oih-diary-summary")).to_contain_text(sentence)
    responses = report.locator(".oih-diary-events tbody tr").evaluate_all(
        "rows => rows.map(r => r.dataset.response)"
    )
    assert responses == [event["response"] for event in expected["events"]]
    # The days list and the missing days.
    assert len(shown_days(page)) == min(31, expected["days"])
    expect(page.locator("#diary-missing")).to_contain_text(f"Days with no entry: {expected['missing_days']}")
    # Not kept: nothing was written.
    assert stored_keys(page) == []


def test_a_note_is_shown_as_text_never_as_html(page: Page, site_url: str, tmp_path: Path) -> None:
    open_sample(page, site_url, tmp_path)
    page.click("#diary-show-all")
    day = sample_diary()["days"][3]["date"]
    item = page.locator(f"#diary-days [data-date='{day}']")
    expect(item).to_contain_text(HOSTILE_NOTE)
    assert page.locator("[data-injected]").count() == 0
    assert item.locator("b, img").count() == 0


BAD_FILES = {
    "not-json.json": ("{ this is not json", "not valid JSON"),
    "wrong-version.json": ({**sample_diary(), "version": 99}, "version"),
    "pain-eleven.json": (
        {**sample_diary(), "days": [{"date": "2026-01-01", "pain": 11, "withdrawal_signs": []}]},
        "11",
    ),
    "unknown-opioid.json": (
        {**sample_diary(), "doses": [{"from": "2026-01-01", "medications": [{"opioid": "unobtainium", "daily_dose": 5}]}]},
        "unobtainium",
    ),
    "bad.csv": ("date,pain\nyesterday,eleven\n", "not a diary spreadsheet"),
}


@pytest.mark.parametrize("name", sorted(BAD_FILES))
def test_a_bad_file_says_what_is_wrong_and_changes_nothing(
    page: Page, site_url: str, tmp_path: Path, name: str
) -> None:
    content, words = BAD_FILES[name]
    open_diary(page, site_url)
    import_file(page, write_json(tmp_path, "good.json", sample_diary()))
    days_before = shown_days(page)
    events_before = page.get_attribute(REPORT, "data-events")

    bad = tmp_path / name
    bad.write_text(content if isinstance(content, str) else json.dumps(content), encoding="utf-8")
    page.set_input_files("[data-diary-import]", str(bad))
    message = page.locator(MESSAGE)
    expect(message).to_be_visible(timeout=TOOL_READY_TIMEOUT_MS)
    expect(message).to_contain_text(name)
    expect(message).to_contain_text(words)
    expect(message).to_contain_text("Your diary was not changed")
    assert "Traceback" not in message.inner_text()
    assert shown_days(page) == days_before
    expect(page.locator(REPORT)).to_have_attribute("data-events", events_before or "")


def test_a_huge_file_is_refused_before_it_is_read(page: Page, site_url: str, tmp_path: Path) -> None:
    open_diary(page, site_url)
    huge = tmp_path / "huge.json"
    huge.write_text('{"version": 1, "doses": [], "days": []' + " " * 3_000_000 + "}", encoding="utf-8")
    page.set_input_files("[data-diary-import]", str(huge))
    expect(page.locator(MESSAGE)).to_contain_text("too big")
    assert shown_days(page) == []


# ---- Adding, editing and deleting days ------------------------------------------------


def test_a_day_takes_two_taps_and_can_be_edited_and_deleted(page: Page, site_url: str) -> None:
    open_diary(page, site_url)
    page.set_viewport_size({"width": 320, "height": 640})
    page.click("label[for='diary-pain-6']")
    page.click("#diary-save")
    wait_for_report(page, "Saved")
    [today] = shown_days(page)
    expect(page.locator(f"#diary-days [data-date='{today}']")).to_contain_text("Pain 6 out of 10")
    assert page.get_attribute(REPORT, "data-events") == "0"

    page.click(f"[data-edit='{today}']")
    assert page.is_checked("#diary-pain-6")
    page.click("label[for='diary-pain-8']")
    page.click("#diary-more summary")
    page.check("#diary-withdrawal-sweating")
    page.fill("#diary-note", "Bad night")
    page.click("#diary-save")
    wait_for_report(page, "Saved")
    item = page.locator(f"#diary-days [data-date='{today}']")
    expect(item).to_contain_text("Pain 8 out of 10")
    expect(item).to_contain_text("Sweating")
    expect(item).to_contain_text("Bad night")
    assert shown_days(page) == [today]

    page.click(f"[data-remove='{today}']")
    expect(page.locator("#diary-days [data-date]")).to_have_count(0)
    expect(page.locator("#diary-empty")).to_be_visible()


def test_a_dose_change_needs_a_medicine_and_an_amount(page: Page, site_url: str) -> None:
    open_diary(page, site_url)
    page.click("label[for='diary-pain-4']")
    page.check("#diary-dose-changed")
    page.select_option("#diary-med-0-opioid", "fentanyl_patch")
    expect(page.locator("#diary-doses .oih-med-row__unit").first).to_contain_text("mcg an hour")
    page.click("#diary-save")
    expect(page.locator("#diary-entry-error")).to_contain_text("amount of Fentanyl patch")
    assert shown_days(page) == []
    page.fill("#diary-med-0-daily_dose", "25")
    page.click("#diary-save")
    wait_for_report(page, "Saved")
    expect(page.locator("#diary-dose-list")).to_contain_text("Fentanyl patch 25 mcg an hour")


# ---- Keeping it: nothing before "keep", then reloads, other tabs, delete -----------------


def test_kept_only_after_keep_then_it_survives_reload_and_reaches_another_tab(
    browser: Browser, site_url: str, tmp_path: Path
) -> None:
    context = new_context(browser)
    try:
        first = context.new_page()
        open_diary(first, site_url)
        import_file(first, write_json(tmp_path, "diary.json", sample_diary()))
        first.click("label[for='diary-pain-2']")
        first.click("#diary-save")
        wait_for_report(first, "Saved")
        assert stored_keys(first) == [], "something was stored before 'keep' was ticked"

        first.check("[data-diary-keep]")
        [key] = stored_keys(first)
        record = kept_diary(first)
        assert record["schema"] == 1
        assert len(record["diary"]["days"]) == len(sample_diary()["days"]) + 1

        first.reload()
        wait_for(first, f"{REPORT}[data-events]")
        assert first.is_checked("[data-diary-keep]")
        assert len(first.locator("#diary-days [data-date]").all()) > 0

        second = context.new_page()
        open_diary(second, site_url)
        wait_for(second, f"{REPORT}[data-events]")
        assert shown_days(second) == shown_days(first)

        # A day added in one tab shows in the other.
        second.fill("#diary-date", "2026-03-21")
        second.click("label[for='diary-pain-9']")
        second.click("#diary-save")
        expect(first.locator("#diary-days [data-date='2026-03-21']")).to_contain_text("Pain 9", timeout=10_000)

        # Deleting asks first, then removes everything, here and in the other tab.
        second.click("[data-diary-delete]")
        assert stored_keys(second) == [key]
        second.click("[data-diary-delete-confirm]")
        assert stored_keys(second) == []
        expect(second.locator("#diary-days [data-date]")).to_have_count(0)
        expect(first.locator("#diary-days [data-date]")).to_have_count(0, timeout=10_000)
        assert not first.is_checked("[data-diary-keep]")
    finally:
        context.close()


def test_unticking_keep_removes_the_kept_copy_but_not_the_page_diary(
    page: Page, site_url: str, tmp_path: Path
) -> None:
    open_sample(page, site_url, tmp_path)
    page.check("[data-diary-keep]")
    assert stored_keys(page) != []
    page.uncheck("[data-diary-keep]")
    assert stored_keys(page) == []
    assert len(shown_days(page)) > 0
    expect(page.locator("#diary-storage-status")).to_contain_text("no longer kept")


def test_cancelling_delete_keeps_everything(page: Page, site_url: str, tmp_path: Path) -> None:
    open_sample(page, site_url, tmp_path)
    page.check("[data-diary-keep]")
    page.click("[data-diary-delete]")
    page.click("#diary-delete-cancel")
    expect(page.locator("[data-diary-delete-confirm]")).to_be_hidden()
    assert kept_diary(page)["diary"]["days"] == sample_diary()["days"]


# ---- Export and re-import -----------------------------------------------------------------


def test_json_and_csv_exports_reopen_to_the_same_report(page: Page, site_url: str, tmp_path: Path) -> None:
    expected = expected_report()
    open_sample(page, site_url, tmp_path)

    saved: dict[str, Path] = {}
    for kind in ("json", "csv"):
        with page.expect_download() as download:
            page.click(f"[data-diary-export='{kind}']")
        target = tmp_path / f"exported.{kind}"
        download.value.save_as(target)
        assert download.value.suggested_filename.endswith(f".{kind}")
        saved[kind] = target
    assert json.loads(saved["json"].read_text(encoding="utf-8")) == sample_diary()
    assert saved["csv"].read_text(encoding="utf-8-sig").splitlines()[0].startswith("date,pain")

    for kind in ("json", "csv"):
        page.click("[data-diary-delete]")
        page.click("[data-diary-delete-confirm]")
        expect(page.locator("#diary-days [data-date]")).to_have_count(0)
        import_file(page, saved[kind])
        assert page.get_attribute(REPORT, "data-events") == str(len(expected["events"])), kind
        expect(page.locator(".oih-diary-summary")).to_contain_text(expected["summary"][3])


def test_undo_brings_back_the_diary_an_import_replaced(page: Page, site_url: str, tmp_path: Path) -> None:
    open_diary(page, site_url)
    page.click("label[for='diary-pain-3']")
    page.click("#diary-save")
    wait_for_report(page, "Saved")
    mine = shown_days(page)
    import_file(page, write_json(tmp_path, "diary.json", sample_diary()))
    assert shown_days(page) != mine
    page.click("#diary-undo-import")
    expect(page.locator("#diary-days [data-date]")).to_have_count(1)
    assert shown_days(page) == mine


# ---- Storage that fails: never a blank page, the diary keeps working -------------------------

_BLOCK_STORAGE = """Object.defineProperty(window, 'localStorage', {
  configurable: true,
  get() { throw new DOMException('The operation is insecure.', 'SecurityError'); },
});"""
_FULL_STORAGE = """(() => {
  const realSetItem = Storage.prototype.setItem;
  Storage.prototype.setItem = function (key, value) {
    if (String(key).startsWith('oih-guide.diary')) {
      throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
    }
    return realSetItem.call(this, key, value);
  };
})();"""


@pytest.mark.parametrize(
    ("script", "words"),
    [(_BLOCK_STORAGE, "does not let the site keep anything"), (_FULL_STORAGE, "no room left")],
    ids=["blocked", "full"],
)
def test_blocked_or_full_storage_says_so_and_the_diary_still_works(
    browser: Browser, site_url: str, tmp_path: Path, script: str, words: str
) -> None:
    context = new_context(browser)
    context.add_init_script(script)
    try:
        page = context.new_page()
        errors: list[str] = []
        page.on("pageerror", lambda error: errors.append(str(error)))
        # Blocked storage costs no page an error, the theme's scripts included.
        page.goto(site_url + "what-is-oih/")
        page.wait_for_load_state("networkidle")
        assert errors == []
        open_sample(page, site_url, tmp_path)
        # Clicked, not checked: the page unticks it again when storage fails.
        page.click("[data-diary-keep]")
        expect(page.locator(MESSAGE)).to_contain_text(words)
        assert not page.is_checked("[data-diary-keep]")
        page.fill("#diary-date", "2026-03-21")
        page.click("label[for='diary-pain-1']")
        page.click("#diary-save")
        expect(page.locator("#diary-days [data-date='2026-03-21']")).to_be_visible()
        assert errors == []
    finally:
        context.close()


def test_an_unreadable_kept_diary_is_reported_and_set_aside_not_lost(page: Page, site_url: str) -> None:
    open_diary(page, site_url)
    page.evaluate("() => localStorage.setItem(window.oihDiaryStore.KEY, '{broken')")
    page.reload()
    wait_for(page, f"{REPORT}[data-state='ready']")
    expect(page.locator(MESSAGE)).to_contain_text("could not be read")
    assert not page.is_checked("[data-diary-keep]")
    page.click("label[for='diary-pain-5']")
    page.click("#diary-save")
    page.check("[data-diary-keep]")
    assert page.evaluate("() => localStorage.getItem(window.oihDiaryStore.KEY + '.unreadable')") == "{broken"
    assert len(kept_diary(page)["diary"]["days"]) == 1


def test_if_python_cannot_load_the_report_says_so_and_days_still_save(page: Page, site_url: str) -> None:
    page.route("**/assets/pyodide/**", lambda route: route.abort())
    page.goto(site_url + "diary/")
    wait_for(page, f"{REPORT}[data-state='error']")
    expect(page.locator("#diary-report-status")).to_contain_text("could not load")
    page.click("label[for='diary-pain-7']")
    page.click("#diary-save")
    expect(page.locator("#diary-days [data-date]")).to_have_count(1)


# ---- Joined to the self-check -------------------------------------------------------------------


def test_use_my_diary_fills_and_marks_answers_and_the_printout_carries_the_chart(
    browser: Browser, site_url: str, tmp_path: Path
) -> None:
    expected = expected_report()
    answers = expected["answers"]
    assert answers, "the sample diary should support some answers"
    context = new_context(browser)
    try:
        page = context.new_page()
        page.goto(site_url + "assessment/")
        expect(page.locator("[data-use-diary]")).to_have_count(0)  # no kept diary, no offer

        open_sample(page, site_url, tmp_path)
        page.check("[data-diary-keep]")

        page.goto(site_url + "assessment/")
        page.click("[data-use-diary]")
        # The answers are marked in one pass once Python's analysis is back (diary-self-check.js).
        wait_for(page, "fieldset[data-from-diary]")
        expect(page.locator("fieldset[data-from-diary]")).to_have_count(len(answers))
        for question, value in answers.items():
            fieldset = page.locator(f"#q-{question}")
            expect(fieldset.locator(".oih-from-diary")).to_have_text("From your diary")
            for option in [value] if isinstance(value, str) else value or ["none"]:
                assert page.is_checked(f"#q-{question}-{option}"), (question, option)

        # Changing an answer makes it the person's own again.
        page.check("#q-pain_trend-same")
        expect(page.locator("#q-pain_trend")).not_to_have_attribute("data-from-diary", "")
        page.check(f"#q-pain_trend-{answers['pain_trend']}")

        page.click("#oih-submit")
        wait_for(page, RESULT_SHOWN)
        from_diary = page.locator(".oih-reason:has(.oih-reason__from-diary)")
        assert from_diary.count() >= 1
        expect(page.locator(".oih-result-diary svg")).to_have_count(1)
        expect(page.locator(".oih-result-diary")).to_contain_text(expected["summary"][3])

        page.emulate_media(media="print")
        expect(page.locator(".oih-print-header")).to_be_visible()
        expect(page.locator(".oih-print-header")).to_contain_text("kept only on this device")
        expect(page.locator(".oih-result-diary svg")).to_be_visible()
        expect(page.locator(".oih-result-diary .oih-diary-events")).to_be_visible()
        pages = printed_pages(page)
        assert 1 <= pages <= 2, f"the printout runs to {pages} pages"
    finally:
        context.close()


def test_the_diary_page_prints_its_report_dated_in_two_pages_at_most(
    page: Page, site_url: str, tmp_path: Path
) -> None:
    open_sample(page, site_url, tmp_path)
    page.emulate_media(media="print")
    header = page.locator("#diary-report-body .oih-print-header")
    expect(header).to_be_visible()
    expect(header).to_contain_text("not a diagnosis")
    expect(page.locator("#oih-diary-entry")).to_be_hidden()
    expect(page.locator("#diary-days")).to_be_hidden()
    expect(page.locator(f"{REPORT} svg")).to_be_visible()
    expect(page.locator(".oih-diary-events")).to_be_visible()
    expect(page.locator("#diary-report-body")).to_contain_text("Oxycodone 60 mg a day")
    pages = printed_pages(page)
    assert 1 <= pages <= 2, f"the printout runs to {pages} pages"


def test_the_pain_scale_works_by_keyboard_and_a_missing_pain_is_named(page: Page, site_url: str) -> None:
    open_diary(page, site_url)
    page.click("#diary-save")
    expect(page.locator("#diary-entry-error")).to_contain_text("Choose your pain")
    expect(page.locator("#diary-pain-0")).to_be_focused()
    page.keyboard.press("ArrowRight")
    page.keyboard.press("ArrowRight")
    assert page.is_checked("#diary-pain-2")
    # The focused choice shows a ring on its big label, not on the hidden radio.
    outline = page.evaluate(
        "() => { const s = getComputedStyle(document.querySelector(\"label[for='diary-pain-2']\"));"
        " return [s.outlineStyle, parseFloat(s.outlineWidth)]; }"
    )
    assert outline[0] != "none" and outline[1] > 0, outline
    page.keyboard.press("Enter")  # submits the form, as a radio's Enter does
    wait_for_report(page, "Saved")
    expect(page.locator("#diary-days [data-date]")).to_contain_text("Pain 2 out of 10")
