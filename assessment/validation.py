"""Checking and normalising raw answers.

Everything that can come from outside (a browser form, a JSON file, a test)
passes through :func:`normalise` first, so the rules only ever see clean
values. Any problem raises :class:`InvalidAnswer` and nothing else, with a
message that names the question id (and, for medications, the row, the
opioid or the word "dose"), so the browser can point at the faulty field.

Policy choices (documented in docs/assessment-contract.md):

- A missing question, or one whose value is ``None`` (JSON ``null``), is "not
  answered". ``[]`` for a list question is an answer: "none of these".
- Duplicate option ids in a list question are accepted and collapsed; list
  answers are stored in the question's option order. The body maps are the
  exception: an area listed twice is refused.
- Two medication rows for the same opioid are accepted and both counted
  (long- and short-acting forms of one opioid are common).
- ``daily_dose`` must be a JSON number (not a string, not a boolean), finite,
  above 0 and at most ``MAX_DAILY_DOSE``.
"""

from __future__ import annotations

import math
from collections.abc import Mapping
from typing import Any

from ._i18n import N_, Message, Translate, message, placed
from .mme import Medication
from .opioids import OPIOIDS_BY_ID
from .questions import AREAS, MEDICATIONS, MULTI, QUESTIONS_BY_ID, SINGLE

__all__ = ["InvalidAnswer", "normalise", "short_repr", "MAX_DAILY_DOSE", "Answers"]

# No real daily dose is anywhere near this; the cap keeps totals finite
# (1e308 x 5 would overflow to inf and break JSON output).
MAX_DAILY_DOSE = 100_000.0

# A normalised answer set: question id -> str (single), tuple[str, ...]
# (multi) or tuple[Medication, ...] (medications). Unanswered ids are absent.
Answers = Mapping[str, Any]

_MEDICATION_KEYS = frozenset({"opioid", "daily_dose"})


class InvalidAnswer(ValueError):
    """An answer set the contract does not allow. The message names the question.

    ``question`` is the question id the problem belongs to (``None`` when it is
    not one, such as an unknown id), and ``place`` the exact spot, such as
    ``medications[1]``; the browser points at the question from these, never
    by reading the message. ``words`` is the message as catalog words, so it
    can be said in another language; the message itself is English.
    """

    def __init__(self, message: str, *, question: str | None = None, place: str | None = None,
                 problem: str | None = None, words: Message | None = None) -> None:
        super().__init__(message)
        self.question = question
        self.place = place if place is not None else question
        # What is wrong in words a reader can act on, as a catalog message
        # (the dose a person typed); None where only the message says it.
        self.problem = problem
        self.words = words

    @classmethod
    def at_place(cls, where: str, reason: Message, *, place: str | None = None,
                 problem: str | None = None) -> InvalidAnswer:
        """The error whose message is ``where: reason`` (``medications[0]: unknown opioid 'x' ...``)."""
        words = placed(where, reason)
        return cls(words.text(), place=place, problem=problem, words=words)

    def at(self, *, question: str | None = None, place: str | None = None) -> InvalidAnswer:
        """The same problem, placed more precisely."""
        return InvalidAnswer(
            str(self),
            question=question if question is not None else self.question,
            place=place if place is not None else self.place,
            problem=self.problem,
            words=self.words,
        )

    def problem_in(self, translate: Translate) -> str:
        """What is wrong in ``translate``'s language: in words a reader can act on where there are some."""
        if self.problem:
            return translate(self.problem)
        return self.words.text(translate) if self.words is not None else str(self)


def short_repr(value: object, limit: int = 60) -> str:
    """``repr(value)`` cut to ``limit`` characters, for error messages."""
    # repr() of hostile input can be huge; keep error lines to one short line.
    text = repr(value)
    return text if len(text) <= limit else text[: limit - 3] + "..."


def _single(question_id: str, value: object, allowed: tuple[str, ...]) -> str:
    if not isinstance(value, str):
        raise InvalidAnswer.at_place(question_id, message(N_("expected one of {options}, got {value}"),
                                                          options=", ".join(allowed), value=short_repr(value)))
    if value not in allowed:
        raise InvalidAnswer.at_place(question_id, message(N_("{value} is not an option (expected one of {options})"),
                                                          value=short_repr(value), options=", ".join(allowed)))
    return value


def _multi(question_id: str, value: object, allowed: tuple[str, ...]) -> tuple[str, ...]:
    # A bare string is iterable, so check for list/tuple explicitly: "fibromyalgia"
    # must not be read as the letters f, i, b...
    if not isinstance(value, (list, tuple)):
        raise InvalidAnswer.at_place(question_id, message(N_("expected a list of option ids, got {value}"),
                                                          value=short_repr(value)))
    chosen = set()
    for item in value:
        if not isinstance(item, str) or item not in allowed:
            raise InvalidAnswer.at_place(
                question_id, message(N_("{value} is not an option (expected some of {options})"),
                                     value=short_repr(item), options=", ".join(allowed)))
        chosen.add(item)
    return tuple(option for option in allowed if option in chosen)


def _areas(question_id: str, value: object, allowed: tuple[str, ...]) -> tuple[str, ...]:
    # A body map is a set of places: an area marked twice is a sign of a
    # broken form or file, so it is refused rather than collapsed.
    if not isinstance(value, (list, tuple)):
        raise InvalidAnswer.at_place(question_id, message(N_("expected a list of body area ids, got {value}"),
                                                          value=short_repr(value)))
    chosen: set[str] = set()
    for item in value:
        if not isinstance(item, str) or item not in allowed:
            raise InvalidAnswer.at_place(question_id, message(N_("{value} is not a body area id"),
                                                              value=short_repr(item)))
        if item in chosen:
            raise InvalidAnswer.at_place(question_id, message(N_("{value} is listed more than once"),
                                                              value=short_repr(item)))
        chosen.add(item)
    return tuple(area for area in allowed if area in chosen)


# What a person can get wrong in a dose field, in words they can act on.
_MISSING = N_("the total amount is missing")
_NOT_A_NUMBER = N_("the amount must be a number")
_TOO_LARGE = N_("the amount is too large to be a daily dose")
_NOT_ABOVE_ZERO = N_("the amount must be more than 0")


def _dose(where: str, value: object) -> float:
    if value is None:
        raise InvalidAnswer.at_place(where, message(N_("the dose is missing")), problem=_MISSING)
    # bool is a subclass of int; True is not a dose.
    if isinstance(value, bool) or not isinstance(value, (int, float)):
        raise InvalidAnswer.at_place(where, message(N_("the dose must be a number, got {value}"), value=short_repr(value)),
                                     problem=_NOT_A_NUMBER)
    try:
        dose = float(value)
    except OverflowError:  # a huge int
        raise InvalidAnswer.at_place(where, message(N_("the dose is too large")), problem=_TOO_LARGE) from None
    if not math.isfinite(dose):
        raise InvalidAnswer.at_place(where, message(N_("the dose must be a finite number")), problem=_NOT_A_NUMBER)
    if dose <= 0:
        raise InvalidAnswer.at_place(where, message(N_("the dose must be more than 0")), problem=_NOT_ABOVE_ZERO)
    if dose > MAX_DAILY_DOSE:
        raise InvalidAnswer.at_place(where, message(N_("the dose is too large to be a daily dose")), problem=_TOO_LARGE)
    return dose


def _medications(question_id: str, value: object) -> tuple[Medication, ...]:
    if not isinstance(value, (list, tuple)):
        raise InvalidAnswer.at_place(question_id, message(N_("expected a list of {shape} rows, got {value}"),
                                                          shape='{"opioid", "daily_dose"}', value=short_repr(value)))
    rows: list[Medication] = []
    for index, row in enumerate(value):
        where = f"{question_id}[{index}]"
        if not isinstance(row, Mapping):
            raise InvalidAnswer.at_place(where, message(N_("expected a {shape} object, got {value}"),
                                                        shape='{"opioid", "daily_dose"}', value=short_repr(row)),
                                         place=where)
        keys = set(row.keys())
        if keys != _MEDICATION_KEYS:
            extra = sorted(map(short_repr, keys - _MEDICATION_KEYS))
            missing = sorted(_MEDICATION_KEYS - keys)
            if extra:
                reason = message(N_("unknown key {keys}"), keys=", ".join(extra))
            elif "daily_dose" in missing:
                reason = message(N_("missing {keys} (the dose)"), keys=", ".join(missing))
            else:
                reason = message(N_("missing {keys}"), keys=", ".join(missing))
            raise InvalidAnswer.at_place(where, reason, place=where)
        opioid = row["opioid"]
        if not isinstance(opioid, str) or opioid not in OPIOIDS_BY_ID:
            raise InvalidAnswer.at_place(where, message(N_("unknown opioid {value} (expected one of {expected})"),
                                                        value=short_repr(opioid), expected=", ".join(OPIOIDS_BY_ID)),
                                         place=where)
        try:
            dose = _dose(f"{where} {opioid}", row["daily_dose"])
        except InvalidAnswer as error:
            raise error.at(place=f"{where}.daily_dose") from None
        rows.append(Medication(opioid, dose))
    return tuple(rows)


def normalise(answers: object) -> dict[str, Any]:
    """Validate raw ``answers`` and return them in normal form.

    Raises :class:`InvalidAnswer` (and only that) for anything the contract
    does not allow.
    """
    if not isinstance(answers, Mapping):
        raise InvalidAnswer.at_place("answers", message(N_("expected a mapping of question id to answer, got {type}"),
                                                        type=type(answers).__name__), place="answers")
    clean: dict[str, Any] = {}
    for question_id, value in answers.items():
        if not isinstance(question_id, str) or question_id not in QUESTIONS_BY_ID:
            raise InvalidAnswer.at_place(short_repr(question_id), message(N_("unknown question id")))
        if value is None:
            continue
        try:
            clean[question_id] = _normalised(question_id, value)
        except InvalidAnswer as error:
            raise error.at(question=question_id) from None
    return clean


def _normalised(question_id: str, value: object) -> Any:
    question = QUESTIONS_BY_ID[question_id]
    if question.kind == SINGLE:
        return _single(question_id, value, question.option_ids)
    if question.kind == MULTI:
        return _multi(question_id, value, question.option_ids)
    if question.kind == MEDICATIONS:
        return _medications(question_id, value)
    if question.kind == AREAS:
        return _areas(question_id, value, question.option_ids)
    raise AssertionError(question.kind)  # pragma: no cover - guarded by the question bank tests
