"""What would sharpen the result: which questions are tried, with what, and in what order."""

from __future__ import annotations

import pytest

from assessment import assess
from assessment.mme import CHEN_MME, Medication
from assessment.questions import MULTI, QUESTIONS_BY_ID, Option, Question
from assessment.sharpen import MAX_TRIED_OPTIONS, SharpenItem, tried_answers


def _items(answers: dict) -> list[dict]:
    # The prompt travels with each item (its words, for the page); tested apart.
    return [{k: v for k, v in item.items() if k != "prompt"} for item in assess(answers).to_dict()["sharpen"]]


def test_each_item_carries_its_question_in_plain_words() -> None:
    for item in assess({}).to_dict()["sharpen"]:
        assert item["prompt"] == QUESTIONS_BY_ID[item["question"]].prompt


def test_empty_answers_list_the_dose_response_first() -> None:
    items = _items({})
    # Both dose-response questions: 3 of 5 (and 3 of 6) answers name a pattern alone.
    assert items[0] == {"question": "after_decrease",
                        "could_give": ["oih", "withdrawal", "not_suggestive"]}
    assert items[1] == {"question": "after_increase", "could_give": ["oih", "tolerance"]}
    assert {"question": "condition_change", "could_give": ["other_cause"]} in items


def test_a_full_form_has_nothing_left_to_sharpen(cases: dict) -> None:
    assert _items(cases["oih"]) == []


def test_answered_questions_are_never_listed(cases: dict) -> None:
    answers = {k: v for k, v in cases["tolerance"].items() if k != "pain_spread"}
    listed = {item["question"] for item in _items(answers)}
    assert listed <= {"pain_spread"} | (set(QUESTIONS_BY_ID) - set(answers))
    assert not listed & set(answers)


def test_pain_spread_could_turn_tolerance_into_mixed() -> None:
    answers = {"after_increase": "brief_relief_then_same", "duration": "over_12_months",
               "dose_trend": "increased", "pain_trend": "same"}
    assert assess(answers).pattern == "tolerance"
    item = next(i for i in _items(answers) if i["question"] == "pain_spread")
    assert item["could_give"] == ["mixed"]
    assert assess({**answers, "pain_spread": "yes"}).pattern == "mixed"


@pytest.mark.parametrize("question_id", ["overdose_signs", "self_harm_thoughts"])
def test_safety_questions_that_only_raise_flags_are_not_tried(question_id: str) -> None:
    assert tried_answers(QUESTIONS_BY_ID[question_id]) == ()
    assert question_id not in {item["question"] for item in _items({})}


def test_list_questions_try_none_and_each_option_alone() -> None:
    question = QUESTIONS_BY_ID["allodynia"]
    assert tried_answers(question) == ((), *((o,) for o in question.option_ids))


def test_medications_try_none_and_one_row_at_the_chen_level() -> None:
    assert tried_answers(QUESTIONS_BY_ID["medications"]) == ((), (Medication("morphine", CHEN_MME),))


def test_single_questions_try_every_option() -> None:
    question = QUESTIONS_BY_ID["after_decrease"]
    assert tried_answers(question) == question.option_ids


def test_a_long_list_question_like_a_body_map_is_skipped(monkeypatch) -> None:
    # A list question with many options (body-map areas) is not tried area by area.
    from assessment import sharpen as module
    areas = tuple(Option(f"area_{n}", f"Area {n}") for n in range(MAX_TRIED_OPTIONS + 1))
    fake = Question(id="allodynia", prompt="Where?", kind=MULTI, options=areas, section="pain")
    assert module.tried_answers(fake) == ()
    short = Question(id="allodynia", prompt="Where?", kind=MULTI, options=areas[:3], section="pain")
    assert len(module.tried_answers(short)) == 4


def test_a_question_no_rule_reads_is_skipped() -> None:
    unread = Question(id="pain_areas_now", prompt="Where does it hurt now?", kind=MULTI,
                      options=(Option("left_knee", "Left knee"),), section="pain")
    assert tried_answers(unread) == ()


def test_most_decisive_first() -> None:
    # Share of tried answers that change the pattern, highest first.
    answers = {"after_increase": "lasting_relief"}
    result = assess(answers)
    shares = []
    for item in result.sharpen:
        question = QUESTIONS_BY_ID[item.question]
        tries = tried_answers(question)
        changed = 0
        for value in tries:
            raw = [{"opioid": m.opioid, "daily_dose": m.daily_dose} for m in value] \
                if question.kind == "medications" else (list(value) if isinstance(value, tuple) else value)
            changed += assess({**answers, item.question: raw}).pattern != result.pattern
        shares.append(changed / len(tries))
    assert shares == sorted(shares, reverse=True) and shares


def test_item_to_dict() -> None:
    assert SharpenItem("duration", ("oih", "unclear")).to_dict() == {
        "question": "duration", "prompt": QUESTIONS_BY_ID["duration"].prompt, "could_give": ["oih", "unclear"]}
