from __future__ import annotations

import re
import textwrap
from collections.abc import Callable

import pytest
from hypothesis import given
from hypothesis import strategies as st

from site_build.pages.citations import UnknownReference
from site_build.pages.markdown_source import slugify
from site_build.pages.study.self_test import (
    Kind,
    SelfTestError,
    load_self_test,
    parse_self_test,
    topics,
)

PAGE = textwrap.dedent(
    """\
    ---
    title: Self-test
    ---

    # Self-test

    ## How to use this test

    Commit to an answer first [@cdc2022].

    ## Definitions

    ### 1. What OIH is

    Which statement best describes OIH?

    - **A.** Tolerance
    - **B.** Sensitisation by the drug

    ??? question "Answer and explanation"
        **B.** OIH is pronociceptive [@silverman2009; @chu2008].

        - A describes **tolerance** [@silverman2009].

    ### 2. Validated criteria

    True or false: a questionnaire confirms OIH.

    ??? question "Answer and explanation"
        **False.** No validated questionnaire exists [@chen2014].

    ## Differential diagnosis

    ### 3. Pseudotolerance

    Short answer: what is pseudotolerance?

    ??? question "Answer and explanation"
        More pain from **more activity** [@silverman2009].
    """
)


def test_multiple_choice_question_is_parsed_with_its_correct_choice() -> None:
    first = parse_self_test(PAGE)[0]
    assert (first.id, first.number, first.title, first.anchor) == ("what-oih-is", 1, "What OIH is", "1-what-oih-is")
    assert first.kind is Kind.MULTIPLE_CHOICE
    assert first.topic.id == "definitions" and first.topic.title == "Definitions"
    assert first.prompt == "Which statement best describes OIH?"
    assert [(c.key, c.text, c.correct) for c in first.choices] == [
        ("A", "Tolerance", False),
        ("B", "Sensitisation by the drug", True),
    ]
    assert first.correct_choice is not None and first.correct_choice.key == "B"
    assert first.model_answer == "B. Sensitisation by the drug"
    assert first.explanation == (
        "OIH is pronociceptive [@silverman2009; @chu2008].\n\n- A describes **tolerance** [@silverman2009]."
    )
    assert first.answer_markdown.startswith("**B.** OIH is pronociceptive")
    assert first.reference_ids == ("silverman2009", "chu2008")


def test_true_or_false_question_gets_two_choices() -> None:
    second = parse_self_test(PAGE)[1]
    assert second.kind is Kind.TRUE_FALSE
    assert [(c.key, c.label, c.correct) for c in second.choices] == [("true", "True", False), ("false", "False", True)]
    assert second.explanation == "No validated questionnaire exists [@chen2014]."
    assert second.model_answer == "False"


def test_short_answer_question_keeps_the_whole_block_as_its_model_answer() -> None:
    third = parse_self_test(PAGE)[2]
    assert third.kind is Kind.SHORT_ANSWER
    assert third.choices == () and third.correct_choice is None
    assert third.model_answer == third.explanation == "More pain from **more activity** [@silverman2009]."
    assert third.topic.id == "differential-diagnosis"


def test_sections_without_questions_are_not_topics() -> None:
    assert [t.id for t in topics(parse_self_test(PAGE))] == ["definitions", "differential-diagnosis"]


def test_slugify_matches_the_heading_ids_mkdocs_writes() -> None:
    assert slugify("13. Chu 2008's rule of suspicion") == "13-chu-2008s-rule-of-suspicion"
    assert slugify("MME arithmetic") == "mme-arithmetic"


@pytest.mark.parametrize(
    ("change", "message"),
    [
        (lambda p: p.replace('??? question "Answer and explanation"\n    **B.**', "Nothing here\n    **B.**"), "no ??? question"),
        (lambda p: p.replace("    **B.** OIH", "    **E.** OIH"), "names E, which is not a choice"),
        (lambda p: p.replace("    **B.** OIH", "    OIH"), "must open with the correct letter"),
        (lambda p: p.replace("- **B.** Sens", "- **C.** Sens"), "lettered A, B"),
        (lambda p: p.replace("### 2. Validated", "### 4. Validated"), "should be numbered 2"),
        (lambda p: p.replace("### 3. Pseudotolerance", "### 3. What OIH is"), "share the id 'what-oih-is'"),
        (lambda p: p.replace("    **False.** No", "    No"), "**True.** or **False.**"),
        (lambda p: p.replace("## How to use this test\n", "").replace("## Definitions\n", ""), "question before any ## topic"),
        (lambda p: p.replace("Which statement best describes OIH?\n", ""), "no prompt"),
    ],
)
def test_malformed_pages_name_the_problem(change: Callable[[str], str], message: str) -> None:
    page = change(PAGE)
    assert page != PAGE
    with pytest.raises(SelfTestError, match=re.escape(message)):
        parse_self_test(page)


def test_unknown_citations_are_refused() -> None:
    with pytest.raises(UnknownReference):
        parse_self_test(PAGE.replace("@chen2014", "@nobody1999"))


@given(count=st.integers(min_value=2, max_value=6), data=st.data())
def test_any_lettered_choice_can_be_the_right_one(count: int, data: st.DataObject) -> None:
    letters = [chr(ord("A") + i) for i in range(count)]
    right = data.draw(st.sampled_from(letters))
    choices = "\n".join(f"- **{letter}.** Option {letter}" for letter in letters)
    page = (
        f"## Topic\n\n### 1. Q\n\nPick one.\n\n{choices}\n\n"
        f'??? question "Answer and explanation"\n    **{right}.** Because.\n'
    )
    (question,) = parse_self_test(page)
    assert [c.key for c in question.choices if c.correct] == [right]
    assert question.explanation == "Because."


def test_the_project_page_parses_into_26_questions_of_every_kind() -> None:
    questions = load_self_test()
    assert len(questions) == 26
    assert [q.number for q in questions] == list(range(1, 27))
    kinds = {q.kind for q in questions}
    assert kinds == {Kind.MULTIPLE_CHOICE, Kind.TRUE_FALSE, Kind.SHORT_ANSWER}
    assert all(q.reference_ids for q in questions), "every question cites a source"
    for question in questions:
        if question.kind is not Kind.SHORT_ANSWER:
            assert sum(c.correct for c in question.choices) == 1
    assert len(topics(questions)) == 7


def test_source_lines_cover_each_question_from_heading_to_the_next_heading() -> None:
    lines = PAGE.split("\n")
    first, second, third = parse_self_test(PAGE)
    assert lines[first.source_lines[0]] == "### 1. What OIH is"
    assert first.source_lines[1] == second.source_lines[0]
    assert lines[second.source_lines[1]] == "## Differential diagnosis"
    assert third.source_lines[1] == len(lines)
    assert "line 11:" in _error_for(PAGE.replace("## How to use this test\n", "").replace("## Definitions\n", ""))


def _error_for(page: str) -> str:
    with pytest.raises(SelfTestError) as error:
        parse_self_test(page)
    return str(error.value)
