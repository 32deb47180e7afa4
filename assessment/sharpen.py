"""What would sharpen the result: unanswered questions whose answer could change the pattern.

For each unanswered question that some rule reads, try representative
answers, all else unchanged, and keep the question if any of them gives a
different pattern. Items come most decisive first: the share of tried answers
that change the pattern, then how many different patterns they give, then
form order.

Which answers are tried:

- single choice: every option;
- list questions: ``[]`` ("none of these") and each option alone. Rules on
  list questions fire on "any of these", so one option stands for every
  non-empty answer; a question with more than ``MAX_TRIED_OPTIONS`` options
  (such as a body map's areas) is skipped rather than tried area by area;
- medications: ``[]`` and one row at ``CHEN_MME`` morphine equivalents, the
  only dose level a rule reads.

Which questions are skipped, and why:

- questions no rule reads. These include the overdose and self-harm
  questions, whose answers only raise urgent flags, and ``overdose_risks``
  (contract v3), whose answers only add safety steps and the
  ``overdose_risk`` level: they cannot change the pattern, and they are asked
  for safety, not to sharpen a pattern. Each is still a candidate like any
  other question; it is dropped because no answer to it can change the
  pattern. The
  body-map questions (``pain_areas_first``/``pain_areas_now``) reach the
  rules only through the ``pain_spread`` answer they set, so ``pain_spread``
  is tried instead when neither it nor the maps are answered.

Speed: only the rules that read the tried question are run again; the rest
keep their outcome from the real answers.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any

from ._i18n import Translate, translator
from .decision import decide_fired
from .mme import CHEN_MME, Medication, MMEResult, calculate_mme
from .patterns import PATTERNS
from .questions import MEDICATIONS, MULTI, QUESTIONS, QUESTIONS_BY_ID, Question
from .rules import RULES, Facts, Rule

_english = translator("en")

__all__ = ["SharpenItem", "sharpen", "MAX_TRIED_OPTIONS", "tried_answers"]

MAX_TRIED_OPTIONS = 12

_RULES_READING: dict[str, tuple[Rule, ...]] = {}
for _rule in RULES:
    for _question in _rule.reads:
        _RULES_READING.setdefault(_question, ())
        if _rule not in _RULES_READING[_question]:
            _RULES_READING[_question] += (_rule,)


@dataclass(frozen=True)
class SharpenItem:
    """One question worth answering, and the patterns its answers could give."""

    question: str
    could_give: tuple[str, ...]

    def to_dict(self, translate: Translate = _english) -> dict[str, Any]:
        return {
            "question": self.question,
            "prompt": translate(QUESTIONS_BY_ID[self.question].prompt),
            "could_give": list(self.could_give),
        }


def tried_answers(question: Question) -> tuple[Any, ...]:
    """The normalised answers tried for ``question`` (empty: the question is skipped)."""
    if question.id not in _RULES_READING:
        return ()
    if question.kind == MEDICATIONS:
        return ((), (Medication("morphine", CHEN_MME),))
    if question.kind == MULTI:
        if len(question.options) > MAX_TRIED_OPTIONS:
            return ()
        return ((), *((option,) for option in question.option_ids))
    return question.option_ids


def sharpen(answers: Mapping[str, Any], mme: MMEResult | None, fired: tuple[Rule, ...],
            pattern: str) -> tuple[SharpenItem, ...]:
    """The sharpening items for normalised ``answers`` whose rules ``fired`` gave ``pattern``."""
    found: list[tuple[float, int, int, SharpenItem]] = []
    for position, question in enumerate(QUESTIONS):
        if question.id in answers:
            continue
        tries = tried_answers(question)
        if not tries:
            continue
        touched = _RULES_READING[question.id]
        touched_ids = {id(rule) for rule in touched}
        kept = tuple(rule for rule in fired if id(rule) not in touched_ids)
        changed: list[str] = []
        for value in tries:
            trial = {**answers, question.id: value}
            trial_mme = calculate_mme(value) if question.kind == MEDICATIONS else mme
            facts = Facts(trial, trial_mme)
            now = kept + tuple(rule for rule in touched if rule.fires(facts))
            outcome = decide_fired(now, trial).pattern
            if outcome != pattern:
                changed.append(outcome)
        if changed:
            could_give = tuple(p for p in PATTERNS if p in changed)
            share = len(changed) / len(tries)
            found.append((-share, -len(could_give), position, SharpenItem(question.id, could_give)))
    found.sort(key=lambda entry: entry[:3])
    return tuple(entry[3] for entry in found)
