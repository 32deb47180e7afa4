"""Every sentence the page scripts show, by key: the scripts hold none of their own.

The build renders the words a page's scripts need, in the page's language,
as one JSON block (``<script type="application/json" id="oih-words">``), and
``words.js`` looks them up: ``oihWords("tool.status.ready")``, or with values,
``oihWords("quiz.retry.cleared.other", {count: 3})``. The English here is the
message id of the catalog (``assessment._i18n``), so ``make messages``
extracts it for translation. What Python already says (pattern labels,
reasons, next steps, the body map's summary, the diary's sentences) comes
from ``to_dict()``, not from here.

A key's group is its first part; a page gets the groups its scripts use
(:func:`groups_for_page`).
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from assessment._i18n import N_, translator

__all__ = ["GROUPS", "PATIENT_GROUPS", "SCRIPT_WORDS", "groups_for_page", "words_for_page"]

SCRIPT_WORDS: dict[str, str] = {
    # --- every page: the update notice (offline-cache.js) ---------------------
    "page.update.ready": N_("A new version of this site is ready."),
    "page.update.other_tab": N_("This site was updated in another tab."),
    "page.update.reload": N_("Reload"),
    # --- every Python page (python-page.js) --------------------------------------
    "python.slow": N_("{what} took longer than {seconds} seconds to load"),
    # --- the self-check (assessment-tool.js) ---------------------------------
    "tool.name": N_("the checker"),
    "tool.status.loading": N_("Getting the checker ready. You can start answering now."),
    "tool.status.ready": N_("The checker is ready. Answer what you can, then choose See my result."),
    "tool.status.failed": N_(
        "Sorry, the checker could not load ({problem}). You can still read the questions "
        "and the rest of this site. Try reloading the page later."
    ),
    "tool.status.waiting": N_("Working out your result as soon as the checker is ready. Your answers are kept."),
    "tool.status.done": N_("Your result is below."),
    "tool.unit.patch": N_("(mcg an hour)"),
    "tool.unit.daily": N_("(mg a day, all doses added up)"),
    "tool.unit.unknown": N_("(mg a day; for a patch, mcg an hour)"),
    "tool.urgent.more": N_("More about what to do"),
    "tool.reason.for": N_("Points towards: {pattern}."),
    "tool.reason.against": N_("Points away from: {pattern}."),
    "tool.reason.source": N_("Source:"),
    "tool.reason.more": N_("Learn more"),
    "tool.sharpen.title": N_("Answering these could change the result"),
    "tool.sharpen.could": N_("Your answer could point to {patterns}."),
    "tool.sharpen.or": N_("or"),
    "tool.answers.none": N_("Not answered"),
    "tool.result.pattern": N_("Pattern: {label}"),
    "tool.result.confidence": N_("How clear the pattern is: {confidence}."),
    "tool.confidence.low": N_("low"),
    "tool.confidence.moderate": N_("moderate"),
    "tool.confidence.high": N_("high"),
    "tool.result.reasons": N_("What pointed which way"),
    "tool.result.mme_title": N_("Your daily opioid amount"),
    "tool.result.mme": N_(
        "About {total} morphine milligram equivalents (MME) a day. MME is a rough guide "
        "to risk, not a way to swap medicines."
    ),
    "tool.result.risk_title": N_("Your risk of an overdose is higher"),
    "tool.result.risk_intro": N_("These answers make an overdose more likely. The steps below say what to do."),
    "tool.result.next": N_("What to do next"),
    "tool.result.disclaimer": N_(
        "This self-check informs; it does not diagnose. Only a clinician who knows you "
        "can tell what is causing your pain."
    ),
    "tool.result.print": N_("Print or save a summary for your clinician"),
    "tool.print.header": N_(
        "OIH Guide self-check summary, {date}. For discussion with a clinician; not a "
        "diagnosis. Nothing was stored or sent."
    ),
    "tool.print.answers": N_("Your answers"),
    "tool.error.no_engine": N_(
        "The checker could not load, so it cannot work out a result. Your answers are still on the page."
    ),
    "tool.error.answer": N_("Please check your answer to \u201c{question}\u201d: {problem}"),
    "tool.error.answers": N_("Please check your answers: {problem}"),
    "tool.error.crash": N_(
        "Something went wrong while working out your result. Your answers are still on the page. ({problem})"
    ),
    # --- the body map (body-map.js) --------------------------------------------
    "map.count.none": N_("none yet"),
    "map.title.first": N_("When the pain began"),
    "map.title.now": N_("Now"),
    "map.view.front": N_("front"),
    "map.view.back": N_("back"),
    "map.figure.label": N_("{title}, {view} of the body: {places}."),
    "map.figure.none": N_("no places marked"),
    "map.caption.empty": N_("{title} (no places marked)"),
    "map.result.title": N_("Where it hurts"),
    "map.key.pain": N_("Pain"),
    "map.key.new": N_("New place (criss-cross, dashed edge)"),
    "map.list.and": N_("and"),
    # --- the self-test (quiz.js), a student page -------------------------------
    "quiz.true": N_("true"),
    "quiz.false": N_("false"),
    "quiz.short.correct": N_("You marked this one right."),
    "quiz.short.missed": N_("You marked this one as missed."),
    "quiz.true_false.correct": N_("Correct: the statement is {answer}."),
    "quiz.true_false.missed": N_("Not quite: the statement is {answer}."),
    "quiz.choice.correct": N_("Correct: {answer} is the answer."),
    "quiz.choice.missed": N_("Not quite. You chose {choice}; the answer is {answer}."),
    "quiz.choose_first": N_("Choose an answer first, then press Check."),
    "quiz.model_answer": N_("Here is the model answer. Compare it with yours, then mark yourself below it."),
    "quiz.storage.blocked": N_(
        "This browser would not save your progress (it may be in private mode), so nothing is kept."
    ),
    "quiz.storage.unreadable": N_(
        "Your saved progress could not be read, so the test starts afresh. Your next answer replaces it."
    ),
    "quiz.storage.restored": N_("Your saved progress is back. Untick the box to delete it from this device."),
    "quiz.storage.kept": N_("Your progress is now kept on this device. Untick the box to delete it."),
    "quiz.storage.deleted": N_(
        "Your saved progress is deleted from this device. Your answers on screen stay until you leave the page."
    ),
    "quiz.retry.none": N_("There are no missed questions to try again."),
    "quiz.retry.cleared.one": N_("Cleared 1 question you missed. The first one is next."),
    "quiz.retry.cleared.other": N_("Cleared {count} questions you missed. The first one is next."),
    "quiz.reset.done": N_("Every answer is cleared."),
}

# The groups, in the order of the keys' first parts.
GROUPS: tuple[str, ...] = tuple(dict.fromkeys(key.split(".", 1)[0] for key in SCRIPT_WORDS))
# Shown to patients, so held to the patient pages' reading grade. The quiz is a student page.
PATIENT_GROUPS: tuple[str, ...] = tuple(group for group in GROUPS if group != "quiz")


def groups_for_page(meta: Mapping[str, Any]) -> tuple[str, ...]:
    """The groups a page's scripts use, from its front matter (as the theme override loads them)."""
    groups = ["page"]
    if meta.get("tool"):
        groups += [group for group in GROUPS if group not in ("page", "quiz")]
    if meta.get("quiz"):
        groups.append("quiz")
    return tuple(groups)


def words_for_page(meta: Mapping[str, Any], language: str) -> dict[str, str]:
    """The words a page's scripts need, in ``language``, by key."""
    translate = translator(language)
    groups = groups_for_page(meta)
    return {key: translate(text) for key, text in SCRIPT_WORDS.items() if key.split(".", 1)[0] in groups}
