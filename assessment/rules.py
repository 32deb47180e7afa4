"""The scoring rules, as data.

Each rule reads one question (compound rules also look at a second one),
adds ``weight`` to one pattern's evidence ("for") or takes it away
("against"), and carries the plain sentence shown to the patient, the source
it rests on and the page section that explains it. The site renders a table
of these rules, so ``condition`` is written for people.

How the weights were chosen (relative, not probabilities; no validated OIH
questionnaire exists, so these are reasoned, not fitted):

- 3: the response to a dose change, the most specific clue in every source
  (worse after an increase, Tompkins 2011 Table 1; brief relief then worse,
  and lasting relief after an increase, from the clinicians surveyed in
  Chen 2014; better after a planned reduction, and no change after one,
  Chen 2009 Table 4), withdrawal signs with a reduction (Rieb 2016), and a
  worse or new underlying problem, which has to be ruled out first (Chu
  2008, Silverman 2009). One of these alone can name a pattern (at "low"
  confidence; see decision.py).
- 2: the pain's character (spread, new quality, allodynia; Chen 2009
  Table 4, Chu 2008), more pain while the dose went up, brief relief then
  the same (tolerance), pain before the next dose (Angst 2003), withdrawal
  signs, pain worse after a reduction (Rieb 2016) and the OIH signs that
  come with it (Angst 2003), more activity (pseudotolerance), improvement
  (pain better overall, and pain better with a settled condition: OIH pain
  rises above the old level, Silverman 2009), use under a month (re-weighed
  from 3 in v3: OIH may be less common after short use but can occur,
  FDA 2023), and, against, pain worse after a reduction only (against OIH,
  Younger 2008) and withdrawal signs with pain no worse after a reduction
  (against withdrawal, Younger 2008). Two of these agreeing can name a
  pattern.
- 1: supporting context that is common to several patterns (3 months or more
  of use and 1-3 months, FDA 2023; 75 MME/day or more; constant pain;
  neurotoxicity signs; pain with activity; no change after an increase; and
  the tolerance "no" answers).
- Against OIH: a condition that already sensitises pain (2, Lee 2011: such
  conditions bring hyperalgesia and allodynia of their own), lasting relief
  after an increase (1), pain worse after a reduction and not after an
  increase (2).

Three kinds of rule are marked for the decision's gates (decision.py):
``oih_sign`` rules are the OIH-specific signs (spread, new quality,
allodynia, worse or brief relief then worse after an increase, better after
a planned reduction); "oih" and "mixed" need one of them, so general clues
(long use, high MME, constant pain, more pain while the dose rose) can
strengthen OIH but never name it. ``disease`` rules (a worse or new
underlying problem) put the condition first. ``excludes`` names the patterns
a rule rules out when it fires: ``worse-after-reduction-not-oih`` rules out
"oih" and "mixed", ``neurotoxicity-signs`` rules out "not_suggestive".
Sources are primary papers, guidelines and reviews, never lay articles; the
review log (docs/clinical-review/engine-v3.md) records where in each source
every rule was checked.

The OIH score is monotonic: every OIH feature only ever adds to "oih", and
the only rules against OIH fire on answers that are not OIH features (an
answer of "worse" after an increase lifts ``worse-after-reduction-not-oih``).
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from typing import Any

from ._i18n import N_, Translate, join_words, translator
from .body_map import BodyMap, same_place_reason, spread_reason
from .mme import CHEN_MME, MMEResult
from .questions import QUESTIONS_BY_ID

__all__ = ["Facts", "Rule", "RULES", "RULES_BY_ID", "FOR", "AGAINST"]

_english = translator("en")

FOR = "for"
AGAINST = "against"


@dataclass(frozen=True)
class Facts:
    """What the rules read: normalised answers plus the MME worked out from them.

    ``body_map`` carries the maps behind a derived ``pain_spread``, for the
    wording of the spread reasons only; the rules decide on ``pain_spread``.
    """

    answers: Mapping[str, Any]
    mme: MMEResult | None = None
    body_map: BodyMap | None = None

    def get(self, question_id: str) -> Any:
        """The normalised answer, or None when the question was not answered."""
        return self.answers.get(question_id)


@dataclass(frozen=True)
class Rule:
    """One scoring rule.

    A rule fires when its declarative ``answers`` match (the single answer is
    one of them, or any chosen option of a list question is one of them) and
    its ``when`` predicate, if any, holds on the :class:`Facts`. ``detail``,
    if given, personalises the patient sentence (for example with the MME
    number); ``text`` stays the general sentence for the rules table.
    """

    id: str
    question: str
    condition: str
    supports: str
    effect: str
    weight: float
    text: str
    source: str
    learn_more: str
    answers: tuple[str, ...] = ()
    when: Callable[[Facts], bool] | None = field(default=None, compare=False, repr=False)
    detail: Callable[[Facts, Translate], str] | None = field(default=None, compare=False, repr=False)
    # The other questions ``when`` reads, so callers that change one answer
    # (assessment.sharpen) know which rules to look at again.
    also_reads: tuple[str, ...] = ()
    # An OIH-specific sign: "oih" and "mixed" need at least one to fire.
    oih_sign: bool = False
    # A worse or new underlying problem: checked first (disease first).
    disease: bool = False
    # Patterns this rule rules out when it fires, whatever the scores
    # (decision.py): pain worse after a reduction, and not after an increase,
    # rules out "oih" and "mixed"; a neurotoxicity sign rules out
    # "not_suggestive".
    excludes: tuple[str, ...] = ()

    @property
    def reads(self) -> tuple[str, ...]:
        """Every question this rule looks at."""
        return (self.question, *self.also_reads)

    def fires(self, facts: Facts) -> bool:
        """True if this rule applies to ``facts``."""
        if self.answers:
            value = facts.get(self.question)
            if value is None:
                return False
            if isinstance(value, tuple):
                if not any(option in self.answers for option in value):
                    return False
            elif value not in self.answers:
                return False
        return self.when(facts) if self.when is not None else True

    def answer_text(self, facts: Facts) -> str:
        """The answer that made the rule fire, as shown in a reason."""
        if self.question == "medications":
            total = facts.mme.total if facts.mme is not None else 0.0
            return f"{total:g} MME/day"
        value = facts.get(self.question)
        if isinstance(value, tuple):
            shown = [v for v in value if not self.answers or v in self.answers]
            return ", ".join(shown) if shown else "none"
        return "" if value is None else str(value)

    def reason_text(self, facts: Facts, translate: Translate = _english) -> str:
        """The sentence shown to the patient for this rule, in ``translate``'s language."""
        return self.detail(facts, translate) if self.detail is not None else translate(self.text)


def _all_options(question_id: str) -> tuple[str, ...]:
    return QUESTIONS_BY_ID[question_id].option_ids


def _is(question_id: str, *values: str) -> Callable[[Facts], bool]:
    return lambda facts: facts.get(question_id) in values


def _both(*tests: Callable[[Facts], bool]) -> Callable[[Facts], bool]:
    return lambda facts: all(test(facts) for test in tests)


def _mme_at_least(threshold: float) -> Callable[[Facts], bool]:
    return lambda facts: facts.mme is not None and facts.mme.total >= threshold


_MME_DETAIL = (
    N_("Your opioids add up to about {total} MME a day. OIH may be more common at "
    "higher doses, and one group of pain doctors lists 75 or more as a clue.")
)


def _mme_detail(facts: Facts, translate: Translate) -> str:
    total = facts.mme.total if facts.mme is not None else 0.0
    return translate(_MME_DETAIL).format(total=f"{total:g}")


# How each condition is named in a reason (lower case mid-sentence, but
# abbreviations keep their capitals). A test checks every option has a name.
_CONDITION_NAMES = {
    "fibromyalgia": N_("fibromyalgia"),
    "migraine": N_("migraine"),
    "irritable_bowel": N_("irritable bowel syndrome (IBS)"),
    "rheumatoid_arthritis": N_("rheumatoid arthritis"),
    "chronic_fatigue": N_("chronic fatigue syndrome (ME/CFS)"),
    "ptsd": N_("PTSD"),
}


_SENSITIZATION_DETAIL_ONE = N_(
    "You have {conditions}, which can make pain more sensitive on its own. "
    "So signs like spreading pain may not come from opioids."
)
_SENSITIZATION_DETAIL_MANY = N_(
    "You have {conditions}, which can make pain more sensitive on their own. "
    "So signs like spreading pain may not come from opioids."
)


def _sensitization_detail(facts: Facts, translate: Translate) -> str:
    names = [translate(_CONDITION_NAMES[c]) for c in facts.get("sensitization_conditions") or ()]
    template = _SENSITIZATION_DETAIL_ONE if len(names) == 1 else _SENSITIZATION_DETAIL_MANY
    return translate(template).format(conditions=join_words(names, translate))


# How each withdrawal sign is named mid-sentence (a test checks every option).
WITHDRAWAL_SIGN_NAMES = {
    "sweating": N_("sweating"),
    "yawning": N_("yawning"),
    "runny_nose_or_eyes": N_("a runny nose or watery eyes"),
    "goosebumps": N_("goosebumps"),
    "stomach_upset": N_("an upset stomach"),
    "restlessness": N_("restlessness"),
    "anxiety": N_("anxiety"),
}


def withdrawal_sign_names(facts_or_answers: Any, translate: Translate = _english) -> str:
    """The withdrawal signs given, named in plain words and joined ("sweating and yawning")."""
    signs = facts_or_answers.get("withdrawal_signs") or ()
    return join_words([translate(WITHDRAWAL_SIGN_NAMES[sign]) for sign in signs], translate)


# --- the direction of a dose change (contract v3, issue 22) -------------------
# After a reduction, pain can get worse for a while because of withdrawal:
# volunteers' hyperalgesia spread once a short remifentanil infusion stopped
# (Angst 2003), patients' cold pain tolerance fell as their opioids were
# withdrawn (Younger 2008), and healed injury sites can hurt again for about
# two weeks (Rieb 2016). OIH is expected to do the opposite and ease when the
# dose comes down (Chen 2009, Table 4). So pain worse after a reduction points
# away from OIH, unless the pain also got worse after an increase.
WORSE_AFTER_DECREASE = ("worse", "worse_with_withdrawal")
WORSE_AFTER_INCREASE = ("worse", "brief_relief_then_worse")
NO_WORSE_AFTER_DECREASE = ("improved", "no_change")


def worse_after_reduction_only(facts: Facts) -> bool:
    """Pain worse after a reduction, and not worse after an increase."""
    return (facts.get("after_decrease") in WORSE_AFTER_DECREASE
            and facts.get("after_increase") not in WORSE_AFTER_INCREASE)


def _has_pain_sign(facts: Facts) -> bool:
    # The OIH pain-character signs: spread, a new kind of pain, allodynia.
    return (
        facts.get("pain_spread") == "yes"
        or facts.get("new_pain_quality") == "yes"
        or bool(facts.get("allodynia"))
    )


def _signs_after_reduction(facts: Facts) -> bool:
    return worse_after_reduction_only(facts) and _has_pain_sign(facts)


def _withdrawal_signs_given(facts: Facts) -> bool:
    return bool(facts.get("withdrawal_signs"))


_NO_WORSE_DETAIL = (
    N_("You notice {signs} when a dose is late, but your pain did not get worse "
    "when your dose went down. So these signs do not seem to be what drives "
    "your pain.")
)


def _no_worse_detail(facts: Facts, translate: Translate) -> str:
    return translate(_NO_WORSE_DETAIL).format(signs=withdrawal_sign_names(facts, translate))


def _rising_dose_no_progression(facts: Facts) -> bool:
    # Pain that rose with the dose only hints at OIH when the underlying
    # problem did not get worse or change (Chu 2008, Silverman 2009).
    return facts.get("dose_trend") == "increased" and facts.get("condition_change") not in (
        "worse", "new_problem")


_SPREAD_TEXT = N_("Your pain has spread to places beyond the first problem.")
_SAME_PLACE_TEXT = N_("Your pain is still in the same place as before.")


def _spread_detail(facts: Facts, translate: Translate) -> str:
    return spread_reason(facts.body_map, translate) or translate(_SPREAD_TEXT)


def _same_place_detail(facts: Facts, translate: Translate) -> str:
    return same_place_reason(facts.body_map, translate) or translate(_SAME_PLACE_TEXT)


def _no_oih_signs(facts: Facts) -> bool:
    return bool(
        facts.get("pain_spread") == "no"
        and facts.get("new_pain_quality") == "no"
        and facts.get("allodynia") == ()
    )


RULES: tuple[Rule, ...] = (
    # --- response to a dose increase --------------------------------------
    Rule(
        id="after-increase-worse",
        question="after_increase",
        condition="after_increase is worse",
        supports="oih", effect=FOR, oih_sign=True, weight=3,
        text=N_("Your pain got worse after your dose went up."),
        source="tompkins2011",
        learn_more="warning-signs.md#more-medicine-more-pain",
        answers=("worse",),
    ),
    Rule(
        id="after-increase-brief-then-worse",
        question="after_increase",
        condition="after_increase is brief_relief_then_worse",
        supports="oih", effect=FOR, oih_sign=True, weight=3,
        text=N_("After your dose went up, your pain eased for a short time and then "
        "got worse than before."),
        source="chen2014",
        learn_more="warning-signs.md#more-medicine-more-pain",
        answers=("brief_relief_then_worse",),
    ),
    Rule(
        id="after-increase-brief-relief",
        question="after_increase",
        condition="after_increase is brief_relief_then_worse",
        supports="tolerance", effect=FOR, weight=1,
        text=N_("Short relief after a higher dose can also be a sign of tolerance. "
        "Both can happen at once."),
        source="chen2014",
        learn_more="oih-or-tolerance.md#when-both-happen",
        answers=("brief_relief_then_worse",),
    ),
    Rule(
        id="after-increase-no-change",
        question="after_increase",
        condition="after_increase is no_change",
        supports="oih", effect=FOR, weight=1,
        text=N_("A higher dose did not help your pain."),
        source="chen2009",
        learn_more="students/diagnosis-and-qst.md#chen-clinical-factors",
        answers=("no_change",),
    ),
    Rule(
        id="after-increase-lasting-relief",
        question="after_increase",
        condition="after_increase is lasting_relief",
        supports="tolerance", effect=FOR, weight=3,
        text=N_("Your pain got better and stayed better after your dose went up."),
        source="chen2014",
        learn_more="oih-or-tolerance.md#what-tolerance-looks-like",
        answers=("lasting_relief",),
    ),
    Rule(
        id="after-increase-lasting-relief-not-oih",
        question="after_increase",
        condition="after_increase is lasting_relief",
        supports="oih", effect=AGAINST, weight=1,
        text=N_("Lasting relief from a higher dose is not what OIH usually looks like."),
        source="chen2009",
        learn_more="oih-or-tolerance.md#what-oih-looks-like",
        answers=("lasting_relief",),
    ),
    Rule(
        id="after-increase-brief-then-same",
        question="after_increase",
        condition="after_increase is brief_relief_then_same",
        supports="tolerance", effect=FOR, weight=2,
        text=N_("After your dose went up, your pain eased for a while and then came "
        "back the same."),
        source="chen2014",
        learn_more="oih-or-tolerance.md#what-tolerance-looks-like",
        answers=("brief_relief_then_same",),
    ),
    # --- response to a planned reduction ------------------------------------
    Rule(
        id="after-decrease-improved",
        question="after_decrease",
        condition="after_decrease is improved",
        supports="oih", effect=FOR, oih_sign=True, weight=3,
        text=N_("Your pain got better after a planned, lower dose."),
        source="chen2009",
        learn_more="oih-or-tolerance.md#what-oih-looks-like",
        answers=("improved",),
    ),
    Rule(
        id="after-decrease-withdrawal",
        question="after_decrease",
        condition="after_decrease is worse_with_withdrawal",
        supports="withdrawal", effect=FOR, weight=3,
        text=N_("Your pain got worse, along with signs of withdrawal, after your dose "
        "went down."),
        source="rieb2016",
        learn_more="students/differential-diagnosis.md#withdrawal-associated-pain",
        answers=("worse_with_withdrawal",),
    ),
    Rule(
        id="after-decrease-worse",
        question="after_decrease",
        condition="after_decrease is worse",
        supports="withdrawal", effect=FOR, weight=2,
        text=N_("Your pain got worse after your dose went down. Pain can flare for a "
        "while as the body adjusts, often for about two weeks."),
        source="rieb2016",
        learn_more="staying-safe.md#withdrawal",
        answers=("worse",),
    ),
    Rule(
        id="worse-after-reduction-not-oih",
        question="after_decrease",
        condition="after_decrease is worse or worse_with_withdrawal and after_increase "
        "is not worse or brief_relief_then_worse",
        supports="oih", effect=AGAINST, weight=2, excludes=("oih", "mixed"),
        text=N_("Pain can get worse for a while after a lower dose because of "
        "withdrawal. OIH pain is expected to ease instead, so this points away "
        "from OIH."),
        source="younger2008",
        learn_more="students/differential-diagnosis.md#withdrawal-associated-pain",
        answers=WORSE_AFTER_DECREASE,
        when=worse_after_reduction_only,
        also_reads=("after_increase",),
    ),
    Rule(
        id="signs-after-reduction",
        question="after_decrease",
        condition="after_decrease is worse or worse_with_withdrawal, after_increase is "
        "not worse or brief_relief_then_worse, and pain_spread is yes, "
        "new_pain_quality is yes or allodynia has any option",
        supports="withdrawal", effect=FOR, weight=2,
        text=N_("Pain that spreads, feels new or hurts to the touch can come with "
        "withdrawal after a lower dose. Here these signs point to withdrawal, "
        "not to OIH."),
        source="angst2003",
        learn_more="students/differential-diagnosis.md#withdrawal-associated-pain",
        answers=WORSE_AFTER_DECREASE,
        when=_signs_after_reduction,
        also_reads=("after_increase", "pain_spread", "new_pain_quality", "allodynia"),
    ),
    Rule(
        id="no-worse-after-reduction",
        question="after_decrease",
        condition="after_decrease is improved or no_change and withdrawal_signs has any "
        "option",
        supports="withdrawal", effect=AGAINST, weight=2,
        text=N_("You have withdrawal signs when a dose is late, but your pain did not "
        "get worse when your dose went down. So these signs do not seem to be "
        "what drives your pain."),
        source="younger2008",
        learn_more="staying-safe.md#withdrawal",
        answers=NO_WORSE_AFTER_DECREASE,
        when=_withdrawal_signs_given,
        also_reads=("withdrawal_signs",),
        detail=_no_worse_detail,
    ),
    # --- the pain itself --------------------------------------------------------
    Rule(
        id="pain-spread",
        question="pain_spread",
        condition="pain_spread is yes",
        supports="oih", effect=FOR, oih_sign=True, weight=2,
        text=_SPREAD_TEXT,
        source="chen2009",
        learn_more="warning-signs.md#pain-that-spreads",
        answers=("yes",),
        detail=_spread_detail,
    ),
    Rule(
        id="pain-same-place",
        question="pain_spread",
        condition="pain_spread is no",
        supports="tolerance", effect=FOR, weight=1,
        text=_SAME_PLACE_TEXT,
        source="silverman2009",
        learn_more="oih-or-tolerance.md#what-tolerance-looks-like",
        answers=("no",),
        detail=_same_place_detail,
    ),
    Rule(
        id="new-pain-quality",
        question="new_pain_quality",
        condition="new_pain_quality is yes",
        supports="oih", effect=FOR, oih_sign=True, weight=2,
        text=N_("You have new kinds of pain, like burning, electric or shooting pain."),
        source="chen2009",
        learn_more="warning-signs.md#new-kinds-of-pain",
        answers=("yes",),
    ),
    Rule(
        id="same-pain-quality",
        question="new_pain_quality",
        condition="new_pain_quality is no",
        supports="tolerance", effect=FOR, weight=1,
        text=N_("Your pain feels the same kind as it did before."),
        source="silverman2009",
        learn_more="oih-or-tolerance.md#what-tolerance-looks-like",
        answers=("no",),
    ),
    Rule(
        id="allodynia",
        question="allodynia",
        condition="allodynia has any option",
        supports="oih", effect=FOR, oih_sign=True, weight=2,
        text=N_("Things that should not hurt, like a light touch, now cause pain."),
        source="chu2008",
        learn_more="warning-signs.md#touch-that-hurts",
        answers=_all_options("allodynia"),
    ),
    Rule(
        id="constant-pain",
        question="pain_timing",
        condition="pain_timing is constant",
        supports="oih", effect=FOR, weight=1,
        text=N_("Your pain is there all the time, not only when a dose is due."),
        source="chen2009",
        learn_more="oih-or-tolerance.md#what-oih-looks-like",
        answers=("constant",),
    ),
    Rule(
        id="more-medicine-more-pain",
        question="pain_trend",
        condition="pain_trend is worse, dose_trend is increased and condition_change is not worse or new_problem",
        supports="oih", effect=FOR, weight=2,
        text=N_("Your pain got worse over the same months that your dose went up."),
        source="chu2008",
        learn_more="warning-signs.md#more-medicine-more-pain",
        answers=("worse",),
        when=_rising_dose_no_progression,
        also_reads=("dose_trend", "condition_change"),
    ),
    Rule(
        id="worse-without-progression",
        question="pain_trend",
        condition="pain_trend is worse and condition_change is stable or improved",
        supports="oih", effect=FOR, weight=1,
        text=N_("Your pain got worse even though the problem that first caused it "
        "did not."),
        source="chu2008",
        learn_more="students/diagnosis-and-qst.md#rule-of-suspicion",
        answers=("worse",),
        when=_is("condition_change", "stable", "improved"),
        also_reads=("condition_change",),
    ),
    Rule(
        id="long-term-use",
        question="duration",
        condition="duration is 3_to_12_months or over_12_months",
        supports="oih", effect=FOR, weight=1,
        text=N_("You have taken opioids for 3 months or more. OIH may be more common "
        "after longer use."),
        source="fda2023",
        learn_more="what-is-oih.md#who-gets-oih",
        answers=("3_to_12_months", "over_12_months"),
    ),
    Rule(
        id="high-mme",
        question="medications",
        condition=f"total MME is {CHEN_MME:g} a day or more",
        supports="oih", effect=FOR, weight=1,
        text=N_("Your opioids add up to 75 MME a day or more. OIH may be more common at "
        "higher doses, and one group of pain doctors lists 75 or more as a clue."),
        source="chen2009",
        learn_more="students/diagnosis-and-qst.md#chen-clinical-factors",
        when=_mme_at_least(CHEN_MME),
        detail=_mme_detail,
    ),
    Rule(
        id="neurotoxicity-signs",
        question="neurotoxicity_signs",
        condition="neurotoxicity_signs has any option",
        supports="oih", effect=FOR, weight=1, excludes=("not_suggestive",),
        text=N_("Muscle jerks, confusion and similar signs can come with OIH, even "
        "after short use. So this check will not say that nothing points to OIH."),
        source="tompkins2011",
        learn_more="staying-safe.md#neurotoxicity",
        answers=_all_options("neurotoxicity_signs"),
    ),
    Rule(
        id="sensitizing-condition",
        question="sensitization_conditions",
        condition="sensitization_conditions has any option",
        supports="oih", effect=AGAINST, weight=2,
        text=N_("You have a condition that can make pain more sensitive on its own. "
        "So signs like spreading pain may not come from opioids."),
        source="lee2011",
        learn_more="warning-signs.md#other-conditions-that-sensitise-pain",
        answers=_all_options("sensitization_conditions"),
        detail=_sensitization_detail,
    ),
    # --- tolerance ----------------------------------------------------------------
    Rule(
        id="dose-up-pain-steady",
        question="dose_trend",
        condition="dose_trend is increased and pain_trend is same or better",
        supports="tolerance", effect=FOR, weight=1,
        text=N_("Your dose went up and your pain stayed steady or got better."),
        source="chen2014",
        learn_more="students/differential-diagnosis.md#tolerance",
        answers=("increased",),
        when=_is("pain_trend", "same", "better"),
        also_reads=("pain_trend",),
    ),
    # --- withdrawal ---------------------------------------------------------------
    Rule(
        id="pain-before-next-dose",
        question="pain_timing",
        condition="pain_timing is before_next_dose",
        supports="withdrawal", effect=FOR, weight=2,
        text=N_("Your pain is worst just before your next dose is due."),
        source="angst2003",
        learn_more="tolerance-dependence-addiction.md#dependence-and-withdrawal",
        answers=("before_next_dose",),
    ),
    Rule(
        id="withdrawal-signs",
        question="withdrawal_signs",
        condition="withdrawal_signs has any option",
        supports="withdrawal", effect=FOR, weight=2,
        text=N_("You get signs of withdrawal, like sweating or yawning, when a dose "
        "is late."),
        source="rieb2016",
        learn_more="staying-safe.md#withdrawal",
        answers=_all_options("withdrawal_signs"),
    ),
    # --- other causes ---------------------------------------------------------------
    Rule(
        id="condition-worse",
        question="condition_change",
        condition="condition_change is worse",
        supports="other_cause", effect=FOR, disease=True, weight=3,
        text=N_("The problem that first caused your pain has gotten worse."),
        source="chu2008",
        learn_more="students/differential-diagnosis.md#disease-progression",
        answers=("worse",),
    ),
    Rule(
        id="new-problem",
        question="condition_change",
        condition="condition_change is new_problem",
        supports="other_cause", effect=FOR, disease=True, weight=3,
        text=N_("You have a new injury or health problem that could cause pain."),
        source="chu2008",
        learn_more="students/differential-diagnosis.md#disease-progression",
        answers=("new_problem",),
    ),
    Rule(
        id="more-active",
        question="activity_change",
        condition="activity_change is more_active",
        supports="other_cause", effect=FOR, weight=2,
        text=N_("You have been more active lately, and doing more can bring more pain."),
        source="silverman2009",
        learn_more="students/differential-diagnosis.md#pseudotolerance",
        answers=("more_active",),
    ),
    Rule(
        id="pain-with-activity",
        question="pain_timing",
        condition="pain_timing is with_activity",
        supports="other_cause", effect=FOR, weight=1,
        text=N_("Your pain is worst when you move or do more."),
        source="silverman2009",
        learn_more="students/differential-diagnosis.md#pseudotolerance",
        answers=("with_activity",),
    ),
    # --- not suggestive ---------------------------------------------------------------
    Rule(
        id="short-term-use",
        question="duration",
        condition="duration is under_1_month",
        supports="not_suggestive", effect=FOR, weight=2,
        text=N_("You have taken opioids for less than a month. OIH may be less common "
        "after short use, but it can still happen."),
        source="fda2023",
        learn_more="what-is-oih.md#who-gets-oih",
        answers=("under_1_month",),
    ),
    Rule(
        id="fairly-short-use",
        question="duration",
        condition="duration is 1_to_3_months",
        supports="not_suggestive", effect=FOR, weight=1,
        text=N_("You have taken opioids for less than 3 months. OIH may be more common "
        "after longer use."),
        source="fda2023",
        learn_more="what-is-oih.md#who-gets-oih",
        answers=("1_to_3_months",),
    ),
    Rule(
        id="pain-better",
        question="pain_trend",
        condition="pain_trend is better",
        supports="not_suggestive", effect=FOR, weight=2,
        text=N_("Your pain has gotten better over the last 3 months."),
        source="chu2008",
        learn_more="oih-or-tolerance.md#what-oih-looks-like",
        answers=("better",),
    ),
    Rule(
        id="no-oih-signs",
        question="pain_spread",
        condition="pain_spread is no, new_pain_quality is no and allodynia is none",
        supports="not_suggestive", effect=FOR, weight=2,
        text=N_("You have none of the main signs of OIH: no spreading pain, no new "
        "kinds of pain, and no touch that hurts."),
        source="chen2009",
        learn_more="warning-signs.md#pain-that-spreads",
        when=_no_oih_signs,
        also_reads=("new_pain_quality", "allodynia"),
    ),
    Rule(
        id="better-condition-settled",
        question="pain_trend",
        condition="pain_trend is better and condition_change is stable or improved",
        supports="not_suggestive", effect=FOR, weight=2,
        text=N_("Your pain is better, and the problem that first caused it is steady "
        "or better too."),
        source="silverman2009",
        learn_more="oih-or-tolerance.md#what-oih-looks-like",
        answers=("better",),
        when=_is("condition_change", "stable", "improved"),
        also_reads=("condition_change",),
    ),
    Rule(
        id="steady-pain-steady-dose",
        question="pain_trend",
        condition="pain_trend is same and dose_trend is stable",
        supports="not_suggestive", effect=FOR, weight=1,
        text=N_("Your pain and your dose have both stayed steady."),
        source="silverman2009",
        learn_more="oih-or-tolerance.md#what-oih-looks-like",
        answers=("same",),
        when=_is("dose_trend", "stable"),
        also_reads=("dose_trend",),
    ),
    Rule(
        id="decrease-no-change",
        question="after_decrease",
        condition="after_decrease is no_change",
        supports="not_suggestive", effect=FOR, weight=3,
        text=N_("A planned, lower dose did not change your pain. OIH pain tends to "
        "ease when the dose goes down."),
        source="chen2009",
        learn_more="oih-or-tolerance.md#what-oih-looks-like",
        answers=("no_change",),
    ),
)

RULES_BY_ID: dict[str, Rule] = {rule.id: rule for rule in RULES}
