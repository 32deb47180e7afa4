"""Answer sets the tests share, written as a patient might fill in the self-check.

One copy each: the engine's tests (tests/assessment/), the browser tests and the
screenshot script all take them from here. Treat them as read-only; the
``cases`` fixture in tests/assessment/conftest.py hands out copies a test may change.
"""

from __future__ import annotations

from typing import Any

Answers = dict[str, Any]

# ---- One realistic set per pattern (the engine's tests) ----------------------

PATTERN_CASES: dict[str, Answers] = {
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

# ---- Whole forms for the browser tests -----------------------------------------

# Every question answered, all pointing to OIH, nothing urgent: the self-check's
# result has reasons and next steps and nothing left to sharpen.
OIH_PICTURE: Answers = {
    "duration": "over_12_months",
    "dose_trend": "increased",
    "medications": [{"opioid": "oxycodone", "daily_dose": 80}],
    "pain_trend": "worse",
    "after_increase": "brief_relief_then_worse",
    "after_decrease": "improved",
    "pain_timing": "constant",
    "pain_spread": "yes",
    "new_pain_quality": "yes",
    "allodynia": ["light_touch", "clothing_or_bedding"],
    "condition_change": "stable",
    "activity_change": "same",
    "withdrawal_signs": [],
    "sensitization_conditions": [],
    "overdose_signs": [],
    "neurotoxicity_signs": [],
    "self_harm_thoughts": "no",
}

TOLERANCE_PICTURE: Answers = {
    "duration": "3_to_12_months",
    "dose_trend": "increased",
    "pain_trend": "same",
    "after_increase": "lasting_relief",
    "pain_timing": "constant",
    "pain_spread": "no",
    "new_pain_quality": "no",
    "allodynia": [],
    "condition_change": "stable",
    "activity_change": "same",
}

# All three urgent flags at once, with a withdrawal picture behind them.
URGENT_WITH_WITHDRAWAL: Answers = {
    "overdose_signs": ["slow_or_shallow_breathing"],
    "self_harm_thoughts": "yes",
    "neurotoxicity_signs": ["muscle_jerks"],
    "pain_timing": "before_next_dose",
    "withdrawal_signs": ["sweating", "yawning", "restlessness"],
    "after_decrease": "worse_with_withdrawal",
    "duration": "over_12_months",
}

# Overdose signs with an OIH-like picture, for the keyboard-only run.
URGENT_OVERDOSE: Answers = {
    "overdose_signs": ["hard_to_stay_awake", "slow_or_shallow_breathing"],
    "neurotoxicity_signs": [],
    "self_harm_thoughts": "no",
    "duration": "over_12_months",
    "medications": [{"opioid": "morphine", "daily_dose": 120}],
    "pain_trend": "worse",
    "allodynia": ["clothing_or_bedding"],
}

# The self-check's result against CPython's, one run per set.
TOOL_CASES: dict[str, Answers] = {
    "oih-picture": OIH_PICTURE,
    "tolerance-picture": TOLERANCE_PICTURE,
    "urgent-with-withdrawal": URGENT_WITH_WITHDRAWAL,
    "nothing-answered": {},
}

# The whole self-check given by keyboard alone.
KEYBOARD_CASES: dict[str, Answers] = {
    "urgent": URGENT_OVERDOSE,
    "not-urgent": OIH_PICTURE,
}

# ---- Smaller sets for one state of the page -----------------------------------

# A result with reasons and no urgent box (axe and the live region).
NON_URGENT: Answers = {
    "duration": "over_12_months",
    "dose_trend": "increased",
    "medications": [{"opioid": "oxycodone", "daily_dose": 80}],
    "pain_trend": "worse",
    "after_increase": "brief_relief_then_worse",
    "after_decrease": "improved",
    "pain_spread": "yes",
    "allodynia": ["light_touch"],
    "overdose_signs": [],
    "self_harm_thoughts": "no",
}
# One overdose sign: the emergency box.
URGENT: Answers = {"overdose_signs": ["hard_to_stay_awake"]}

# An urgent flag, a reason and a medicine, so the result shows an urgent box,
# the reasons list and the MME paragraph (the layout tests and the screenshots).
URGENT_WITH_MME: Answers = {
    "self_harm_thoughts": "yes",
    "pain_spread": "yes",
    "medications": [{"opioid": "oxycodone", "daily_dose": 80}],
}

# The OIH picture with pain "not spread", but the two body maps show eight new places.
SPREAD_ON_THE_MAPS: Answers = {
    **OIH_PICTURE,
    "pain_spread": "no",
    "pain_areas_first": ["left_lower_back", "right_lower_back"],
    "pain_areas_now": ["left_lower_back", "right_lower_back", "left_hip", "right_hip",
                       "left_back_of_thigh", "right_back_of_thigh", "left_knee", "right_knee",
                       "back_of_neck", "left_shoulder"],
}
