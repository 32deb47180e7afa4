"""Accessibility: axe-core on every page and every state of the self-check, in
both colour palettes, and the semantics a rule engine cannot judge alone.

axe-core (pinned in package.json) runs the WCAG 2.0/2.1/2.2 A and AA rules and
its best practices, and every test asserts zero violations. The site's
Content-Security-Policy forbids inline scripts, so axe cannot be pasted into
the page (``add_script_tag(path=...)`` inlines it); instead a route answers one
same-origin URL with node_modules/axe-core/axe.min.js and the page loads it
like its own script, with the policy still in force (the helpers are in
tests/support/axe.py, the ``axe_context`` fixture in tests/browser/conftest.py).

Each page is checked with every rule in the light palette and, after the
header's own toggle switches ``body[data-md-color-scheme]`` to "slate", with
the colour rules in the dark one (a palette changes colours and nothing else),
so one page load serves both. Every page is visited once, for these checks and
the other every-page tests together (tests/support/walk.py).
"""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from playwright.sync_api import BrowserContext, Page, Route, expect

from assessment import QUESTIONS
from tests.support.answers import NON_URGENT, URGENT
from tests.support.axe import axe_both_palettes, axe_problems, hold_route, report
from tests.support.pages import TOOL_READY_TIMEOUT_MS, fill_form, submit_and_wait, wait_for
from tests.support.semantics import EXPOSED_HEADINGS, heading_problems, page_semantics_problems
from tests.support.walk import Findings

pytestmark = pytest.mark.browser


# ---- axe on every page -----------------------------------------------------


def test_axe_finds_nothing_on_any_page_in_either_palette(site_walk: Findings) -> None:
    # The self-check's page is checked ready here; its loading state, and its
    # other states, have tests of their own below.
    assert not site_walk.axe, report(site_walk.axe)


def test_axe_finds_nothing_at_phone_width_with_the_menu_and_search_open(
    axe_context: BrowserContext, site_url: str
) -> None:
    # At 360 px the header's menu and search icons show (and are made keyboard
    # buttons by header-toggles.js); the drawer and the search overlay open.
    page = axe_context.new_page()
    page.set_viewport_size({"width": 360, "height": 740})
    page.route("**/pyodide.asm.wasm", hold_route([]))
    problems: list[str] = []
    for relative in ("", "what-is-oih/", "assessment/"):
        page.goto(site_url + relative)
        problems += axe_both_palettes(page, site_url, f"/{relative} at 360 px")
    for toggle_id in ("__drawer", "__search"):
        page.goto(site_url + "what-is-oih/")
        page.click(f".md-header__button[for='{toggle_id}']")
        assert page.locator(f"#{toggle_id}").is_checked()
        problems += axe_problems(page, site_url, f"/what-is-oih/ at 360 px, #{toggle_id} open")
    assert not problems, report(problems)


# ---- axe on each state of the self-check ------------------------------------


def open_tool(context: BrowserContext, site_url: str) -> Page:
    page = context.new_page()
    page.goto(site_url + "assessment/")
    return page


def test_axe_finds_nothing_while_the_checker_loads(axe_context: BrowserContext, site_url: str) -> None:
    held: list[Route] = []
    axe_context.route("**/pyodide.asm.wasm", hold_route(held))
    page = open_tool(axe_context, site_url)
    expect(page.locator("#oih-tool")).to_have_attribute("data-state", "loading")
    problems = axe_both_palettes(page, site_url, "tool: loading")
    # Submitting before the checker is ready says the answers are kept.
    fill_form(page, URGENT)
    page.click("#oih-submit")
    expect(page.locator("#oih-tool-status")).to_contain_text("as soon as the checker is ready")
    problems += axe_both_palettes(page, site_url, "tool: loading, submitted")
    assert held, "the wasm download was never requested, so the loading state was not held"
    expect(page.locator("#oih-tool")).to_have_attribute("data-state", "loading")
    assert not problems, report(problems)


def test_axe_finds_nothing_in_either_kind_of_result(tool_page: Page, site_url: str) -> None:
    # The empty form, ready, is the walk's (test_axe_finds_nothing_on_any_page_in_either_palette).
    page = tool_page
    fill_form(page, NON_URGENT)
    submit_and_wait(page, TOOL_READY_TIMEOUT_MS)
    assert page.locator("#oih-result").get_attribute("data-urgent") == ""
    problems = axe_both_palettes(page, site_url, "tool: result")

    page.click("#oih-reset")
    fill_form(page, URGENT)
    submit_and_wait(page, TOOL_READY_TIMEOUT_MS)
    expect(page.locator("#oih-result [data-flag]").first).to_be_visible()
    problems += axe_both_palettes(page, site_url, "tool: urgent result")
    assert not problems, report(problems)


def test_axe_finds_nothing_when_the_checker_cannot_load(axe_context: BrowserContext, site_url: str) -> None:
    axe_context.route("**/assets/pyodide/**", lambda route: route.abort())
    page = open_tool(axe_context, site_url)
    wait_for(page, "#oih-tool[data-state='error']")
    problems = axe_both_palettes(page, site_url, "tool: error")

    page.check("#q-pain_spread-yes")
    page.click("#oih-submit")
    expect(page.locator("#oih-form-error")).to_be_visible()
    expect(page.locator("#oih-form-error")).to_contain_text("could not load")
    problems += axe_both_palettes(page, site_url, "tool: error, form error shown")
    assert not problems, report(problems)


# ---- Semantics --------------------------------------------------------------

def test_every_page_has_lang_ordered_headings_and_named_images(site_walk: Findings) -> None:
    assert not site_walk.semantics, report(site_walk.semantics)


def test_heading_levels_hold_once_a_result_is_shown(tool_page: Page) -> None:
    fill_form(tool_page, {**NON_URGENT, **URGENT})
    submit_and_wait(tool_page, TOOL_READY_TIMEOUT_MS)
    problems = heading_problems(tool_page.evaluate(EXPOSED_HEADINGS), "assessment/ with a result")
    assert not problems, report(problems)


def test_every_question_is_a_fieldset_with_a_legend(page: Page, site_url: str) -> None:
    page.route("**/assets/pyodide/**", lambda route: route.abort())
    page.goto(site_url + "assessment/")
    fieldsets = page.evaluate(
        """() => [...document.querySelectorAll("#oih-form fieldset")].map((f) => ({
            id: f.id,
            legend: f.firstElementChild && f.firstElementChild.tagName === "LEGEND"
              ? f.firstElementChild.textContent.trim() : null,
            controls: f.querySelectorAll("input, select, textarea").length,
        }))"""
    )
    assert [f["id"] for f in fieldsets] == [f"q-{question.id}" for question in QUESTIONS]
    for fieldset, question in zip(fieldsets, QUESTIONS, strict=True):
        assert fieldset["legend"] == question.prompt, fieldset
        assert fieldset["controls"] >= 1, fieldset
    # No control floats outside a question.
    loose = page.evaluate(
        "() => [...document.querySelectorAll('#oih-form :is(input, select, textarea)')]"
        ".filter((c) => !c.closest('fieldset')).map((c) => c.id)"
    )
    assert loose == []


def test_every_form_control_has_a_real_label(page: Page, site_url: str) -> None:
    page.route("**/assets/pyodide/**", lambda route: route.abort())
    page.goto(site_url + "assessment/")
    controls = page.evaluate(
        """() => [...document.querySelectorAll("#oih-tool :is(input, select, textarea)")].map((c) => ({
            id: c.id,
            labels: [...(c.labels || [])].map((l) => l.textContent.trim()),
        }))"""
    )
    assert len(controls) > len(QUESTIONS)
    unlabelled = [c["id"] or "(no id)" for c in controls if not any(c["labels"])]
    assert unlabelled == [], f"controls without a <label> that has text: {unlabelled}"
    # Ids are unique, so each label's for= names one control: the "Yes" of one
    # question is never read out for another.
    ids = [c["id"] for c in controls]
    assert len(ids) == len(set(ids))
    # The buttons name themselves.
    for button in page.locator("#oih-tool button").all():
        expect(button).to_have_accessible_name(re.compile(r"\S"))


def test_the_result_is_a_focusable_live_region(tool_page: Page) -> None:
    result = tool_page.locator("#oih-result")
    # A polite live region, and it takes focus when the result appears (the
    # first urgent box takes it instead: tests/browser/test_tool.py), so a
    # screen reader reaches the result either way.
    assert result.get_attribute("aria-live") == "polite"
    assert result.get_attribute("tabindex") == "-1"
    assert tool_page.locator("#oih-tool-status").get_attribute("role") == "status"
    assert tool_page.locator("#oih-form-error").get_attribute("role") == "alert"

    fill_form(tool_page, NON_URGENT)
    submit_and_wait(tool_page, TOOL_READY_TIMEOUT_MS)
    expect(result).to_be_focused()
    expect(result).to_have_role("region")
    expect(result).to_have_accessible_name("Your result")
    # Focus on the region is shown, not just moved.
    outline = tool_page.evaluate(
        "() => { const s = getComputedStyle(document.activeElement);"
        " return [s.outlineStyle, parseFloat(s.outlineWidth)]; }"
    )
    assert outline[0] != "none" and outline[1] > 0, f"focused result has no outline: {outline}"


# ---- The diary ------------------------------------------------------------------


def test_axe_finds_nothing_on_the_diary_with_a_report_nor_in_the_self_check_using_it(
    axe_context: BrowserContext, site_url: str, tmp_path: Path
) -> None:
    from .diary_helpers import REPORT, import_file, open_diary, sample_diary, write_json

    page = axe_context.new_page()
    open_diary(page, site_url)
    import_file(page, write_json(tmp_path, "diary.json", sample_diary()))
    page.check("[data-diary-keep]")
    page.click("#diary-more summary")
    page.click("#oih-diary-report details summary")
    page.click("[data-diary-delete]")  # the confirmation shows; not confirmed
    problems = axe_both_palettes(page, site_url, "diary: report, table and confirmation open")
    problems += page_semantics_problems(page, "diary with a report", "en")

    page.set_viewport_size({"width": 320, "height": 640})
    problems += axe_problems(page, site_url, "diary at 320 px")

    page.goto(site_url + "assessment/")
    page.click("[data-use-diary]")
    wait_for(page, "fieldset[data-from-diary]")
    page.click("#oih-submit")
    wait_for(page, ".oih-result-diary svg")
    problems += axe_both_palettes(page, site_url, "self-check with the diary used")
    problems += heading_problems(page.evaluate(EXPOSED_HEADINGS), "self-check with the diary")
    assert page.locator(REPORT).count() == 0
    assert not problems, report(problems)
