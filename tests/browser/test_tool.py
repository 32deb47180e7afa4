"""The self-check in Chromium: it boots from the site's own files and agrees with CPython."""

from __future__ import annotations

import re

import pytest
from playwright.sync_api import Page, expect

from assessment import QUESTIONS, QUESTIONS_BY_ID, assess
from tests.support.answers import OIH_PICTURE, TOOL_CASES, URGENT_WITH_WITHDRAWAL
from tests.support.pages import TOOL_READY, TOOL_READY_TIMEOUT_MS, fill_form, submit_and_wait, wait_for

pytestmark = pytest.mark.browser


def open_tool(page: Page, site_url: str) -> None:
    page.goto(site_url + "assessment/")


@pytest.mark.parametrize("case", sorted(TOOL_CASES))
def test_browser_result_equals_cpython(tool_page: Page, case: str) -> None:
    answers = TOOL_CASES[case]
    expected = assess(answers).to_dict()
    fill_form(tool_page, answers)
    submit_and_wait(tool_page, TOOL_READY_TIMEOUT_MS)

    result = tool_page.locator("#oih-result")
    assert result.get_attribute("data-pattern") == expected["pattern"]
    assert result.get_attribute("data-urgent").split() == expected["urgent"]
    shown_rules = tool_page.locator("#oih-result [data-rule]").evaluate_all(
        "nodes => nodes.map(n => n.dataset.rule)"
    )
    assert shown_rules == [reason["rule"] for reason in expected["reasons"]]
    assert tool_page.locator("#oih-tool").get_attribute("data-state") == "ready"


def test_urgent_boxes_come_first_and_take_focus(tool_page: Page) -> None:
    fill_form(tool_page, URGENT_WITH_WITHDRAWAL)
    submit_and_wait(tool_page, TOOL_READY_TIMEOUT_MS)
    # The first thing shown on screen (the print-only header is hidden there).
    first = tool_page.locator("#oih-result-body > :not(.oih-print-only)").first
    expect(first).to_be_visible()
    assert first.get_attribute("data-flag") == "emergency"
    assert first.get_attribute("role") == "alert"
    assert tool_page.evaluate("document.activeElement.dataset.flag") == "emergency"


def test_result_is_a_live_region_with_next_steps(tool_page: Page) -> None:
    fill_form(tool_page, OIH_PICTURE)
    submit_and_wait(tool_page, TOOL_READY_TIMEOUT_MS)
    result = tool_page.locator("#oih-result")
    assert result.get_attribute("aria-live") == "polite"
    expect(result).to_contain_text("clinician")
    expect(result).to_contain_text("does not diagnose")
    expect(tool_page.locator(".oih-print-button")).to_be_visible()


def test_state_becomes_ready(page: Page, site_url: str) -> None:
    open_tool(page, site_url)
    assert page.locator("#oih-tool").get_attribute("data-state") in {"loading", "ready"}
    wait_for(page, TOOL_READY)
    expect(page.locator("#oih-tool-status")).to_contain_text("ready")


def test_bad_dose_gives_a_readable_message_and_keeps_answers(tool_page: Page) -> None:
    tool_page.check("#q-pain_spread-yes")
    tool_page.select_option("#medications-0-opioid", "morphine")
    tool_page.click("#oih-submit")
    error = tool_page.locator("#oih-form-error")
    expect(error).to_be_visible(timeout=TOOL_READY_TIMEOUT_MS)
    # The question by its words, and what to fix in the field's own words.
    expect(error).to_contain_text(QUESTIONS_BY_ID["medications"].prompt)
    expect(error).to_contain_text("the total amount is missing")
    assert "Traceback" not in error.inner_text() and "medications[0]" not in error.inner_text()
    assert tool_page.is_checked("#q-pain_spread-yes")
    assert tool_page.locator("#oih-result").get_attribute("data-pattern") == ""


def test_form_reads_without_javascript(browser, site_url: str) -> None:
    context = browser.new_context(java_script_enabled=False)
    try:
        page = context.new_page()
        page.goto(site_url + "assessment/")
        legends = page.locator("fieldset.oih-question > legend")
        expect(legends).to_have_count(len(QUESTIONS))
        for question in QUESTIONS:
            expect(page.locator(f"#q-{question.id} > legend")).to_be_visible()
        expect(page.locator("noscript")).to_have_count(1)
    finally:
        context.close()


def test_printed_summary_is_one_page_with_answers_and_date(tool_page: Page) -> None:
    fill_form(tool_page, OIH_PICTURE)
    submit_and_wait(tool_page, TOOL_READY_TIMEOUT_MS)
    tool_page.emulate_media(media="print")
    expect(tool_page.locator(".oih-print-header")).to_be_visible()
    expect(tool_page.locator(".oih-print-header")).to_contain_text("not a diagnosis")
    expect(tool_page.locator("#oih-form")).to_be_hidden()
    expect(tool_page.locator(".oih-print-answers")).to_contain_text("Oxycodone 80")
    pdf = tool_page.pdf(format="A4")
    pages = len(re.findall(rb"/Type\s*/Page[^s]", pdf))
    assert pages == 1, f"the summary printed on {pages} pages"


def test_sharpen_shows_the_top_three_questions_linked_to_the_form(tool_page: Page) -> None:
    answers = {"duration": "over_12_months", "pain_trend": "worse"}
    expected = [item["question"] for item in assess(answers).to_dict()["sharpen"]][:3]
    assert len(expected) == 3
    fill_form(tool_page, answers)
    submit_and_wait(tool_page, TOOL_READY_TIMEOUT_MS)
    block = tool_page.locator(".oih-result__sharpen")
    expect(block).to_contain_text("Answering these could change the result")
    items = block.locator("li[data-question]")
    assert items.evaluate_all("nodes => nodes.map(n => n.dataset.question)") == expected
    for question_id in expected:
        link = block.locator(f"li[data-question='{question_id}'] a")
        assert link.get_attribute("href") == f"#q-{question_id}"
        expect(tool_page.locator(f"fieldset#q-{question_id}")).to_have_count(1)
    block.locator("a").first.click()
    assert tool_page.evaluate("location.hash") == f"#q-{expected[0]}"


def test_no_sharpen_block_when_nothing_could_change_the_result(tool_page: Page) -> None:
    assert assess(OIH_PICTURE).to_dict()["sharpen"] == []
    fill_form(tool_page, OIH_PICTURE)
    submit_and_wait(tool_page, TOOL_READY_TIMEOUT_MS)
    expect(tool_page.locator(".oih-result__sharpen")).to_have_count(0)
