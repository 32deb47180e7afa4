"""On pages that boot Python the theme's search index and search worker wait until
search opens (search-on-demand.js), and search still works there; other pages are
as the theme makes them."""

from __future__ import annotations

import pytest
from playwright.sync_api import Page

from tests.support.pages import TOOL_READY, wait_for

pytestmark = pytest.mark.browser

_INDEX = "/search/search_index.json"
_WORKER = "/assets/javascripts/workers/search."


def _search_requests(page: Page) -> list[str]:
    found: list[str] = []
    page.on("request", lambda request: (_INDEX in request.url or _WORKER in request.url) and found.append(request.url))
    return found


def _search_finds(page: Page, words: str) -> int:
    # Typed key by key: the theme searches on key events, which fill() does not send.
    page.locator(".md-search__input").press_sequentially(words, delay=20)
    results = page.locator(".md-search-result__item")
    results.first.wait_for()
    return results.count()


def test_on_the_tool_page_search_loads_only_when_opened_and_then_works(page: Page, site_url: str) -> None:
    errors: list[str] = []
    page.on("console", lambda message: message.type == "error" and errors.append(message.text))
    requested = _search_requests(page)
    page.goto(site_url + "assessment/")
    wait_for(page, TOOL_READY)
    page.wait_for_load_state("networkidle")
    assert requested == []
    # Opened the way a keyboard does (the theme's "s" shortcut checks the search toggle).
    page.locator("body").press("s")
    assert page.locator("#__search").is_checked()
    assert _search_finds(page, "tolerance") > 0
    assert {_INDEX in url for url in requested} == {True, False}  # the index and the worker, once each
    assert len(requested) == 2
    # Python still answers, through its own worker, which the search worker's stand-in left alone.
    assert page.evaluate("() => window.oihPython.call('assess', {})")["ok"] is True
    assert not errors, errors


def test_on_the_tool_page_a_link_from_a_search_result_highlights_at_once(page: Page, site_url: str) -> None:
    requested = _search_requests(page)
    page.goto(site_url + "assessment/?h=tolerance")
    page.locator("mark").first.wait_for()
    assert any(_INDEX in url for url in requested)


def test_on_a_page_without_python_search_loads_with_the_page(page: Page, site_url: str) -> None:
    requested = _search_requests(page)
    page.goto(site_url + "what-is-oih/")
    page.wait_for_load_state("networkidle")
    assert len(requested) == 2
    page.locator(".md-search__input").click(force=True)
    assert _search_finds(page, "tolerance") > 0
    assert page.evaluate("() => document.querySelector('script[src$=\"search-on-demand.js\"]')") is None
