"""Keyboard only: the skip link comes first, the self-check can be finished
with Tab, Shift+Tab, Space, Enter and the arrow keys, focus lands on the
result, and every element that takes focus on the way shows it.

No test here clicks or fills: every answer is given by a key press, the way
someone who cannot use a mouse or a touch screen would give it.
"""

from __future__ import annotations

from typing import Any

import pytest
from playwright.sync_api import Page, Route

from assessment import QUESTIONS, assess
from tests.support.answers import KEYBOARD_CASES
from tests.support.keyboard import FOCUSED, Keyboard, describe
from tests.support.pages import RESULT_SHOWN, wait_for
from tests.support.walk import Findings

pytestmark = pytest.mark.browser

_KINDS = {question.id: question.kind for question in QUESTIONS}

# ---- The skip link ----------------------------------------------------------


def test_skip_link_is_the_first_tab_stop_and_skips_to_the_content(site_walk: Findings) -> None:
    # The theme's skip link needs headings in a table of contents, which the
    # 404 page has none of; the override gives it one, checked here too.
    assert "404.html" in site_walk.pages
    assert not site_walk.skip_link, "\n".join(site_walk.skip_link)


# ---- The menu and search on a phone ------------------------------------------


def _focused_header_toggle(page: Page) -> str | None:
    """The checkbox id of the header button that has focus, if one has."""
    return page.evaluate("() => document.activeElement.closest('.md-header__button')?.getAttribute('for') ?? null")


def _tab_to(keyboard: Keyboard, toggle_id: str) -> dict[str, Any]:
    for _ in range(20):
        focused = keyboard.press("Tab")
        if focused is not None and _focused_header_toggle(keyboard.page) == toggle_id:
            return focused
    pytest.fail(f"Tab never reached the control for #{toggle_id}")


@pytest.mark.parametrize(
    ("toggle_id", "opened_shows"), [("__drawer", ".md-sidebar--primary .md-nav__link"), ("__search", ".md-search__input")]
)
def test_the_menu_and_search_open_by_keyboard_on_a_phone(
    page: Page, site_url: str, toggle_id: str, opened_shows: str
) -> None:
    # At phone width the navigation is only in the drawer, behind an icon the
    # theme draws as a <label>; without a way in by keyboard it is unreachable.
    page.set_viewport_size({"width": 360, "height": 740})
    page.goto(site_url + "what-is-oih/")
    keyboard = Keyboard(page)
    focused = _tab_to(keyboard, toggle_id)
    assert focused["ring"] and focused["shown"], f"no visible focus on the {toggle_id} control"
    control = page.locator(f".md-header__button[for='{toggle_id}'] svg")
    assert control.get_attribute("role") == "button"
    assert control.get_attribute("aria-expanded") == "false"
    keyboard.press("Enter")
    assert page.locator(f"#{toggle_id}").is_checked()
    assert control.get_attribute("aria-expanded") == "true"
    page.wait_for_selector(opened_shows, state="visible")
    keyboard.press("Escape")
    assert not page.locator(f"#{toggle_id}").is_checked()
    if toggle_id == "__drawer":
        assert _focused_header_toggle(page) == toggle_id
    keyboard.assert_focus_was_always_visible()


# ---- Every Tab stop of the tool page ------------------------------------------


def test_every_tab_stop_on_the_tool_page_shows_focus(page: Page, site_url: str) -> None:
    # Hold the checker in "loading": the page's controls are all there.
    held: list[Route] = []
    page.route("**/pyodide.asm.wasm", lambda route: held.append(route))
    page.goto(site_url + "assessment/")
    keyboard = Keyboard(page)
    stops: list[str] = []
    for _ in range(400):
        focused = keyboard.press("Tab")
        if focused is None:
            break  # past the last stop, out to the browser
        stop = describe(focused) + focused["value"]
        if stops and stop == stops[0]:
            break  # wrapped round to the first stop
        stops.append(stop)
    else:
        pytest.fail("Tab never left the page: is focus trapped?")
    assert len(stops) > len(QUESTIONS), stops
    assert any("oih-submit" in stop for stop in stops)
    keyboard.assert_focus_was_always_visible()


# ---- The whole self-check by keyboard -------------------------------------------

def answer_radio_group(keyboard: Keyboard, focused: dict[str, Any], wanted: str) -> dict[str, Any]:
    """Focus has just entered a radio group with nothing chosen, on its first
    option: the arrow keys move to the wanted option and choose it."""
    question = focused["question"]
    options = [option.id for option in next(q for q in QUESTIONS if q.id == question).options]
    steps = options.index(wanted) - options.index(focused["value"])
    if steps == 0:
        focused = keyboard.press("Space")
    for _ in range(abs(steps)):
        focused = keyboard.press("ArrowDown" if steps > 0 else "ArrowUp")
    assert focused["value"] == wanted and focused["checked"], f"{question}: arrows reached {focused}"
    return focused


def choose_in_select(keyboard: Keyboard, focused: dict[str, Any], wanted: str) -> None:
    for _ in range(40):
        if focused["value"] == wanted:
            return
        focused = keyboard.press("ArrowDown")
    pytest.fail(f"{focused['id']}: ArrowDown never reached {wanted!r}")


@pytest.mark.parametrize("case", sorted(KEYBOARD_CASES))
def test_the_whole_self_check_by_keyboard(page: Page, site_url: str, case: str) -> None:
    answers = KEYBOARD_CASES[case]
    expected = assess(answers).to_dict()
    assert bool(expected["urgent"]) == (case == "urgent")
    page.goto(site_url + "assessment/")
    keyboard = Keyboard(page)

    # Skip the header and the navigation.
    assert "md-skip" in keyboard.press("Tab")["className"]
    keyboard.press("Enter")

    met: list[str] = []  # questions in the order Tab reaches them
    rows_done: set[str] = set()
    for _ in range(300):
        focused = keyboard.press("Tab")
        assert focused is not None, "Tab left the page before reaching See my result"
        if focused["id"] == "oih-submit":
            break
        question = focused["question"]
        if question is None:
            continue
        if not met or met[-1] != question:
            met.append(question)
        if question not in answers:
            continue
        wanted = answers[question]
        kind = _KINDS[question]
        if kind == "single" and focused["type"] == "radio":
            answer_radio_group(keyboard, focused, wanted)
        elif kind == "multi" and focused["type"] == "checkbox":
            if focused["value"] in (wanted or ["none"]):
                assert keyboard.press("Space")["checked"], describe(focused)
        elif kind == "medications":
            row, field = focused["id"].split("-")[1:3]
            if int(row) >= len(wanted):
                continue
            medicine = wanted[int(row)]
            if field == "opioid":
                choose_in_select(keyboard, focused, medicine["opioid"])
            elif field == "daily_dose" and focused["id"] not in rows_done:
                page.keyboard.type(str(medicine["daily_dose"]))
                rows_done.add(focused["id"])
    else:
        pytest.fail("Tab never reached See my result")
    assert met == [question.id for question in QUESTIONS], "Tab meets the questions out of order"

    # One stop past it is "Clear my answers"; Shift+Tab comes back.
    assert keyboard.press("Tab")["id"] == "oih-reset"
    assert keyboard.press("Shift+Tab")["id"] == "oih-submit"
    keyboard.press("Enter")
    wait_for(page, RESULT_SHOWN)

    # The keys gave exactly these answers: the page agrees with CPython.
    result = page.locator("#oih-result")
    assert result.get_attribute("data-pattern") == expected["pattern"]
    assert result.get_attribute("data-urgent").split() == expected["urgent"]

    focused = page.evaluate(FOCUSED)
    assert focused is not None, "focus was lost after See my result"
    if expected["urgent"]:
        first_flag = page.locator("#oih-result [data-flag]").first.get_attribute("data-flag")
        assert focused["flag"] == first_flag, f"focus is on {describe(focused)}, not the first urgent box"
    else:
        assert focused["id"] == "oih-result", f"focus is on {describe(focused)}, not the result"
    assert focused["ring"] and focused["shown"], f"the result took focus but does not show it: {focused}"
    keyboard.assert_focus_was_always_visible()
