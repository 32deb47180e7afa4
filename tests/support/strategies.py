"""Hypothesis strategies for self-check answers: any valid set, OIH features to add, malformed input, body maps.

The engine's property tests (tests/assessment/test_properties.py,
test_body_map.py) draw from here. The diary's strategies are in
tests/assessment/diary/strategies.py.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from hypothesis import strategies as st

from assessment import BODY_AREAS, OPIOIDS, QUESTIONS
from assessment.questions import AREAS, MULTI, QUESTIONS_BY_ID, SINGLE, Question

Answers = dict[str, Any]

DOSES = st.floats(min_value=0.001, max_value=100_000, allow_nan=False, allow_infinity=False) | \
    st.integers(min_value=1, max_value=100_000)
MEDICATION = st.fixed_dictionaries({
    "opioid": st.sampled_from([o.id for o in OPIOIDS]),
    "daily_dose": DOSES,
})


def answer_values(question: Question) -> st.SearchStrategy[Any]:
    """Any valid answer to ``question``."""
    if question.kind == SINGLE:
        return st.sampled_from(question.option_ids)
    if question.kind == MULTI:
        return st.lists(st.sampled_from(question.option_ids), max_size=len(question.options) + 1)
    if question.kind == AREAS:
        return st.lists(st.sampled_from(question.option_ids), unique=True, max_size=12)
    return st.lists(MEDICATION, max_size=4)


# Any valid answer set: each question answered or left out.
VALID = st.fixed_dictionaries({}, optional={q.id: answer_values(q) for q in QUESTIONS})


# ---- Adding one OIH feature --------------------------------------------------

# Ways of adding one OIH feature to an answer set. Single answers are set to
# the value the sources name as OIH; list answers gain an option; medications
# gain a row (more opioid can only raise the MME).
def _set(question_id: str, value: str) -> Callable[[Answers], Answers]:
    return lambda answers: {**answers, question_id: value}


def _add(question_id: str, option: str) -> Callable[[Answers], Answers]:
    return lambda answers: {**answers,
                            question_id: [*(answers.get(question_id) or []), option]}


OIH_FEATURES: st.SearchStrategy[Callable[[Answers], Answers]] = st.one_of(
    st.sampled_from([
        _set("after_increase", "worse"),
        _set("after_increase", "brief_relief_then_worse"),
        _set("after_decrease", "improved"),
        _set("pain_spread", "yes"),
        _set("new_pain_quality", "yes"),
        _set("pain_trend", "worse"),
        _set("pain_timing", "constant"),
        _set("duration", "over_12_months"),
        _set("duration", "3_to_12_months"),
    ]),
    st.sampled_from(QUESTIONS_BY_ID["allodynia"].option_ids).map(lambda o: _add("allodynia", o)),
    st.sampled_from(QUESTIONS_BY_ID["neurotoxicity_signs"].option_ids).map(
        lambda o: _add("neurotoxicity_signs", o)),
    MEDICATION.map(lambda row: (lambda answers: {
        **answers, "medications": [*(answers.get("medications") or []), row]})),
)


# ---- Malformed input ---------------------------------------------------------

_JSONISH = st.recursive(
    st.none() | st.booleans() | st.integers() | st.floats() | st.text(max_size=12),
    lambda children: st.lists(children, max_size=4)
    | st.dictionaries(st.text(max_size=12), children, max_size=4),
    max_leaves=12,
)
_KEYS = st.sampled_from([q.id for q in QUESTIONS]) | st.text(max_size=12)
_ROWS = st.lists(st.dictionaries(st.sampled_from(["opioid", "daily_dose", "dose", "x"]),
                                 _JSONISH | st.sampled_from([o.id for o in OPIOIDS]),
                                 max_size=3), max_size=3)
# Anything JSON could carry, answer-shaped or not, and valid sets spoilt by a few bad keys.
MALFORMED = (
    _JSONISH
    | st.dictionaries(_KEYS, _JSONISH, max_size=5)
    | st.dictionaries(st.just("medications"), _ROWS | _JSONISH, max_size=1)
    | st.builds(lambda good, bad: {**good, **bad}, VALID,
                st.dictionaries(_KEYS, _JSONISH, max_size=2))
)


# ---- Body maps ---------------------------------------------------------------

AREA_IDS = [area.id for area in BODY_AREAS]
# One map's marked places, each at most once.
AREA_LISTS = st.lists(st.sampled_from(AREA_IDS), unique=True, max_size=15)
