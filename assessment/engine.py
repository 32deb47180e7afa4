"""``assess``: from answers to a :class:`Result`.

The decision procedure, in order (constants below; also in
docs/assessment-contract.md, "How the decision works"):

1. Validate and normalise the answers (``InvalidAnswer`` on any problem).
   When both body maps are answered, they give ``pain_spread`` (new areas:
   "yes"; none: "no"), over the person's own answer (``body_map.py``).
2. Urgent flags come straight from the safety answers, before and apart from
   any scoring: any overdose sign gives "emergency", self-harm thoughts "yes"
   gives "crisis", any neurotoxicity sign gives "neurotoxicity"; listed most
   urgent first. No pattern can hide them.
3. Score: every rule that fires adds its weight to its pattern ("for") or
   takes it away ("against"). A score never goes below 0.
4. Pick the pattern:
   a. fewer than ``MIN_CORE_ANSWERED`` of the ``CORE_QUESTIONS`` answered,
      or the top score under ``MIN_LEAD_SCORE``: "unclear";
   b. OIH and tolerance both at least ``MIXED_MIN``, no more than
      ``MIXED_MARGIN`` apart, and one of them top (ties allowed): "mixed";
   c. the top score less than ``LEAD_MARGIN`` ahead of the next: "unclear"
      (no pattern clearly ahead);
   d. otherwise the top-scoring pattern.
5. Confidence, from the winning score and its lead over the next pattern
   (for "mixed": the lower of OIH and tolerance, and its lead over the rest):
   "high" at ``HIGH_SCORE``+ with a lead of ``HIGH_MARGIN``+ and at least
   ``HIGH_MIN_CORE`` core questions answered; "moderate" at
   ``MODERATE_SCORE``+ with a lead of ``MODERATE_MARGIN``+; else "low".
   "unclear" is always "low". A condition that already sensitises pain caps
   an "oih" or "mixed" result at "moderate", because it makes the pain
   features less specific (Verywell Health, after Lee 2011).
"""

from __future__ import annotations

from typing import Any, Mapping, Optional

from .body_map import apply_body_map
from .mme import MMEResult, calculate_mme
from .patterns import SCORED_PATTERNS, URGENT_FLAGS
from .questions import QUESTIONS
from .result import Reason, Result
from .rules import AGAINST, RULES, Facts, Rule
from .validation import normalise

__all__ = [
    "assess",
    "urgent_flags",
    "CORE_QUESTIONS",
    "MIN_CORE_ANSWERED",
    "MIN_LEAD_SCORE",
    "LEAD_MARGIN",
    "MIXED_MIN",
    "MIXED_MARGIN",
    "HIGH_SCORE",
    "HIGH_MARGIN",
    "HIGH_MIN_CORE",
    "MODERATE_SCORE",
    "MODERATE_MARGIN",
]

# The questions about the pain and its history that the patterns rest on.
# Safety questions, medications and sensitising conditions are left out: they
# matter, but alone they cannot tell one pattern from another.
CORE_QUESTIONS: tuple[str, ...] = (
    "duration",
    "dose_trend",
    "pain_trend",
    "after_increase",
    "after_decrease",
    "pain_timing",
    "pain_spread",
    "new_pain_quality",
    "allodynia",
    "condition_change",
    "activity_change",
    "withdrawal_signs",
)
# A third of the core questions: enough for two or three clues to agree.
MIN_CORE_ANSWERED = 4
# One strong clue (weight 3) is the least that can name a pattern.
MIN_LEAD_SCORE = 3.0
# The winner must be ahead by at least one supporting clue.
LEAD_MARGIN = 1.0
# "mixed" needs real evidence on both sides (a strong clue each) that is close:
# within one pain-character clue (weight 2) of each other.
MIXED_MIN = 3.0
MIXED_MARGIN = 2.0
# "high": several agreeing clues, well ahead, from a mostly complete form.
HIGH_SCORE = 7.0
HIGH_MARGIN = 4.0
HIGH_MIN_CORE = 8
MODERATE_SCORE = 4.0
MODERATE_MARGIN = 2.0

_ORDER = {rule.id: index for index, rule in enumerate(RULES)}

_CLINICIAN_STEP = (
    "Talk to the clinician who prescribes your opioids. Share these results "
    "and ask what they think."
)
_PATTERN_STEPS = {
    "oih": "Ask your clinician whether OIH could be part of your pain, and what "
    "other pain treatments might help.",
    "mixed": "Ask your clinician whether tolerance, OIH or both could be part of "
    "your pain, and what other pain treatments might help.",
    "tolerance": "Ask your clinician why your medicine may not work as well as it "
    "did, and what other pain treatments might help.",
    "withdrawal": "Tell your clinician when your pain is worst compared with when "
    "you take each dose.",
    "other_cause": "Ask your clinician whether the problem that first caused your "
    "pain, or a new one, should be checked again.",
    "not_suggestive": "If your pain changes, spreads or feels different, take "
    "this check again and tell your clinician.",
    "unclear": "Answering more of the questions may give a clearer picture.",
}
_BRING_STEPS = (
    "Bring a pain diary: for a week or two, write down how bad the pain is, when "
    "it comes, and when you take each dose.",
    "Bring a body map of where it hurt at first and where it hurts now. Mark "
    "both maps in this check and they print with this summary.",
    "Bring your dose history: each opioid you have taken, how much, and when it "
    "changed.",
    "Bring this summary. You can print it or show it on your phone.",
)
_SAFE_CHANGE_STEP = (
    "Do not change your dose on your own. Stopping suddenly can be dangerous. "
    "A slow plan made with your clinician is the safe way to change any dose."
)
_NALOXONE_STEP = (
    "Your opioids add up to 50 MME a day or more. Ask your clinician or "
    "pharmacist about naloxone, a medicine that can reverse an overdose, and "
    "keep it at home."
)
_GENTLE_CRISIS_STEP = (
    "If you ever have thoughts of harming yourself, you can reach a crisis line "
    "at any time. In the US, call or text 988. In the UK and Ireland, call "
    "Samaritans on 116 123."
)
_DISCLAIMER_STEP = (
    "No validated OIH questionnaire exists yet, so this check cannot diagnose "
    "OIH. It gives you information to talk over with your clinician."
)


def urgent_flags(answers: Mapping[str, Any]) -> list[str]:
    """The urgent flags for normalised ``answers``, most urgent first."""
    raised = {
        "emergency": bool(answers.get("overdose_signs")),
        "crisis": answers.get("self_harm_thoughts") == "yes",
        "neurotoxicity": bool(answers.get("neurotoxicity_signs")),
    }
    return [flag for flag in URGENT_FLAGS if raised[flag]]


def _score(facts: Facts) -> tuple[dict[str, float], list[Rule]]:
    fired = [rule for rule in RULES if rule.fires(facts)]
    totals = {pattern: 0.0 for pattern in SCORED_PATTERNS}
    for rule in fired:
        totals[rule.supports] += -rule.weight if rule.effect == AGAINST else rule.weight
    # Clamp at 0: "against" evidence can cancel a pattern, not make it negative.
    return {pattern: max(0.0, value) for pattern, value in totals.items()}, fired


def _confidence(score: float, margin: float, core_answered: int) -> str:
    if score >= HIGH_SCORE and margin >= HIGH_MARGIN and core_answered >= HIGH_MIN_CORE:
        return "high"
    if score >= MODERATE_SCORE and margin >= MODERATE_MARGIN:
        return "moderate"
    return "low"


def _decide(scores: Mapping[str, float], core_answered: int) -> tuple[str, str]:
    """The pattern and confidence for ``scores`` (steps 4 and 5 above)."""
    ranked = sorted(SCORED_PATTERNS, key=lambda p: (-scores[p], SCORED_PATTERNS.index(p)))
    top, runner_up = ranked[0], ranked[1]
    top_score = scores[top]
    if core_answered < MIN_CORE_ANSWERED or top_score < MIN_LEAD_SCORE:
        return "unclear", "low"
    oih, tolerance = scores["oih"], scores["tolerance"]
    if (
        oih >= MIXED_MIN
        and tolerance >= MIXED_MIN
        and abs(oih - tolerance) <= MIXED_MARGIN
        and max(oih, tolerance) >= top_score
    ):
        rest = max(scores[p] for p in SCORED_PATTERNS if p not in ("oih", "tolerance"))
        low = min(oih, tolerance)
        return "mixed", _confidence(low, low - rest, core_answered)
    margin = top_score - scores[runner_up]
    if margin < LEAD_MARGIN:
        return "unclear", "low"
    return top, _confidence(top_score, margin, core_answered)


def _next_steps(pattern: str, answers: Mapping[str, Any], mme: Optional[MMEResult],
                urgent: list[str]) -> tuple[str, ...]:
    steps = [_CLINICIAN_STEP, _PATTERN_STEPS[pattern], *_BRING_STEPS, _SAFE_CHANGE_STEP]
    if mme is not None and mme.naloxone:
        steps.append(_NALOXONE_STEP)
    # "Rather not say" is not a crisis flag, but the line should still be offered.
    if answers.get("self_harm_thoughts") == "prefer_not_to_say" and "crisis" not in urgent:
        steps.append(_GENTLE_CRISIS_STEP)
    steps.append(_DISCLAIMER_STEP)
    return tuple(steps)


def _reasons(fired: list[Rule], facts: Facts, pattern: str,
             scores: Mapping[str, float]) -> tuple[Reason, ...]:
    # The reasons behind the result come first; for "unclear", those of the
    # leading pattern, so the most telling clues are still at the top.
    if pattern == "mixed":
        focus = {"oih", "tolerance"}
    elif pattern == "unclear":
        best = max(scores.values())
        focus = {p for p in SCORED_PATTERNS if scores[p] == best and best > 0}
    else:
        focus = {pattern}
    ordered = sorted(
        fired, key=lambda r: (r.supports not in focus, -r.weight, _ORDER[r.id])
    )
    return tuple(
        Reason(
            rule=rule.id,
            question=rule.question,
            answer=rule.answer_text(facts),
            supports=rule.supports,
            effect=rule.effect,
            weight=rule.weight,
            text=rule.reason_text(facts),
            source=rule.source,
            learn_more=rule.learn_more,
        )
        for rule in ordered
    )


def assess(answers: Mapping[str, Any]) -> Result:
    """Assess one set of answers (question id -> value) and explain the result.

    Raises :class:`assessment.InvalidAnswer` if the answers break the contract.
    """
    clean = normalise(answers)
    answered = len(clean)
    # The body maps, when both are answered, decide pain_spread (the map wins).
    clean, body_map = apply_body_map(clean)
    mme = calculate_mme(clean.get("medications", ()))
    facts = Facts(clean, mme, body_map)
    urgent = urgent_flags(clean)
    scores, fired = _score(facts)
    core_answered = sum(1 for q in CORE_QUESTIONS if q in clean)
    pattern, confidence = _decide(scores, core_answered)
    if pattern in ("oih", "mixed") and clean.get("sensitization_conditions") and confidence == "high":
        confidence = "moderate"
    return Result(
        pattern=pattern,
        confidence=confidence,
        urgent=urgent,
        reasons=_reasons(fired, facts, pattern, scores),
        scores=scores,
        mme=mme,
        next_steps=_next_steps(pattern, clean, mme, urgent),
        answered=answered,
        question_count=len(QUESTIONS),
        body_map=body_map,
    )
