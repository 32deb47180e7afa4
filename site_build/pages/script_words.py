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
    # --- every page: a wide table's scrolling box, named for screen readers (table-scroll.js)
    "page.table.named": N_("{heading} (table)"),
    "page.table.numbered": N_("{heading} (table {number})"),
    "page.table.unnamed": N_("Table {number}"),
    # --- every Python page (python-page.js) --------------------------------------
    "python.slow": N_("{what} took longer than {seconds} seconds to load"),
    "python.fail.download": N_("could not download {file} ({detail})"),
    "python.fail.load": N_("could not load {file}"),
    "python.fail.slow": N_("it took longer than {seconds} seconds to start"),
    "python.fail.stopped": N_("the background worker stopped {detail}"),
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
    # --- the diary page (diary.js, diary-store.js, diary-report.js) -----------------
    "diary.name": N_("the diary's checker"),
    "diary.storage.blocked": N_(
        "This browser does not let the site keep anything (this happens in private windows, or when site "
        "data is turned off). Your diary still works on this page, but it will be gone when you close it. "
        "Save a diary file to keep a copy."
    ),
    "diary.storage.full": N_(
        "This device has no room left to keep your diary, so your latest change was not kept. It is still "
        "on this page. Save a diary file to keep a copy, or free some space."
    ),
    "diary.storage.error": N_(
        "Your diary could not be kept on this device. It is still on this page. Save a diary file to keep a copy."
    ),
    "diary.storage.kept": N_("Your diary is kept in this browser on this device."),
    "diary.storage.not_kept": N_("Your diary is not kept: it is on this page only."),
    "diary.storage.unreadable": N_(
        "The diary kept on this device could not be read ({problem}). It has not been changed. You can start "
        "a new diary here. If you keep the new one, the old one is set aside in this browser, not deleted."
    ),
    "diary.storage.newer": N_(
        "Your diary was kept by a newer version of this site, so this page cannot read it. It has not been "
        "changed. Reload the page to get the newest version."
    ),
    "diary.store.not_json": N_("it is not valid JSON"),
    "diary.store.no_schema": N_("it has no schema number"),
    "diary.store.unknown_schema": N_("schema {schema} is not known"),
    "diary.store.no_days": N_("it holds no days and doses"),
    "diary.persist.granted": N_(
        "This browser has agreed to keep your diary. It will not clear it to free up space. "
        "Saving a copy now and then is still wise."
    ),
    "diary.persist.denied": N_(
        "This browser has not agreed to keep your diary for good. It may clear it, for example when the "
        "device runs low on space. Save a diary file now and then."
    ),
    "diary.persist.apple": N_(
        "Safari may clear your diary if you do not open this site for a while. See below how to stop this, "
        "and save a diary file now and then."
    ),
    "diary.persist.home_screen": N_(
        "You opened the diary from your Home Screen, so Safari does not clear it after a week away. "
        "Saving a copy now and then is still wise."
    ),
    "diary.backup.saved": N_("Saved a copy of your diary. Keep the file somewhere safe."),
    "diary.save": N_("Save this day"),
    "diary.save_changes": N_("Save changes"),
    "diary.entry.choose_day": N_("Choose the day."),
    "diary.entry.future": N_("That day has not come yet. Choose today or an earlier day."),
    "diary.entry.choose_pain": N_("Choose your pain, from 0 to 10."),
    "diary.entry.choose_medicine": N_("Choose the medicine for opioid {number}."),
    "diary.entry.amount": N_("Give the amount of {medicine} as a number above 0."),
    "diary.entry.both": N_("You added a medicine and also ticked that you take no opioid. Please choose one."),
    "diary.entry.no_medicine": N_(
        "Add at least one opioid and its amount, or tick \u201cI take no opioid from this day on\u201d."
    ),
    "diary.saved.new": N_("Saved your day: {date}."),
    "diary.saved.new_not_kept": N_(
        "Saved your day: {date}. It is on this page only until you tick \u201cKeep my diary on this device\u201d."
    ),
    "diary.saved.replaced": N_("Saved, in place of what you had for {date}."),
    "diary.saved.replaced_not_kept": N_(
        "Saved, in place of what you had for {date}. It is on this page only until you tick "
        "\u201cKeep my diary on this device\u201d."
    ),
    "diary.edit.stopped": N_("Stopped editing. Nothing was changed."),
    "diary.edit.editing": N_("Editing {date}."),
    "diary.reading.choose_time": N_("Choose the time of this reading."),
    "diary.reading.choose_moment": N_("Choose if this was before a dose, after a dose or neither."),
    "diary.reading.choose_pain": N_("Choose your pain at this time, from 0 to 10."),
    "diary.reading.too_many": N_("A day can hold at most {count} readings. Delete one first."),
    "diary.reading.saved": N_("Saved a reading for {date} at {time}."),
    "diary.reading.saved_not_kept": N_(
        "Saved a reading for {date} at {time}. It is on this page only until you tick "
        "\u201cKeep my diary on this device\u201d."
    ),
    "diary.reading.deleted": N_("Deleted the reading at {time} on {date}."),
    "diary.reading.item.before_dose": N_("{time}, before a dose: pain {pain}"),
    "diary.reading.item.after_dose": N_("{time}, after a dose: pain {pain}"),
    "diary.reading.item.other": N_("{time}: pain {pain}"),
    "diary.reading.delete_label": N_("Delete the reading at {time} on {date}"),
    "diary.medicine.mg": N_("{medicine} {dose} mg a day"),
    "diary.medicine.mcg": N_("{medicine} {dose} mcg an hour"),
    "diary.day.pain": N_("Pain {pain} out of 10."),
    "diary.day.signs": N_("Signs: {signs}."),
    "diary.day.note": N_("Note: {note}"),
    "diary.day.edit": N_("Edit"),
    "diary.day.edit_label": N_("Edit {date}"),
    "diary.day.delete": N_("Delete"),
    "diary.day.delete_label": N_("Delete {date}"),
    "diary.day.deleted": N_("Deleted the entry for {date}."),
    "diary.days.show_all": N_("Show all {count} days"),
    "diary.dose.none": N_("No opioid"),
    "diary.dose.from": N_("From {date}:"),
    "diary.dose.item": N_("From {date}: {medicines}"),
    "diary.dose.delete_label": N_("Delete the dose from {date}"),
    "diary.dose.deleted": N_("Deleted the dose from {date}."),
    "diary.missing": N_("Days with no entry: {count} ({dates}). That is fine. The chart leaves them blank."),
    "diary.missing.more": N_("{dates} and {count} more"),
    "diary.report.ready": N_("Your chart appears here once you add a day."),
    "diary.report.problem": N_(
        "Your diary has a problem, so there is no chart yet: {problem}. Edit or delete that day or dose below."
    ),
    "diary.report.covers": N_("Your chart covers {count} days with a pain score."),
    "diary.report.failed": N_(
        "Sorry, the chart could not load ({problem}). You can still add days, and keep, save or delete your "
        "diary. Try reloading the page later."
    ),
    "diary.report.no_chart": N_("The chart could not be drawn, but the numbers are in the table below."),
    "diary.report.range": N_("Show on the chart"),
    "diary.report.range_all": N_("All days"),
    "diary.report.range_recent": N_("The last 8 weeks"),
    "diary.report.table": N_("The chart as a table ({count} days)"),
    "diary.report.table_region": N_("Pain and dose by day"),
    "diary.report.table_caption": N_(
        "Your pain and your daily dose in morphine milligram equivalents (MME), by day"
    ),
    "diary.report.day": N_("Day"),
    "diary.report.pain": N_("Pain (0 to 10)"),
    "diary.report.mme": N_("Daily MME"),
    "diary.report.before_dose": N_("Before a dose"),
    "diary.report.after_dose": N_("After a dose"),
    "diary.report.no_entry": N_("No entry"),
    "diary.report.no_data": N_("no data"),
    "diary.report.shows": N_("What your diary shows"),
    "diary.report.doses_title": N_("Pain before and after doses"),
    "diary.report.doses_caption": N_(
        "Your average pain on the {count} days you noted it both before and after a dose, {first} to {last}"
    ),
    "diary.report.changes": N_("Each dose change"),
    "diary.report.changes_caption": N_("Average pain before and after each dose change"),
    "diary.report.date": N_("Date"),
    "diary.report.change": N_("Change"),
    "diary.report.window": N_("Pain: {window}"),
    "diary.report.response": N_("What happened"),
    "diary.print.header": N_(
        "OIH Guide pain and dose diary, printed {today}. From {first} to {last}. For discussion with a "
        "clinician; not a diagnosis."
    ),
    "diary.print.doses": N_("Doses"),
    "diary.print.button": N_("Print for my clinician"),
    "diary.keep.removed": N_(
        "Your diary is no longer kept on this device. It stays on this page until you close it. Save a "
        "diary file first if you want a copy."
    ),
    "diary.keep.remove_failed": N_("The kept diary could not be removed: {problem}"),
    "diary.delete.done": N_("Your diary was deleted from this page and this device."),
    "diary.delete.not_removed": N_(
        "The diary was cleared from this page, but this browser would not let the site remove the kept "
        "copy ({problem})."
    ),
    "diary.tabs.updated": N_("Your diary was updated from another tab."),
    "diary.tabs.deleted": N_("Your diary was deleted, or is no longer kept, in another tab."),
    "diary.export.csv_failed": N_("The spreadsheet file could not be made: {problem}."),
    "diary.export.csv_no_python": N_(
        "The spreadsheet file needs the diary's checker, which could not load ({problem}). A diary file "
        "(JSON) still works."
    ),
    "diary.import.too_big": N_(
        "\u201c{name}\u201d could not be opened: at {size} MB it is too big to be a diary (at most {limit} MB). "
        "Your diary was not changed."
    ),
    "diary.import.not_json": N_(
        "\u201c{name}\u201d could not be opened: it is not a diary file, as it is not valid JSON ({problem}). "
        "Your diary was not changed."
    ),
    "diary.import.not_spreadsheet": N_(
        "\u201c{name}\u201d could not be opened: it is not a diary spreadsheet ({problem}). "
        "Your diary was not changed."
    ),
    "diary.import.failed": N_(
        "\u201c{name}\u201d could not be opened: {problem}. Your diary was not changed."
    ),
    "diary.import.done": N_(
        "Opened \u201c{name}\u201d: {days} days and {doses} doses. It replaced the diary that was on this page."
    ),
    "diary.import.undone": N_("Brought back the diary you had before you opened the file."),
    "diary.reminder.title": N_("Pain diary"),
    "diary.reminder.details": N_("Time to add today's pain to your diary: {url}"),
    "diary.reminder.choose_time": N_("Choose the time for your reminder."),
    "diary.reminder.saved": N_(
        "Saved a reminder for {time} each day. Open the file to add it to your calendar."
    ),
    # --- the diary in the self-check (diary-self-check.js) ------------------------------
    "diary_check.intro": N_(
        "You keep a pain and dose diary on this device. It can answer some of these questions for you. "
        "You can change any answer it gives."
    ),
    "diary_check.use": N_("Use my diary"),
    "diary_check.reading": N_("Reading your diary\u2026"),
    "diary_check.unreadable": N_("Your diary could not be read from this device."),
    "diary_check.problem": N_(
        "Your diary has a problem, so it was not used: {problem}. You can fix it on the diary page."
    ),
    "diary_check.answered_one": N_(
        "Your diary answered 1 question: {questions}. It is marked \u201cFrom your diary\u201d. Your chart "
        "will be added to your result."
    ),
    "diary_check.answered_other": N_(
        "Your diary answered {count} questions: {questions}. They are marked \u201cFrom your diary\u201d. "
        "Your chart will be added to your result."
    ),
    "diary_check.none": N_(
        "Your diary does not have enough days around a dose change to answer any question yet. Your chart "
        "will still be added to your result."
    ),
    "diary_check.no_python": N_(
        "Your diary could not be used, because the checker could not load ({problem})."
    ),
    "diary_check.question": N_("\u201c{question}\u201d"),
    "diary_check.marked": N_("From your diary"),
    "diary_check.reason": N_("This answer came from your diary."),
    "diary_check.title": N_("Your pain and dose diary"),
    "diary_check.span": N_(
        "From {first} to {last}: {count} days with a pain score, kept by you on this device."
    ),
    "diary_check.print.nothing_stored": N_("Nothing was stored or sent."),
    "diary_check.print.kept": N_("Nothing was sent. The diary below is kept only on this device, by its owner."),
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
