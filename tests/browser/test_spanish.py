"""The Spanish edition in Chromium: the self-check and the diary answer in Spanish, as CPython does.

The page-by-page checks (axe, requests that leave the origin, keyboard, narrow
screens) already walk every built page, the Spanish ones included; this module
covers what only the Spanish pages do.
"""

from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from playwright.sync_api import Browser, Page, expect

from assessment import QUESTIONS_BY_ID, InvalidAnswer, assess
from assessment._i18n import translator
from assessment.diary import analyse, to_csv
from tests.support.answers import OIH_PICTURE, PATTERN_CASES, URGENT_WITH_WITHDRAWAL
from tests.support.pages import TOOL_READY, TOOL_READY_TIMEOUT_MS, fill_form, new_context, submit_and_wait, wait_for

from .diary_helpers import MESSAGE, REPORT, import_file, open_diary, sample_diary, write_json

pytestmark = pytest.mark.browser

SPANISH = "es"
to_spanish = translator(SPANISH)


@pytest.fixture
def page(repeat_page: Page) -> Page:
    """A repeat visit: a new tab in the module's shared context, Python restored from its snapshot."""
    return repeat_page


@pytest.fixture(scope="module")
def spanish_tool(browser: Browser, site_url: str) -> Iterator[Page]:
    """The Spanish self-check, booted once for this module's read-only checks."""
    context = new_context(browser)
    page = context.new_page()
    page.goto(site_url + "es/assessment/")
    wait_for(page, TOOL_READY)
    yield page
    context.close()


def test_the_page_says_it_is_spanish_and_the_status_is_in_spanish(spanish_tool: Page) -> None:
    assert spanish_tool.evaluate("document.documentElement.lang") == SPANISH
    expect(spanish_tool.locator("#oih-tool-status")).to_contain_text(
        to_spanish("The checker is ready. Answer what you can, then choose See my result.")
    )


def test_pyodide_answers_in_spanish_exactly_as_cpython_does(spanish_tool: Page) -> None:
    published = json.loads((Path(__file__).resolve().parents[1] / "cases" / "published_cases.json").read_text("utf-8"))
    cases: list[dict[str, Any]] = [{}, *PATTERN_CASES.values(), *(case["answers"] for case in published["cases"])]
    expected = [{"ok": True, "result": assess(case, SPANISH).to_dict()} for case in cases]
    # Spanish words, not English ones passed through.
    assert expected[1]["result"]["summary"] != assess(cases[1]).to_dict()["summary"]
    actual = spanish_tool.evaluate(
        "async cases => { const out = []; for (const c of cases) out.push(await window.oihSelfCheck.assess(c)); return out; }",
        cases,
    )
    assert actual == expected


def test_a_bad_answer_is_refused_in_spanish(spanish_tool: Page) -> None:
    bad = {"medications": [{"opioid": "morphine", "daily_dose": -5}]}
    with pytest.raises(InvalidAnswer) as error:
        assess(bad)
    outcome = spanish_tool.evaluate("c => window.oihSelfCheck.assess(c)", bad)
    assert outcome["ok"] is False
    assert outcome["question"] == "medications"
    assert outcome["problem"] == error.value.problem_in(to_spanish)
    assert outcome["problem"] != error.value.problem_in(lambda message: message)


def test_the_form_shows_a_spanish_result_with_urgent_help_first(page: Page, site_url: str) -> None:
    page.goto(site_url + "es/assessment/")
    wait_for(page, TOOL_READY)
    expected = assess(URGENT_WITH_WITHDRAWAL, SPANISH)
    fill_form(page, URGENT_WITH_WITHDRAWAL)
    submit_and_wait(page)
    first = page.locator("#oih-result-body > :not(.oih-print-only)").first
    assert first.get_attribute("data-flag") == "emergency"
    expect(first).to_contain_text(expected.to_dict()["urgent_details"][0]["title"])

    page.click("#oih-reset")
    expected = assess(OIH_PICTURE, SPANISH)
    fill_form(page, OIH_PICTURE)
    submit_and_wait(page)
    result = page.locator("#oih-result")
    assert result.get_attribute("data-pattern") == expected.pattern
    expect(result).to_contain_text(expected.pattern_label)
    expect(result).to_contain_text(expected.summary)


def test_a_missing_dose_is_named_in_spanish(page: Page, site_url: str) -> None:
    page.goto(site_url + "es/assessment/")
    wait_for(page, TOOL_READY)
    page.select_option("#medications-0-opioid", "morphine")
    page.click("#oih-submit")
    error = page.locator("#oih-form-error")
    expect(error).to_be_visible(timeout=TOOL_READY_TIMEOUT_MS)
    expect(error).to_contain_text(to_spanish(QUESTIONS_BY_ID["medications"].prompt))
    expect(error).to_contain_text(to_spanish("the total amount is missing"))


def _open_in_the_spanish_diary(page: Page, site_url: str, path: Path) -> None:
    """The Spanish diary page, with ``path`` opened and analysed."""
    page.goto(site_url + "es/diary/")
    wait_for(page, f"{REPORT}[data-state='ready']")
    page.set_input_files("[data-diary-import]", str(path))
    page.wait_for_function(
        "selector => document.querySelector(selector).hasAttribute('data-events')", arg=REPORT,
        timeout=TOOL_READY_TIMEOUT_MS,
    )


def test_the_spanish_diary_reports_in_spanish(page: Page, site_url: str, tmp_path: Path) -> None:
    diary = sample_diary()
    expected = analyse(diary, SPANISH).to_dict()
    _open_in_the_spanish_diary(page, site_url, write_json(tmp_path, "diario.json", diary))
    expect(page.locator("#diary-entry-status")).to_contain_text("Se abrió “diario.json”")
    report = page.locator(REPORT)
    expect(report.locator("svg.oih-diary-chart__svg")).to_have_accessible_name(
        to_spanish("Your daily pain and opioid dose")
    )
    for sentence in expected["summary"]:
        expect(report.locator(".oih-diary-summary")).to_contain_text(sentence)


def test_a_spreadsheet_with_a_bad_cell_is_explained_in_spanish(page: Page, site_url: str, tmp_path: Path) -> None:
    sheet = tmp_path / "diario.csv"
    sheet.write_text("date,pain\n2026-03-01,11\n", encoding="utf-8")
    page.goto(site_url + "es/diary/")
    wait_for(page, f"{REPORT}[data-state='ready']")
    page.set_input_files("[data-diary-import]", str(sheet))
    message = page.locator(MESSAGE)
    expect(message).to_contain_text("No se pudo abrir “diario.csv”", timeout=TOOL_READY_TIMEOUT_MS)
    # The cell is named, and what is wrong with it said, in Spanish.
    expect(message).to_contain_text("fila 2, pain: 11 está fuera de 0-10")


def test_a_diary_saved_in_spanish_opens_in_english(page: Page, site_url: str, tmp_path: Path) -> None:
    diary = sample_diary()
    _open_in_the_spanish_diary(page, site_url, write_json(tmp_path, "diario.json", diary))
    saved: dict[str, Path] = {}
    for kind in ("json", "csv"):
        with page.expect_download() as download:
            page.click(f"[data-diary-export='{kind}']")
        saved[kind] = tmp_path / f"exportado.{kind}"
        download.value.save_as(saved[kind])
    # The files hold ids and numbers, never words: the same in every language.
    assert json.loads(saved["json"].read_text(encoding="utf-8")) == diary
    assert saved["csv"].read_bytes().decode("utf-8-sig") == to_csv(diary).lstrip("\ufeff")

    english = analyse(diary).to_dict()
    open_diary(page, site_url)
    for kind in ("json", "csv"):
        import_file(page, saved[kind])
        assert page.get_attribute(REPORT, "data-events") == str(len(english["events"])), kind
        expect(page.locator(".oih-diary-summary")).to_contain_text(english["summary"][0])
