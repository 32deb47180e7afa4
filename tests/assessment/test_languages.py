"""Every language gives the same result: the same pattern, scores, urgent flags and ids; only the words differ."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest
from hypothesis import given, settings

from assessment import LANGUAGES, InvalidAnswer, assess
from assessment.diary import analyse
from tests.support.answers import PATTERN_CASES, Answers
from tests.support.strategies import VALID

OTHER_LANGUAGES = [language for language in LANGUAGES if language != "en"]
# The keys whose values are words for a reader; everything else is the same in every language.
_WORDS = {"pattern_label", "summary", "text", "next_steps", "title", "actions", "reason", "prompt"}


def _without_words(value: Any) -> Any:
    if isinstance(value, dict):
        return {key: _without_words(item) for key, item in value.items() if key not in _WORDS}
    if isinstance(value, list):
        return [_without_words(item) for item in value]
    return value


def _words(value: Any) -> list[str]:
    if isinstance(value, dict):
        found: list[str] = []
        for key, item in value.items():
            if key in _WORDS and isinstance(item, str):
                found.append(item)
            elif key in _WORDS and isinstance(item, list):
                found += [word for word in item if isinstance(word, str)]
            else:
                found += _words(item)
        return found
    if isinstance(value, list):
        return [word for item in value for word in _words(item)]
    return []


def test_spanish_is_one_of_the_languages() -> None:
    assert LANGUAGES == ("en", "es")


# The engine's pattern cases and the published case set (tests/cases/): every vignette the tests hold.
_PUBLISHED = json.loads((Path(__file__).resolve().parents[1] / "cases" / "published_cases.json").read_text("utf-8"))
VIGNETTES: dict[str, Answers] = {**PATTERN_CASES,
                                 **{f"published {case['id']}": case["answers"] for case in _PUBLISHED["cases"]}}


@pytest.mark.parametrize("language", OTHER_LANGUAGES)
@pytest.mark.parametrize("name", sorted(VIGNETTES))
def test_every_vignette_gives_the_same_result_in_every_language(name: str, language: str) -> None:
    english = assess(VIGNETTES[name]).to_dict()
    other = assess(VIGNETTES[name], language).to_dict()
    assert _without_words(other) == _without_words(english)
    # The same number of sentences, each of them in the other language.
    english_words, other_words = _words(english), _words(other)
    assert len(other_words) == len(english_words)
    assert other["summary"] != english["summary"]
    assert sum(a == b for a, b in zip(english_words, other_words, strict=True)) <= len(english_words) // 10


@settings(max_examples=150, deadline=None)
@given(answers=VALID)
def test_any_answers_give_the_same_result_in_every_language(answers: dict[str, Any]) -> None:
    english = _without_words(assess(answers).to_dict())
    for language in OTHER_LANGUAGES:
        assert _without_words(assess(answers, language).to_dict()) == english


def test_an_unknown_language_is_named() -> None:
    with pytest.raises(InvalidAnswer) as error:
        assess({}, "xx")
    assert error.value.place == "language" and "language" in str(error.value)


_DIARY = {
    "version": 1,
    "doses": [{"from": "2026-01-01", "medications": [{"opioid": "oxycodone", "daily_dose": 40}]},
              {"from": "2026-02-01", "medications": [{"opioid": "oxycodone", "daily_dose": 60}]}],
    "days": [{"date": f"2026-{1 + (d // 28):02d}-{1 + d % 28:02d}", "pain": 4 + (d > 40) * 2} for d in range(0, 84, 2)],
}


@pytest.mark.parametrize("language", OTHER_LANGUAGES)
def test_a_diary_gives_the_same_analysis_in_every_language(language: str) -> None:
    english, other = analyse(_DIARY).to_dict(), analyse(_DIARY, language).to_dict()
    assert other["events"][0]["response"] == english["events"][0]["response"]
    assert other["answers"] == english["answers"] and other["days"] == english["days"]
    assert other["summary"] != english["summary"] and other["chart_svg"] != english["chart_svg"]
