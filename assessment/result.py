"""The outcome of an assessment and its JSON shape (``Result.to_dict``).

The browser renders ``to_dict()`` directly, so its keys are part of the
contract (docs/assessment-contract.md, "The result object").
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from ._i18n import DEFAULT_LANGUAGE, Translate, translator
from .body_map import BodyMap
from .mme import MMEResult
from .overdose import OverdoseRisk
from .patterns import PATTERN_LABELS, PATTERN_SUMMARIES, URGENT_DETAILS
from .rules import Rule
from .sharpen import SharpenItem

__all__ = ["CONTRACT_VERSION", "Reason", "Result"]

# Contract version 3 (docs/assessment-contract.md, "Version 3 additions").
CONTRACT_VERSION = 3


@dataclass(frozen=True)
class Reason:
    """One rule that fired: the rule itself, the answer that made it fire, and its sentence.

    Everything else a reason shows (the question, the pattern and direction,
    the weight, the source, the page to learn more) is the rule's own.
    """

    fired: Rule
    answer: str
    # The rule's sentence for this person, in the result's language.
    text: str

    @property
    def rule(self) -> str:
        return self.fired.id

    @property
    def question(self) -> str:
        return self.fired.question

    @property
    def supports(self) -> str:
        return self.fired.supports

    @property
    def effect(self) -> str:
        return self.fired.effect

    @property
    def weight(self) -> float:
        return self.fired.weight

    @property
    def source(self) -> str:
        return self.fired.source

    @property
    def learn_more(self) -> str:
        return self.fired.learn_more

    def to_dict(self) -> dict[str, Any]:
        return {
            "rule": self.rule,
            "question": self.question,
            "answer": self.answer,
            "supports": self.supports,
            "effect": self.effect,
            "weight": self.weight,
            "text": self.text,
            "source": self.source,
            "learn_more": self.learn_more,
        }


@dataclass(frozen=True)
class Result:
    """What :func:`assessment.assess` returns.

    ``urgent`` is a list (most urgent first) as the contract promises; treat
    the result as read-only.
    """

    pattern: str
    confidence: str
    urgent: list[str]
    reasons: tuple[Reason, ...]
    scores: dict[str, float]
    mme: MMEResult | None
    next_steps: tuple[str, ...]
    answered: int
    question_count: int
    # Unanswered questions whose answer could change the pattern (sharpen.py).
    sharpen: tuple[SharpenItem, ...] = ()
    body_map: BodyMap | None = None
    # Contract v3: the overdose risk (overdose.py), and the reference ids
    # behind each next step, parallel to ``next_steps`` (() for none).
    overdose_risk: OverdoseRisk = OverdoseRisk("usual", ())
    next_step_sources: tuple[tuple[str, ...], ...] = ()
    # The language of every reader-facing string (assessment.LANGUAGES); the
    # reasons and next steps are already in it, the rest is translated here.
    language: str = DEFAULT_LANGUAGE

    @property
    def pattern_label(self) -> str:
        """The pattern in plain words."""
        return self._translate(PATTERN_LABELS[self.pattern])

    @property
    def summary(self) -> str:
        """One to three plain sentences about the pattern."""
        return self._translate(PATTERN_SUMMARIES[self.pattern])

    @property
    def _translate(self) -> Translate:
        return translator(self.language)

    def to_dict(self) -> dict[str, Any]:
        """The JSON-serialisable shape the browser and the CLI use."""
        return {
            "contract_version": CONTRACT_VERSION,
            "pattern": self.pattern,
            "pattern_label": self.pattern_label,
            "summary": self.summary,
            "confidence": self.confidence,
            "urgent": list(self.urgent),
            "urgent_details": [URGENT_DETAILS[flag].to_dict(self._translate) for flag in self.urgent],
            "reasons": [reason.to_dict() for reason in self.reasons],
            "scores": dict(self.scores),
            "mme": None if self.mme is None else self.mme.to_dict(self._translate),
            "next_steps": list(self.next_steps),
            "next_step_sources": [list(ids) for ids in self._step_sources()],
            "answered": self.answered,
            "question_count": self.question_count,
            "sharpen": [item.to_dict(self._translate) for item in self.sharpen],
            "body_map": None if self.body_map is None else self.body_map.to_dict(self._translate),
            "overdose_risk": self.overdose_risk.to_dict(),
        }

    def _step_sources(self) -> tuple[tuple[str, ...], ...]:
        # Always as long as next_steps, so the two lists pair up index by index.
        sources = tuple(self.next_step_sources)
        return sources + tuple(() for _ in range(len(self.next_steps) - len(sources)))
