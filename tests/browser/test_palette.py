"""The header's colour-scheme toggle (theme-palette.js, in place of the theme's palette component).

It must do what the theme's did (start in the system's scheme, show the button
for the other one, keep a reader's choice, Enter moves on) without the theme's
start-up cost: marking the page as "switching" colours while it loads, which
restyled every element twice.
"""

from __future__ import annotations

import pytest
from playwright.sync_api import Browser, Locator, Page, expect

from tests.support.pages import new_context

pytestmark = pytest.mark.browser

# Records every time the page is marked as switching colours, from the first byte.
_WATCH_SWITCHING = """
window.__switchingMarks = 0;
new MutationObserver((records) => {
  for (const record of records) {
    if (record.target.hasAttribute("data-md-color-switching")) window.__switchingMarks++;
  }
}).observe(document, { attributes: true, subtree: true, attributeFilter: ["data-md-color-switching"] });
"""
_STORED_KEYS = "() => Object.keys(localStorage)"


def scheme(page: Page) -> str | None:
    return page.get_attribute("body", "data-md-color-scheme")


def visible_toggle(page: Page) -> Locator:
    return page.locator("[data-oih-palette] label:not([hidden])")


def test_a_first_visit_shows_the_system_scheme_and_saves_nothing(browser: Browser, site_url: str) -> None:
    for system, expected, offered in (("dark", "slate", "Switch to light mode"), ("light", "default", "Switch to dark mode")):
        context = new_context(browser, color_scheme=system)
        page = context.new_page()
        page.goto(site_url + "what-is-oih/")
        assert scheme(page) == expected, system
        browser_scheme = page.get_attribute("meta[name='color-scheme']", "content")
        assert browser_scheme == ("dark" if expected == "slate" else "light"), system
        expect(visible_toggle(page)).to_have_count(1)
        assert visible_toggle(page).get_attribute("title") == offered
        assert page.evaluate(_STORED_KEYS) == []
        context.close()


def test_loading_a_page_never_marks_it_as_switching_colours(page: Page, site_url: str) -> None:
    page.add_init_script(script=_WATCH_SWITCHING)
    for path in ("", "assessment/", "diary/"):
        page.goto(site_url + path, wait_until="load")
        page.wait_for_timeout(300)
        assert page.evaluate("window.__switchingMarks") == 0, path or "home"
    # A reader's switch does mark it, so nothing fades half-way; the mark then goes.
    visible_toggle(page).click()
    page.wait_for_function("window.__switchingMarks > 0")
    expect(page.locator("body")).not_to_have_attribute("data-md-color-switching", "")


def test_a_choice_is_kept_and_wins_over_the_system(browser: Browser, site_url: str) -> None:
    context = new_context(browser, color_scheme="dark")
    page = context.new_page()
    page.goto(site_url)
    visible_toggle(page).click()
    expect(page.locator("body")).to_have_attribute("data-md-color-scheme", "default")
    assert [key.rsplit(".", 1)[1] for key in page.evaluate(_STORED_KEYS)] == ["__palette"]
    page.reload()
    assert scheme(page) == "default"
    page.goto(site_url + "faq/")
    assert scheme(page) == "default"
    assert visible_toggle(page).get_attribute("title") == "Switch to dark mode"
    # The system changing its mind no longer overrides the reader's choice.
    page.emulate_media(color_scheme="light")
    page.emulate_media(color_scheme="dark")
    page.wait_for_timeout(100)
    assert scheme(page) == "default"
    context.close()


def test_the_page_follows_the_system_until_the_reader_chooses(browser: Browser, site_url: str) -> None:
    context = new_context(browser, color_scheme="light")
    page = context.new_page()
    page.goto(site_url)
    assert scheme(page) == "default"
    page.emulate_media(color_scheme="dark")
    expect(page.locator("body")).to_have_attribute("data-md-color-scheme", "slate")
    assert visible_toggle(page).get_attribute("title") == "Switch to light mode"
    assert page.get_attribute("meta[name='color-scheme']", "content") == "dark"
    assert page.evaluate(_STORED_KEYS) == []
    context.close()


def test_enter_on_the_toggle_moves_to_the_other_scheme(browser: Browser, site_url: str) -> None:
    context = new_context(browser, color_scheme="light")
    page = context.new_page()
    page.goto(site_url)
    page.focus("[data-oih-palette] input:checked")
    page.keyboard.press("Enter")
    expect(page.locator("body")).to_have_attribute("data-md-color-scheme", "slate")
    assert page.evaluate("document.activeElement.getAttribute('data-md-color-scheme')") == "slate"
    page.keyboard.press("Enter")
    expect(page.locator("body")).to_have_attribute("data-md-color-scheme", "default")
    context.close()
