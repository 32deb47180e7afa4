"""OIH Guide self-check: the scoring engine (standard library only).

Runs unchanged in CPython 3.11+ and in Pyodide. The public interface is
documented in docs/assessment-contract.md; everything not listed in
``__all__`` is internal.

    >>> from assessment import assess
    >>> assess({}).pattern
    'unclear'
"""

from ._i18n import DEFAULT_LANGUAGE, LANGUAGES
from .body_areas import BODY_AREAS, BODY_AREAS_BY_ID, BODY_REGIONS, BodyArea
from .body_map import BodyMap
from .engine import assess, urgent_flags
from .mme import CHEN_MME, NALOXONE_MME, Medication, MMEExcluded, MMEItem, MMEResult, calculate_mme
from .opioids import OPIOIDS, OPIOIDS_BY_ID, Opioid
from .overdose import OVERDOSE_REASON_LABELS, OVERDOSE_RISK_REASONS, OverdoseRisk, overdose_risk
from .patterns import (
    PATTERN_LABELS,
    PATTERN_SUMMARIES,
    PATTERNS,
    SCORED_PATTERNS,
    URGENT_DETAILS,
    URGENT_FLAGS,
    UrgentDetail,
)
from .questions import QUESTIONS, QUESTIONS_BY_ID, SECTIONS, Option, Question, Section
from .result import CONTRACT_VERSION, Reason, Result
from .rules import RULES, RULES_BY_ID, Facts, Rule
from .sharpen import SharpenItem
from .validation import InvalidAnswer, normalise

__all__ = [
    "BODY_AREAS",
    "BODY_AREAS_BY_ID",
    "BODY_REGIONS",
    "BodyArea",
    "BodyMap",
    "CHEN_MME",
    "CONTRACT_VERSION",
    "DEFAULT_LANGUAGE",
    "Facts",
    "InvalidAnswer",
    "LANGUAGES",
    "MMEExcluded",
    "MMEItem",
    "MMEResult",
    "Medication",
    "NALOXONE_MME",
    "OPIOIDS",
    "OVERDOSE_REASON_LABELS",
    "OVERDOSE_RISK_REASONS",
    "OPIOIDS_BY_ID",
    "Opioid",
    "Option",
    "OverdoseRisk",
    "PATTERNS",
    "PATTERN_LABELS",
    "PATTERN_SUMMARIES",
    "QUESTIONS",
    "QUESTIONS_BY_ID",
    "Question",
    "RULES",
    "RULES_BY_ID",
    "Reason",
    "Result",
    "Rule",
    "SCORED_PATTERNS",
    "SECTIONS",
    "Section",
    "SharpenItem",
    "URGENT_DETAILS",
    "URGENT_FLAGS",
    "UrgentDetail",
    "assess",
    "calculate_mme",
    "normalise",
    "overdose_risk",
    "urgent_flags",
]
