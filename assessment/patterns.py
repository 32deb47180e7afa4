"""Pattern names, their plain-words labels and summaries, and the urgent flags.

Wording only: which pattern wins is decided in engine.py. Every sentence
here is shown to patients, so it is short, plain (grade 8 or below), free of
blame, and never tells anyone to change a dose.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from ._i18n import N_, Translate, translator

_english = translator("en")

__all__ = [
    "PATTERNS",
    "SCORED_PATTERNS",
    "PATTERN_LABELS",
    "PATTERN_SUMMARIES",
    "URGENT_FLAGS",
    "UrgentDetail",
    "URGENT_DETAILS",
]

# The seven contract patterns. The first five are scored by the rules;
# "mixed" and "unclear" are derived from those scores (see engine.py).
PATTERNS: tuple[str, ...] = (
    "oih",
    "tolerance",
    "mixed",
    "withdrawal",
    "other_cause",
    "not_suggestive",
    "unclear",
)
SCORED_PATTERNS: tuple[str, ...] = ("oih", "tolerance", "withdrawal", "other_cause", "not_suggestive")

PATTERN_LABELS: dict[str, str] = {
    "oih": N_("opioid-induced hyperalgesia (OIH)"),
    "tolerance": N_("tolerance"),
    "mixed": N_("both tolerance and OIH"),
    "withdrawal": N_("pain linked to withdrawal"),
    "other_cause": N_("another cause of pain"),
    "not_suggestive": N_("nothing that points to OIH"),
    "unclear": N_("not enough to say"),
}

PATTERN_SUMMARIES: dict[str, str] = {
    "oih": (
        N_("Your answers fit the pattern doctors call opioid-induced hyperalgesia "
        "(OIH). This is when long-term opioids make the body more sensitive to "
        "pain. It is not your fault, and it can get better with the right plan.")
    ),
    "tolerance": (
        N_("Your answers fit the pattern of tolerance. This means your body has "
        "got used to the medicine, so it does not work as well as it did. "
        "With tolerance, the pain itself does not change in kind or spread.")
    ),
    "mixed": (
        N_("Your answers show signs of both tolerance and OIH. Both can happen at "
        "the same time. Your clinician can help you sort out which one matters "
        "more for you.")
    ),
    "withdrawal": (
        N_("Your answers fit pain that is linked to withdrawal. This pain tends to "
        "come when the medicine level in your body drops, such as before a dose "
        "is due. Your body has come to rely on the medicine, which is common and "
        "not the same as addiction.")
    ),
    "other_cause": (
        N_("Your answers point to something other than the opioid as the main "
        "reason for more pain. This could be a change in your first health "
        "problem, a new problem, or doing more than before.")
    ),
    "not_suggestive": (
        N_("Nothing in your answers points to OIH right now. Keep an eye on your "
        "pain, and tell your clinician if it changes.")
    ),
    "unclear": (
        N_("There is not enough here to see a clear pattern. Answering more of the "
        "questions may help. Your clinician can look at the whole picture with you.")
    ),
}

# Most urgent first: this is also the order in Result.urgent.
URGENT_FLAGS: tuple[str, ...] = ("emergency", "crisis", "neurotoxicity")


@dataclass(frozen=True)
class UrgentDetail:
    """What to do for one urgent flag, shown before anything else."""

    flag: str
    title: str
    actions: tuple[str, ...]
    learn_more: str
    source: str
    # The reference ids behind each action, parallel to ``actions``.
    action_sources: tuple[tuple[str, ...], ...] = ()

    def to_dict(self, translate: Translate = _english) -> dict[str, Any]:
        sources = self.action_sources or tuple(() for _ in self.actions)
        return {
            "flag": self.flag,
            "title": translate(self.title),
            "actions": [translate(action) for action in self.actions],
            "action_sources": [list(ids) for ids in sources],
            "learn_more": self.learn_more,
            "source": self.source,
        }


URGENT_DETAILS: dict[str, UrgentDetail] = {
    # Ordered as a bystander needs them: call, naloxone, breathing, a second
    # dose, the patch, then stay. Sources per action in ``action_sources``.
    "emergency": UrgentDetail(
        flag="emergency",
        title=N_("These can be signs of an overdose. Get help now."),
        actions=(
            N_("Call your local emergency number now (911 in the US, 999 in the UK, "
            "112 in Europe)."),
            N_("Give naloxone if you have it."),
            N_("If they are not breathing, give rescue breaths or CPR if you know how."),
            N_("If they do not wake up or breathe better 2 to 3 minutes after the "
            "naloxone, give a second dose if you have one."),
            N_("If they wear a fentanyl patch, take it off."),
            N_("Stay with the person. Do not leave them alone. Naloxone wears off in "
            "30 to 90 minutes, sooner than many opioids, so they may stop "
            "breathing again."),
            N_("Try to keep them awake and breathing. If they are breathing but not "
            "awake, lay them on their side."),
        ),
        action_sources=(
            ("cdc-overdose-response",),
            ("cdc-overdose-response",),
            ("samhsa2023",),
            ("samhsa2023",),
            ("samhsa2023",),
            ("cdc-overdose-response", "samhsa2023"),
            ("cdc-overdose-response",),
        ),
        learn_more="staying-safe.md#overdose-signs",
        source="cdc-overdose",
    ),
    "crisis": UrgentDetail(
        flag="crisis",
        title=N_("You do not have to face this alone. Talk to someone now."),
        actions=(
            N_("Call or text a crisis line now: 988 in the US."),
            N_("In the UK and Ireland, call Samaritans free on 116 123."),
            N_("If you are in danger right now, call your local emergency number."),
        ),
        learn_more="staying-safe.md#crisis-lines",
        source="hhs2019",
    ),
    "neurotoxicity": UrgentDetail(
        flag="neurotoxicity",
        title=N_("These signs need a doctor today."),
        actions=(
            N_("Get medical care today, from your doctor, urgent care or an "
            "emergency department."),
            N_("Tell them which opioid you take and how much."),
            N_("If there is a seizure, or the person cannot be woken, call your "
            "local emergency number."),
        ),
        learn_more="staying-safe.md#neurotoxicity",
        source="tompkins2011",
    ),
}
