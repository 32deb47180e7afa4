"""Page helpers for the browser tests: the built pages, the self-check's form, storage probes."""

from __future__ import annotations

import json
import warnings
from collections.abc import Callable, Mapping
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit

from playwright.sync_api import Browser, BrowserContext, Page
from playwright.sync_api import Error as PlaywrightError
from playwright.sync_api import TimeoutError as PlaywrightTimeoutError

from assessment import QUESTIONS

# Pyodide boots in a few seconds here; generous so a loaded CI machine does not flake.
TOOL_READY_TIMEOUT_MS = 90_000

TOOL_PAGE = "assessment/"
TOOL_READY = "#oih-tool[data-state='ready']"
RESULT_SHOWN = "#oih-result[data-pattern]:not([data-pattern=''])"


def wait_for(page: Page, selector: str, timeout_ms: int = TOOL_READY_TIMEOUT_MS) -> None:
    """Wait until an element matches ``selector``, looking once a frame.

    For the states the page's scripts set (Python ready, a result, an error).
    Playwright's own waits (wait_for_selector, expect, actions) look again
    after 0, 20, 50, 100 and 100 ms and then only every 500 ms, so a page that
    became ready 0.8 s after the wait began was seen at 1.27 s; this sees it
    in the next frame (docs/performance.md, 2026-12-07).
    """
    try:
        page.wait_for_function("(selector) => document.querySelector(selector) !== null",
                               arg=selector, timeout=timeout_ms, polling="raf")
    except PlaywrightTimeoutError as error:
        raise AssertionError(f"nothing matched {selector} within {timeout_ms} ms") from error


def new_context(browser: Browser, **options: Any) -> BrowserContext:
    """A new context (a first visit) for a test that is not about the service worker.

    The site's service worker is blocked. Allowed, it installs on each first
    visit and fetches every page and asset of both languages (about 130
    files) while the test runs: 0.15 s more for the self-test page to be
    ready here, and about 11 CPU-seconds over 60 tests
    (docs/performance.md, 2026-12-07 (evening)). The tests of the worker itself,
    of updates, of the snapshot's privacy and of requests leaving the origin
    open contexts with it on.
    """
    return browser.new_context(service_workers="block", **options)


def built_pages(site: Path) -> list[str]:
    """Every HTML page of a built site, relative to it (the theme's assets left out)."""
    return sorted(
        path.relative_to(site).as_posix()
        for path in site.rglob("*.html")
        if not path.relative_to(site).as_posix().startswith("assets/")
    )


# The Spanish pages the every-page walk visits: the home page, the self-check,
# the diary, the glossary's tooltips, the pages with tables (named regions in
# Spanish), a plain article, the references and the not-found page. The whole browser suite runs
# in English and this set in Spanish (issue 24), to stay within make test's
# time; every Spanish page still gets the phone layout checks, the static
# checks in tests/site/ and Lighthouse in make audit.
SPANISH_SMOKE = frozenset({
    "es/index.html",
    "es/assessment/index.html",
    "es/diary/index.html",
    "es/glossary/index.html",
    "es/oih-or-tolerance/index.html",
    "es/staying-safe/index.html",
    "es/what-is-oih/index.html",
    "es/references/index.html",
    "es/404.html",
})


def english_and_spanish_smoke(pages: list[str]) -> list[str]:
    """Every English page, and the Spanish ones of SPANISH_SMOKE."""
    chosen = [page for page in pages if page_language(page) == "en" or page in SPANISH_SMOKE]
    missing = SPANISH_SMOKE - set(chosen)
    assert not missing, f"the Spanish smoke set names pages the site lacks: {sorted(missing)}"
    return chosen


def page_language(relative: str) -> str:
    """The language a built page is written in: the Spanish edition lives in es/."""
    return "es" if relative.startswith("es/") else "en"


# ---- The self-check's form ---------------------------------------------------

_KINDS = {question.id: question.kind for question in QUESTIONS}


def fill_form(page: Page, answers: Mapping[str, Any]) -> None:
    """Answer the form as a person would: click labels, choose, type."""
    for question_id, value in answers.items():
        kind = _KINDS[question_id]
        if kind == "single":
            page.check(f"#q-{question_id}-{value}")
        elif kind == "multi":
            if not value:
                page.check(f"#q-{question_id}-none")
            for option_id in value:
                page.check(f"#q-{question_id}-{option_id}")
        elif kind == "areas":
            # On the drawing, as most people will; its checkboxes are folded away.
            for area_id in value:
                page.click(f"#q-{question_id} .oih-area[data-area='{area_id}']")
        else:
            for row, medicine in enumerate(value):
                page.select_option(f"#medications-{row}-opioid", medicine["opioid"])
                page.fill(f"#medications-{row}-daily_dose", str(medicine["daily_dose"]))


def submit_and_wait(page: Page, timeout_ms: int = TOOL_READY_TIMEOUT_MS) -> None:
    """Submit and wait until the result element carries a pattern."""
    page.click("#oih-submit")
    wait_for(page, RESULT_SHOWN, timeout_ms)


# ---- Animations --------------------------------------------------------------

# Jumps the page's finite animations and transitions to their end, so a test
# measures what stays on screen (the theme fades its header title and skip
# link in and out, and eases colours when the palette changes) without
# waiting for them. Reading the animations applies pending styles, so a
# transition that a focus or class change starts is found. One frame later
# (scroll events and the theme's handlers for them run before it) a second
# round finishes what those, or the end of another animation, started.
SETTLE_ANIMATIONS = """async () => {
  const finish = () => {
    for (const animation of document.getAnimations()) {
      if (animation.effect && animation.effect.getComputedTiming().endTime !== Infinity) animation.finish();
    }
  };
  finish();
  await new Promise((done) => requestAnimationFrame(done));
  finish();
}"""


# ---- Storage -----------------------------------------------------------------

# Everything a page could keep about the reader, besides cookies.
STORED = """async () => ({
  local: Object.keys(localStorage),
  session: Object.keys(sessionStorage),
  indexedDB: (await indexedDB.databases()).map((db) => db.name),
})"""
NOTHING_STORED: dict[str, list[str]] = {"local": [], "session": [], "indexedDB": []}
# How the theme names the reader's palette in localStorage ("/.__palette"):
# theme-storage.js saves nothing else, and only when the toggle is used.
PALETTE_KEY = ".__palette"
# Empties what STORED reads (the site itself uses no IndexedDB; a page that did is still reset).
FORGET = """async () => {
  localStorage.clear();
  sessionStorage.clear();
  for (const db of await indexedDB.databases()) {
    await new Promise((resolve, reject) => {
      const request = indexedDB.deleteDatabase(db.name);
      request.onsuccess = resolve;
      request.onerror = () => reject(request.error);
      request.onblocked = () => reject(new Error("blocked: " + db.name));
    });
  }
}"""


def leaves_origin(url: str, site_url: str) -> bool:
    """True for a request to another origin than the site's (data: and blob: URLs stay on the device)."""
    return urlsplit(url)[:2] != urlsplit(site_url)[:2] and not url.startswith(("data:", "blob:"))


# ---- The self-check booted once, shared by the tests of a module -------------

# What a test could leave behind on the tool's page: the tool's whole markup
# (the result, the messages, the body maps' marks, folds and Tab stops; an
# emptied class attribute counts as none), each control's state, the page's
# palette and text size, focus, scroll, the URL's fragment and storage.
_TOOL_STATE = """() => {
  const tool = document.getElementById("oih-tool");
  return {
    html: tool.outerHTML.replaceAll(' class=""', ""),
    controls: [...tool.querySelectorAll("input, select, textarea")].map((c) => [c.id || c.name, c.checked, c.value]),
    root: [document.documentElement.getAttribute("style"), document.body.getAttribute("data-md-color-scheme")],
    focused: document.activeElement === document.body,
    scroll: [window.scrollX, window.scrollY],
    hash: location.hash,
    stored: [localStorage.length, sessionStorage.length],
  };
}"""

# What the page's scripts change as a reader goes and a form reset leaves as
# it is: the roving Tab stops and the folds (by position in the tool), the
# status line, which said "ready" when the tool was new, and the text of the
# (hidden) form error.
_TEXTS = [".oih-tool__status-text", "#oih-form-error"]
_MOVABLE = """(selectors) => {
  const tool = document.getElementById("oih-tool");
  const moved = [];
  [...tool.querySelectorAll("*")].forEach((el, index) => {
    if (el.hasAttribute("tabindex") || el.tagName === "DETAILS") {
      moved.push([index, el.getAttribute("tabindex"), el.tagName === "DETAILS" ? el.open : null]);
    }
  });
  const texts = selectors.map((selector) => [selector, tool.querySelector(selector).textContent]);
  return {moved, count: tool.querySelectorAll("*").length, texts};
}"""

_RESET_TOOL = """async ({moved, count, texts}) => {
  if (document.activeElement) document.activeElement.blur();
  const form = document.getElementById("oih-form");
  form.reset();
  // A reset fires no change event, so each medicine's unit hint would keep the
  // last opioid's unit, as it does on the page after "Clear my answers"; a new
  // visit shows the hint for no opioid chosen.
  form.querySelectorAll("select").forEach((select) => select.dispatchEvent(new Event("change", {bubbles: true})));
  // The body maps catch up with a reset on a timeout of their own.
  await new Promise((done) => setTimeout(done, 0));
  const tool = document.getElementById("oih-tool");
  const all = tool.querySelectorAll("*");
  if (all.length === count) {
    for (const [index, tabindex, open] of moved) {
      if (tabindex === null) all[index].removeAttribute("tabindex");
      else all[index].setAttribute("tabindex", tabindex);
      if (open !== null) all[index].open = open;
    }
  }
  for (const [selector, text] of texts) tool.querySelector(selector).textContent = text;
  document.documentElement.removeAttribute("style");
  localStorage.clear();
  sessionStorage.clear();
  history.replaceState(null, "", location.pathname + location.search);
  window.scrollTo(0, 0);
}"""


class _BootedTool:
    """One context with the self-check booted in it, and how it looked when new."""

    def __init__(self, browser: Browser, site_url: str, options: dict[str, Any]) -> None:
        self.context = new_context(browser, **options)
        self.page = self.context.new_page()
        self.page.goto(site_url + TOOL_PAGE)
        wait_for(self.page, TOOL_READY)
        self.viewport = self.page.viewport_size
        self.movable = self.page.evaluate(_MOVABLE, _TEXTS)
        self.new = self.page.evaluate(_TOOL_STATE)

    def reset(self) -> str | None:
        """Put the page back as it was when new; what still differs, if anything."""
        page = self.page
        page.emulate_media(media="null")
        if page.viewport_size != self.viewport and self.viewport is not None:
            page.set_viewport_size(self.viewport)
        page.evaluate(_RESET_TOOL, self.movable)
        now = page.evaluate(_TOOL_STATE)
        differs = [key for key in self.new if now[key] != self.new[key]]
        return ", ".join(differs) or None

    def close(self) -> None:
        self.context.close()


class SharedTool:
    """The self-check booted once per module and handed to test after test.

    Pyodide boots once per context instead of once per test. Between tests the
    page is reset (the form's own reset, the body maps' Tab stops and folds,
    the status line, print media, the window size, focus, scroll, the URL's
    fragment and storage) and compared with how it looked when new; if
    anything still differs, it is closed with a warning and a new one boots,
    so every test starts from a page like a new visit's. A test that routes
    requests, listens to page events or uses the diary opens its own page.
    """

    def __init__(self, browser: Browser, site_url: str) -> None:
        self.browser = browser
        self.site_url = site_url
        self._booted: dict[str, _BootedTool] = {}

    def page(self, **context_options: Any) -> Page:
        """The booted self-check in a context with these new_context() options, as new."""
        key = json.dumps(context_options, sort_keys=True)
        booted = self._booted.pop(key, None)
        if booted is not None:
            try:
                differs = booted.reset()
            except PlaywrightError as error:
                differs = f"a page that cannot be reset ({error.message})"
            if differs:
                warnings.warn(f"the shared self-check page kept {differs} from the last test; booting a new one",
                              stacklevel=2)
                booted.close()
                booted = None
        if booted is None:
            booted = _BootedTool(self.browser, self.site_url, context_options)
        self._booted[key] = booted
        return booted.page

    def close(self) -> None:
        for booted in self._booted.values():
            booted.close()
        self._booted.clear()


# ---- Repeat visits: one context, a new tab per test ----------------------------

class RepeatVisits:
    """One context shared by a module's tests, each test in a new tab: a repeat visit.

    Python boots from the memory snapshot the first visit kept (issue 26), in
    about 0.5 s instead of 1.8 s here, and that boot is the one most visits
    get. Service workers are blocked, so a test's own routes see every request
    (a worker would answer from its cache). After each test, its tabs are
    closed and the site's storage emptied (FORGET), so the next
    test starts as a visitor who kept nothing; if that cannot be done, the
    context is closed and the next test gets a new one, as a first visit.
    Tests about first visits, storage that fails, or the context's own
    settings open their own context.
    """

    def __init__(self, browser: Browser, prepare: Callable[[BrowserContext], None] = lambda context: None) -> None:
        """``prepare`` is given each context as it opens (a route, a probe)."""
        self._browser = browser
        self._prepare = prepare
        self._context: BrowserContext | None = None

    def new_page(self) -> Page:
        if self._context is None:
            self._context = new_context(self._browser)
            self._prepare(self._context)
        return self._context.new_page()

    def end(self, page: Page) -> None:
        """Forget what the test kept, close its tabs, keep the context if it is clean."""
        context = self._context
        if context is None:
            return
        try:
            page.evaluate(FORGET)
            for tab in context.pages:
                tab.close()
        except PlaywrightError:
            self.close()

    def close(self) -> None:
        if self._context is not None:
            self._context.close()
            self._context = None
