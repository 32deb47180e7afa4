"""The question bank, as data.

The browser form, the answer validator and the contract document are all
generated from (or checked against) these tuples, so a question lives in one
place only. Ids are the stable contract vocabulary (see
docs/assessment-contract.md); prompts, labels and help text are ours to
improve and are written for patients (reading grade 8 or below).
"""

from __future__ import annotations

from dataclasses import dataclass

from .body_areas import BODY_AREAS

__all__ = [
    "Option",
    "Question",
    "Section",
    "SECTIONS",
    "QUESTIONS",
    "QUESTIONS_BY_ID",
    "SINGLE",
    "MULTI",
    "MEDICATIONS",
    "AREAS",
]

# The kinds of question. "multi" answers are lists of option ids
# ([] = "none of these"); "medications" answers are lists of
# {"opioid": id, "daily_dose": number}; "areas" answers are lists of body
# area ids (assessment.BODY_AREAS), each at most once, drawn as a body map.
SINGLE = "single"
MULTI = "multi"
MEDICATIONS = "medications"
AREAS = "areas"


@dataclass(frozen=True)
class Option:
    """One answer choice: a stable contract ``id`` and a plain-words ``label``."""

    id: str
    label: str


@dataclass(frozen=True)
class Question:
    """One question. ``options`` is empty for the ``medications`` kind."""

    id: str
    prompt: str
    kind: str
    options: tuple[Option, ...]
    section: str
    help: str = ""

    @property
    def option_ids(self) -> tuple[str, ...]:
        """The contract ids of the options, in display order."""
        return tuple(option.id for option in self.options)


@dataclass(frozen=True)
class Section:
    """A group of questions shown together (one fieldset group on the form)."""

    id: str
    title: str
    intro: str


def _options(*pairs: tuple[str, str]) -> tuple[Option, ...]:
    return tuple(Option(id, label) for id, label in pairs)


# The body map's options are its areas: the id is the area id, the label its name.
_AREA_OPTIONS = tuple(Option(area.id, area.label) for area in BODY_AREAS)

# Safety comes first so that someone in danger meets the emergency and crisis
# questions before anything else (the contract: urgent flags are never hidden).
SECTIONS: tuple[Section, ...] = (
    Section(
        id="safety",
        title="First, your safety",
        intro="These questions come first because some signs need help right away.",
    ),
    Section(
        id="medicines",
        title="Your opioid medicines",
        intro="Tell us how long you have taken opioids and how much you take now.",
    ),
    Section(
        id="pain",
        title="Your pain now",
        intro="Think about your pain over the last three months.",
    ),
    Section(
        id="dose_changes",
        title="When your dose changed",
        intro="How your pain responds to a change in dose is one of the best clues.",
    ),
    Section(
        id="other_causes",
        title="Other things that can change pain",
        intro="Pain can get worse for many reasons. These questions look for them.",
    ),
)


QUESTIONS: tuple[Question, ...] = (
    # --- safety -----------------------------------------------------------
    Question(
        id="overdose_signs",
        prompt="Right now, do you or the person you care for have any of these signs?",
        kind=MULTI,
        section="safety",
        help="These can be signs of too much opioid. Pick all that apply.",
        options=_options(
            ("hard_to_stay_awake", "Very hard to stay awake"),
            ("slow_or_shallow_breathing", "Slow or shallow breathing"),
            ("blue_or_grey_lips", "Blue or grey lips or fingertips"),
            ("pinpoint_pupils", "Very small, pinpoint pupils"),
            ("gurgling_or_choking", "Gurgling, choking or snoring sounds"),
            ("cannot_be_woken", "Cannot be woken up"),
        ),
    ),
    Question(
        id="neurotoxicity_signs",
        prompt="Lately, have you had any of these?",
        kind=MULTI,
        section="safety",
        help="These can mean the opioid is affecting the brain and nerves.",
        options=_options(
            ("muscle_jerks", "Sudden muscle jerks or twitches"),
            ("confusion", "Feeling confused or mixed up"),
            ("hallucinations", "Seeing or hearing things that are not there"),
            ("agitation", "Feeling very restless or upset"),
            ("seizure", "A seizure (fit)"),
        ),
    ),
    Question(
        id="self_harm_thoughts",
        prompt="Have you had thoughts of harming yourself?",
        kind=SINGLE,
        section="safety",
        help="Pain and dose changes can bring dark thoughts. You are not alone.",
        options=_options(
            ("yes", "Yes"),
            ("no", "No"),
            ("prefer_not_to_say", "I would rather not say"),
        ),
    ),
    # --- medicines and history ---------------------------------------------
    Question(
        id="duration",
        prompt="How long have you taken opioids every day or almost every day?",
        kind=SINGLE,
        section="medicines",
        options=_options(
            ("under_1_month", "Less than 1 month"),
            ("1_to_3_months", "1 to 3 months"),
            ("3_to_12_months", "3 to 12 months"),
            ("over_12_months", "More than 12 months"),
        ),
    ),
    Question(
        id="dose_trend",
        prompt="Over the last 3 to 6 months, how has your dose changed?",
        kind=SINGLE,
        section="medicines",
        options=_options(
            ("increased", "It went up"),
            ("stable", "It stayed the same"),
            ("decreased", "It went down"),
            ("unsure", "I am not sure"),
        ),
    ),
    Question(
        id="medications",
        prompt="Which opioids do you take now, and how much each day?",
        kind=MEDICATIONS,
        section="medicines",
        help="Use the label on the box. For a fentanyl patch, give the patch "
        "strength in mcg per hour.",
        options=(),
    ),
    # Contract v3. Asked for safety: the answer adds overdose-safety steps and
    # never changes the pattern, the scores or the urgent flags (overdose.py).
    Question(
        id="overdose_risks",
        prompt="Do any of these apply to you?",
        kind=MULTI,
        section="medicines",
        help="These can make an overdose more likely. Pick all that apply, or none "
        "of these. Your answer does not change the result. It adds safety steps.",
        options=_options(
            ("sedative_medicines", "I take benzodiazepines, like diazepam, or sleeping pills"),
            ("gabapentin_pregabalin", "I take gabapentin or pregabalin"),
            ("alcohol", "I drink alcohol"),
            ("sleep_apnoea_or_lung_disease", "Sleep apnoea, COPD or another breathing problem"),
            ("kidney_or_liver_disease", "Kidney or liver disease"),
            ("past_overdose", "I have had an overdose before"),
            ("non_prescribed_use", "I take opioids or pills that were not prescribed to me"),
        ),
    ),
    # --- pain ----------------------------------------------------------------
    Question(
        id="pain_trend",
        prompt="Over the last 3 months, how has your pain changed overall?",
        kind=SINGLE,
        section="pain",
        options=_options(
            ("worse", "It got worse"),
            ("same", "It stayed about the same"),
            ("better", "It got better"),
        ),
    ),
    Question(
        id="pain_timing",
        prompt="When is your pain at its worst?",
        kind=SINGLE,
        section="pain",
        options=_options(
            ("before_next_dose", "Just before my next dose is due"),
            ("soon_after_dose", "Soon after I take a dose"),
            ("constant", "It is the same all the time"),
            ("with_activity", "When I move or do more"),
            ("unsure", "I am not sure"),
        ),
    ),
    Question(
        id="pain_areas_first",
        prompt="Where did it hurt when your pain first began?",
        kind=AREAS,
        section="pain",
        help="Tap each place on the body, or tick it in the list. Skip this if "
        "you do not remember.",
        options=_AREA_OPTIONS,
    ),
    Question(
        id="pain_areas_now",
        prompt="Where does it hurt now?",
        kind=AREAS,
        section="pain",
        help="Tap each place on the body, or tick it in the list.",
        options=_AREA_OPTIONS,
    ),
    Question(
        id="pain_spread",
        prompt="Is your pain now in places beyond where it first started?",
        kind=SINGLE,
        section="pain",
        help="If you marked both body maps, the maps answer this for you.",
        options=_options(
            ("yes", "Yes, pain is in new places"),
            ("no", "No, it is in the same place"),
            ("unsure", "I am not sure"),
        ),
    ),
    Question(
        id="new_pain_quality",
        prompt="Do you have new kinds of pain, such as burning, electric or "
        "shooting pain, or pain that is hard to describe?",
        kind=SINGLE,
        section="pain",
        options=_options(
            ("yes", "Yes, the pain feels different now"),
            ("no", "No, it feels like it always has"),
            ("unsure", "I am not sure"),
        ),
    ),
    Question(
        id="allodynia",
        prompt="Do any of these hurt, even though they should not?",
        kind=MULTI,
        section="pain",
        help="Pick all that apply, or none of these.",
        options=_options(
            ("light_touch", "A light touch on the skin"),
            ("clothing_or_bedding", "Clothes or bed sheets on the skin"),
            ("mild_temperature", "Mild warmth or cool, like a shower"),
            ("gentle_pressure", "Gentle pressure, like a hug or a handshake"),
        ),
    ),
    # --- response to dose changes --------------------------------------------
    Question(
        id="after_increase",
        prompt="The last time your dose went up, what happened to your pain?",
        kind=SINGLE,
        section="dose_changes",
        options=_options(
            ("lasting_relief", "It got better and stayed better"),
            ("brief_relief_then_same", "It got better for a short time, then "
             "came back the same"),
            ("brief_relief_then_worse", "It got better for a short time, then "
             "got worse than before"),
            ("no_change", "Nothing changed"),
            ("worse", "It got worse"),
            ("not_applicable", "My dose has not gone up"),
        ),
    ),
    Question(
        id="after_decrease",
        prompt="If your dose went down in a planned way, how was your pain after "
        "the first few days?",
        kind=SINGLE,
        section="dose_changes",
        options=_options(
            ("improved", "My pain got better"),
            ("worse_with_withdrawal", "My pain got worse, with sweating, "
             "yawning or other withdrawal signs"),
            ("worse", "My pain got worse"),
            ("no_change", "Nothing changed"),
            ("not_applicable", "My dose has not gone down"),
        ),
    ),
    Question(
        id="withdrawal_signs",
        prompt="When a dose is late, do you notice any of these?",
        kind=MULTI,
        section="dose_changes",
        help="Pick all that apply, or none of these.",
        options=_options(
            ("sweating", "Sweating"),
            ("yawning", "Yawning a lot"),
            ("runny_nose_or_eyes", "Runny nose or watery eyes"),
            ("goosebumps", "Goosebumps"),
            ("stomach_upset", "Upset stomach or loose stools"),
            ("restlessness", "Feeling restless"),
            ("anxiety", "Feeling anxious or on edge"),
        ),
    ),
    # --- other explanations -------------------------------------------------
    Question(
        id="condition_change",
        prompt="How is the health problem that first caused your pain?",
        kind=SINGLE,
        section="other_causes",
        help="Also think about any new injury or new health problem.",
        options=_options(
            ("worse", "It has gotten worse"),
            ("new_problem", "I have a new injury or health problem"),
            ("stable", "It is about the same"),
            ("improved", "It has gotten better"),
            ("unsure", "I am not sure"),
        ),
    ),
    Question(
        id="activity_change",
        prompt="Lately, how active have you been?",
        kind=SINGLE,
        section="other_causes",
        help="For example a new job, more walking, or more care for others.",
        options=_options(
            ("more_active", "More active than before"),
            ("same", "About the same"),
            ("less_active", "Less active than before"),
        ),
    ),
    Question(
        id="sensitization_conditions",
        prompt="Has a doctor told you that you have any of these?",
        kind=MULTI,
        section="other_causes",
        help="These can make pain more sensitive on their own. Pick all that apply.",
        options=_options(
            ("fibromyalgia", "Fibromyalgia"),
            ("migraine", "Migraine"),
            ("irritable_bowel", "Irritable bowel syndrome (IBS)"),
            ("rheumatoid_arthritis", "Rheumatoid arthritis"),
            ("chronic_fatigue", "Chronic fatigue syndrome (ME/CFS)"),
            ("ptsd", "Post-traumatic stress disorder (PTSD)"),
        ),
    ),
)

QUESTIONS_BY_ID: dict[str, Question] = {q.id: q for q in QUESTIONS}
