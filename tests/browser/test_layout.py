"""Phones and zoom: every page reflows to a phone's width, and text zooms to 200%.

WCAG 1.4.10 (reflow) asks for no horizontal scrolling at 320 CSS px, the width
a 1280 px window has at 400% zoom; 360 px is a common phone. Tables and code
blocks may scroll sideways inside their own box (the theme wraps tables in
``.md-typeset__scrollwrap``): that is the exception 1.4.10 allows, and it does
not move the page.

WCAG 1.4.4 (resize text) asks that text zoom to 200% without losing content.
A browser's text-only zoom (Chromium's font-size setting) scales the default
font size; here the root font size is doubled through the CSSOM, which the
site's Content-Security-Policy allows. The theme sets the root to 125% of the
default, so "doubled" means twice the computed size, not ``200%``. Media
queries keep their width, so the desktop layout is tried with doubled text too,
which is harder than a real text zoom that would also switch to the tablet
layout.

Each check asks two things of the page as shown: nothing scrolls it sideways
(no element, and no run of text, ends past the right edge, outside a box that
scrolls on purpose), and no box that clips its overflow cuts off text. Every
page is checked at 320 and 360 px; text doubled, a representative set at 320,
360 and 1280 px. The self-check is checked with a result showing: an urgent
box, the reasons, and the opioid amount in MME.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from pathlib import Path

import pytest
from playwright.sync_api import Browser, Page

from tests.support.answers import URGENT_WITH_MME as URGENT_ANSWERS
from tests.support.layout import (
    DESKTOP,
    PHONE_HEIGHT,
    PHONE_WIDTHS,
    clipped,
    double_text,
    sideways,
    window,
    window_options,
)
from tests.support.pages import (
    SETTLE_ANIMATIONS,
    TOOL_READY_TIMEOUT_MS,
    SharedTool,
    built_pages,
    fill_form,
    submit_and_wait,
)

pytestmark = pytest.mark.browser

TOOL_PAGE = "assessment/index.html"
ZOOM_PAGES = (
    "index.html",
    "what-is-oih/index.html",
    "oih-or-tolerance/index.html",
    "faq/index.html",
    "glossary/index.html",
    "references/index.html",
    "students/cases/index.html",
    "students/how-the-tool-decides/index.html",
)

_RESULT_PARTS = """() => ({
  urgent: !!document.querySelector('#oih-result .oih-urgent'),
  reasons: document.querySelectorAll('#oih-result .oih-reason').length,
  mme: !!document.querySelector('#oih-result .oih-result__mme'),
})"""


def _open(page: Page, site_url: str, relative: str) -> None:
    url = site_url + relative.removesuffix("index.html")
    response = page.goto(url)
    if relative != "404.html":
        assert response is not None and response.ok, f"{url} answered {response and response.status}"
    # goto waits for "load" (images have their size); the theme wraps tables
    # before that. Not "networkidle": the service worker's caching would only add time.
    page.evaluate("() => document.fonts.ready.then(() => true)")


def _show_result(shared_tool: SharedTool, width: int) -> Page:
    """The self-check, booted in a window ``width`` wide, showing a result; its page."""
    page = shared_tool.page(**window_options(width))
    fill_form(page, URGENT_ANSWERS)
    submit_and_wait(page, TOOL_READY_TIMEOUT_MS)
    parts = page.evaluate(_RESULT_PARTS)
    assert parts["urgent"] and parts["reasons"] and parts["mme"], f"the result lacks a part: {parts}"
    return page


@pytest.fixture(scope="module")
def phone_findings(browser: Browser, built_site: Path, site_url: str) -> dict[int, list[str]]:
    """Every page on a phone at each width of PHONE_WIDTHS: the problems found at each.

    Each page loads once, at the narrowest width, and the window is then
    widened, as a phone turned or a different model would show it.
    """
    pages = built_pages(built_site)
    assert TOOL_PAGE in pages and len(pages) > 5
    widths = sorted(PHONE_WIDTHS)
    with window(browser, widths[0]) as page:
        return _each_page_widened(page, site_url, pages, widths)


def _each_page_widened(
    page: Page, site_url: str, pages: Iterable[str], widths: list[int], prepare: Callable[[Page], None] = lambda page: None
) -> dict[int, list[str]]:
    """Each page loaded once at the first width, ``prepare``d, then widened to each next one: the problems at each."""
    height = page.viewport_size["height"] if page.viewport_size else PHONE_HEIGHT
    found: dict[int, list[str]] = {width: [] for width in widths}
    for relative in pages:
        page.set_viewport_size({"width": widths[0], "height": height})
        _open(page, site_url, relative)
        prepare(page)
        for width in widths:
            if width != widths[0]:
                page.set_viewport_size({"width": width, "height": height})
            found[width] += sideways(page, relative, width) + clipped(page, relative)
    return found


@pytest.mark.parametrize("width", PHONE_WIDTHS)
def test_no_page_scrolls_sideways_on_a_phone(phone_findings: dict[int, list[str]], width: int) -> None:
    assert not phone_findings[width], "\n".join(phone_findings[width])


@pytest.mark.parametrize("width", PHONE_WIDTHS)
def test_the_result_fits_on_a_phone(shared_tool: SharedTool, width: int) -> None:
    page = _show_result(shared_tool, width)
    label = "self-check with a result"
    problems = sideways(page, label, width) + clipped(page, label)
    assert not problems, "\n".join(problems)


@pytest.fixture(scope="module")
def zoom_findings(browser: Browser, site_url: str) -> dict[int, list[str]]:
    """ZOOM_PAGES with text doubled, on each phone width and a desktop: the problems found at each.

    On a phone each page loads once, at the narrowest width, and is then
    widened, as in ``phone_findings``; the desktop has a window of its own.
    """
    found: dict[int, list[str]] = {}
    for widths in (sorted(PHONE_WIDTHS), [DESKTOP[0]]):
        with window(browser, widths[0]) as page:
            found.update(_each_page_widened(page, site_url, ZOOM_PAGES, widths, prepare=double_text))
    return found


@pytest.mark.parametrize("width", (*PHONE_WIDTHS, DESKTOP[0]))
def test_text_zooms_to_200_percent(zoom_findings: dict[int, list[str]], shared_tool: SharedTool, width: int) -> None:
    problems = list(zoom_findings[width])
    page = _show_result(shared_tool, width)
    double_text(page)
    label = "self-check with a result"
    problems += sideways(page, label, width) + clipped(page, label)
    assert not problems, "\n".join(problems)


@pytest.fixture(scope="module")
def diary_findings(browser: Browser, site_url: str, tmp_path_factory: pytest.TempPathFactory) -> dict[int, list[str]]:
    """The diary with a report, as shown and with text doubled, at each phone width.

    It loads once, at the narrowest width, and is widened and narrowed again,
    as a phone turned would show it (the charts redraw for the new width).
    """
    from .diary_helpers import import_file, open_diary, sample_diary, write_json

    narrowest, *wider = sorted(PHONE_WIDTHS)
    found: dict[int, list[str]] = {width: [] for width in PHONE_WIDTHS}

    def check(page: Page, width: int, label: str) -> None:
        page.set_viewport_size({"width": width, "height": PHONE_HEIGHT})
        # At the top, as the other pages are measured: scrolled, the theme's
        # header swaps the site name for the page title, cut with an ellipsis.
        page.evaluate("() => window.scrollTo(0, 0)")
        page.evaluate(SETTLE_ANIMATIONS)
        found[width] += sideways(page, label, width) + clipped(page, label)

    with window(browser, narrowest) as page:
        open_diary(page, site_url)
        import_file(page, write_json(tmp_path_factory.mktemp("diary"), "diary.json", sample_diary()))
        page.click("#oih-diary-report details summary")
        page.click("#diary-show-all")
        for width in (narrowest, *wider):
            check(page, width, "diary with a report")
        double_text(page)
        for width in (*reversed(wider), narrowest):
            check(page, width, "diary, text doubled")
    return found


@pytest.mark.parametrize("width", PHONE_WIDTHS)
def test_the_diary_with_a_report_fits_on_a_phone(diary_findings: dict[int, list[str]], width: int) -> None:
    assert not diary_findings[width], "\n".join(diary_findings[width])
