"""Privacy on every built page: no request to another origin, no console error
(a Content-Security-Policy violation is one), no cookie, and nothing written
to storage unless the reader asks.

"Storage" here is everything that could hold something about the reader:
cookies, localStorage, sessionStorage and IndexedDB. The service worker's
Cache Storage holds only this site's own public files (see
test_service_worker.py), the same for every visitor.
"""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from playwright.sync_api import Browser, Page

from tests.support.pages import (
    NOTHING_STORED,
    STORED,
    TOOL_READY,
    TOOL_READY_TIMEOUT_MS,
    built_pages,
    fill_form,
    submit_and_wait,
    wait_for,
)
from tests.support.walk import Findings

pytestmark = pytest.mark.browser


def test_every_page_stays_on_its_origin(site_walk: Findings) -> None:
    # Each page as a first visit, in a fresh context, once its requests have
    # settled (the self-check's once Python is ready): see tests/support/walk.py.
    assert not site_walk.privacy, "\n".join(site_walk.privacy)


def test_only_the_tool_page_loads_pyodide(browser: Browser, site_url: str) -> None:
    context = browser.new_context()
    page = context.new_page()
    requested: list[str] = []
    page.on("request", lambda request: requested.append(request.url))
    page.goto(site_url)
    page.wait_for_load_state("networkidle")
    context.close()
    assert not [url for url in requested if "pyodide" in url or url.endswith(".whl")]


def test_using_the_tool_and_search_stores_nothing(page: Page, site_url: str) -> None:
    page.goto(site_url + "assessment/")
    wait_for(page, TOOL_READY)
    fill_form(page, {"pain_spread": "yes", "self_harm_thoughts": "yes"})
    submit_and_wait(page, TOOL_READY_TIMEOUT_MS)
    page.locator(".md-search__input").click(force=True)
    page.locator(".md-search__input").press_sequentially("tolerance", delay=20)
    page.locator(".md-search-result__item").first.wait_for()
    assert page.evaluate(STORED) == NOTHING_STORED
    assert page.context.cookies() == []


def test_the_colour_scheme_is_saved_only_when_the_reader_picks_one(page: Page, site_url: str) -> None:
    page.goto(site_url)
    assert page.evaluate(STORED) == NOTHING_STORED
    page.locator("[data-oih-palette] label:visible").first.click()
    stored = page.evaluate(STORED)
    assert [key.rsplit(".", 1)[1] for key in stored["local"]] == ["__palette"]
    scheme = page.get_attribute("body", "data-md-color-scheme")
    page.goto(site_url + "what-is-oih/")
    assert page.get_attribute("body", "data-md-color-scheme") == scheme


def test_every_online_page_has_the_policy_and_no_inline_script(built_site: Path) -> None:
    problems = []
    for relative in built_pages(built_site):
        html = (built_site / relative).read_text(encoding="utf-8")
        if 'http-equiv="Content-Security-Policy"' not in html:
            problems.append(f"{relative}: no Content-Security-Policy meta")
        for tag in re.findall(r"<script\b[^>]*>", html):
            if "src=" not in tag and 'type="application/json"' not in tag:
                problems.append(f"{relative}: inline script {tag}")
        if re.search(r"\son[a-z]+=\"", html):
            problems.append(f"{relative}: inline event handler")
        if re.search(r"\sstyle=\"|<style\b", html):
            problems.append(f"{relative}: inline style (the policy's style-src is 'self')")
    assert not problems, "\n".join(problems)


def test_the_diary_stores_nothing_until_keep_is_ticked(page: Page, site_url: str, tmp_path: Path) -> None:
    from .diary_helpers import import_file, open_diary, sample_diary, wait_for_report, write_json

    open_diary(page, site_url)
    page.click("label[for='diary-pain-4']")
    page.click("#diary-save")
    wait_for_report(page, "Saved")
    import_file(page, write_json(tmp_path, "diary.json", sample_diary()))
    with page.expect_download():
        page.click("[data-diary-export='json']")
    assert page.evaluate(STORED) == NOTHING_STORED
    assert page.context.cookies() == []
    # Ticked, the diary (and only the diary) is kept, in localStorage.
    page.check("[data-diary-keep]")
    stored = page.evaluate(STORED)
    assert stored == {**NOTHING_STORED, "local": [page.evaluate("window.oihDiaryStore.KEY")]}
