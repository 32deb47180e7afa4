"""Wide tables: a box that scrolls sideways can be reached and scrolled by keyboard."""

from __future__ import annotations

import pytest
from playwright.sync_api import Page, expect

pytestmark = pytest.mark.browser

_BOXES = """() => [...document.querySelectorAll('.md-typeset__scrollwrap')].map((box) => ({
  overflows: box.scrollWidth > box.clientWidth + 1,
  focusableInside: box.querySelector('a[href], button, input, select, textarea') !== null,
  tabindex: box.getAttribute('tabindex'),
  role: box.getAttribute('role'),
  label: box.getAttribute('aria-label'),
}))"""


@pytest.mark.parametrize("width", [1280, 360])
def test_a_scrolling_table_box_without_links_is_a_named_focusable_region(page: Page, site_url: str, width: int) -> None:
    page.set_viewport_size({"width": width, "height": 800})
    page.goto(site_url + "students/how-the-self-check-was-tested/")
    page.wait_for_function("() => document.querySelector('[data-oih-scroll-region]') !== null")
    boxes = page.evaluate(_BOXES)
    assert any(box["overflows"] and not box["focusableInside"] for box in boxes)
    for box in boxes:
        needs_focus = box["overflows"] and not box["focusableInside"]
        assert (box["tabindex"] == "0") == needs_focus, box
        if needs_focus:
            assert box["role"] == "region" and box["label"], box
    # Region names tell the tables apart: two under one heading are numbered.
    labels = [box["label"] for box in boxes if box["role"] == "region"]
    assert len(labels) == len(set(labels)), labels
    assert "Agreement matrices (table 1)" in labels and "Agreement matrices (table 2)" in labels, labels
    region = page.locator("[data-oih-scroll-region]").first
    region.focus()
    expect(region).to_be_focused()
    page.keyboard.press("ArrowRight")
    page.keyboard.press("ArrowRight")
    # Arrow keys scroll smoothly: the offset grows over the next frames, and on a
    # busy machine (CI) a read straight after the key press still finds 0.
    page.wait_for_function("(box) => box.scrollLeft > 0", arg=region.element_handle(), timeout=5000)


def test_a_table_that_fits_adds_no_tab_stop(page: Page, site_url: str) -> None:
    page.set_viewport_size({"width": 1280, "height": 800})
    page.goto(site_url + "tolerance-dependence-addiction/")
    page.wait_for_timeout(300)
    boxes = page.evaluate(_BOXES)
    assert boxes and not any(box["overflows"] for box in boxes)
    assert page.locator("[data-oih-scroll-region]").count() == 0
