"""The quiz's build-time rendering: the self-test's Markdown becomes quiz
markup that MkDocs' own Markdown extensions turn into the page."""

from __future__ import annotations

import textwrap
from html.parser import HTMLParser

import markdown
import pytest

from site_build.pages.study.quiz import render_quiz
from site_build.pages.study.self_test import SELF_TEST_PATH, SelfTestError, load_self_test

PAGE = textwrap.dedent(
    """\
    # Self-test

    ## How to use this test

    Commit first [@cdc2022].

    ## Definitions

    ### 1. What OIH is

    Which statement *best* describes OIH?

    - **A.** Tolerance
    - **B.** Sensitisation by the drug

    ??? question "Answer and explanation"
        **B.** OIH is pronociceptive [@silverman2009].

        - A describes **tolerance**.

    ### 2. Validated criteria

    True or false: a questionnaire confirms OIH.

    ??? question "Answer and explanation"
        **False.** None exists [@chen2014].

    ## Differential diagnosis

    ### 3. Pseudotolerance

    Short answer: what is pseudotolerance?

    ??? question "Answer and explanation"
        More pain from **more activity** [@silverman2009].

    ## Further reading

    See the cases.
    """
)

# The extensions mkdocs.yml lists that these pages use.
EXTENSIONS = ["abbr", "admonition", "attr_list", "md_in_html", "tables", "toc", "pymdownx.details", "pymdownx.superfences"]


class _Elements(HTMLParser):
    """Every start tag with its attributes and the text up to the next tag (unstripped), in order."""

    def __init__(self) -> None:
        super().__init__()
        self.tags: list[tuple[str, dict[str, str | None]]] = []
        self.text: list[str] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.tags.append((tag, dict(attrs)))
        self.text.append("")

    def handle_data(self, data: str) -> None:
        if self.text:
            self.text[-1] += data


def _html(page: str = PAGE) -> tuple[str, _Elements]:
    html = markdown.markdown(render_quiz(page), extensions=EXTENSIONS)
    parser = _Elements()
    parser.feed(html)
    return html, parser


def _with(parser: _Elements, attribute: str) -> list[dict[str, str | None]]:
    return [attrs for _, attrs in parser.tags if attribute in attrs]


def test_each_question_becomes_a_quiz_element_with_its_kind_topic_and_answer() -> None:
    _, parser = _html()
    questions = _with(parser, "data-quiz-question")
    assert [(q["data-quiz-question"], q["data-quiz-kind"], q["data-quiz-topic"], q.get("data-quiz-answer")) for q in questions] == [
        ("what-oih-is", "multiple-choice", "definitions", "B"),
        ("validated-criteria", "true-false", "definitions", "false"),
        ("pseudotolerance", "short-answer", "differential-diagnosis", None),
    ]


def test_choices_are_one_radio_group_per_question_with_real_labels() -> None:
    html, parser = _html()
    radios = [attrs for tag, attrs in parser.tags if tag == "input" and attrs.get("type") == "radio"]
    assert [(r["name"], r["value"]) for r in radios] == [
        ("quiz-what-oih-is", "A"),
        ("quiz-what-oih-is", "B"),
        ("quiz-validated-criteria", "true"),
        ("quiz-validated-criteria", "false"),
    ]
    labels = {attrs["for"]: parser.text[i].strip() for i, (tag, attrs) in enumerate(parser.tags) if tag == "label"}
    for radio in radios:
        assert radio["id"] in labels
    assert '<label for="quiz-what-oih-is-b"><strong>B.</strong> Sensitisation by the drug</label>' in html
    assert labels["quiz-validated-criteria-true"] == "True"
    # Each group is named by its question's heading.
    fieldsets = [attrs for tag, attrs in parser.tags if tag == "fieldset"]
    assert [f["aria-labelledby"] for f in fieldsets] == ["1-what-oih-is", "2-validated-criteria"]
    assert 'id="1-what-oih-is"' in html and 'id="2-validated-criteria"' in html


def test_buttons_and_panels_are_hidden_until_the_script_runs() -> None:
    _, parser = _html()
    # Each button names its question, so a list of buttons is not 26 "Check"s.
    assert [b["aria-describedby"] for b in _with(parser, "data-quiz-check")] == ["1-what-oih-is", "2-validated-criteria"]
    assert [b["aria-describedby"] for b in _with(parser, "data-quiz-reveal")] == ["3-pseudotolerance"]
    assert [m["data-quiz-mark"] for m in _with(parser, "data-quiz-mark")] == ["correct", "incorrect"]
    for attribute in ("data-quiz-actions", "data-quiz-controls", "data-quiz-results", "data-quiz-marking"):
        found = _with(parser, attribute)
        assert found and all("hidden" in attrs for attrs in found), attribute


def test_the_answer_blocks_stay_collapsed_details_inside_the_feedback() -> None:
    html, _ = _html()
    assert html.count('<details class="question">') == 3
    assert html.count("data-quiz-feedback") == 3
    feedback = html.index("data-quiz-feedback")
    assert html.index("<details", feedback) < html.index("</div>", html.index("</details>", feedback))
    assert "<li>A describes <strong>tolerance</strong>.</li>" in html
    assert "[@silverman2009]" in html, "citations are left for the hooks to link"


def test_the_score_table_has_a_row_per_topic_with_its_question_count() -> None:
    html, parser = _html()
    rows = _with(parser, "data-quiz-topic-row")
    assert [r["data-quiz-topic-row"] for r in rows] == ["definitions", "differential-diagnosis"]
    score = _with(parser, "data-quiz-score")
    assert score[0]["role"] == "status"
    index = next(i for i, (_, attrs) in enumerate(parser.tags) if "data-quiz-score" in attrs)
    assert parser.text[index].strip() == "0 of 3 correct"
    # The correct count sits in its cell as "N of <questions in the topic>".
    assert '<td><span data-quiz-topic-correct="">0</span> of 2</td>' in html
    assert '<td><span data-quiz-topic-correct="">0</span> of 1</td>' in html


def test_text_outside_the_questions_is_kept_and_the_panels_frame_the_questions() -> None:
    rendered = render_quiz(PAGE)
    for kept in ("## How to use this test\n\nCommit first [@cdc2022].", "## Further reading\n\nSee the cases."):
        assert kept in rendered
    controls = rendered.index("data-quiz-controls")
    assert rendered.index("Commit first") < controls < rendered.index("## Definitions")
    results = rendered.index("data-quiz-results")
    assert rendered.index("### 3. Pseudotolerance") < results < rendered.index("## Further reading")


def test_a_broken_page_fails_the_build_with_the_parsers_message() -> None:
    with pytest.raises(SelfTestError, match="no \\?\\?\\? question"):
        render_quiz(PAGE.replace('??? question "Answer and explanation"\n    **False.**', "**False.**"))


def test_the_project_page_renders_every_question() -> None:
    html = markdown.markdown(render_quiz(SELF_TEST_PATH.read_text(encoding="utf-8")), extensions=EXTENSIONS)
    assert html.count("data-quiz-question=") == len(load_self_test()) == 26
    assert html.count('<details class="question">') == 26
