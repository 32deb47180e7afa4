"""The question bank, as data.

The browser form, the answer validator and the contract document are all
generated from (or checked against) these tuples, so a question lives in one
place only. Ids are the stable contract vocabulary (see
docs/assessment-contract.md); prompts, labels and help text are ours to
improve and are written for patients (reading grade 8 or below).
"""

from __future__ import annotations

from dataclasses import dataclass

from ._i18n import N_
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
        title=N_("First, your safety"),
        intro=N_("These questions come first because some signs need help right away."),
    ),
    Section(
        id="medicines",
        title=N_("Your opioid medicines"),
        intro=N_("Tell us how long you have taken opioids and how much you take now."),
    ),
    Section(
        id="pain",
        title=N_("Your pain now"),
        intro=N_("Think about your pain over the last three months."),
    ),
    Section(
        id="dose_changes",
        title=N_("When your dose changed"),
        intro=N_("How your pain responds to a change in dose is one of the best clues."),
    ),
    Section(
        id="other_causes",
        title=N_("Other things that can change pain"),
        intro=N_("Pain can get worse for many reasons. These questions look for them."),
    ),
)


QUESTIONS: tuple[Question, ...] = (
    # --- safety -----------------------------------------------------------
    Question(
        id="overdose_signs",
        prompt=N_("Right now, do you or the person you care for have any of these signs?"),
        kind=MULTI,
        section="safety",
        help=N_("These can be signs of too much opioid. Pick all that apply."),
        options=_options(
            ("hard_to_stay_awake", N_("Very hard to stay awake")),
            ("slow_or_shallow_breathing", N_("Slow or shallow breathing")),
            ("blue_or_grey_lips", N_("Blue or grey lips or fingertips")),
            ("pinpoint_pupils", N_("Very small, pinpoint pupils")),
            ("gurgling_or_choking", N_("Gurgling, choking or snoring sounds")),
            ("cannot_be_woken", N_("Cannot be woken up")),
        ),
    ),
    Question(
        id="neurotoxicity_signs",
        prompt=N_("Lately, have you had any of these?"),
        kind=MULTI,
        section="safety",
        help=N_("These can mean the opioid is affecting the brain and nerves."),
        options=_options(
            ("muscle_jerks", N_("Sudden muscle jerks or twitches")),
            ("confusion", N_("Feeling confused or mixed up")),
            ("hallucinations", N_("Seeing or hearing things that are not there")),
            ("agitation", N_("Feeling very restless or upset")),
            ("seizure", N_("A seizure (fit)")),
        ),
    ),
    Question(
        id="self_harm_thoughts",
        prompt=N_("Have you had thoughts of harming yourself?"),
        kind=SINGLE,
        section="safety",
        help=N_("Pain and dose changes can bring dark thoughts. You are not alone."),
        options=_options(
            ("yes", N_("Yes")),
            ("no", N_("No")),
            ("prefer_not_to_say", N_("I would rather not say")),
        ),
    ),
    # --- medicines and history ---------------------------------------------
    Question(
        id="duration",
        prompt=N_("How long have you taken opioids every day or almost every day?"),
        kind=SINGLE,
        section="medicines",
        options=_options(
            ("under_1_month", N_("Less than 1 month")),
            ("1_to_3_months", N_("1 to 3 months")),
            ("3_to_12_months", N_("3 to 12 months")),
            ("over_12_months", N_("More than 12 months")),
        ),
    ),
    Question(
        id="dose_trend",
        prompt=N_("Over the last 3 to 6 months, how has your dose changed?"),
        kind=SINGLE,
        section="medicines",
        options=_options(
            ("increased", N_("It went up")),
            ("stable", N_("It stayed the same")),
            ("decreased", N_("It went down")),
            ("unsure", N_("I am not sure")),
        ),
    ),
    Question(
        id="medications",
        prompt=N_("Which opioids do you take now, and how much each day?"),
        kind=MEDICATIONS,
        section="medicines",
        help=N_("Use the label on the box. For a fentanyl patch, give the patch "
        "strength in mcg per hour."),
        options=(),
    ),
    # Contract v3. Asked for safety: the answer adds overdose-safety steps and
    # never changes the pattern, the scores or the urgent flags (overdose.py).
    Question(
        id="overdose_risks",
        prompt=N_("Do any of these apply to you?"),
        kind=MULTI,
        section="medicines",
        help=N_("These can make an overdose more likely. Pick all that apply, or none "
        "of these. Your answer does not change the result. It adds safety steps."),
        options=_options(
            ("sedative_medicines", N_("I take benzodiazepines, like diazepam, or sleeping pills")),
            ("gabapentin_pregabalin", N_("I take gabapentin or pregabalin")),
            ("alcohol", N_("I drink alcohol")),
            ("sleep_apnoea_or_lung_disease", N_("Sleep apnoea, COPD or another breathing problem")),
            ("kidney_or_liver_disease", N_("Kidney or liver disease")),
            ("past_overdose", N_("I have had an overdose before")),
            ("non_prescribed_use", N_("I take opioids or pills that were not prescribed to me")),
        ),
    ),
    # --- pain ----------------------------------------------------------------
    Question(
        id="pain_trend",
        prompt=N_("Over the last 3 months, how has your pain changed overall?"),
        kind=SINGLE,
        section="pain",
        options=_options(
            ("worse", N_("It got worse")),
            ("same", N_("It stayed about the same")),
            ("better", N_("It got better")),
        ),
    ),
    Question(
        id="pain_timing",
        prompt=N_("When is your pain at its worst?"),
        kind=SINGLE,
        section="pain",
        options=_options(
            ("before_next_dose", N_("Just before my next dose is due")),
            ("soon_after_dose", N_("Soon after I take a dose")),
            ("constant", N_("It is the same all the time")),
            ("with_activity", N_("When I move or do more")),
            ("unsure", N_("I am not sure")),
        ),
    ),
    Question(
        id="pain_areas_first",
        prompt=N_("Where did it hurt when your pain first began?"),
        kind=AREAS,
        section="pain",
        help=N_("Tap each place on the body, or tick it in the list. Skip this if "
        "you do not remember."),
        options=_AREA_OPTIONS,
    ),
    Question(
        id="pain_areas_now",
        prompt=N_("Where does it hurt now?"),
        kind=AREAS,
        section="pain",
        help=N_("Tap each place on the body, or tick it in the list."),
        options=_AREA_OPTIONS,
    ),
    Question(
        id="pain_spread",
        prompt=N_("Is your pain now in places beyond where it first started?"),
        kind=SINGLE,
        section="pain",
        help=N_("If you marked both body maps, the maps answer this for you."),
        options=_options(
            ("yes", N_("Yes, pain is in new places")),
            ("no", N_("No, it is in the same place")),
            ("unsure", N_("I am not sure")),
        ),
    ),
    Question(
        id="new_pain_quality",
        prompt=N_("Do you have new kinds of pain, such as burning, electric or "
        "shooting pain, or pain that is hard to describe?"),
        kind=SINGLE,
        section="pain",
        options=_options(
            ("yes", N_("Yes, the pain feels different now")),
            ("no", N_("No, it feels like it always has")),
            ("unsure", N_("I am not sure")),
        ),
    ),
    Question(
        id="allodynia",
        prompt=N_("Do any of these hurt, even though they should not?"),
        kind=MULTI,
        section="pain",
        help=N_("Pick all that apply, or none of these."),
        options=_options(
            ("light_touch", N_("A light touch on the skin")),
            ("clothing_or_bedding", N_("Clothes or bed sheets on the skin")),
            ("mild_temperature", N_("Mild warmth or cool, like a shower")),
            ("gentle_pressure", N_("Gentle pressure, like a hug or a handshake")),
        ),
    ),
    # --- response to dose changes --------------------------------------------
    Question(
        id="after_increase",
        prompt=N_("The last time your dose went up, what happened to your pain?"),
        kind=SINGLE,
        section="dose_changes",
        options=_options(
            ("lasting_relief", N_("It got better and stayed better")),
            ("brief_relief_then_same", N_("It got better for a short time, then "
             "came back the same")),
            ("brief_relief_then_worse", N_("It got better for a short time, then "
             "got worse than before")),
            ("no_change", N_("Nothing changed")),
            ("worse", N_("It got worse")),
            ("not_applicable", N_("My dose has not gone up")),
        ),
    ),
    Question(
        id="after_decrease",
        prompt=N_("If your dose went down in a planned way, how was your pain after "
        "the first few days?"),
        kind=SINGLE,
        section="dose_changes",
        options=_options(
            ("improved", N_("My pain got better")),
            ("worse_with_withdrawal", N_("My pain got worse, with sweating, "
             "yawning or other withdrawal signs")),
            ("worse", N_("My pain got worse")),
            ("no_change", N_("Nothing changed")),
            ("not_applicable", N_("My dose has not gone down")),
        ),
    ),
    Question(
        id="withdrawal_signs",
        prompt=N_("When a dose is late, do you notice any of these?"),
        kind=MULTI,
        section="dose_changes",
        help=N_("Pick all that apply, or none of these."),
        options=_options(
            ("sweating", N_("Sweating")),
            ("yawning", N_("Yawning a lot")),
            ("runny_nose_or_eyes", N_("Runny nose or watery eyes")),
            ("goosebumps", N_("Goosebumps")),
            ("stomach_upset", N_("Upset stomach or loose stools")),
            ("restlessness", N_("Feeling restless")),
            ("anxiety", N_("Feeling anxious or on edge")),
        ),
    ),
    # --- other explanations -------------------------------------------------
    Question(
        id="condition_change",
        prompt=N_("How is the health problem that first caused your pain?"),
        kind=SINGLE,
        section="other_causes",
        help=N_("Also think about any new injury or new health problem."),
        options=_options(
            ("worse", N_("It has gotten worse")),
            ("new_problem", N_("I have a new injury or health problem")),
            ("stable", N_("It is about the same")),
            ("improved", N_("It has gotten better")),
            ("unsure", N_("I am not sure")),
        ),
    ),
    Question(
        id="activity_change",
        prompt=N_("Lately, how active have you been?"),
        kind=SINGLE,
        section="other_causes",
        help=N_("For example a new job, more walking, or more care for others."),
        options=_options(
            ("more_active", N_("More active than before")),
            ("same", N_("About the same")),
            ("less_active", N_("Less active than before")),
        ),
    ),
    Question(
        id="sensitization_conditions",
        prompt=N_("Has a doctor told you that you have any of these?"),
        kind=MULTI,
        section="other_causes",
        help=N_("These can make pain more sensitive on their own. Pick all that apply."),
        options=_options(
            ("fibromyalgia", N_("Fibromyalgia")),
            ("migraine", N_("Migraine")),
            ("irritable_bowel", N_("Irritable bowel syndrome (IBS)")),
            ("rheumatoid_arthritis", N_("Rheumatoid arthritis")),
            ("chronic_fatigue", N_("Chronic fatigue syndrome (ME/CFS)")),
            ("ptsd", N_("Post-traumatic stress disorder (PTSD)")),
        ),
    ),
)

QUESTIONS_BY_ID: dict[str, Question] = {q.id: q for q in QUESTIONS}
