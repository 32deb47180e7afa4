"""The question bank matches the contract and is well-formed for the form renderer."""

from __future__ import annotations

import re

import pytest

from assessment import BODY_AREAS, OPIOIDS, QUESTIONS, SECTIONS, Option, Question, Section
from assessment.questions import AREAS, MEDICATIONS, MULTI, QUESTIONS_BY_ID, SINGLE

# The area ids are pinned in tests/assessment/test_body_areas.py.
_AREA_IDS = tuple(area.id for area in BODY_AREAS)

# The contract (version 1), copied here so a rename anywhere fails a test.
CONTRACT = {
    "duration": (SINGLE, ("under_1_month", "1_to_3_months", "3_to_12_months", "over_12_months")),
    "dose_trend": (SINGLE, ("increased", "stable", "decreased", "unsure")),
    "medications": (MEDICATIONS, ()),
    "pain_trend": (SINGLE, ("worse", "same", "better")),
    "after_increase": (SINGLE, ("lasting_relief", "brief_relief_then_same",
                                "brief_relief_then_worse", "no_change", "worse", "not_applicable")),
    "after_decrease": (SINGLE, ("improved", "worse_with_withdrawal", "worse", "no_change",
                                "not_applicable")),
    "pain_timing": (SINGLE, ("before_next_dose", "soon_after_dose", "constant", "with_activity",
                             "unsure")),
    "pain_spread": (SINGLE, ("yes", "no", "unsure")),
    "new_pain_quality": (SINGLE, ("yes", "no", "unsure")),
    "allodynia": (MULTI, ("light_touch", "clothing_or_bedding", "mild_temperature",
                          "gentle_pressure")),
    "condition_change": (SINGLE, ("worse", "new_problem", "stable", "improved", "unsure")),
    "activity_change": (SINGLE, ("more_active", "same", "less_active")),
    "withdrawal_signs": (MULTI, ("sweating", "yawning", "runny_nose_or_eyes", "goosebumps",
                                 "stomach_upset", "restlessness", "anxiety")),
    "sensitization_conditions": (MULTI, ("fibromyalgia", "migraine", "irritable_bowel",
                                         "rheumatoid_arthritis", "chronic_fatigue", "ptsd")),
    "overdose_signs": (MULTI, ("hard_to_stay_awake", "slow_or_shallow_breathing",
                               "blue_or_grey_lips", "pinpoint_pupils", "gurgling_or_choking",
                               "cannot_be_woken")),
    "neurotoxicity_signs": (MULTI, ("muscle_jerks", "confusion", "hallucinations", "agitation",
                                    "seizure")),
    "self_harm_thoughts": (SINGLE, ("yes", "no", "prefer_not_to_say")),
    # Version 2: the body maps.
    "pain_areas_first": (AREAS, _AREA_IDS),
    "pain_areas_now": (AREAS, _AREA_IDS),
    # Version 3: overdose risks.
    "overdose_risks": (MULTI, ("sedative_medicines", "gabapentin_pregabalin", "alcohol",
                               "sleep_apnoea_or_lung_disease", "kidney_or_liver_disease",
                               "past_overdose", "non_prescribed_use")),
}


def test_overdose_risks_is_asked_in_the_medicines_section_right_after_the_medicines() -> None:
    ids = [q.id for q in QUESTIONS]
    assert QUESTIONS_BY_ID["overdose_risks"].section == "medicines"
    assert ids.index("overdose_risks") == ids.index("medications") + 1


def test_every_contract_question_is_present_with_its_kind_and_options() -> None:
    assert {q.id for q in QUESTIONS} == set(CONTRACT)
    for question in QUESTIONS:
        kind, options = CONTRACT[question.id]
        assert question.kind == kind, question.id
        assert question.option_ids == options, question.id


def test_types_are_the_documented_dataclasses() -> None:
    assert all(isinstance(q, Question) for q in QUESTIONS)
    assert all(isinstance(s, Section) for s in SECTIONS)
    assert all(isinstance(o, Option) for q in QUESTIONS for o in q.options)
    assert isinstance(QUESTIONS, tuple) and isinstance(SECTIONS, tuple) and isinstance(OPIOIDS, tuple)


def test_dataclasses_are_frozen() -> None:
    with pytest.raises(AttributeError):
        QUESTIONS[0].prompt = "changed"  # type: ignore[misc]


def test_ids_are_unique() -> None:
    assert len({q.id for q in QUESTIONS}) == len(QUESTIONS)
    assert len({s.id for s in SECTIONS}) == len(SECTIONS)
    for question in QUESTIONS:
        assert len(set(question.option_ids)) == len(question.options), question.id


def test_safety_section_comes_first_with_the_three_safety_questions() -> None:
    assert SECTIONS[0].id == "safety"
    assert [q.id for q in QUESTIONS[:3]] == ["overdose_signs", "neurotoxicity_signs",
                                            "self_harm_thoughts"]
    assert {q.id for q in QUESTIONS if q.section == "safety"} == {
        "overdose_signs", "neurotoxicity_signs", "self_harm_thoughts"}


def test_questions_follow_section_order() -> None:
    section_index = {s.id: i for i, s in enumerate(SECTIONS)}
    indices = [section_index[q.section] for q in QUESTIONS]
    assert indices == sorted(indices)
    assert set(indices) == set(range(len(SECTIONS))), "every section has a question"


def test_medications_has_no_options_and_others_do() -> None:
    for question in QUESTIONS:
        assert (question.kind == MEDICATIONS) == (not question.options), question.id


@pytest.mark.parametrize("question", QUESTIONS, ids=lambda q: q.id)
def test_wording_is_present_and_tidy(question: Question) -> None:
    assert question.prompt.strip() and question.prompt.endswith("?"), question.id
    assert question.help == "" or question.help.endswith(".")
    for option in question.options:
        assert option.label.strip() and not option.label[0].islower(), option
        assert re.fullmatch(r"[a-z0-9_]+", option.id)


def test_sections_have_titles_and_intros() -> None:
    for section in SECTIONS:
        assert section.title and section.intro.endswith(".")


def test_lookup_table_matches() -> None:
    assert list(QUESTIONS_BY_ID) == [q.id for q in QUESTIONS]
