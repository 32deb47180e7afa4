"""Shared fixtures for the assessment tests: realistic answer sets, one per pattern."""

from __future__ import annotations

import pytest

# Realistic answer sets, written as a patient might fill in the form. They are
# the pattern tests' inputs and also handy for the CLI and bench.
CASES: dict[str, dict] = {
    # Seed case: 58-year-old, oxycodone 20 -> 120 mg over two years, pain spread
    # to hips and thighs, seams of trousers hurt, MRI unchanged.
    "oih": {
        "overdose_signs": [],
        "neurotoxicity_signs": [],
        "self_harm_thoughts": "no",
        "duration": "over_12_months",
        "dose_trend": "increased",
        "medications": [{"opioid": "oxycodone", "daily_dose": 120}],
        "pain_trend": "worse",
        "pain_timing": "constant",
        "pain_spread": "yes",
        "new_pain_quality": "yes",
        "allodynia": ["clothing_or_bedding"],
        "after_increase": "brief_relief_then_worse",
        "after_decrease": "not_applicable",
        "withdrawal_signs": [],
        "condition_change": "stable",
        "activity_change": "same",
        "sensitization_conditions": [],
    },
    "tolerance": {
        "duration": "3_to_12_months",
        "dose_trend": "increased",
        "medications": [{"opioid": "morphine", "daily_dose": 60}],
        "pain_trend": "same",
        "pain_timing": "unsure",
        "pain_spread": "no",
        "new_pain_quality": "no",
        "allodynia": [],
        "after_increase": "lasting_relief",
        "after_decrease": "not_applicable",
        "withdrawal_signs": [],
        "condition_change": "stable",
        "activity_change": "same",
    },
    "mixed": {
        "duration": "over_12_months",
        "dose_trend": "increased",
        "pain_trend": "same",
        "pain_timing": "unsure",
        "pain_spread": "yes",
        "new_pain_quality": "no",
        "allodynia": [],
        "after_increase": "brief_relief_then_same",
        "after_decrease": "not_applicable",
        "condition_change": "unsure",
        "activity_change": "same",
    },
    "withdrawal": {
        "duration": "over_12_months",
        "dose_trend": "decreased",
        "medications": [{"opioid": "hydrocodone", "daily_dose": 40}],
        "pain_trend": "worse",
        "pain_timing": "before_next_dose",
        "pain_spread": "no",
        "new_pain_quality": "unsure",
        "after_increase": "not_applicable",
        "after_decrease": "worse_with_withdrawal",
        "withdrawal_signs": ["sweating", "yawning", "restlessness"],
        "condition_change": "stable",
        "activity_change": "less_active",
    },
    "other_cause": {
        "duration": "3_to_12_months",
        "dose_trend": "stable",
        "pain_trend": "worse",
        "pain_timing": "with_activity",
        "pain_spread": "no",
        "new_pain_quality": "no",
        "allodynia": [],
        "after_increase": "not_applicable",
        "after_decrease": "not_applicable",
        "condition_change": "new_problem",
        "activity_change": "more_active",
    },
    "not_suggestive": {
        "duration": "under_1_month",
        "dose_trend": "stable",
        "medications": [{"opioid": "tramadol", "daily_dose": 100}],
        "pain_trend": "better",
        "pain_timing": "unsure",
        "pain_spread": "no",
        "new_pain_quality": "no",
        "allodynia": [],
        "after_increase": "not_applicable",
        "after_decrease": "not_applicable",
        "condition_change": "improved",
    },
    # Answered, but nothing points anywhere.
    "unclear": {
        "duration": "over_12_months",
        "dose_trend": "unsure",
        "pain_trend": "same",
        "pain_timing": "unsure",
        "pain_spread": "unsure",
        "new_pain_quality": "unsure",
        "after_increase": "not_applicable",
        "after_decrease": "not_applicable",
        "condition_change": "unsure",
    },
}


@pytest.fixture
def cases() -> dict[str, dict]:
    """A fresh deep-enough copy of the realistic answer sets."""
    return {name: {k: (list(v) if isinstance(v, list) else v) for k, v in answers.items()}
            for name, answers in CASES.items()}
