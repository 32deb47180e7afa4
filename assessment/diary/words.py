"""The report's short words for the page: window names, each change and its response.

The page lays these out as Python gives them (``DiaryReport.to_dict()``), in
the report's language, so no script holds words of its own.
"""

from __future__ import annotations

from .._i18n import N_, Translate
from ..questions import QUESTIONS_BY_ID
from .events import INCREASE, Event
from .responses import NOT_ENOUGH_DATA
from .thresholds import BEFORE, EARLY, LATE

__all__ = ["change_label", "decimal", "mme_text", "response_label", "window_labels"]

_UP = N_("Up from {before} to {after} MME a day")
_DOWN = N_("Down from {before} to {after} MME a day")
_NOT_ENOUGH = N_("Not enough days with pain scores to tell")
_QUESTION = {INCREASE: "after_increase"}


def mme_text(value: float) -> str:
    """An MME number as people write it: ``60``, ``22.5``."""
    return f"{value:.2f}".rstrip("0").rstrip(".") if value % 1 else str(int(value))


def decimal(value: float | None) -> str | None:
    """A mean pain to one decimal, without a trailing ``.0``: ``7.2``, ``5``."""
    if value is None:
        return None
    text = f"{value:.1f}"
    return text[:-2] if text.endswith(".0") else text


def change_label(event: Event, translate: Translate) -> str:
    """``Up from 40 to 60 MME a day``."""
    template = _UP if event.direction == INCREASE else _DOWN
    return translate(template).format(before=mme_text(event.mme_before), after=mme_text(event.mme_after))


def response_label(event: Event, translate: Translate) -> str:
    """The response in the self-check's own words for it (its option label)."""
    if event.response == NOT_ENOUGH_DATA:
        return translate(_NOT_ENOUGH)
    question = _QUESTION.get(event.direction, "after_decrease")
    labels = {option.id: option.label for option in QUESTIONS_BY_ID[question].options}
    return translate(labels[event.response])


def window_labels(translate: Translate) -> dict[str, str]:
    """The names of the pain windows an event reports: ``{"before": ..., "early": ..., "late": ...}``."""
    return {window.id: translate(window.label) for window in (BEFORE, EARLY, LATE)}
