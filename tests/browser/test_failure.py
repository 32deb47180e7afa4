"""When Pyodide cannot load, the tool says so and the page stays readable."""

from __future__ import annotations

import re

import pytest
from playwright.sync_api import Page, Route, expect

from assessment import QUESTIONS
from tests.support.pages import wait_for

pytestmark = pytest.mark.browser


def test_blocked_pyodide_shows_error_and_keeps_content(page: Page, site_url: str) -> None:
    page.route("**/assets/pyodide/**", lambda route: route.abort())
    page.goto(site_url + "assessment/")
    wait_for(page, "#oih-tool[data-state='error']", 30_000)
    status = page.locator("#oih-tool-status")
    expect(status).to_be_visible()
    expect(status).to_contain_text("could not load")
    expect(page.locator("h1")).to_be_visible()
    expect(page.locator("fieldset.oih-question")).to_have_count(len(QUESTIONS))
    expect(page.locator(".md-nav").first).to_be_attached()

    # Submitting now explains itself instead of failing silently.
    page.check("#q-pain_spread-yes")
    page.click("#oih-submit")
    expect(page.locator("#oih-form-error")).to_contain_text("could not load")
    assert page.is_checked("#q-pain_spread-yes")


def test_a_hanging_wasm_download_times_out_into_the_error_state(page: Page, site_url: str) -> None:
    # loadPyodide never settles when the wasm cannot be fetched: the page's
    # deadline must turn that into an error. Shorten it for the test.
    def shorten_deadline(route: Route) -> None:
        response = route.fetch()
        body = re.sub(r'data-timeout-ms="\d+"', 'data-timeout-ms="4000"', response.text())
        route.fulfill(response=response, body=body)

    page.route("**/assessment/", shorten_deadline)
    page.route("**/pyodide.asm.wasm", lambda route: route.abort())
    page.goto(site_url + "assessment/")
    wait_for(page, "#oih-tool[data-state='error']", 30_000)
    expect(page.locator("#oih-tool-status")).to_contain_text("could not load")
