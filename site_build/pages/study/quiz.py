"""Turn the self-test page's Markdown into the interactive quiz, at build time.

Each question parsed by ``site_build.pages.study.self_test`` is re-emitted from a Jinja2
template as Markdown with HTML (md_in_html): the same heading, prompt and
answer block, wrapped in a ``[data-quiz-question]`` element with its choices
as radio buttons. MkDocs then renders it like any page, citations included.
The controls go before the first topic and the score after the last
question; both stay hidden until ``quiz.js`` runs, so without JavaScript the
page reads as before. The script only wires up what is rendered here.
"""

from __future__ import annotations

from collections import Counter

import jinja2

from site_build.pages.study.self_test import Question, parse_self_test, topics

_ENVIRONMENT = jinja2.Environment(
    loader=jinja2.PackageLoader("site_build.pages", "templates"),
    # The templates emit Markdown, which MkDocs escapes as it renders; ids and
    # keys are slugs and letters, and the text is the page's own Markdown.
    autoescape=False,
    undefined=jinja2.StrictUndefined,
    keep_trailing_newline=True,
)


def render_question(question: Question) -> str:
    """One question as Markdown with the quiz's HTML around it."""
    return _ENVIRONMENT.get_template("quiz_question.md.j2").render(q=question)


def render_controls() -> str:
    """The box before the first question: how to use the quiz, and the "remember" tick."""
    return _ENVIRONMENT.get_template("quiz_controls.md.j2").render()


def render_results(questions: tuple[Question, ...]) -> str:
    """The score after the last question: total, per topic, and the retry button."""
    per_topic = Counter(question.topic for question in questions)
    rows = [(topic, per_topic[topic]) for topic in topics(questions)]
    return _ENVIRONMENT.get_template("quiz_results.md.j2").render(total=len(questions), topics=rows)


def render_quiz(markdown: str) -> str:
    """The self-test page's Markdown with every question made interactive.

    Lines outside the questions are kept as they are. The controls go just
    before the ``##`` heading of the first topic; the results just after
    the last question.
    """
    questions = parse_self_test(markdown)
    lines = markdown.split("\n")
    output: list[str] = []
    cursor = 0
    first_topic_heading = _topic_heading_line(lines, questions[0].source_lines[0])
    output += lines[:first_topic_heading]
    output += ["", render_controls(), ""]
    cursor = first_topic_heading
    for question in questions:
        start, end = question.source_lines
        output += lines[cursor:start]
        output += [render_question(question), ""]
        cursor = end
    output += ["", render_results(questions), ""]
    output += lines[cursor:]
    return "\n".join(output)


def _topic_heading_line(lines: list[str], question_line: int) -> int:
    """The ``## `` line that opens the topic of the question at ``question_line``."""
    for index in range(question_line, -1, -1):
        if lines[index].startswith("## "):
            return index
    raise AssertionError("parse_self_test guarantees a topic heading before every question")
