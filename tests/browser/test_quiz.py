"""The self-test's interactive quiz, driven through its hooks: checking
answers, the score, focus, retrying the missed ones, short-answer
self-marking, storage only after the reader asks, accessibility, a 320 px
phone, and the offline copy opened from disk.

The questions and right answers come from the page's Markdown through the
same parser the build uses, so the tests follow the page when it changes.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest
from playwright.sync_api import Browser, BrowserContext, Page, expect

from site_build.pages.study.self_test import Kind, Question, load_self_test
from tests.support.axe import axe_both_palettes, report
from tests.support.keyboard import Keyboard
from tests.support.layout import clipped, sideways, window
from tests.support.pages import NOTHING_STORED, STORED, wait_for

pytestmark = pytest.mark.browser

QUIZ_PAGE = "students/self-test/"
STORAGE_KEY = "oih-guide.self-test"
QUESTIONS = load_self_test()
TOTAL = len(QUESTIONS)


def _first(kind: Kind, skip: int = 0) -> Question:
    return [q for q in QUESTIONS if q.kind is kind][skip]


CHOICE = _first(Kind.MULTIPLE_CHOICE)
CHOICE_2 = _first(Kind.MULTIPLE_CHOICE, 1)
TRUE_FALSE = _first(Kind.TRUE_FALSE)
SHORT = _first(Kind.SHORT_ANSWER)
SHORT_2 = _first(Kind.SHORT_ANSWER, 1)


def right_key(question: Question) -> str:
    choice = question.correct_choice
    assert choice is not None
    return choice.key


def wrong_key(question: Question) -> str:
    return next(c.key for c in question.choices if not c.correct)


def question(page: Page, q: Question) -> Any:
    return page.locator(f"[data-quiz-question='{q.id}']")


def open_quiz(page: Page, url: str) -> None:
    page.goto(url)
    # expect()'s 5 s, as before, looked for once a frame.
    wait_for(page, "[data-quiz-results][data-quiz-state='ready']", 5_000)


def answer(page: Page, q: Question, key: str) -> None:
    """Pick ``key`` by clicking its label, as a reader would, then press Check."""
    block = question(page, q)
    block.locator(f"label[for='quiz-{q.id}-{key.lower()}']").click()
    block.locator("[data-quiz-check]").click()


def focused_feedback_of(page: Page) -> str | None:
    return page.evaluate(
        """() => {
            const el = document.activeElement;
            return el && el.matches("[data-quiz-feedback]")
              ? el.closest("[data-quiz-question]").getAttribute("data-quiz-question") : null;
        }"""
    )


def topic_row(page: Page, q: Question) -> tuple[str, str]:
    row = page.locator(f"[data-quiz-topic-row='{q.topic.id}']")
    return (
        row.locator("[data-quiz-topic-correct]").inner_text(),
        row.locator("[data-quiz-topic-answered]").inner_text(),
    )


@pytest.fixture
def page(repeat_page: Page) -> Page:
    """A repeat visit: a new tab in the module's shared context, its storage emptied after each test.

    About 0.25 s sooner ready than a new context here (docs/performance.md,
    2026-12-07 (evening)). The quiz's first-visit checks (without JavaScript,
    the offline copy, a phone) open their own.
    """
    return repeat_page


@pytest.fixture
def quiz(page: Page, site_url: str) -> Page:
    open_quiz(page, site_url + QUIZ_PAGE)
    return page


# ---- Without JavaScript ------------------------------------------------------


def test_without_javascript_the_page_is_the_plain_self_test(browser: Browser, site_url: str) -> None:
    context = browser.new_context(java_script_enabled=False)
    try:
        page = context.new_page()
        page.goto(site_url + QUIZ_PAGE)
        assert page.locator("[data-quiz-question]").count() == TOTAL
        for hidden in ("[data-quiz-controls]", "[data-quiz-results]", "[data-quiz-check]", "[data-quiz-reveal]"):
            assert page.locator(hidden).first.is_hidden(), f"{hidden} shows without JavaScript"
        answers = page.locator("details.question")
        assert answers.count() == TOTAL
        assert not answers.first.evaluate("d => d.open")
        # The answer still opens by hand and still cites its sources.
        question(page, CHOICE).locator("summary").click()
        expect(question(page, CHOICE).locator("details a[href*='references/#ref-']").first).to_be_visible()
    finally:
        context.close()


# ---- Checking answers --------------------------------------------------------


def test_a_right_answer_is_marked_correct_explained_and_focused(quiz: Page) -> None:
    answer(quiz, CHOICE, right_key(CHOICE))
    block = question(quiz, CHOICE)
    expect(block).to_have_attribute("data-answered", "correct")
    expect(block.locator("[data-quiz-verdict]")).to_have_text(f"Correct: {right_key(CHOICE)} is the answer.")
    assert block.locator("details").evaluate("d => d.open")
    expect(block.locator("details a[href*='references/#ref-']").first).to_be_visible()
    assert focused_feedback_of(quiz) == CHOICE.id
    expect(quiz.locator("[data-quiz-score]")).to_have_text(f"1 of {TOTAL} correct")
    expect(quiz.locator("[data-quiz-answered]")).to_have_text(f"1 of {TOTAL} answered")


def test_a_wrong_answer_is_marked_incorrect_with_the_right_one_named(quiz: Page) -> None:
    wrong = wrong_key(CHOICE_2)
    answer(quiz, CHOICE_2, wrong)
    block = question(quiz, CHOICE_2)
    expect(block).to_have_attribute("data-answered", "incorrect")
    expect(block.locator("[data-quiz-verdict]")).to_have_text(
        f"Not quite. You chose {wrong}; the answer is {right_key(CHOICE_2)}."
    )
    assert focused_feedback_of(quiz) == CHOICE_2.id
    expect(quiz.locator("[data-quiz-score]")).to_have_text(f"0 of {TOTAL} correct")
    assert topic_row(quiz, CHOICE_2) == ("0", "1")
    # Changing the answer and checking again counts the new answer, once.
    answer(quiz, CHOICE_2, right_key(CHOICE_2))
    expect(block).to_have_attribute("data-answered", "correct")
    expect(quiz.locator("[data-quiz-score]")).to_have_text(f"1 of {TOTAL} correct")
    assert topic_row(quiz, CHOICE_2) == ("1", "1")


def test_check_without_a_choice_asks_for_one(quiz: Page) -> None:
    block = question(quiz, CHOICE)
    block.locator("[data-quiz-check]").click()
    expect(block.locator("[data-quiz-verdict]")).to_have_text("Choose an answer first, then press Check.")
    assert block.get_attribute("data-answered") is None
    expect(quiz.locator("[data-quiz-answered]")).to_have_text(f"0 of {TOTAL} answered")


def test_true_or_false_is_two_radio_buttons(quiz: Page) -> None:
    block = question(quiz, TRUE_FALSE)
    assert block.locator("input[type=radio]").count() == 2
    answer(quiz, TRUE_FALSE, wrong_key(TRUE_FALSE))
    expect(block).to_have_attribute("data-answered", "incorrect")
    expect(block.locator("[data-quiz-verdict]")).to_have_text(f"Not quite: the statement is {right_key(TRUE_FALSE)}.")


def test_each_question_is_one_labelled_radio_group(quiz: Page) -> None:
    groups = quiz.evaluate(
        """() => [...document.querySelectorAll("[data-quiz-question]")].map((q) => {
            const radios = [...q.querySelectorAll("input[type=radio]")];
            return {
              id: q.dataset.quizQuestion,
              names: [...new Set(radios.map((r) => r.name))],
              labelled: radios.every((r) => r.labels.length === 1 && r.labels[0].textContent.trim() !== ""),
              group: radios.length ? q.querySelector("fieldset").getAttribute("aria-labelledby") : null,
              heading: q.querySelector("h3").id,
              radios: radios.length,
            };
        })"""
    )
    by_id = {q.id: q for q in QUESTIONS}
    assert [g["id"] for g in groups] == [q.id for q in QUESTIONS]
    for group in groups:
        q = by_id[group["id"]]
        assert group["radios"] == len(q.choices)
        if q.choices:
            assert group["names"] == [f"quiz-{q.id}"] and group["labelled"]
            assert group["group"] == group["heading"] == q.anchor


# ---- Short answers -------------------------------------------------------------


def test_short_answers_show_the_model_answer_and_let_the_reader_mark_themselves(quiz: Page) -> None:
    block = question(quiz, SHORT)
    assert block.locator("input[type=radio]").count() == 0
    block.locator("[data-quiz-reveal]").click()
    assert block.locator("details").evaluate("d => d.open")
    assert focused_feedback_of(quiz) == SHORT.id
    assert block.get_attribute("data-answered") is None, "showing the answer is not an answer"
    block.locator("[data-quiz-mark='correct']").click()
    expect(block).to_have_attribute("data-answered", "correct")
    expect(block.locator("[data-quiz-verdict]")).to_have_text("You marked this one right.")
    other = question(quiz, SHORT_2)
    other.locator("[data-quiz-reveal]").click()
    other.locator("[data-quiz-mark='incorrect']").click()
    expect(other).to_have_attribute("data-answered", "incorrect")
    expect(quiz.locator("[data-quiz-score]")).to_have_text(f"1 of {TOTAL} correct")
    expect(quiz.locator("[data-quiz-answered]")).to_have_text(f"2 of {TOTAL} answered")


# ---- Retry ------------------------------------------------------------------------


def test_try_the_missed_ones_again_clears_only_those_and_goes_to_the_first(quiz: Page) -> None:
    answer(quiz, CHOICE, wrong_key(CHOICE))
    answer(quiz, CHOICE_2, right_key(CHOICE_2))
    answer(quiz, TRUE_FALSE, wrong_key(TRUE_FALSE))
    quiz.locator("[data-quiz-retry]").click()
    for missed in (CHOICE, TRUE_FALSE):
        block = question(quiz, missed)
        assert block.get_attribute("data-answered") is None
        assert block.locator("input[type=radio]:checked").count() == 0
        assert block.locator("[data-quiz-verdict]").is_hidden()
    expect(question(quiz, CHOICE_2)).to_have_attribute("data-answered", "correct")
    expect(quiz.locator("[data-quiz-retry-status]")).to_have_text(
        "Cleared 2 questions you missed. The first one is next."
    )
    assert quiz.evaluate("() => document.activeElement.id") == CHOICE.anchor
    expect(quiz.locator("[data-quiz-score]")).to_have_text(f"1 of {TOTAL} correct")
    expect(quiz.locator("[data-quiz-answered]")).to_have_text(f"1 of {TOTAL} answered")


# ---- Keyboard ----------------------------------------------------------------------


def test_a_question_by_keyboard_alone_with_focus_always_shown(quiz: Page) -> None:
    # From the top: Tab to the "remember" tick, Space ticks it; Tab into the
    # first question's group, Space and arrows choose, Tab to Check, Enter.
    keyboard = Keyboard(quiz)
    focused = _tab_until(keyboard, lambda f: f["id"] == "quiz-keep", 200)
    keyboard.press("Space")
    assert quiz.locator("[data-quiz-keep]").is_checked()
    focused = _tab_until(keyboard, lambda f: f["type"] == "radio", 10)
    assert focused["id"] == f"quiz-{CHOICE.id}-a", "the first question's group comes first"
    keyboard.press("Space")
    for _ in range(ord(right_key(CHOICE)) - ord("A")):
        focused = keyboard.press("ArrowDown")
    assert focused is not None and focused["value"] == right_key(CHOICE) and focused["checked"]
    focused = keyboard.press("Tab")
    assert focused is not None and focused["text"] == "Check"
    keyboard.press("Enter")
    expect(question(quiz, CHOICE)).to_have_attribute("data-answered", "correct")
    assert focused_feedback_of(quiz) == CHOICE.id
    keyboard.assert_focus_was_always_visible()


def _tab_until(keyboard: Keyboard, wanted: Callable[[dict[str, Any]], bool], most: int) -> dict[str, Any]:
    for _ in range(most):
        focused = keyboard.press("Tab")
        if focused is not None and wanted(focused):
            return focused
    pytest.fail(f"no such Tab stop within {most} presses")


def test_score_and_feedback_are_announced(quiz: Page) -> None:
    assert quiz.locator("[data-quiz-score]").get_attribute("role") == "status"
    assert quiz.locator("[data-quiz-storage-status]").get_attribute("role") == "status"
    assert quiz.locator("[data-quiz-retry-status]").get_attribute("role") == "status"
    assert quiz.locator("[data-quiz-feedback]").first.get_attribute("tabindex") == "-1"


# ---- Storage: only when asked -------------------------------------------------------


def stored(page: Page) -> dict[str, list[str]]:
    return page.evaluate(STORED)


def test_nothing_is_stored_until_the_reader_ticks_remember(quiz: Page) -> None:
    answer(quiz, CHOICE, right_key(CHOICE))
    answer(quiz, CHOICE_2, wrong_key(CHOICE_2))
    question(quiz, SHORT).locator("[data-quiz-reveal]").click()
    question(quiz, SHORT).locator("[data-quiz-mark='correct']").click()
    quiz.locator("[data-quiz-retry]").click()
    assert stored(quiz) == NOTHING_STORED
    quiz.reload()
    expect(quiz.locator("[data-quiz-results]")).to_have_attribute("data-quiz-state", "ready")
    expect(quiz.locator("[data-quiz-answered]")).to_have_text(f"0 of {TOTAL} answered")
    assert not quiz.locator("[data-quiz-keep]").is_checked()


def test_remembered_progress_survives_a_reload_and_unticking_deletes_it(quiz: Page) -> None:
    answer(quiz, CHOICE, right_key(CHOICE))
    quiz.locator("label[for='quiz-keep']").click()
    expect(quiz.locator("[data-quiz-storage-status]")).to_contain_text("now kept on this device")
    answer(quiz, CHOICE_2, wrong_key(CHOICE_2))
    question(quiz, SHORT).locator("[data-quiz-reveal]").click()
    question(quiz, SHORT).locator("[data-quiz-mark='correct']").click()
    assert stored(quiz)["local"] == [STORAGE_KEY]
    saved = quiz.evaluate(f"() => JSON.parse(localStorage.getItem({STORAGE_KEY!r}))")
    assert saved == {
        "version": 1,
        "answers": {
            CHOICE.id: {"result": "correct", "choice": right_key(CHOICE)},
            CHOICE_2.id: {"result": "incorrect", "choice": wrong_key(CHOICE_2)},
            SHORT.id: {"result": "correct"},
        },
    }

    quiz.reload()
    expect(quiz.locator("[data-quiz-results]")).to_have_attribute("data-quiz-state", "ready")
    assert quiz.locator("[data-quiz-keep]").is_checked()
    expect(question(quiz, CHOICE)).to_have_attribute("data-answered", "correct")
    expect(question(quiz, CHOICE_2)).to_have_attribute("data-answered", "incorrect")
    expect(question(quiz, SHORT)).to_have_attribute("data-answered", "correct")
    assert question(quiz, CHOICE_2).locator("input[type=radio]:checked").get_attribute("value") == wrong_key(CHOICE_2)
    expect(quiz.locator("[data-quiz-score]")).to_have_text(f"2 of {TOTAL} correct")
    expect(quiz.locator("[data-quiz-storage-status]")).to_contain_text("saved progress is back")
    # Restoring does not steal focus from wherever the reader is.
    assert focused_feedback_of(quiz) is None

    quiz.locator("label[for='quiz-keep']").click()
    assert stored(quiz) == NOTHING_STORED
    expect(quiz.locator("[data-quiz-storage-status]")).to_contain_text("deleted from this device")
    quiz.reload()
    expect(quiz.locator("[data-quiz-answered]")).to_have_text(f"0 of {TOTAL} answered")


def test_unreadable_saved_progress_is_reported_not_fatal(page: Page, site_url: str) -> None:
    errors: list[str] = []
    page.on("pageerror", lambda error: errors.append(str(error)))
    open_quiz(page, site_url + QUIZ_PAGE)
    for bad in ("{not json", '{"version": 99, "answers": {}}', '{"version": 1, "answers": {"x": 3, "' + CHOICE.id + '": "y"}}'):
        page.evaluate("([key, value]) => localStorage.setItem(key, value)", [STORAGE_KEY, bad])
        open_quiz(page, site_url + QUIZ_PAGE)
        expect(page.locator("[data-quiz-answered]")).to_have_text(f"0 of {TOTAL} answered")
        assert page.locator("[data-quiz-keep]").is_checked()
    # The last was readable (version 1), with entries it skips.
    expect(page.locator("[data-quiz-storage-status]")).to_contain_text("saved progress is back")
    page.evaluate("([key, value]) => localStorage.setItem(key, value)", [STORAGE_KEY, "{not json"])
    open_quiz(page, site_url + QUIZ_PAGE)
    expect(page.locator("[data-quiz-storage-status]")).to_contain_text("could not be read")
    answer(page, CHOICE, right_key(CHOICE))
    saved = page.evaluate(f"() => JSON.parse(localStorage.getItem({STORAGE_KEY!r}))")
    assert saved["version"] == 1 and CHOICE.id in saved["answers"]
    assert not errors


# ---- Accessibility and phones ---------------------------------------------------------


def _answer_a_mix(page: Page) -> None:
    answer(page, CHOICE, right_key(CHOICE))
    answer(page, CHOICE_2, wrong_key(CHOICE_2))
    answer(page, TRUE_FALSE, right_key(TRUE_FALSE))
    question(page, SHORT).locator("[data-quiz-reveal]").click()
    question(page, SHORT_2).locator("[data-quiz-reveal]").click()
    question(page, SHORT_2).locator("[data-quiz-mark='incorrect']").click()
    page.locator("label[for='quiz-keep']").click()


def test_axe_finds_nothing_on_the_quiz_answered_in_either_palette(
    axe_context: BrowserContext, site_url: str
) -> None:
    page = axe_context.new_page()
    open_quiz(page, site_url + QUIZ_PAGE)
    _answer_a_mix(page)
    problems = axe_both_palettes(page, site_url, "self-test, answered")
    assert not problems, report(problems)


@pytest.mark.parametrize("width", (320,))
def test_the_answered_quiz_fits_a_phone(browser: Browser, site_url: str, width: int) -> None:
    with window(browser, width) as page:
        open_quiz(page, site_url + QUIZ_PAGE)
        _answer_a_mix(page)
        page.locator("[data-quiz-results]").scroll_into_view_if_needed()
        label = f"self-test answered at {width} px"
        problems = sideways(page, label, width) + clipped(page, label)
    assert not problems, "\n".join(problems)


# ---- The offline copy ----------------------------------------------------------------


@pytest.fixture
def disk_context(browser: Browser) -> Iterator[BrowserContext]:
    context = browser.new_context()
    outside: list[str] = []
    context.on("request", lambda request: request.url.startswith(("http:", "https:")) and outside.append(request.url))
    yield context
    context.close()
    assert not outside, f"requests left the device: {outside}"


def test_the_quiz_works_in_the_offline_copy(disk_context: BrowserContext, offline_copy: Path) -> None:
    page = disk_context.new_page()
    errors: list[str] = []
    page.on("pageerror", lambda error: errors.append(str(error)))
    url = (offline_copy / "students" / "self-test.html").as_uri()
    open_quiz(page, url)
    answer(page, CHOICE, right_key(CHOICE))
    expect(question(page, CHOICE)).to_have_attribute("data-answered", "correct")
    expect(page.locator("[data-quiz-score]")).to_have_text(f"1 of {TOTAL} correct")
    page.locator("label[for='quiz-keep']").click()
    open_quiz(page, url)
    expect(question(page, CHOICE)).to_have_attribute("data-answered", "correct")
    assert not errors
