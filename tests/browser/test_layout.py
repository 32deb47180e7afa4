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

from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

import pytest
from playwright.sync_api import Browser, Page

from .conftest import TOOL_READY_TIMEOUT_MS
from .form_helpers import fill_form, submit_and_wait
from .page_scripts import SETTLE_ANIMATIONS
from .test_origin import built_pages

pytestmark = pytest.mark.browser

PHONE_WIDTHS = (320, 360)
PHONE_HEIGHT = 640
DESKTOP = (1280, 800)

TOOL_PAGE = "assessment/index.html"
# An urgent flag, a reason and a medicine, so the result shows an urgent box,
# the reasons list and the MME paragraph.
URGENT_ANSWERS: dict[str, Any] = {
    "self_harm_thoughts": "yes",
    "pain_spread": "yes",
    "medications": [{"opioid": "oxycodone", "daily_dose": 80}],
}

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

# Helpers both checks begin with: the policy forbids eval, so they cannot be
# sent to the page once and called from the checks; each check includes them.
_DESCRIBE = """
  const name = (el) => el.tagName.toLowerCase() + (el.id ? '#' + el.id : '')
    + (el.classList.length ? '.' + [...el.classList].join('.') : '');
  const where = (el) => {
    const parts = [];
    for (let e = el; e && e !== document.body && parts.length < 4; e = e.parentElement) parts.unshift(name(e));
    return parts.join(' > ');
  };
  const shown = (el) => el.checkVisibility({ opacityProperty: true, visibilityProperty: true });
"""

# What sticks out past the right edge of the viewport, outside any box that
# scrolls sideways on purpose (tables, code blocks): elements whose box does,
# and text that overflows its box (a long word or a nowrap line, whose box
# itself may fit). Only the outermost of a nest of offenders is listed, with
# its text, so the report names the culprit.
_STICKING_OUT = (
    "([width, slack]) => {"
    + _DESCRIBE
    + """
  const scrollsSideways = (el) => {
    for (let a = el.parentElement; a && a !== document.body; a = a.parentElement) {
      const overflow = getComputedStyle(a).overflowX;
      if (overflow === 'auto' || overflow === 'scroll') return true;
    }
    return false;
  };
  const out = [];
  const reported = [];
  const report = (el, right) => {
    if (!shown(el) || scrollsSideways(el)) return;
    if (reported.some((outer) => outer.contains(el))) return;
    reported.push(el);
    const text = (el.textContent || '').trim().replace(/\\s+/g, ' ').slice(0, 60);
    out.push(`${where(el)} ends at ${Math.round(right)}px: "${text}"`);
  };
  for (const el of document.body.querySelectorAll('*')) {
    const box = el.getBoundingClientRect();
    if (box.right <= width + slack || (box.width === 0 && box.height === 0)) continue;
    report(el, box.right);
  }
  const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
  const range = document.createRange();
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    if (!node.data.trim() || !node.parentElement) continue;
    range.selectNodeContents(node);
    const right = Math.max(0, ...[...range.getClientRects()].map((rect) => rect.right));
    if (right > width + slack) report(node.parentElement, right);
  }
  return {
    scrollWidth: document.documentElement.scrollWidth,
    innerWidth: window.innerWidth,
    sticking: out,
  };
}"""
)

# Boxes that clip their overflow and cut off text. Skipped: what is not shown
# (hidden, transparent like .md-skip until focused, the closed drawer and
# search off the screen) and screen-reader-only text (1 px boxes or clipped).
_CLIPPED_TEXT = (
    "() => {"
    + _DESCRIBE
    + """
  const clips = (value) => value === 'hidden' || value === 'clip';
  const srOnly = (el) => {
    for (let e = el; e && e !== document.body; e = e.parentElement) {
      const style = getComputedStyle(e);
      const box = e.getBoundingClientRect();
      if (box.width <= 1 || box.height <= 1) return true;
      if (style.clip && style.clip !== 'auto') return true;
      if (style.clipPath && /inset\\(50%|inset\\(100%/.test(style.clipPath)) return true;
    }
    return false;
  };
  const out = [];
  for (const el of document.body.querySelectorAll('*')) {
    const style = getComputedStyle(el);
    const clipsX = clips(style.overflowX);
    const clipsY = clips(style.overflowY);
    if (!clipsX && !clipsY) continue;
    if (!shown(el)) continue;
    const text = (el.innerText || '').trim();
    if (!text) continue;
    const box = el.getBoundingClientRect();
    if (box.right <= 0 || box.left >= window.innerWidth) continue;
    if (srOnly(el)) continue;
    const cut = [];
    if (clipsY && el.scrollHeight > el.clientHeight + 1) cut.push(`height ${el.scrollHeight} > ${el.clientHeight}`);
    if (clipsX && el.scrollWidth > el.clientWidth + 1) cut.push(`width ${el.scrollWidth} > ${el.clientWidth}`);
    if (!cut.length) continue;
    const shortText = text.replace(/\\s+/g, ' ').slice(0, 60);
    out.push(`${where(el)} cuts off text (${cut.join(', ')}): "${shortText}"`);
  }
  return out;
}"""
)

_DOUBLE_TEXT = """() => {
  const root = document.documentElement;
  const before = parseFloat(getComputedStyle(root).fontSize);
  root.style.fontSize = (before * 2) + 'px';
  return [before, parseFloat(getComputedStyle(root).fontSize)];
}"""

_RESULT_PARTS = """() => ({
  urgent: !!document.querySelector('#oih-result .oih-urgent'),
  reasons: document.querySelectorAll('#oih-result .oih-reason').length,
  mme: !!document.querySelector('#oih-result .oih-result__mme'),
})"""


@contextmanager
def _window(browser: Browser, width: int) -> Iterator[Page]:
    """A page in a phone (touch, 2x pixels) narrower than 1000 px, else a desktop window."""
    if width < 1000:
        options: dict[str, Any] = {
            "viewport": {"width": width, "height": PHONE_HEIGHT},
            "is_mobile": True,
            "has_touch": True,
            "device_scale_factor": 2,
        }
    else:
        options = {"viewport": {"width": width, "height": DESKTOP[1]}}
    context = browser.new_context(**options)
    try:
        yield context.new_page()
    finally:
        context.close()


def _open(page: Page, site_url: str, relative: str) -> None:
    url = site_url + relative.removesuffix("index.html")
    response = page.goto(url)
    if relative != "404.html":
        assert response is not None and response.ok, f"{url} answered {response and response.status}"
    # goto waits for "load" (images have their size); the theme wraps tables
    # before that. Not "networkidle": the service worker's caching would only add time.
    page.evaluate("() => document.fonts.ready.then(() => true)")


def _show_result(page: Page, site_url: str) -> None:
    _open(page, site_url, TOOL_PAGE)
    page.wait_for_selector("#oih-tool[data-state='ready']", timeout=TOOL_READY_TIMEOUT_MS)
    fill_form(page, URGENT_ANSWERS)
    submit_and_wait(page, TOOL_READY_TIMEOUT_MS)
    parts = page.evaluate(_RESULT_PARTS)
    assert parts["urgent"] and parts["reasons"] and parts["mme"], f"the result lacks a part: {parts}"


def _sideways(page: Page, label: str, width: int) -> list[str]:
    """Problems with horizontal scrolling on the page as it is now."""
    found = page.evaluate(_STICKING_OUT, [width, 1])
    problems = []
    if found["innerWidth"] != width:
        problems.append(f"{label}: the layout viewport is {found['innerWidth']}px, not {width}px")
    if found["scrollWidth"] > width:
        problems.append(f"{label}: the page scrolls sideways ({found['scrollWidth']}px wide in {width}px)")
    problems += [f"{label}: {line}" for line in found["sticking"]]
    return problems


def _clipped(page: Page, label: str) -> list[str]:
    return [f"{label}: {line}" for line in page.evaluate(_CLIPPED_TEXT)]


def _double_text(page: Page) -> None:
    before, after = page.evaluate(_DOUBLE_TEXT)
    assert after == pytest.approx(before * 2), (before, after)


@pytest.mark.parametrize("width", PHONE_WIDTHS)
def test_no_page_scrolls_sideways_on_a_phone(browser: Browser, built_site: Path, site_url: str, width: int) -> None:
    pages = built_pages(built_site)
    assert TOOL_PAGE in pages and len(pages) > 5
    problems: list[str] = []
    with _window(browser, width) as page:
        for relative in pages:
            _open(page, site_url, relative)
            problems += _sideways(page, relative, width) + _clipped(page, relative)
    assert not problems, "\n".join(problems)


@pytest.mark.parametrize("width", PHONE_WIDTHS)
def test_the_result_fits_on_a_phone(browser: Browser, site_url: str, width: int) -> None:
    with _window(browser, width) as page:
        _show_result(page, site_url)
        label = "self-check with a result"
        problems = _sideways(page, label, width) + _clipped(page, label)
    assert not problems, "\n".join(problems)


@pytest.mark.parametrize("width", (*PHONE_WIDTHS, DESKTOP[0]))
def test_text_zooms_to_200_percent(browser: Browser, site_url: str, width: int) -> None:
    problems: list[str] = []
    with _window(browser, width) as page:
        for relative in ZOOM_PAGES:
            _open(page, site_url, relative)
            _double_text(page)
            problems += _sideways(page, relative, width) + _clipped(page, relative)
        _show_result(page, site_url)
        _double_text(page)
        label = "self-check with a result"
        problems += _sideways(page, label, width) + _clipped(page, label)
    assert not problems, "\n".join(problems)


@pytest.mark.parametrize("width", PHONE_WIDTHS)
def test_the_diary_with_a_report_fits_on_a_phone(browser: Browser, site_url: str, tmp_path: Path, width: int) -> None:
    from .diary_helpers import import_file, open_diary, sample_diary, write_json

    with _window(browser, width) as page:
        open_diary(page, site_url)
        import_file(page, write_json(tmp_path, "diary.json", sample_diary()))
        page.click("#oih-diary-report details summary")
        page.click("#diary-show-all")
        # At the top, as the other pages are measured: scrolled, the theme's
        # header swaps the site name for the page title, cut with an ellipsis.
        page.evaluate("() => window.scrollTo(0, 0)")
        page.evaluate(SETTLE_ANIMATIONS, 3000)
        problems = _sideways(page, "diary with a report", width) + _clipped(page, "diary with a report")
        _double_text(page)
        problems += _sideways(page, "diary, text doubled", width) + _clipped(page, "diary, text doubled")
    assert not problems, "\n".join(problems)
