"""Overdose risk (contract v3): who should keep naloxone, and why.

The ``overdose_risks`` answers and the total MME give ``to_dict()["overdose_risk"]``
and, when the level is "higher", safety next steps. None of this touches the
pattern, the scores or the urgent flags: urgent flags are for signs happening
now, and these are standing risks. No rule reads ``overdose_risks``, so it can
never be listed by ``sharpen`` either.

Why each reason raises the risk, and the source each next step cites:

- ``mme_50_plus``, ``past_overdose``, ``non_prescribed_use``,
  ``sleep_apnoea_or_lung_disease``: CDC 2022, Recommendation 8, asks
  clinicians to offer naloxone to patients at increased risk for overdose,
  including those with a history of overdose, a history of substance use
  disorder, sleep-disordered breathing, higher dosages (50 MME/day or more)
  and benzodiazepines with opioids, and to offer education to members of
  their households (cdc2022). ``non_prescribed_use`` is broader than the
  guideline's "history of substance use disorder": that mapping is ours.
- ``kidney_or_liver_disease``: CDC 2022 (p. 46): patients with renal or
  hepatic insufficiency have a decreased ability to process and excrete
  medicines, opioids can accumulate, and the window between safe doses and
  those that depress breathing is narrower (cdc2022).
- ``sedative_medicines`` and ``alcohol``: the FDA's 2016 boxed warning:
  opioids with benzodiazepines or other drugs that slow the brain, including
  alcohol, have caused slowed or difficult breathing and deaths (fda2016).
- ``gabapentin_pregabalin``: the FDA's 2019 communication: serious breathing
  problems with gabapentin or pregabalin in people who also take opioids or
  have lung disease such as COPD (fda2019).
- The naloxone step: CDC 2022 (offer naloxone; educate the household) and
  CDC's overdose-response page (naloxone is sold without a prescription in
  the US) (cdc-overdose-response).

Every sentence is a plain string (one message each); the only one with a
value, the MME step, is a format string with a named field.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any

from ._i18n import N_, Translate, translator
from .mme import NALOXONE_MME, MMEResult
from .questions import QUESTIONS_BY_ID

__all__ = [
    "MME_50_PLUS",
    "OVERDOSE_RISK_REASONS",
    "OVERDOSE_REASON_LABELS",
    "OVERDOSE_STEPS",
    "NALOXONE_STEP",
    "OverdoseRisk",
    "overdose_risk",
]

_english = translator("en")

# The extra reason the engine adds from the medicines, besides the answers.
MME_50_PLUS = "mme_50_plus"
# Every id ``because`` can hold, in the order it lists them.
OVERDOSE_RISK_REASONS: tuple[str, ...] = (
    *QUESTIONS_BY_ID["overdose_risks"].option_ids,
    MME_50_PLUS,
)

# Each reason in plain words, for a result view or a printout that lists them.
OVERDOSE_REASON_LABELS: dict[str, str] = {
    "sedative_medicines": N_("Benzodiazepines or sleeping pills"),
    "gabapentin_pregabalin": N_("Gabapentin or pregabalin"),
    "alcohol": N_("Drinking alcohol"),
    "sleep_apnoea_or_lung_disease": N_("Sleep apnoea, COPD or another breathing problem"),
    "kidney_or_liver_disease": N_("Kidney or liver disease"),
    "past_overdose": N_("An overdose before"),
    "non_prescribed_use": N_("Opioids or pills not prescribed to you"),
    MME_50_PLUS: N_("Opioids adding up to 50 MME a day or more"),
}


@dataclass(frozen=True)
class Step:
    """One next step: its sentence(s) and the reference ids behind it."""

    text: str
    sources: tuple[str, ...] = ()


NALOXONE_STEP = Step(
    N_("Some of your answers make an overdose more likely, so keep naloxone at home "
    "and with you. Naloxone is a medicine that can reverse an opioid overdose. "
    "You can get it at a pharmacy, and in the US you do not need a prescription. "
    "Your clinician can also prescribe it. Show the people you live with where "
    "it is and how to use it."),
    ("cdc2022", "cdc-overdose-response"),
)

# One step per reason. The MME step is a format string: fill it with
# ``.format(total=...)``.
OVERDOSE_STEPS: dict[str, Step] = {
    "sedative_medicines": Step(
        N_("You take a benzodiazepine or a sleeping pill with your opioid. Together "
        "they can slow or stop your breathing. Ask the clinicians who prescribe "
        "them whether you still need both together. Do not stop either one "
        "suddenly."),
        ("fda2016",),
    ),
    "gabapentin_pregabalin": Step(
        N_("You take gabapentin or pregabalin with your opioid. Together they can "
        "slow your breathing. Ask the clinicians who prescribe them whether you "
        "still need both together. Do not stop either one suddenly."),
        ("fda2019",),
    ),
    "alcohol": Step(
        N_("Alcohol with an opioid can slow or stop your breathing. Talk with your "
        "clinician about how much you drink, and ask for help if you want it."),
        ("fda2016",),
    ),
    "sleep_apnoea_or_lung_disease": Step(
        N_("Sleep apnoea, COPD and other breathing problems make an overdose more "
        "likely. Make sure the clinician who prescribes your opioids knows about "
        "it."),
        ("cdc2022", "fda2019"),
    ),
    "kidney_or_liver_disease": Step(
        N_("With kidney or liver disease, the body clears opioids more slowly, so "
        "they can build up. Make sure every clinician who prescribes for you "
        "knows about it."),
        ("cdc2022",),
    ),
    "past_overdose": Step(
        N_("You have had an overdose before, which makes another one more likely. "
        "Keep naloxone close, and make sure your clinician knows."),
        ("cdc2022",),
    ),
    "non_prescribed_use": Step(
        N_("Taking opioids or pills that were not prescribed to you makes an overdose "
        "more likely. You can tell your clinician about it. Ask what care and "
        "support could help."),
        ("cdc2022",),
    ),
    MME_50_PLUS: Step(
        N_("Your opioids add up to about {total} MME a day. At 50 or more, an "
        "overdose is more likely."),
        ("cdc2022",),
    ),
}


@dataclass(frozen=True)
class OverdoseRisk:
    """``to_dict()["overdose_risk"]``: the level and the reasons behind it."""

    level: str
    because: tuple[str, ...]

    def to_dict(self) -> dict[str, Any]:
        return {"level": self.level, "because": list(self.because)}


def overdose_risk(answers: Mapping[str, Any], mme: MMEResult | None) -> OverdoseRisk:
    """The overdose risk for normalised ``answers`` and their MME.

    ``because`` lists the ``overdose_risks`` ids given (in option order) and
    ``"mme_50_plus"`` when the total MME is 50 or more; the level is "higher"
    when ``because`` is not empty, else "usual". An unanswered question counts
    as no reason given.
    """
    because = list(answers.get("overdose_risks") or ())
    if mme is not None and mme.total >= NALOXONE_MME:
        because.append(MME_50_PLUS)
    return OverdoseRisk("higher" if because else "usual", tuple(because))


def overdose_steps(risk: OverdoseRisk, mme: MMEResult | None,
                   translate: Translate = _english) -> tuple[Step, ...]:
    """The naloxone step and one step per reason, or () at the usual level."""
    if risk.level != "higher":
        return ()
    steps = [Step(translate(NALOXONE_STEP.text), NALOXONE_STEP.sources)]
    for reason in risk.because:
        step = OVERDOSE_STEPS[reason]
        text = translate(step.text)
        if reason == MME_50_PLUS:
            total = mme.total if mme is not None else 0.0
            text = text.format(total=f"{total:g}")
        steps.append(Step(text, step.sources))
    return tuple(steps)
