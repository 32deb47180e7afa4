"""``assess``: from answers to a :class:`Result`.

The decision procedure, in order (the scoring, gates and thresholds live in
decision.py; also in docs/assessment-contract.md, "How the decision works"):

1. Validate and normalise the answers (``InvalidAnswer`` on any problem).
   When both body maps are answered, they give ``pain_spread`` (new areas:
   "yes"; none: "no"), over the person's own answer (``body_map.py``).
2. Urgent flags come straight from the safety answers, before and apart from
   any scoring: any overdose sign gives "emergency", self-harm thoughts "yes"
   gives "crisis", any neurotoxicity sign gives "neurotoxicity"; listed most
   urgent first. No pattern can hide them.
3. Score, apply the gates (OIH needs an OIH sign; disease first; pain worse
   after a reduction only rules out OIH; a neurotoxicity sign rules out "not
   suggestive") and pick the pattern and confidence (decision.py). Then two
   caps on an "oih" or "mixed" result: a condition that already sensitises
   pain caps it at "moderate", because it makes the pain features less
   specific (Lee 2011); use for less than a month lowers it one step, because
   OIH may be less common after short use but can still happen (FDA 2023).
4. Explain: the reasons for the result first; a worse or new underlying
   problem is named first, in the reasons and the next steps, whatever the
   pattern (Chu 2008; Silverman 2009: rule out disease first).
5. Overdose risk (overdose.py): from ``overdose_risks`` and the MME, apart
   from the pattern; a higher level adds a naloxone step and one step per
   reason, each with its sources.
6. Sharpen: the unanswered questions whose answer could change the pattern
   (sharpen.py).

Next steps are plain sentences in ``next_steps``; ``next_step_sources`` is a
parallel tuple holding the reference ids behind each step (empty for steps
that give no clinical claim, such as "talk to the clinician").
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from ._i18n import DEFAULT_LANGUAGE, N_, Translate, UnknownLanguage, translator
from .body_map import apply_body_map
from .decision import decide
from .mme import MMEResult, calculate_mme
from .overdose import OverdoseRisk, Step, overdose_risk, overdose_steps
from .patterns import SCORED_PATTERNS, URGENT_FLAGS
from .questions import QUESTIONS
from .result import Reason, Result
from .rules import RULES, Facts, Rule, withdrawal_sign_names
from .sharpen import sharpen
from .validation import InvalidAnswer, normalise

_english = translator("en")

__all__ = ["assess", "urgent_flags"]

_ORDER = {rule.id: index for index, rule in enumerate(RULES)}

_CLINICIAN_STEP = (
    N_("Talk to the clinician who prescribes your opioids. Share these results "
    "and ask what they think.")
)
_PATTERN_STEPS = {
    "oih": N_("Ask your clinician whether OIH could be part of your pain, and what "
    "other pain treatments might help."),
    "mixed": N_("Ask your clinician whether tolerance, OIH or both could be part of "
    "your pain, and what other pain treatments might help."),
    "tolerance": N_("Ask your clinician why your medicine may not work as well as it "
    "did, and what other pain treatments might help."),
    "withdrawal": N_("Tell your clinician when your pain is worst compared with when "
    "you take each dose."),
    "other_cause": N_("Ask your clinician whether the problem that first caused your "
    "pain, or a new one, should be checked again."),
    "not_suggestive": N_("If your pain changes, spreads or feels different, take "
    "this check again and tell your clinician."),
    "unclear": N_("Answering more of the questions may give a clearer picture."),
}
# Disease first: a worse or new problem is named before the pattern's own step.
_DISEASE_STEP = (
    N_("First, ask your clinician to check the problem that first caused your "
    "pain, or the new problem. A change there needs its own care.")
)
_BRING_STEPS = (
    N_("Bring a pain diary: for a week or two, write down how bad the pain is, when "
    "it comes, and when you take each dose."),
    N_("Bring a body map of where it hurt at first and where it hurts now. Mark "
    "both maps in this check and they print with this summary."),
    N_("Bring your dose history: each opioid you have taken, how much, and when it "
    "changed."),
    N_("Bring this summary. You can print it or show it on your phone."),
)
_SAFE_CHANGE_STEP = (
    N_("Do not change your dose on your own. Stopping suddenly can be dangerous. "
    "A slow plan made with your clinician is the safe way to change any dose.")
)
# Contract v3 (issue 22): withdrawal signs get a step of their own, whatever
# the pattern. Rapid tapering risks withdrawal (HHS 2019, summarised in
# Dowell 2019), so the person asks whether the plan can go more slowly.
_WITHDRAWAL_SIGNS_STEP = Step(
    N_("Tell your clinician about the withdrawal signs you notice: {signs}. Ask "
    "what can ease them. If your dose is being lowered, ask whether the plan "
    "could go more slowly."),
    ("dowell2019",),
)
# The sources behind the fixed steps that make a clinical claim.
_SAFE_CHANGE_SOURCES = ("dowell2019",)
# Confidence one step down (short use, FDA 2023).
_ONE_STEP_DOWN = {"high": "moderate", "moderate": "low", "low": "low"}
_GENTLE_CRISIS_STEP = (
    N_("If you ever have thoughts of harming yourself, you can reach a crisis line "
    "at any time. In the US, call or text 988. In the UK and Ireland, call "
    "Samaritans on 116 123.")
)
_DISCLAIMER_STEP = (
    N_("No validated OIH questionnaire exists yet, so this check cannot diagnose "
    "OIH. It gives you information to talk over with your clinician.")
)


def urgent_flags(answers: Mapping[str, Any]) -> list[str]:
    """The urgent flags for normalised ``answers``, most urgent first."""
    raised = {
        "emergency": bool(answers.get("overdose_signs")),
        "crisis": answers.get("self_harm_thoughts") == "yes",
        "neurotoxicity": bool(answers.get("neurotoxicity_signs")),
    }
    return [flag for flag in URGENT_FLAGS if raised[flag]]


def _next_steps(pattern: str, answers: Mapping[str, Any], mme: MMEResult | None,
                urgent: list[str], disease: bool,
                risk: OverdoseRisk | None = None,
                translate: Translate = _english) -> tuple[Step, ...]:
    """The next steps, in order, in ``translate``'s language, each with the reference ids behind it."""
    if risk is None:
        risk = overdose_risk(answers, mme)
    steps = [Step(translate(_CLINICIAN_STEP))]
    if disease:
        steps.append(Step(translate(_DISEASE_STEP)))
    if not (disease and pattern == "other_cause"):
        steps.append(Step(translate(_PATTERN_STEPS[pattern])))
    # Overdose safety comes before what to bring: it matters most.
    steps += overdose_steps(risk, mme, translate)
    if answers.get("withdrawal_signs"):
        signs = withdrawal_sign_names(answers, translate)
        steps.append(Step(translate(_WITHDRAWAL_SIGNS_STEP.text).format(signs=signs),
                          _WITHDRAWAL_SIGNS_STEP.sources))
    steps += [Step(translate(text)) for text in _BRING_STEPS]
    steps.append(Step(translate(_SAFE_CHANGE_STEP), _SAFE_CHANGE_SOURCES))
    # "Rather not say" is not a crisis flag, but the line should still be offered.
    if answers.get("self_harm_thoughts") == "prefer_not_to_say" and "crisis" not in urgent:
        steps.append(Step(translate(_GENTLE_CRISIS_STEP)))
    steps.append(Step(translate(_DISCLAIMER_STEP)))
    return tuple(steps)


def _capped_confidence(pattern: str, confidence: str, answers: Mapping[str, Any]) -> str:
    """The two caps on an "oih" or "mixed" confidence (step 3 above)."""
    if pattern not in ("oih", "mixed"):
        return confidence
    if answers.get("sensitization_conditions") and confidence == "high":
        confidence = "moderate"
    if answers.get("duration") == "under_1_month":
        confidence = _ONE_STEP_DOWN[confidence]
    return confidence


def _reasons(fired: tuple[Rule, ...], facts: Facts, pattern: str,
             scores: Mapping[str, float], translate: Translate = _english) -> tuple[Reason, ...]:
    # The reasons behind the result come first; for "unclear", those of the
    # leading pattern, so the most telling clues are still at the top.
    if pattern == "mixed":
        focus = {"oih", "tolerance"}
    elif pattern == "unclear":
        best = max(scores.values())
        focus = {p for p in SCORED_PATTERNS if scores[p] == best and best > 0}
    else:
        focus = {pattern}
    # Disease first: a worse or new problem leads, whatever the pattern.
    ordered = sorted(
        fired, key=lambda r: (not r.disease, r.supports not in focus, -r.weight, _ORDER[r.id])
    )
    return tuple(
        Reason(fired=rule, answer=rule.answer_text(facts), text=rule.reason_text(facts, translate))
        for rule in ordered
    )


def assess(answers: Mapping[str, Any], language: str = DEFAULT_LANGUAGE) -> Result:
    """Assess one set of answers (question id -> value) and explain the result.

    Every reader-facing string is in ``language`` (one of
    :data:`assessment.LANGUAGES`); everything else is the same in every language.
    Raises :class:`assessment.InvalidAnswer` if the answers break the contract,
    or naming ``language`` if it is not one we have.
    """
    try:
        translate = translator(language)
    except UnknownLanguage as error:
        raise InvalidAnswer(str(error), place="language") from None
    clean = normalise(answers)
    answered = len(clean)
    # The body maps, when both are answered, decide pain_spread (the map wins).
    clean, body_map = apply_body_map(clean)
    mme = calculate_mme(clean.get("medications", ()))
    facts = Facts(clean, mme, body_map)
    urgent = urgent_flags(clean)
    decision = decide(facts)
    pattern = decision.pattern
    confidence = _capped_confidence(pattern, decision.confidence, clean)
    risk = overdose_risk(clean, mme)
    steps = _next_steps(pattern, clean, mme, urgent, decision.disease, risk, translate)
    return Result(
        pattern=pattern,
        confidence=confidence,
        urgent=urgent,
        reasons=_reasons(decision.fired, facts, pattern, decision.scores, translate),
        scores=decision.scores,
        mme=mme,
        next_steps=tuple(step.text for step in steps),
        answered=answered,
        question_count=len(QUESTIONS),
        sharpen=sharpen(clean, mme, decision.fired, pattern),
        body_map=body_map,
        overdose_risk=risk,
        next_step_sources=tuple(step.sources for step in steps),
        language=language,
    )
