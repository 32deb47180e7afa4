"""The outcome of an assessment and its JSON shape (``Result.to_dict``).

The browser renders ``to_dict()`` directly, so its keys are part of the
contract (docs/assessment-contract.md, "The result object").
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any, Optional

from .mme import MMEResult
from .patterns import PATTERN_LABELS, PATTERN_SUMMARIES, URGENT_DETAILS
from .sharpen import SharpenItem

__all__ = ["CONTRACT_VERSION", "Reason", "Result"]

CONTRACT_VERSION = 1


@dataclass(frozen=True)
class Reason:
    """One rule that fired, with the answer that made it fire."""

    rule: str
    question: str
    answer: str
    supports: str
    effect: str
    weight: float
    text: str
    source: str
    learn_more: str

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
    mme: Optional[MMEResult]
    next_steps: tuple[str, ...]
    answered: int
    question_count: int
    # Unanswered questions whose answer could change the pattern (sharpen.py).
    sharpen: tuple[SharpenItem, ...] = ()

    @property
    def pattern_label(self) -> str:
        """The pattern in plain words."""
        return PATTERN_LABELS[self.pattern]

    @property
    def summary(self) -> str:
        """One to three plain sentences about the pattern."""
        return PATTERN_SUMMARIES[self.pattern]

    def to_dict(self) -> dict[str, Any]:
        """The JSON-serialisable shape the browser and the CLI use."""
        return {
            "contract_version": CONTRACT_VERSION,
            "pattern": self.pattern,
            "pattern_label": self.pattern_label,
            "summary": self.summary,
            "confidence": self.confidence,
            "urgent": list(self.urgent),
            "urgent_details": [URGENT_DETAILS[flag].to_dict() for flag in self.urgent],
            "reasons": [reason.to_dict() for reason in self.reasons],
            "scores": dict(self.scores),
            "mme": None if self.mme is None else self.mme.to_dict(),
            "next_steps": list(self.next_steps),
            "answered": self.answered,
            "question_count": self.question_count,
            "sharpen": [item.to_dict() for item in self.sharpen],
        }
