"""InvalidAnswer: every malformed kind raises it, with the question id in the message."""

from __future__ import annotations

import json
import math
from collections import OrderedDict

import pytest

from assessment import InvalidAnswer, assess, normalise
from assessment._json_bridge import call_json
from assessment.mme import Medication
from tests.support.words import english_words_in


def test_invalid_answer_is_a_value_error() -> None:
    assert issubclass(InvalidAnswer, ValueError)


def test_empty_is_valid_and_unclear() -> None:
    assert assess({}).pattern == "unclear"


@pytest.mark.parametrize("answers", [None, [], "duration", 3, 1.5, True, ("a", "b"), b"{}"])
def test_non_mapping(answers: object) -> None:
    with pytest.raises(InvalidAnswer, match="answers"):
        assess(answers)  # type: ignore[arg-type]


def test_any_mapping_is_accepted() -> None:
    assert assess(OrderedDict(duration="over_12_months")).answered == 1


@pytest.mark.parametrize(("answers", "named"), [
    ({"durations": "over_12_months"}, "durations"),
    ({"": "x"}, "''"),
    ({1: "x"}, "1"),
    ({None: "x"}, "None"),
])
def test_unknown_question_id(answers: dict, named: str) -> None:
    with pytest.raises(InvalidAnswer, match="unknown question") as info:
        assess(answers)
    assert named in str(info.value)


@pytest.mark.parametrize(("question", "value"), [
    ("duration", "forever"),
    ("duration", "Over_12_months"),
    ("pain_spread", True),
    ("pain_spread", 1),
    ("pain_trend", ["worse"]),
    ("self_harm_thoughts", {"yes": True}),
    ("after_increase", ""),
])
def test_single_value_outside_options(question: str, value: object) -> None:
    with pytest.raises(InvalidAnswer, match=question):
        assess({question: value})


@pytest.mark.parametrize(("question", "value"), [
    ("allodynia", "light_touch"),          # a string where a list is expected
    ("overdose_signs", "cannot_be_woken"),
    ("withdrawal_signs", {"sweating": True}),
    ("sensitization_conditions", 0),
    ("allodynia", ["light_touch", "tickling"]),
    ("allodynia", [["light_touch"]]),
    ("neurotoxicity_signs", [None]),
    ("allodynia", {"light_touch"}),        # sets are not JSON lists
])
def test_multi_malformed(question: str, value: object) -> None:
    with pytest.raises(InvalidAnswer, match=question):
        assess({question: value})


def test_multi_duplicates_are_collapsed_and_ordered() -> None:
    clean = normalise({"allodynia": ["gentle_pressure", "light_touch", "light_touch"]})
    assert clean["allodynia"] == ("light_touch", "gentle_pressure")


def test_none_means_not_answered() -> None:
    assert normalise({"duration": None, "allodynia": None}) == {}
    assert assess({"duration": None}).answered == 0


def test_empty_list_is_an_answer() -> None:
    assert normalise({"allodynia": []}) == {"allodynia": ()}
    assert assess({"allodynia": []}).answered == 1


def _med(**row: object) -> dict:
    return {"medications": [row]}


@pytest.mark.parametrize(("answers", "word"), [
    ({"medications": "oxycodone"}, "medications"),
    ({"medications": {"opioid": "oxycodone", "daily_dose": 10}}, "medications"),
    ({"medications": ["oxycodone"]}, "medications"),
    (_med(opioid="heroin", daily_dose=10), "opioid"),
    (_med(opioid="Oxycodone", daily_dose=10), "opioid"),
    (_med(opioid=None, daily_dose=10), "opioid"),
    (_med(opioid=["oxycodone"], daily_dose=10), "opioid"),
    (_med(opioid="oxycodone"), "dose"),
    (_med(daily_dose=10), "opioid"),
    (_med(opioid="oxycodone", daily_dose=10, route="oral"), "route"),
    (_med(opioid="oxycodone", daily_dose=0), "dose"),
    (_med(opioid="oxycodone", daily_dose=-5), "dose"),
    (_med(opioid="oxycodone", daily_dose="10"), "dose"),
    (_med(opioid="oxycodone", daily_dose="ten"), "dose"),
    (_med(opioid="oxycodone", daily_dose=None), "dose"),
    (_med(opioid="oxycodone", daily_dose=True), "dose"),
    (_med(opioid="oxycodone", daily_dose=False), "dose"),
    (_med(opioid="oxycodone", daily_dose=math.nan), "dose"),
    (_med(opioid="oxycodone", daily_dose=math.inf), "dose"),
    (_med(opioid="oxycodone", daily_dose=-math.inf), "dose"),
    (_med(opioid="oxycodone", daily_dose=10**400), "dose"),
    (_med(opioid="oxycodone", daily_dose=1e300), "dose"),
    (_med(opioid="oxycodone", daily_dose=[10]), "dose"),
])
def test_medication_malformed(answers: dict, word: str) -> None:
    with pytest.raises(InvalidAnswer) as info:
        assess(answers)
    message = str(info.value)
    assert "medications" in message
    assert word in message


_BAD_ANSWERS = [
    None, {"durations": "x"}, {"duration": 3}, {"duration": "forever"}, {"allodynia": "light_touch"},
    {"allodynia": ["x"]}, {"pain_areas_now": "left_thigh"}, {"pain_areas_now": ["tail"]},
    {"pain_areas_now": ["left_thigh", "left_thigh"]}, {"medications": "oxycodone"}, {"medications": ["oxycodone"]},
    _med(opioid="heroin", daily_dose=10), _med(opioid="oxycodone"), _med(daily_dose=10),
    _med(opioid="oxycodone", daily_dose=10, route="oral"), _med(opioid="oxycodone", daily_dose=None),
    _med(opioid="oxycodone", daily_dose="10"), _med(opioid="oxycodone", daily_dose=10**400),
]


@pytest.mark.parametrize("answers", _BAD_ANSWERS)
def test_a_spanish_page_hears_a_bad_answer_in_spanish(answers: object) -> None:
    english, spanish = (json.loads(call_json("assess", json.dumps(answers), language)) for language in ("en", "es"))
    assert spanish["error"] == english["error"]
    assert (spanish["question"], spanish["place"]) == (english["question"], english["place"])
    assert spanish["problem"] != english["problem"]
    assert not english_words_in(spanish["problem"].partition(": ")[2] or spanish["problem"]), spanish["problem"]


def test_error_for_a_later_row_names_the_row_and_opioid() -> None:
    with pytest.raises(InvalidAnswer, match=r"medications\[1\] morphine: the dose"):
        assess({"medications": [{"opioid": "oxycodone", "daily_dose": 5},
                                 {"opioid": "morphine", "daily_dose": -1}]})


def test_medication_rows_normalise() -> None:
    clean = normalise({"medications": [{"opioid": "morphine", "daily_dose": 30}]})
    assert clean["medications"] == (Medication("morphine", 30.0),)


def test_messages_are_one_short_line() -> None:
    with pytest.raises(InvalidAnswer) as info:
        assess({"allodynia": "x" * 10_000})
    message = str(info.value)
    assert "\n" not in message and len(message) < 300


def test_a_dose_a_person_typed_says_what_is_wrong_in_words_they_can_act_on() -> None:
    for dose, problem in ((-5, "the amount must be more than 0"), (10**9, "the amount is too large to be a daily dose")):
        with pytest.raises(InvalidAnswer) as error:
            normalise({"medications": [{"opioid": "morphine", "daily_dose": dose}]})
        assert error.value.question == "medications" and error.value.place == "medications[0].daily_dose"
        assert error.value.problem == problem and str(error.value).startswith("medications[0] morphine: ")
        envelope = json.loads(call_json("assess", json.dumps({"medications": [{"opioid": "morphine", "daily_dose": dose}]})))
        assert envelope["problem"] == problem and envelope["place"] == "medications[0].daily_dose"
    # Problems no form can make keep the full message as the problem.
    envelope = json.loads(call_json("assess", json.dumps({"duration": "forever"})))
    assert envelope["problem"] == envelope["error"] and envelope["question"] == "duration"
