"""The body map in Chromium: the drawing ticks the same checkboxes by pointer, touch
and keyboard; it reads without JavaScript; it fits a 320 px phone; axe finds
nothing on it in either palette; the result and the printout show both maps."""

from __future__ import annotations

import re

import pytest
from playwright.sync_api import Browser, Page, expect

from assessment import BODY_AREAS, BODY_AREAS_BY_ID, assess
from tests.support.answers import SPREAD_ON_THE_MAPS as SPREAD_ANSWERS
from tests.support.axe import axe_both_palettes, report
from tests.support.layout import window_options
from tests.support.pages import TOOL_READY_TIMEOUT_MS, SharedTool, fill_form, submit_and_wait

pytestmark = pytest.mark.browser

# A touch phone 320 px wide.
PHONE = window_options(320)
NOW = "#q-pain_areas_now"
FIRST = "#q-pain_areas_first"


def shape(page: Page, question: str, area: str):
    return page.locator(f"{question} .oih-area[data-area='{area}']")


def box(page: Page, question: str, area: str):
    return page.locator(f"{question} input[value='{area}']")


def checked_boxes(page: Page, question: str) -> list[str]:
    return page.locator(f"{question} input[type=checkbox]:checked").evaluate_all("boxes => boxes.map(b => b.value)")


def marked_shapes(page: Page, question: str) -> list[str]:
    return page.locator(f"{question} .oih-area[aria-checked='true']").evaluate_all(
        "shapes => shapes.map(s => s.dataset.area)"
    )


def listed(page: Page, question: str) -> list[str]:
    return page.locator(f"{question} .oih-bodymap__ticked-list li > span").all_inner_texts()


def test_each_shape_is_a_named_checkbox_and_the_list_folds_away(tool_page: Page) -> None:
    for question in (FIRST, NOW):
        shapes = tool_page.locator(f"{question} .oih-area")
        expect(shapes).to_have_count(len(BODY_AREAS))
        for area in ("left_knee", "right_jaw", "back_of_neck"):
            expect(shape(tool_page, question, area)).to_have_role("checkbox")
            expect(shape(tool_page, question, area)).to_have_accessible_name(BODY_AREAS_BY_ID[area].label)
            expect(shape(tool_page, question, area)).to_have_attribute("aria-checked", "false")
        # One Tab stop per view.
        assert tool_page.locator(f"{question} .oih-area[tabindex='0']").count() == 2
        expect(tool_page.locator(f"{question} .oih-bodymap__svg").first).to_have_role("group")
        assert not tool_page.locator(f"{question} details").evaluate("d => d.open")


def test_clicks_tick_and_untick_the_same_checkboxes(tool_page: Page) -> None:
    for area in ("left_knee", "back_of_neck", "right_hand"):
        shape(tool_page, NOW, area).click()
    assert sorted(checked_boxes(tool_page, NOW)) == ["back_of_neck", "left_knee", "right_hand"]
    assert sorted(marked_shapes(tool_page, NOW)) == sorted(checked_boxes(tool_page, NOW))
    # Body-map order in the list of marked places: front first, head to foot.
    assert listed(tool_page, NOW) == ["Right wrist and hand", "Left knee", "Back of neck"]
    expect(tool_page.locator(f"{NOW} [data-bodymap-count]")).to_have_text("3")
    assert checked_boxes(tool_page, FIRST) == []  # the other map is untouched
    shape(tool_page, NOW, "left_knee").click()
    assert sorted(checked_boxes(tool_page, NOW)) == ["back_of_neck", "right_hand"]
    expect(shape(tool_page, NOW, "left_knee")).to_have_attribute("aria-checked", "false")
    # A marked place is shown by more than colour: a pattern and a thicker edge.
    style = shape(tool_page, NOW, "back_of_neck").evaluate(
        "s => { const c = getComputedStyle(s); return [c.fill, parseFloat(c.strokeWidth)]; }"
    )
    plain = shape(tool_page, NOW, "left_knee").evaluate(
        "s => { const c = getComputedStyle(s); return [c.fill, parseFloat(c.strokeWidth)]; }"
    )
    assert "url(" in style[0] and "oih-hatch" in style[0], style
    assert style[1] >= 2 * plain[1], (style, plain)


def test_taps_tick_on_a_touch_phone(shared_tool: SharedTool) -> None:
    page = shared_tool.page(**PHONE)
    shape(page, FIRST, "left_lower_back").tap()
    shape(page, FIRST, "right_foot").tap()
    assert sorted(checked_boxes(page, FIRST)) == ["left_lower_back", "right_foot"]


def test_the_keyboard_moves_between_places_and_space_ticks(tool_page: Page) -> None:
    first_shape = tool_page.locator(f"{NOW} .oih-bodymap__view[data-view='front'] .oih-area[tabindex='0']")
    first_shape.focus()
    start = tool_page.evaluate("document.activeElement.dataset.area")
    assert start == "face"
    tool_page.keyboard.press("ArrowDown")
    assert tool_page.evaluate("document.activeElement.dataset.area") in ("right_jaw", "left_jaw")
    tool_page.keyboard.press("ArrowDown")
    assert tool_page.evaluate("document.activeElement.dataset.area") == "front_of_neck"
    tool_page.keyboard.press("Space")
    tool_page.keyboard.press("ArrowDown")
    on_chest = tool_page.evaluate("document.activeElement.dataset.area")
    assert on_chest in ("right_chest", "left_chest")
    tool_page.keyboard.press("Enter")
    assert sorted(checked_boxes(tool_page, NOW)) == sorted(["front_of_neck", on_chest])
    # The view keeps one Tab stop, on the place last visited.
    stops = tool_page.locator(f"{NOW} .oih-bodymap__view[data-view='front'] .oih-area[tabindex='0']")
    expect(stops).to_have_count(1)
    assert stops.get_attribute("data-area") == on_chest
    tool_page.keyboard.press("Space")
    assert checked_boxes(tool_page, NOW) == ["front_of_neck"]
    # Tab leaves the view for the next one.
    tool_page.keyboard.press("Tab")
    assert tool_page.evaluate("document.activeElement.closest('[data-view]').dataset.view") == "back"
    # The focused place shows a ring.
    outline = tool_page.evaluate("getComputedStyle(document.activeElement).outlineStyle")
    assert outline != "none"


def test_the_list_of_marked_places_unticks_and_the_checkbox_list_ticks(tool_page: Page) -> None:
    shape(tool_page, NOW, "left_knee").click()
    shape(tool_page, NOW, "right_knee").click()
    tool_page.get_by_role("button", name="Remove Left knee").click()
    assert checked_boxes(tool_page, NOW) == ["right_knee"]
    expect(shape(tool_page, NOW, "left_knee")).to_have_attribute("aria-checked", "false")
    # Focus stays in the list, on the next place's button.
    expect(tool_page.get_by_role("button", name="Remove Right knee")).to_be_focused()
    # The folded list is the same answer: ticking there marks the drawing.
    tool_page.locator(f"{NOW} details summary").click()
    box(tool_page, NOW, "abdomen").check()
    expect(shape(tool_page, NOW, "abdomen")).to_have_attribute("aria-checked", "true")
    assert listed(tool_page, NOW) == ["Belly (abdomen)", "Right knee"]
    tool_page.click("#oih-reset")
    expect(tool_page.locator(f"{NOW} .oih-area[aria-checked='true']")).to_have_count(0)
    assert listed(tool_page, NOW) == []


def test_the_map_reads_without_javascript(browser: Browser, site_url: str) -> None:
    context = browser.new_context(java_script_enabled=False)
    try:
        page = context.new_page()
        page.goto(site_url + "assessment/")
        for question in (FIRST, NOW):
            assert page.locator(f"{question} details").evaluate("d => d.open")
            expect(box(page, question, "left_knee")).to_be_visible()
            expect(page.locator(f"{question} .oih-bodymap__svg").first).to_have_role("img")
            expect(page.locator(f"{question} .oih-bodymap__cue").first).to_contain_text(
                "You are looking at the front of your body")
            expect(page.locator(f"{question} [data-bodymap-ticked]")).to_be_hidden()
            assert page.locator(f"{question} .oih-area[tabindex]").count() == 0
    finally:
        context.close()


def test_the_figure_fits_a_320_px_phone_with_places_big_enough_to_tap(shared_tool: SharedTool) -> None:
    page = shared_tool.page(**PHONE)
    assert page.evaluate("document.documentElement.scrollWidth") == 320
    sizes = page.locator(f"{NOW} .oih-area").evaluate_all(
        "shapes => shapes.map(s => { const r = s.getBoundingClientRect();"
        " return [s.dataset.area, r.left, r.right, r.width, r.height]; })"
    )
    for area, left, right, width, height in sizes:
        assert left >= 0 and right <= 320, f"{area} is off the screen: {left}-{right}"
        # WCAG 2.5.8 asks 24 px; the list under the figure is the larger equivalent.
        assert min(width, height) >= 24, f"{area}: {width:.0f} x {height:.0f} px"
        # About 44 px: the jaw and the neck come closest to the limit.
        assert max(width, height) >= 34, f"{area}: {width:.0f} x {height:.0f} px"
    large = [area for area, _, _, width, height in sizes if max(width, height) >= 44]
    assert len(large) >= 0.85 * len(sizes), f"only {len(large)} of {len(sizes)} places reach 44 px"


def test_axe_finds_nothing_on_the_marked_maps_and_the_result(tool_page: Page, site_url: str) -> None:
    page = tool_page
    fill_form(page, SPREAD_ANSWERS)
    page.locator(f"{NOW} .oih-area[data-area='left_knee']").focus()
    problems = axe_both_palettes(page, site_url, "tool: maps marked")
    submit_and_wait(page, TOOL_READY_TIMEOUT_MS)
    expect(page.locator(".oih-result__body-map")).to_be_visible()
    problems += axe_both_palettes(page, site_url, "tool: result with maps")
    assert not problems, report(problems)


def test_the_result_shows_both_maps_with_the_new_places(tool_page: Page) -> None:
    expected = assess(SPREAD_ANSWERS).to_dict()
    fill_form(tool_page, SPREAD_ANSWERS)
    submit_and_wait(tool_page, TOOL_READY_TIMEOUT_MS)
    assert tool_page.get_attribute("#oih-result", "data-pattern") == expected["pattern"]
    spread = tool_page.locator("#oih-result [data-rule='pain-spread']")
    expect(spread).to_contain_text("8 new places")
    expect(spread).to_contain_text("this check goes by the maps")
    maps = tool_page.locator(".oih-result__body-map")
    expect(maps.locator("figure")).to_have_count(2)
    first, now = maps.locator("figure[data-map='first']"), maps.locator("figure[data-map='now']")
    marked = "svg .oih-area.is-marked"
    assert sorted(first.locator(marked).evaluate_all("s => s.map(x => x.dataset.area)")) == sorted(
        expected["body_map"]["first"])
    assert sorted(now.locator(marked).evaluate_all("s => s.map(x => x.dataset.area)")) == sorted(
        expected["body_map"]["now"])
    assert sorted(now.locator("svg .oih-area.is-new").evaluate_all("s => s.map(x => x.dataset.area)")) == sorted(
        expected["body_map"]["new"])
    # Side by side on a desktop screen.
    a, b = first.bounding_box(), now.bounding_box()
    assert a and b and abs(a["y"] - b["y"]) < 2 and b["x"] > a["x"] + a["width"] - 1
    # Each small map is a picture that says what is marked.
    expect(now.locator("svg").last).to_have_role("img")
    expect(now.locator("svg").last).to_have_accessible_name(re.compile(r"^Now, back of the body: .*back of neck"))


def test_the_printout_shows_both_maps_on_one_page(tool_page: Page) -> None:
    fill_form(tool_page, SPREAD_ANSWERS)
    submit_and_wait(tool_page, TOOL_READY_TIMEOUT_MS)
    tool_page.emulate_media(media="print")
    expect(tool_page.locator(".oih-result__body-map figure[data-map='first']")).to_be_visible()
    expect(tool_page.locator(".oih-result__body-map figure[data-map='now']")).to_be_visible()
    # The answers list leaves the maps to the drawings, and keeps the rest.
    expect(tool_page.locator(".oih-print-answers")).not_to_contain_text("Where does it hurt now?")
    expect(tool_page.locator(".oih-print-answers")).to_contain_text("Is your pain now in places beyond")
    # The two maps print whole, side by side; with the overdose steps and their
    # sources (contract v3) the whole summary may take a second sheet, no more.
    expect(tool_page.locator(".oih-result__body-map")).to_have_css("break-inside", "avoid")
    pdf = tool_page.pdf(format="A4")
    pages = len(re.findall(rb"/Type\s*/Page[^s]", pdf))
    assert pages <= 2, f"the summary printed on {pages} pages"
