"""Every sentence in the package is safe and plain.

- No text tells anyone to change, stop, skip, raise or cut a dose on their own
  (checked over every string literal in the package source, so new text is
  covered automatically, and over generated reasons).
- Patient-facing wording reads at grade 8 or below (Flesch-Kincaid, textstat,
  the same measure the content pages use).
"""

from __future__ import annotations

import ast
import re
from pathlib import Path

import pytest

from assessment import (
    OPIOIDS,
    PATTERN_LABELS,
    PATTERN_SUMMARIES,
    QUESTIONS,
    RULES,
    SECTIONS,
    URGENT_DETAILS,
    Medication,
    assess,
    calculate_mme,
    engine,
)
from assessment.questions import QUESTIONS_BY_ID

PACKAGE = Path(__file__).resolve().parents[2] / "assessment"
GRADE_LIMIT = 8.0

_DOSE_WORDS = r"(?:dose|doses|dosage|opioids?|medicines?|medications?|pills?|tablets?|patch)"
FORBIDDEN = [
    re.compile(p, re.IGNORECASE) for p in (
        rf"\b(?:reduce|lower|decrease|cut|cut down|taper|drop)\s+(?:your|the|a|this)\s+{_DOSE_WORDS}",
        rf"\b(?:increase|raise|double|up)\s+(?:your|the|a|this)\s+{_DOSE_WORDS}",
        rf"\bchange\s+(?:your|the|a|this|any)\s+{_DOSE_WORDS}",
        r"\bstop\s+taking\b",
        rf"\bstop\s+(?:your|the)\s+{_DOSE_WORDS}",
        r"\btake\s+(?:more|less|fewer|extra|another|an extra)\b",
        rf"\bskip\s+(?:a|your|the|any)\s+{_DOSE_WORDS}",
        r"\bcold turkey\b",
        r"\bwean\s+(?:yourself|off)\b",
        rf"\bcome off\s+(?:your|the)\s+{_DOSE_WORDS}",
    )
]
# A match is fine when the sentence negates it before the match ("Do not
# change your dose on your own") or only describes a plan made with a
# clinician ("... is the safe way to change any dose").
_NEGATION = re.compile(r"\b(?:do not|don't|never|not|no one|nobody)\b", re.IGNORECASE)
_WITH_CLINICIAN = re.compile(r"plan made with (?:your|a) clinician", re.IGNORECASE)


def _sentences(text: str) -> list[str]:
    return [s for s in re.split(r"(?<=[.!?])\s+", text) if s]


def unsafe_phrases(text: str) -> list[str]:
    """The dose-change instructions in ``text`` that are not negated."""
    found = []
    for sentence in _sentences(text):
        for pattern in FORBIDDEN:
            for match in pattern.finditer(sentence):
                before = sentence[: match.start()]
                if _NEGATION.search(before) or _WITH_CLINICIAN.search(sentence):
                    continue
                found.append(sentence)
    return found


def _package_strings() -> list[str]:
    strings = []
    for path in sorted(PACKAGE.glob("*.py")):
        tree = ast.parse(path.read_text(encoding="utf-8"))
        for node in ast.walk(tree):
            if isinstance(node, ast.Constant) and isinstance(node.value, str):
                strings.append(node.value)
    return strings


def _generated_texts() -> list[str]:
    """Texts made at run time: personalised reasons, next steps, summaries."""
    answers = {"sensitization_conditions": ["fibromyalgia", "ptsd"],
               "medications": [{"opioid": "oxycodone", "daily_dose": 100}],
               "self_harm_thoughts": "prefer_not_to_say",
               "overdose_signs": ["pinpoint_pupils"], "neurotoxicity_signs": ["confusion"],
               "overdose_risks": list(QUESTIONS_BY_ID["overdose_risks"].option_ids),
               "withdrawal_signs": ["yawning"], "after_decrease": "no_change"}
    out = assess(answers).to_dict()
    texts = [r["text"] for r in out["reasons"]] + out["next_steps"] + [out["summary"]]
    texts += [a for d in out["urgent_details"] for a in [d["title"], *d["actions"]]]
    return texts


@pytest.mark.parametrize("sentence", [
    "Reduce your dose by 10% a week.",
    "You should stop taking oxycodone.",
    "Take more when the pain is bad.",
    "Ask to increase your dose.",
    "Skip a dose if you feel sleepy.",
    "Just go cold turkey.",
    "Cut down the opioid slowly.",
])
def test_the_checker_catches_dose_instructions(sentence: str) -> None:
    assert unsafe_phrases(sentence)


@pytest.mark.parametrize("sentence", [
    "Do not change your dose on your own.",
    "Never stop taking an opioid suddenly.",
    "A slow plan made with your clinician is the safe way to change any dose.",
    "Your pain got worse after your dose went up.",
])
def test_the_checker_allows_safe_sentences(sentence: str) -> None:
    assert not unsafe_phrases(sentence)


def test_no_dose_change_instructions_in_package_source() -> None:
    strings = _package_strings()
    assert len(strings) > 100
    bad = [s for text in strings for s in unsafe_phrases(text)]
    assert bad == []


def test_no_dose_change_instructions_in_generated_text() -> None:
    bad = [s for text in _generated_texts() for s in unsafe_phrases(text)]
    assert bad == []


def test_next_steps_say_a_slow_plan_with_a_clinician() -> None:
    steps = " ".join(assess({}).next_steps)
    assert "Do not change your dose on your own" in steps
    assert "slow plan made with your clinician" in steps


# --- reading grade --------------------------------------------------------------

textstat = pytest.importorskip("textstat")


def _grade(text: str) -> float:
    return float(textstat.flesch_kincaid_grade(text))


def _steps() -> tuple[str, ...]:
    mme = calculate_mme([Medication("morphine", 90)])
    # disease=True adds the disease-first step, so its wording is checked too;
    # every overdose risk and a withdrawal sign add the v3 steps.
    answers = {"self_harm_thoughts": "prefer_not_to_say",
               "overdose_risks": QUESTIONS_BY_ID["overdose_risks"].option_ids,
               "withdrawal_signs": ("sweating", "runny_nose_or_eyes")}
    return tuple(step.text for step in engine._next_steps("oih", answers, mme, [], True))


@pytest.mark.parametrize("text", [*PATTERN_SUMMARIES.values(), *_steps()],
                         ids=lambda t: t[:30])
def test_each_summary_and_next_step_is_grade_8_or_below(text: str) -> None:
    assert _grade(text) <= GRADE_LIMIT


@pytest.mark.parametrize(("name", "texts"), [
    ("rule texts", [r.text for r in RULES]),
    ("reasons as shown", [t for t in _generated_texts()]),
    ("question prompts and help", [f"{q.prompt} {q.help}" for q in QUESTIONS]),
    ("option labels", [f"{o.label}." for q in QUESTIONS for o in q.options]),
    ("sections", [f"{s.title}. {s.intro}" for s in SECTIONS]),
    ("urgent details", [f"{d.title} {' '.join(d.actions)}" for d in URGENT_DETAILS.values()]),
    ("pattern labels", [f"It looks like {label}." for label in PATTERN_LABELS.values()]),
    ("excluded reasons", [o.excluded_reason for o in OPIOIDS if o.excluded_reason]),
])
def test_patient_wording_is_grade_8_or_below(name: str, texts: list[str]) -> None:
    assert _grade(" ".join(texts)) <= GRADE_LIMIT, name


@pytest.mark.parametrize("rule", RULES, ids=lambda r: r.id)
def test_each_rule_text_is_grade_8_or_below(rule) -> None:
    assert _grade(rule.text) <= GRADE_LIMIT
