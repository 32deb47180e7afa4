"""The package inside Pyodide computes exactly what CPython computes, case for case."""

from __future__ import annotations

import random
from typing import Any

import pytest
from playwright.sync_api import Page

from assessment import OPIOIDS, QUESTIONS, InvalidAnswer, assess

from .conftest import TOOL_READY_TIMEOUT_MS

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
        else:
            answers[question.id] = [
                {"opioid": rng.choice(OPIOIDS).id, "daily_dose": rng.choice(_DOSES)}
                for _ in range(rng.randint(1, 3))
            ]
    return answers


def test_pyodide_and_cpython_agree_on_300_answer_sets(page: Page, site_url: str) -> None:
    rng = random.Random(20261121)
    cases = [{}] + [random_answers(rng) for _ in range(299)]
    expected = [{"ok": True, "result": assess(case).to_dict()} for case in cases]
    assert len({e["result"]["pattern"] for e in expected}) >= 5, "cases should reach most patterns"
    # The comparison is of the whole to_dict(), "sharpen" included; make sure it is exercised.
    assert sum(1 for e in expected if e["result"]["sharpen"]) >= 100, "cases should exercise sharpen"

    page.goto(site_url + "assessment/")
    page.wait_for_selector("#oih-tool[data-state='ready']", timeout=TOOL_READY_TIMEOUT_MS)
    actual = page.evaluate(
        "async cases => { const out = []; for (const c of cases) out.push(await window.oihSelfCheck.assess(c)); return out; }",
        cases,
    )
    mismatches = [i for i, (a, e) in enumerate(zip(actual, expected)) if a != e]
    assert not mismatches, f"{len(mismatches)} differ, first: {cases[mismatches[0]]}"


def test_pyodide_rejects_bad_input_with_the_same_message(page: Page, site_url: str) -> None:
    bad = [{"duration": "forever"}, {"allodynia": "light_touch"}, {"medications": [{"opioid": "morphine", "daily_dose": -5}]}]
    page.goto(site_url + "assessment/")
    page.wait_for_selector("#oih-tool[data-state='ready']", timeout=TOOL_READY_TIMEOUT_MS)
    actual = page.evaluate(
        "async cases => Promise.all(cases.map(c => window.oihSelfCheck.assess(c)))", bad
    )
    for case, outcome in zip(bad, actual):
        with pytest.raises(InvalidAnswer) as error:
            assess(case)
        assert outcome == {"ok": False, "error": str(error.value)}
