"""One visit to each page, gathering what the every-page tests check.

Four tests ask something of every page: that it stays on its origin and keeps
nothing (test_origin), that axe finds nothing in either palette and that its
language, headings and images are right (test_accessibility), and that the
skip link comes first (test_keyboard). Each once loaded all 50 pages itself,
about 2.5 minutes of the suite together (docs/performance.md). The walk loads
each page once and keeps each concern's findings apart, so each test still
fails with its own list. It visits every English page and the Spanish smoke
set (SPANISH_SMOKE in pages.py).

All pages load in one tab, as a reader goes from page to page, instead of a
new context for each (67 s to 48.5 s for the walk). Each page is checked
as a first visit would find it: the tab's storage and cookies are emptied
after each page (the palette toggle saves the reader's choice), and the next
page's check starts from nothing.

The order on a page matters. What the page keeps is read twice: once after
axe's first run, before the palette toggle saves the reader's choice to
localStorage, and once more at the end, after the page's requests have
settled (Playwright's "networkidle", 0.5 s without a request), with that
one choice left out. The wait for the network then overlaps both axe runs
instead of only the first (docs/performance.md, 2026-12-07).
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field

from playwright.sync_api import Browser, Page

from .axe import axe_both_palettes
from .keyboard import skip_link_problems
from .pages import (
    FORGET,
    NOTHING_STORED,
    PALETTE_KEY,
    STORED,
    TOOL_READY,
    leaves_origin,
    new_context,
    page_language,
    wait_for,
)
from .semantics import page_semantics_problems

# Pages that boot the self-check: the walk waits until it is ready, so every
# request of the boot is seen and axe checks the form as a reader uses it.
# (The loading state has a test of its own in test_accessibility.)
_TOOL_PAGES = frozenset({"assessment/index.html", "es/assessment/index.html"})


@dataclass
class Findings:
    """What the walk found, per concern; empty lists when every page passed."""

    pages: list[str] = field(default_factory=list)
    unreachable: list[str] = field(default_factory=list)
    privacy: list[str] = field(default_factory=list)
    axe: list[str] = field(default_factory=list)
    semantics: list[str] = field(default_factory=list)
    skip_link: list[str] = field(default_factory=list)


def walk_every_page(browser: Browser, site_url: str, pages: Iterable[str]) -> Findings:
    found = Findings()
    # Service workers are blocked: each page is checked as the server sends
    # it, not from a worker's cache (test_service_worker covers them).
    context = new_context(browser)
    try:
        page = context.new_page()
        visiting = [""]
        _listen_for_privacy(page, site_url, visiting, found.privacy)
        for relative in pages:
            found.pages.append(relative)
            visiting[0] = relative
            _visit(page, site_url, relative, found)
            _forget(page)
    finally:
        context.close()
    return found


def _visit(page: Page, site_url: str, relative: str, found: Findings) -> None:
    response = page.goto(site_url + relative.removesuffix("index.html"))
    if relative != "404.html" and (response is None or not response.ok):
        found.unreachable.append(f"{relative}: answered {response and response.status}")
        return
    language = page_language(relative)
    found.semantics += page_semantics_problems(page, relative, language)
    found.skip_link += skip_link_problems(page, relative, language)
    page.evaluate("window.scrollTo(0, 0)")
    if relative in _TOOL_PAGES:
        wait_for(page, TOOL_READY)
    early: list[str] = []
    found.axe += axe_both_palettes(page, site_url, relative, lambda: early.extend(_kept(page, relative)))
    page.wait_for_load_state("networkidle")
    found.privacy += early or _kept(page, relative, palette_chosen=True)


def _forget(page: Page) -> None:
    """Empty what the page could keep, so the next page is checked as a first visit."""
    page.context.clear_cookies()
    page.evaluate(FORGET)
    assert page.evaluate(STORED) == NOTHING_STORED, "the walk could not empty the tab's storage"


def _listen_for_privacy(page: Page, site_url: str, visiting: list[str], problems: list[str]) -> None:
    """Requests off the origin and errors, each named by the page being visited (``visiting[0]``)."""
    page.on(
        "request",
        lambda request: leaves_origin(request.url, site_url)
        and problems.append(f"{visiting[0]}: request to {request.url}"),
    )
    page.on(
        "console",
        lambda message: message.type == "error" and problems.append(f"{visiting[0]}: console error: {message.text}"),
    )
    page.on("pageerror", lambda error: problems.append(f"{visiting[0]}: {error}"))


def _kept(page: Page, relative: str, palette_chosen: bool = False) -> list[str]:
    """What the page set in cookies and storage: nothing, or, once the toggle was used, the palette it saved."""
    problems = []
    if page.context.cookies():
        problems.append(f"{relative}: set cookies {page.context.cookies()}")
    stored = page.evaluate(STORED)
    if palette_chosen:
        stored["local"] = [key for key in stored["local"] if not key.endswith(PALETTE_KEY)]
    if stored != NOTHING_STORED:
        problems.append(f"{relative}: wrote to storage {stored}")
    return problems
