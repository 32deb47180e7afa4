"""Parse the students' self-test page (content/students/self-test.md) into typed questions.

The Markdown page is the single source of the self-test. The interactive quiz
(``site_build.pages.study.quiz``) and the Anki deck both read it through this module, so
neither retypes a question. The page's shape, which this parser enforces:

- ``## Topic`` headings group the questions (a ``##`` section without
  questions, such as "How to use this test", is not a topic);
- each question is ``### N. Title`` (numbered 1, 2, 3 ... in page order);
- then the prompt (one or more paragraphs);
- then, for a multiple-choice question, a list of ``- **A.** choice`` lines;
- then one ``??? question "Answer and explanation"`` block, indented four
  spaces. A multiple-choice answer opens with ``**B.**`` (the correct letter);
  a true-or-false answer (a prompt starting "True or false:") opens with
  ``**True.**`` or ``**False.**``; anything else is a short-answer question,
  and the whole block is its model answer.

Text stays Markdown (citations as ``[@id]``), because MkDocs renders and
checks it; ``reference_ids`` lists the works each question cites.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from enum import StrEnum
from pathlib import Path

from site_build import PROJECT_ROOT
from site_build.pages import citations
from site_build.pages.markdown_source import FRONT_MATTER, slugify

SELF_TEST_PATH = PROJECT_ROOT / "content" / "students" / "self-test.md"
ANSWER_OPENER = '??? question "Answer and explanation"'


class Kind(StrEnum):
    """How a question is answered."""

    MULTIPLE_CHOICE = "multiple-choice"
    TRUE_FALSE = "true-false"
    SHORT_ANSWER = "short-answer"


@dataclass(frozen=True)
class Choice:
    """One option a reader can pick.

    ``key`` is what a form submits: the letter ("A") of a multiple-choice
    option, or "true"/"false". ``text`` is Markdown.
    """

    key: str
    label: str
    text: str
    correct: bool


@dataclass(frozen=True)
class Topic:
    """A ``##`` section of the self-test that holds questions."""

    id: str
    title: str


@dataclass(frozen=True)
class Question:
    """One self-test question, as the page states it.

    ``id`` is the slug of the title without its number (stable when questions
    are renumbered); ``anchor`` is the heading's id on the built page.
    ``explanation`` is the answer block without its opening verdict (for a
    short answer, the whole block: the model answer and its reasoning);
    ``answer_markdown`` is the block exactly as written.
    """

    id: str
    number: int
    title: str
    anchor: str
    topic: Topic
    kind: Kind
    prompt: str
    choices: tuple[Choice, ...]
    explanation: str
    answer_markdown: str
    reference_ids: tuple[str, ...]
    # Where the question sits in the parsed text: line indices [start, end)
    # of ``markdown.split("\n")``, heading included. The quiz renderer
    # replaces exactly these lines.
    source_lines: tuple[int, int]

    @property
    def correct_choice(self) -> Choice | None:
        """The right option, or None for a short-answer question."""
        return next((choice for choice in self.choices if choice.correct), None)

    @property
    def model_answer(self) -> str:
        """What a reader should have said: the right option's text, or the short answer."""
        choice = self.correct_choice
        if choice is None:
            return self.explanation
        return f"{choice.label}. {choice.text}" if self.kind is Kind.MULTIPLE_CHOICE else choice.text


class SelfTestError(ValueError):
    """The self-test page does not have the shape the parser needs; says where and what."""


_TOPIC = re.compile(r"^## (?P<title>.+?)\s*$")
_QUESTION = re.compile(r"^### (?P<number>\d+)\. (?P<title>.+?)\s*$")
_CHOICE = re.compile(r"^- \*\*(?P<letter>[A-Z])\.\*\* (?P<text>.+?)\s*$")
_VERDICT_LETTER = re.compile(r"^\*\*(?P<letter>[A-Z])\.\*\*\s*")
_VERDICT_TRUTH = re.compile(r"^\*\*(?P<truth>True|False)\.\*\*\s*")
_TRUE_FALSE_PROMPT = re.compile(r"^True or false:", re.IGNORECASE)


def parse_self_test(markdown: str) -> tuple[Question, ...]:
    """Every question on the self-test page, in page order.

    Raises ``SelfTestError`` naming the line and what is wrong when a question
    has no answer block, a choice list has no correct option, the numbering
    skips, or two questions share an id. Unknown citations raise
    ``citations.UnknownReference``.
    """
    lines = markdown.split("\n")
    front = FRONT_MATTER.match(markdown)
    questions: list[Question] = []
    topic: Topic | None = None
    index = front.group(0).count("\n") if front else 0
    while index < len(lines):
        line = lines[index]
        topic_match = _TOPIC.match(line)
        if topic_match:
            title = topic_match["title"]
            topic = Topic(slugify(title), title)
        question_match = _QUESTION.match(line)
        if question_match:
            if topic is None:
                raise SelfTestError(f"line {index + 1}: question before any ## topic heading")
            end = _next_heading(lines, index + 1)
            questions.append(_parse_question(question_match, topic, lines, index, end))
            index = end
            continue
        index += 1
    _check_sequence(questions)
    return tuple(questions)


def load_self_test(path: Path = SELF_TEST_PATH) -> tuple[Question, ...]:
    """Parse the self-test page from disk (by default the project's own)."""
    return parse_self_test(path.read_text(encoding="utf-8"))


def topics(questions: tuple[Question, ...]) -> tuple[Topic, ...]:
    """The topics the questions belong to, in page order, without repeats."""
    return tuple(dict.fromkeys(question.topic for question in questions))


def _next_heading(lines: list[str], start: int) -> int:
    for index in range(start, len(lines)):
        if lines[index].startswith("## ") or lines[index].startswith("### "):
            return index
    return len(lines)


def _parse_question(
    match: re.Match[str], topic: Topic, page_lines: list[str], heading: int, end: int
) -> Question:
    number = int(match["number"])
    title = match["title"]
    where = f"question {number} ({title!r}, line {heading + 1})"
    lines = page_lines[heading + 1 : end]
    try:
        opener = next(i for i, line in enumerate(lines) if line.strip() == ANSWER_OPENER)
    except StopIteration:
        raise SelfTestError(f"{where}: no {ANSWER_OPENER} block") from None

    prompt_lines: list[str] = []
    choices: list[tuple[str, str]] = []
    for line in lines[:opener]:
        choice = _CHOICE.match(line)
        if choice:
            choices.append((choice["letter"], choice["text"]))
        elif choices and line.strip():
            raise SelfTestError(f"{where}: text after the choices and before the answer: {line.strip()!r}")
        elif not choices:
            prompt_lines.append(line)
    prompt = "\n".join(prompt_lines).strip()
    if not prompt:
        raise SelfTestError(f"{where}: no prompt")

    answer = _answer_block(lines[opener + 1 :], where)
    trailing = [line for line in lines[opener + 1 + _block_length(lines[opener + 1 :]) :] if line.strip()]
    if trailing:
        raise SelfTestError(f"{where}: text after the answer block: {trailing[0].strip()!r}")

    kind, built_choices, explanation = _classify(prompt, choices, answer, where)
    return Question(
        id=slugify(title),
        number=number,
        title=title,
        anchor=slugify(f"{number}. {title}"),
        topic=topic,
        kind=kind,
        prompt=prompt,
        choices=built_choices,
        explanation=explanation,
        answer_markdown=answer,
        reference_ids=tuple(citations.cited_ids(prompt + "\n" + answer)),
        source_lines=(heading, end),
    )


def _block_length(lines: list[str]) -> int:
    """How many lines the indented answer block spans (blank lines inside it included)."""
    length = 0
    for index, line in enumerate(lines):
        if line.strip() and not line.startswith("    "):
            break
        if line.strip():
            length = index + 1
    return length


def _answer_block(lines: list[str], where: str) -> str:
    body = [line[4:] if line.startswith("    ") else "" for line in lines[: _block_length(lines)]]
    text = "\n".join(body).strip()
    if not text:
        raise SelfTestError(f"{where}: the answer block is empty")
    return text


def _classify(
    prompt: str, choices: list[tuple[str, str]], answer: str, where: str
) -> tuple[Kind, tuple[Choice, ...], str]:
    if choices:
        letters = [letter for letter, _ in choices]
        expected = [chr(ord("A") + i) for i in range(len(choices))]
        if letters != expected or len(choices) < 2:
            raise SelfTestError(f"{where}: choices must be lettered {', '.join(expected)} (found {', '.join(letters)})")
        verdict = _VERDICT_LETTER.match(answer)
        if not verdict:
            raise SelfTestError(f"{where}: the answer must open with the correct letter, like **B.**")
        if verdict["letter"] not in letters:
            raise SelfTestError(f"{where}: the answer names {verdict['letter']}, which is not a choice")
        built = tuple(
            Choice(key=letter, label=letter, text=text, correct=letter == verdict["letter"])
            for letter, text in choices
        )
        return Kind.MULTIPLE_CHOICE, built, answer[verdict.end() :].strip()
    if _TRUE_FALSE_PROMPT.match(prompt):
        verdict = _VERDICT_TRUTH.match(answer)
        if not verdict:
            raise SelfTestError(f"{where}: a true-or-false answer must open with **True.** or **False.**")
        truth = verdict["truth"]
        built = tuple(
            Choice(key=value.lower(), label=value, text=value, correct=value == truth)
            for value in ("True", "False")
        )
        return Kind.TRUE_FALSE, built, answer[verdict.end() :].strip()
    return Kind.SHORT_ANSWER, (), answer


def _check_sequence(questions: list[Question]) -> None:
    if not questions:
        raise SelfTestError("the page has no ### N. questions")
    seen: dict[str, int] = {}
    for position, question in enumerate(questions, start=1):
        if question.number != position:
            raise SelfTestError(
                f"question {question.number} ({question.title!r}) should be numbered {position}"
            )
        if question.id in seen:
            raise SelfTestError(
                f"questions {seen[question.id]} and {question.number} share the id {question.id!r}; retitle one"
            )
        seen[question.id] = question.number
