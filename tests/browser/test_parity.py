"""The package inside Pyodide computes exactly what CPython computes, case for case."""

from __future__ import annotations

import random
from typing import Any

import pytest
from playwright.sync_api import Page

from assessment import BODY_AREAS, OPIOIDS, QUESTIONS, InvalidAnswer, assess

pytestmark = pytest.mark.browser

_DOSES = (2.5, 5, 10, 15, 20, 30, 37.5, 40, 60, 75, 80, 120, 200, 400)


def random_answers(rng: random.Random) -> dict[str, Any]:
    """A valid answer set in which each question is answered with probability 0.7."""
    answers: dict[str, Any] = {}
    for question in QUESTIONS:
        if rng.random() > 0.7:
            continue
        if question.kind == "single":
            answers[question.id] = rng.choice(question.option_ids)
        elif question.kind == "multi":
            answers[question.id] = [o for o in question.option_ids if rng.random() < 0.3]
        elif question.kind == "areas":
            answers[question.id] = rng.sample(question.option_ids, rng.randint(0, 8))
        else:
            answers[question.id] = [
                {"opioid": rng.choice(OPIOIDS).id, "daily_dose": rng.choice(_DOSES)}
                for _ in range(rng.randint(1, 3))
            ]
    return answers


def test_pyodide_and_cpython_agree_on_300_answer_sets(tool_page: Page) -> None:
    rng = random.Random(20261121)
    cases = [{}] + [random_answers(rng) for _ in range(299)]
    expected = [{"ok": True, "result": assess(case).to_dict()} for case in cases]
    assert len({e["result"]["pattern"] for e in expected}) >= 5, "cases should reach most patterns"
    # The comparison is of the whole to_dict(), "sharpen" included; make sure it is exercised.
    assert sum(1 for e in expected if e["result"]["sharpen"]) >= 100, "cases should exercise sharpen"

    actual = tool_page.evaluate(
        "async cases => { const out = []; for (const c of cases) out.push(await window.oihSelfCheck.assess(c)); return out; }",
        cases,
    )
    mismatches = [i for i, (a, e) in enumerate(zip(actual, expected, strict=True)) if a != e]
    assert not mismatches, f"{len(mismatches)} differ, first: {cases[mismatches[0]]}"


# The body maps: new places (spread), the same places, fewer places, one map
# only, and maps that overrule the stated answer either way.
MAP_CASES: list[dict[str, Any]] = [
    {"pain_areas_first": ["left_lower_back"], "pain_areas_now": ["left_lower_back", "left_thigh", "right_thigh"]},
    {"pain_areas_first": ["left_knee"], "pain_areas_now": ["left_knee"], "pain_spread": "yes"},
    {"pain_areas_first": ["left_knee", "right_knee"], "pain_areas_now": ["right_knee"], "duration": "over_12_months"},
    {"pain_areas_now": ["face", "back_of_head"], "pain_spread": "unsure"},
    {"pain_areas_first": ["abdomen"], "pain_areas_now": [a.id for a in BODY_AREAS], "pain_spread": "no",
     "after_increase": "worse", "dose_trend": "increased", "pain_trend": "worse"},
]


def test_pyodide_and_cpython_agree_on_body_maps(tool_page: Page) -> None:
    expected = [{"ok": True, "result": assess(case).to_dict()} for case in MAP_CASES]
    assert {e["result"]["body_map"] is not None for e in expected} == {True}
    actual = tool_page.evaluate(
        "async cases => { const out = []; for (const c of cases) out.push(await window.oihSelfCheck.assess(c)); return out; }",
        MAP_CASES,
    )
    assert actual == expected


def test_pyodide_rejects_bad_input_with_the_same_message(tool_page: Page) -> None:
    bad = [{"duration": "forever"}, {"allodynia": "light_touch"}, {"medications": [{"opioid": "morphine", "daily_dose": -5}]},
           {"pain_areas_now": ["left_knee", "left_knee"]}, {"pain_areas_first": "face"}, {"pain_areas_now": ["knee"]}]
    actual = tool_page.evaluate(
        "async cases => Promise.all(cases.map(c => window.oihSelfCheck.assess(c)))", bad
    )
    for case, outcome in zip(bad, actual, strict=True):
        with pytest.raises(InvalidAnswer) as error:
            assess(case)
        assert outcome == {"ok": False, "error": str(error.value), "question": error.value.question,
                           "place": error.value.place, "problem": error.value.problem_in(lambda m: m)}
        assert outcome["question"] == next(iter(case))


def _diaries() -> list[dict[str, Any]]:
    """Hand-made diaries for every response, and random ones, for the diary parity check."""
    from datetime import date, timedelta

    first = date(2026, 1, 1)

    def make(pains: tuple[int, int, int], direction: str, signs: list[str] | None = None) -> dict[str, Any]:
        before, early, late = pains
        days = []
        for offset in range(63):
            relative = offset - 20
            pain = before if relative < 0 else early if relative <= 14 else late
            entry: dict[str, Any] = {"date": (first + timedelta(days=offset)).isoformat(), "pain": pain}
            if signs is not None and 1 <= relative <= 7:
                entry["withdrawal_signs"] = signs
            days.append(entry)
        low, high = (40, 60) if direction == "up" else (60, 40)
        doses = [{"from": first.isoformat(), "medications": [{"opioid": "oxycodone", "daily_dose": low}]},
                 {"from": (first + timedelta(days=20)).isoformat(),
                  "medications": [{"opioid": "oxycodone", "daily_dose": high}]}]
        return {"version": 1, "doses": doses, "days": days}

    cases = [make(p, "up") for p in ((6, 4, 4), (6, 4, 6), (6, 4, 8), (5, 7, 7), (5, 5, 5))]
    cases += [make((7, 8, 4), "down"), make((5, 7, 5), "down", ["sweating"]), make((5, 5, 7), "down")]
    rng = random.Random(20261129)
    for _ in range(12):
        offsets = sorted(rng.sample(range(240), rng.randint(0, 200)))
        cases.append({
            "version": 1,
            "doses": [{"from": (first + timedelta(days=o)).isoformat(),
                       "medications": [{"opioid": rng.choice(OPIOIDS).id, "daily_dose": rng.choice(_DOSES)}
                                       for _ in range(rng.randint(0, 2))]}
                      for o in sorted(rng.sample(range(-10, 240), rng.randint(0, 6)))],
            "days": [{"date": (first + timedelta(days=o)).isoformat(), "pain": rng.randint(0, 10),
                      "withdrawal_signs": [s for s in ("sweating", "yawning") if rng.random() < 0.2],
                      "note": "note & <b>"} for o in offsets],
        })
    return cases


def test_pyodide_and_cpython_agree_on_diaries(tool_page: Page) -> None:
    from assessment.diary import InvalidDiary, analyse, to_csv

    diaries = _diaries()
    bad = [{"version": 1, "days": [{"date": "2026-01-01", "pain": 11}]}, {"version": 3}, []]
    expected = [{"ok": True, "result": analyse(d).to_dict()} for d in diaries]
    assert {e["response"] for x in expected for e in x["result"]["events"]} >= {
        "lasting_relief", "brief_relief_then_same", "brief_relief_then_worse", "worse", "no_change",
        "improved", "worse_with_withdrawal", "not_enough_data"}
    for case in bad:
        with pytest.raises(InvalidDiary) as error:
            analyse(case)
        expected.append({"ok": False, "error": str(error.value), "question": None, "place": error.value.place,
                         "problem": str(error.value)})
    csv_expected = [{"ok": True, "result": to_csv(d)} for d in diaries[:5]]

    actual = tool_page.evaluate(
        "async cases => { const out = []; for (const c of cases) out.push(await window.oihPython.call('analyse_diary', c)); return out; }",
        diaries + bad,
    )
    mismatches = [i for i, (a, e) in enumerate(zip(actual, expected, strict=True)) if a != e]
    assert not mismatches, f"{len(mismatches)} differ, first: case {mismatches[0]}"
    csv_actual = tool_page.evaluate(
        "async cases => Promise.all(cases.map(c => window.oihPython.call('diary_to_csv', c)))", diaries[:5]
    )
    assert csv_actual == csv_expected
    round_trip = tool_page.evaluate(
        "async text => window.oihPython.call('diary_from_csv', {text})", csv_expected[0]["result"]
    )
    assert round_trip["ok"] and analyse(round_trip["result"]).to_dict() == expected[0]["result"]
