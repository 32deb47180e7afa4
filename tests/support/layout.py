"""Layout probes for phones and zoom: a phone or desktop window, what sticks out
sideways, what a clipping box cuts off, and text doubled (see tests/browser/test_layout.py)."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from typing import Any

import pytest
from playwright.sync_api import Browser, Page

from .pages import new_context

PHONE_WIDTHS = (320, 360)
PHONE_HEIGHT = 640
DESKTOP = (1280, 800)

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


def window_options(width: int) -> dict[str, Any]:
    """A phone (touch, 2x pixels) narrower than 1000 px, else a desktop window: new_context's options."""
    if width < 1000:
        return {
            "viewport": {"width": width, "height": PHONE_HEIGHT},
            "is_mobile": True,
            "has_touch": True,
            "device_scale_factor": 2,
        }
    return {"viewport": {"width": width, "height": DESKTOP[1]}}


@contextmanager
def window(browser: Browser, width: int) -> Iterator[Page]:
    """A page in a fresh context of :func:`window_options`."""
    context = new_context(browser, **window_options(width))
    try:
        yield context.new_page()
    finally:
        context.close()


def sideways(page: Page, label: str, width: int) -> list[str]:
    """Problems with horizontal scrolling on the page as it is now."""
    found = page.evaluate(_STICKING_OUT, [width, 1])
    problems = []
    if found["innerWidth"] != width:
        problems.append(f"{label}: the layout viewport is {found['innerWidth']}px, not {width}px")
    if found["scrollWidth"] > width:
        problems.append(f"{label}: the page scrolls sideways ({found['scrollWidth']}px wide in {width}px)")
    problems += [f"{label}: {line}" for line in found["sticking"]]
    return problems


def clipped(page: Page, label: str) -> list[str]:
    return [f"{label}: {line}" for line in page.evaluate(_CLIPPED_TEXT)]


def double_text(page: Page) -> None:
    before, after = page.evaluate(_DOUBLE_TEXT)
    assert after == pytest.approx(before * 2), (before, after)
