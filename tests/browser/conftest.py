"""Browser fixtures: the built site on loopback, and Debian's Chromium driven by Playwright."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from playwright.sync_api import Browser, BrowserContext, Page, sync_playwright

from site_build.chromium import CHROMIUM, CHROMIUM_ARGS
from site_build.publish.serve import serve_in_background
from tests.support.axe import AXE_FILES
from tests.support.pages import (
    TOOL_READY_TIMEOUT_MS,
    RepeatVisits,
    SharedTool,
    built_pages,
    english_and_spanish_smoke,
    new_context,
)
from tests.support.walk import Findings, walk_every_page

# Kept here too for the modules that import it from this conftest.
__all__ = ["TOOL_READY_TIMEOUT_MS"]


@pytest.fixture(scope="session")
def site_url(built_site: Path) -> Iterator[str]:
    server, url = serve_in_background(built_site, extra_files=AXE_FILES)
    yield url
    server.shutdown()


@pytest.fixture(scope="session")
def browser() -> Iterator[Browser]:
    if not Path(CHROMIUM).exists():
        pytest.fail(f"{CHROMIUM} is missing: run `make test`, which installs Debian's chromium")
    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=CHROMIUM, args=list(CHROMIUM_ARGS))
        yield browser
        browser.close()


@pytest.fixture
def page(browser: Browser) -> Iterator[Page]:
    context = new_context(browser)
    page = context.new_page()
    yield page
    context.close()


@pytest.fixture
def axe_context(browser: Browser) -> Iterator[BrowserContext]:
    """A fresh context for an axe test of a first visit, or one that routes requests of its own.

    Service workers are blocked so every request reaches the test's routes
    (the site's worker would otherwise answer repeat visits from its cache).
    """
    context = new_context(browser)
    yield context
    context.close()


@pytest.fixture(scope="module")
def shared_tool(browser: Browser, site_url: str) -> Iterator[SharedTool]:
    """The self-check booted once for a module's tests (see SharedTool)."""
    shared = SharedTool(browser, site_url)
    yield shared
    shared.close()


@pytest.fixture
def tool_page(shared_tool: SharedTool) -> Page:
    """The self-check, booted and ready, as a new visit finds it, in a desktop window.

    For tests about the tool's answers and result, not about booting: those,
    and any test that routes requests or listens to the page, use ``page``.
    """
    return shared_tool.page()


@pytest.fixture(scope="module")
def repeat_visits(browser: Browser) -> Iterator[RepeatVisits]:
    visits = RepeatVisits(browser)
    yield visits
    visits.close()


@pytest.fixture
def repeat_page(repeat_visits: RepeatVisits) -> Iterator[Page]:
    """A new tab in a context the module's tests share: a repeat visit (see RepeatVisits)."""
    page = repeat_visits.new_page()
    yield page
    repeat_visits.end(page)


@pytest.fixture(scope="session")
def site_walk(browser: Browser, built_site: Path, site_url: str) -> Findings:
    """Every English page and the Spanish smoke set visited once, with what each every-page test checks (walk.py)."""
    found = walk_every_page(browser, site_url, english_and_spanish_smoke(built_pages(built_site)))
    assert "assessment/index.html" in found.pages and len(found.pages) > 5
    assert not found.unreachable, "\n".join(found.unreachable)
    return found
