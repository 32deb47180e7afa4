/*
 * OIH Guide diary page: the day and reading forms, the lists, the report,
 * keeping the diary safe, the daily reminder, and the file controls.
 *
 * The diary lives in memory as the contract's diary file
 * ({version: 1 or 2, doses: [...], days: [...]}; a timed reading makes it
 * version 2); it is written to this browser's storage only while "Keep my
 * diary on this device" is ticked (diary-store.js). Every analysis, check of
 * an imported file and CSV conversion is done in Python (assessment.diary)
 * through diary-python.js, and every word comes from the catalog
 * (window.oihWords) or from Python's report: this script is UI glue.
 */
(function () {
  "use strict";

  var root = document.getElementById("oih-diary");
  if (!root) return;

  var store = window.oihDiaryStore;
  var view = window.oihDiaryReport;
  var el = window.oihPage.el;
  var t = window.oihWords;
  var data = JSON.parse(document.getElementById("oih-diary-data").textContent);
  var language = data.language || document.documentElement.getAttribute("lang") || "en";
  var READINGS_VERSION = 2;
  var DAYS_SHOWN = 31;
  var DAY_MS = 24 * 60 * 60 * 1000;

  var form = document.getElementById("oih-diary-entry");
  var dateInput = document.getElementById("diary-date");
  var doseToggle = document.getElementById("diary-dose-changed");
  var doseFieldset = document.getElementById("diary-doses");
  var noOpioid = document.getElementById("diary-no-opioid");
  var noteInput = document.getElementById("diary-note");
  var more = document.getElementById("diary-more");
  var saveButton = document.getElementById("diary-save");
  var cancelEdit = document.getElementById("diary-cancel-edit");
  var entryError = document.getElementById("diary-entry-error");
  var entryStatus = document.getElementById("diary-entry-status");
  var readingBox = document.getElementById("diary-reading-box");
  var readingForm = document.getElementById("oih-diary-reading");
  var readingDate = document.getElementById("diary-reading-date");
  var readingTime = document.getElementById("diary-reading-time");
  var readingError = document.getElementById("diary-reading-error");
  var readingStatus = document.getElementById("diary-reading-status");
  var message = document.getElementById("oih-diary-message");
  var report = document.getElementById("oih-diary-report");
  var reportStatus = document.getElementById("diary-report-status");
  var reportBody = document.getElementById("diary-report-body");
  var daysList = document.getElementById("diary-days");
  var emptyNote = document.getElementById("diary-empty");
  var missingNote = document.getElementById("diary-missing");
  var showAll = document.getElementById("diary-show-all");
  var doseList = document.getElementById("diary-dose-list");
  var dosesEmpty = document.getElementById("diary-doses-empty");
  var keepBox = root.querySelector("[data-diary-keep]");
  var storageStatus = document.getElementById("diary-storage-status");
  var storageAnswer = root.querySelector("[data-diary-storage]");
  var keepSafe = document.getElementById("diary-keep-safe");
  var keepSafeDone = document.getElementById("diary-keep-safe-done");
  var backupDue = root.querySelector("[data-diary-backup-due]");
  var backupSave = root.querySelector("[data-diary-backup-save]");
  var reminderTime = document.getElementById("diary-reminder-time");
  var reminderButton = root.querySelector("[data-diary-reminder]");
  var reminderStatus = document.getElementById("diary-reminder-status");
  var importInput = root.querySelector("[data-diary-import]");
  var undoImportActions = document.getElementById("diary-undo-import-actions");
  var undoImport = document.getElementById("diary-undo-import");
  var deleteButton = root.querySelector("[data-diary-delete]");
  var confirmBox = document.getElementById("diary-delete-confirm-box");
  var confirmDelete = root.querySelector("[data-diary-delete-confirm]");
  var cancelDelete = document.getElementById("diary-delete-cancel");

  var diary = emptyDiary();
  // Kept beside the diary while it is kept: when a file was last saved, and
  // whether the page has explained how to keep the diary safe.
  var meta = {};
  var keeping = false;
  var editingDate = null;
  var showingAll = false;
  var beforeImport = null;
  var analysisRun = 0;

  function emptyDiary() {
    return { version: 1, doses: [], days: [] };
  }

  function pad(n) {
    return (n < 10 ? "0" : "") + n;
  }

  function todayIso() {
    var now = new Date();
    return now.getFullYear() + "-" + pad(now.getMonth() + 1) + "-" + pad(now.getDate());
  }

  function timeNow() {
    var now = new Date();
    return pad(now.getHours()) + ":" + pad(now.getMinutes());
  }

  function byKey(key) {
    return function (a, b) { return a[key] < b[key] ? -1 : a[key] > b[key] ? 1 : 0; };
  }

  function dayOn(date) {
    return diary.days.filter(function (d) { return d.date === date; })[0];
  }

  // ---- Messages -----------------------------------------------------------

  function showMessage(text) {
    message.textContent = text;
    message.hidden = !text;
  }

  function storageProblem(status) {
    return t({ blocked: "diary.storage.blocked", full: "diary.storage.full" }[status] || "diary.storage.error");
  }

  // ---- Python -------------------------------------------------------------

  var python = window.oihDiaryPython;
  var call = python.call;

  function analyseCall(diaryObject) {
    return call("analyse_diary", { diary: diaryObject, language: language });
  }

  // ---- Storage ------------------------------------------------------------

  function setKeeping(on) {
    keeping = on;
    keepBox.checked = on;
    storageStatus.textContent = t(on ? "diary.storage.kept" : "diary.storage.not_kept");
    if (!on) {
      storageAnswer.hidden = true;
      storageAnswer.removeAttribute("data-persisted");
      keepSafe.hidden = true;
    }
    updateBackupDue();
  }

  function save() {
    return store.save(diary, meta);
  }

  function persist() {
    if (!keeping) return true;
    var saved = save();
    if (saved.ok) return true;
    showMessage(storageProblem(saved.status));
    if (saved.status === "blocked") setKeeping(false);
    return false;
  }

  function loadKept() {
    var kept = store.load();
    if (kept.status === "ok") {
      diary = kept.diary;
      meta = kept.meta || {};
      setKeeping(true);
      checkDurability(false);
    } else {
      setKeeping(false);
      if (kept.status === "blocked") showMessage(storageProblem("blocked"));
      if (kept.status === "unreadable") {
        var problem = t("diary.store." + kept.reason, { schema: kept.schema });
        showMessage(t("diary.storage.unreadable", { problem: problem }));
      }
      if (kept.status === "newer") showMessage(t("diary.storage.newer"));
    }
  }

  // ---- Keeping it safe: the browser's answer, and what it means ---------------

  function isApple() {
    var agent = navigator.userAgent || "";
    return /iPad|iPhone|iPod/.test(agent) || (navigator.platform === "MacIntel" && navigator.maxTouchPoints > 1);
  }

  function fromHomeScreen() {
    return navigator.standalone === true ||
      (typeof window.matchMedia === "function" && window.matchMedia("(display-mode: standalone)").matches);
  }

  // When the person ticks "keep" (asked = true) the page asks the browser to
  // keep its storage; on later visits it only reads the answer, so a browser
  // that asks its user is not asked again, except from the Home Screen,
  // where the answer is often yes without a question.
  function checkDurability(asked) {
    var storage = navigator.storage;
    var answer;
    if (!storage || typeof storage.persist !== "function") {
      answer = Promise.resolve(false);
    } else if (asked) {
      answer = storage.persist();
    } else {
      answer = (typeof storage.persisted === "function" ? storage.persisted() : Promise.resolve(false))
        .then(function (already) { return already || (fromHomeScreen() && storage.persist()); });
    }
    return Promise.resolve(answer).then(Boolean, function () { return false; }).then(showDurability);
  }

  function showDurability(granted) {
    if (!keeping) return;
    var apple = isApple();
    var home = fromHomeScreen();
    var key = apple && !home ? "diary.persist.apple"
      : granted ? "diary.persist.granted"
      : apple ? "diary.persist.home_screen" : "diary.persist.denied";
    storageAnswer.setAttribute("data-persisted", granted ? "true" : "false");
    storageAnswer.textContent = t(key);
    storageAnswer.hidden = false;
    // Where the diary can vanish, explain it once, with the Home Screen steps.
    var atRisk = apple ? !home : !granted;
    keepSafe.querySelectorAll("[data-for]").forEach(function (part) {
      part.hidden = part.getAttribute("data-for") !== (apple ? "apple" : "other");
    });
    keepSafe.hidden = !atRisk || Boolean(meta.explained);
  }

  keepSafeDone.addEventListener("click", function () {
    meta.explained = true;
    keepSafe.hidden = true;
    persist();
    keepBox.focus();
  });

  // ---- The backup nudge ---------------------------------------------------------

  function updateBackupDue() {
    var last = meta.file_saved_at ? Date.parse(meta.file_saved_at) : NaN;
    var stale = isNaN(last) || Date.now() - last >= data.backup_every_days * DAY_MS;
    backupDue.hidden = !(keeping && diary.days.length >= data.backup_min_days && stale);
  }

  function fileSaved() {
    meta.file_saved_at = new Date().toISOString();
    persist();
    updateBackupDue();
  }

  // ---- The day form -------------------------------------------------------

  function hasDoses() {
    return diary.doses.length > 0;
  }

  function updateDoseToggleLabel() {
    root.querySelectorAll("[data-when]").forEach(function (span) {
      span.hidden = (span.getAttribute("data-when") === "has-doses") !== hasDoses();
    });
  }

  function showDoseRows(show) {
    doseToggle.checked = show;
    doseFieldset.hidden = !show;
  }

  function doseRows() {
    return Array.prototype.slice.call(doseFieldset.querySelectorAll(".oih-med-row"));
  }

  function setUnit(row) {
    var select = row.querySelector("select");
    var unit = select.options[select.selectedIndex].getAttribute("data-unit");
    row.querySelector(".oih-med-row__unit").textContent =
      t(unit === "mcg/hr" ? "tool.unit.patch" : unit ? "tool.unit.daily" : "tool.unit.unknown");
  }

  function clearForm() {
    form.reset();
    editingDate = null;
    dateInput.value = todayIso();
    dateInput.max = todayIso();
    showDoseRows(false);
    doseRows().forEach(setUnit);
    cancelEdit.hidden = true;
    saveButton.textContent = t("diary.save");
    entryError.hidden = true;
    updateDoseToggleLabel();
  }

  function problemIn(box, text, focusTarget) {
    box.textContent = text;
    box.hidden = false;
    if (focusTarget) focusTarget.focus();
  }

  function readMedications() {
    var medications = [];
    var rows = doseRows();
    for (var i = 0; i < rows.length; i++) {
      var select = rows[i].querySelector("select");
      var amount = rows[i].querySelector("input");
      var text = amount.value.trim();
      if (!select.value && !text) continue;
      if (!select.value) return { problem: t("diary.entry.choose_medicine", { number: i + 1 }), focus: select };
      var dose = Number(text);
      if (text === "" || !isFinite(dose) || dose <= 0) {
        return { problem: t("diary.entry.amount", { medicine: data.opioids[select.value].label }), focus: amount };
      }
      medications.push({ opioid: select.value, daily_dose: dose });
    }
    if (medications.length && noOpioid.checked) {
      return { problem: t("diary.entry.both"), focus: noOpioid };
    }
    if (!medications.length && !noOpioid.checked) {
      return { problem: t("diary.entry.no_medicine"), focus: rows[0].querySelector("select") };
    }
    return { medications: medications };
  }

  function savedWords(base, values) {
    return t(keeping ? base : base + "_not_kept", values);
  }

  form.addEventListener("submit", function (event) {
    event.preventDefault();
    entryError.hidden = true;
    var date = dateInput.value;
    if (!/^\d{4}-\d{2}-\d{2}$/.test(date)) return problemIn(entryError, t("diary.entry.choose_day"), dateInput);
    if (date > todayIso()) return problemIn(entryError, t("diary.entry.future"), dateInput);
    var pain = form.querySelector("input[name=pain]:checked");
    if (!pain) return problemIn(entryError, t("diary.entry.choose_pain"), form.querySelector("input[name=pain]"));
    var dose = null;
    if (doseToggle.checked) {
      dose = readMedications();
      if (dose.problem) return problemIn(entryError, dose.problem, dose.focus);
    }

    var day = { date: date, pain: Number(pain.value), withdrawal_signs: [] };
    form.querySelectorAll("input[name=withdrawal_signs]:checked").forEach(function (box) {
      day.withdrawal_signs.push(box.value);
    });
    var note = noteInput.value.trim();
    if (note) day.note = note;

    var movedFrom = editingDate;
    var replacing = dayOn(date);
    var replaced = Boolean(replacing && date !== editingDate && replacing.pain !== undefined);
    // The day's timed readings stay with it, even when an edit moves its date.
    var readings = [];
    diary.days.forEach(function (d) {
      if ((d.date === date || d.date === movedFrom) && d.readings) readings = readings.concat(d.readings);
    });
    if (readings.length) day.readings = readings.sort(byKey("time"));
    diary.days = diary.days.filter(function (d) { return d.date !== date && d.date !== movedFrom; });
    diary.days.push(day);
    diary.doses = diary.doses.filter(function (d) { return d.from !== date && d.from !== movedFrom; });
    if (dose) diary.doses.push({ from: date, medications: dose.medications });
    commit(savedWords(replaced ? "diary.saved.replaced" : "diary.saved.new", { date: view.formatDate(date) }));
    clearForm();
  });

  doseToggle.addEventListener("change", function () { doseFieldset.hidden = !doseToggle.checked; });

  doseFieldset.addEventListener("change", function (event) {
    var target = event.target;
    if (target.tagName === "SELECT") setUnit(target.closest(".oih-med-row"));
  });

  cancelEdit.addEventListener("click", function () {
    clearForm();
    entryStatus.textContent = t("diary.edit.stopped");
  });

  function editDay(date) {
    var day = dayOn(date);
    if (!day) return;
    clearForm();
    editingDate = date;
    dateInput.value = date;
    var pain = day.pain === undefined || day.pain === null ? null : document.getElementById("diary-pain-" + day.pain);
    if (pain) pain.checked = true;
    (day.withdrawal_signs || []).forEach(function (sign) {
      var box = document.getElementById("diary-withdrawal-" + sign);
      if (box) box.checked = true;
    });
    noteInput.value = day.note || "";
    more.open = Boolean(day.note || (day.withdrawal_signs || []).length);
    var dose = diary.doses.filter(function (d) { return d.from === date; })[0];
    if (dose) {
      showDoseRows(true);
      noOpioid.checked = dose.medications.length === 0;
      dose.medications.forEach(function (medicine, index) {
        var row = doseRows()[index];
        if (!row) return;
        row.querySelector("select").value = medicine.opioid;
        row.querySelector("input").value = String(medicine.daily_dose);
        setUnit(row);
      });
    }
    saveButton.textContent = t("diary.save_changes");
    cancelEdit.hidden = false;
    entryStatus.textContent = t("diary.edit.editing", { date: view.formatDate(date) });
    form.scrollIntoView({ block: "start" });
    (pain || dateInput).focus();
  }

  // ---- The reading form: a pain score at a time, before a dose, after one, or neither ----

  function clearReading() {
    readingForm.reset();
    readingDate.value = todayIso();
    readingDate.max = todayIso();
    readingTime.value = timeNow();
    readingError.hidden = true;
  }

  // Opened, the form offers today and the time now: a reading is usually noted as it happens.
  readingBox.addEventListener("toggle", function () {
    if (!readingBox.open) return;
    readingDate.value = readingDate.value || todayIso();
    readingTime.value = timeNow();
  });

  readingForm.addEventListener("submit", function (event) {
    event.preventDefault();
    readingError.hidden = true;
    var date = readingDate.value;
    var time = readingTime.value.slice(0, 5);
    if (!/^\d{4}-\d{2}-\d{2}$/.test(date)) return problemIn(readingError, t("diary.entry.choose_day"), readingDate);
    if (date > todayIso()) return problemIn(readingError, t("diary.entry.future"), readingDate);
    if (!/^\d{2}:\d{2}$/.test(time)) return problemIn(readingError, t("diary.reading.choose_time"), readingTime);
    var moment = readingForm.querySelector("input[name=moment]:checked");
    if (!moment) {
      return problemIn(readingError, t("diary.reading.choose_moment"), readingForm.querySelector("input[name=moment]"));
    }
    var pain = readingForm.querySelector("input[name=reading-pain]:checked");
    if (!pain) {
      return problemIn(readingError, t("diary.reading.choose_pain"),
        readingForm.querySelector("input[name=reading-pain]"));
    }
    var day = dayOn(date);
    if (!day) {
      day = { date: date };
      diary.days.push(day);
    }
    day.readings = day.readings || [];
    if (day.readings.length >= data.max_readings) {
      return problemIn(readingError, t("diary.reading.too_many", { count: data.max_readings }), readingTime);
    }
    day.readings.push({ time: time, pain: Number(pain.value), moment: moment.value });
    day.readings.sort(byKey("time"));
    diary.version = READINGS_VERSION;
    var status = savedWords("diary.reading.saved", { date: view.formatDate(date), time: time });
    commit("");
    readingStatus.textContent = status;
    readingForm.querySelectorAll("input[type=radio]").forEach(function (input) { input.checked = false; });
    readingTime.value = timeNow();
  });

  // ---- Lists ----------------------------------------------------------------

  function medicineText(medicine) {
    var opioid = data.opioids[medicine.opioid] || { label: medicine.opioid, unit: "" };
    return t(opioid.unit === "mcg/hr" ? "diary.medicine.mcg" : "diary.medicine.mg",
      { medicine: opioid.label, dose: medicine.daily_dose });
  }

  function medicinesText(dose) {
    return dose.medications.length ? dose.medications.map(medicineText).join("; ") : t("diary.dose.none");
  }

  function readingItem(day, reading, index) {
    var when = view.formatDate(day.date);
    var words = t("diary.reading.item." + reading.moment, { time: reading.time, pain: reading.pain });
    var remove = el("button", { type: "button", "class": "md-button", "data-remove-reading": day.date,
      "data-reading-index": String(index),
      "aria-label": t("diary.reading.delete_label", { time: reading.time, date: when }) }, [t("diary.day.delete")]);
    return el("li", { "class": "oih-diary-reading-item", "data-moment": reading.moment }, [words + " ", remove]);
  }

  function dayItem(day) {
    var parts = [];
    if (day.pain !== undefined && day.pain !== null) parts.push(t("diary.day.pain", { pain: day.pain }));
    var signs = (day.withdrawal_signs || []).map(function (sign) { return data.withdrawal_signs[sign] || sign; });
    if (signs.length) parts.push(t("diary.day.signs", { signs: signs.join(", ") }));
    var when = view.formatDate(day.date);
    var item = el("li", { "class": "oih-diary-day", "data-date": day.date }, [
      el("strong", {}, [when + ": "]),
      el("span", {}, [parts.join(" ")])
    ]);
    // A note is the person's own words: always text, never HTML.
    if (day.note) item.appendChild(el("span", { "class": "oih-diary-day__note" }, [" " + t("diary.day.note", { note: day.note })]));
    if (day.readings && day.readings.length) {
      item.appendChild(el("ul", { "class": "oih-diary-day__readings" }, day.readings.map(function (reading, index) {
        return readingItem(day, reading, index);
      })));
    }
    var actions = el("span", { "class": "oih-diary-day__actions" });
    // Named with the day, so a list of "Edit" buttons can be told apart by ear.
    actions.appendChild(el("button", { type: "button", "class": "md-button", "data-edit": day.date,
      "aria-label": t("diary.day.edit_label", { date: when }) }, [t("diary.day.edit")]));
    actions.appendChild(el("button", { type: "button", "class": "md-button", "data-remove": day.date,
      "aria-label": t("diary.day.delete_label", { date: when }) }, [t("diary.day.delete")]));
    item.appendChild(actions);
    return item;
  }

  function renderDays() {
    var newestFirst = diary.days.slice().sort(byKey("date")).reverse();
    var shown = showingAll ? newestFirst : newestFirst.slice(0, DAYS_SHOWN);
    daysList.textContent = "";
    shown.forEach(function (day) { daysList.appendChild(dayItem(day)); });
    emptyNote.hidden = diary.days.length > 0;
    showAll.hidden = shown.length === newestFirst.length;
    showAll.textContent = t("diary.days.show_all", { count: newestFirst.length });
  }

  function renderDoses() {
    doseList.textContent = "";
    diary.doses.slice().sort(byKey("from")).forEach(function (dose) {
      var when = view.formatDate(dose.from);
      var remove = el("button", { type: "button", "class": "md-button", "data-remove-dose": dose.from,
        "aria-label": t("diary.dose.delete_label", { date: when }) }, [t("diary.day.delete")]);
      doseList.appendChild(el("li", { "class": "oih-diary-dose", "data-from": dose.from }, [
        el("strong", {}, [t("diary.dose.from", { date: when }) + " "]), el("span", {}, [medicinesText(dose)]), " ", remove
      ]));
    });
    dosesEmpty.hidden = diary.doses.length > 0;
    updateDoseToggleLabel();
  }

  // The report counts the days with no pain score (missing_days) and lists
  // every calendar day in its series, so the gaps are the days with no pain.
  function renderMissing(result) {
    var missing = ((result && result.series) || []).filter(function (day) {
      return day.pain === null || day.pain === undefined;
    }).map(function (day) { return day.date; });
    if (!missing.length) {
      missingNote.hidden = true;
      return;
    }
    var listed = missing.slice(0, 10).map(view.formatDate).join(", ");
    if (missing.length > 10) listed = t("diary.missing.more", { dates: listed, count: missing.length - 10 });
    missingNote.textContent = t("diary.missing", { count: missing.length, dates: listed });
    missingNote.hidden = false;
  }

  daysList.addEventListener("click", function (event) {
    var button = event.target.closest("button");
    if (!button) return;
    if (button.hasAttribute("data-edit")) editDay(button.getAttribute("data-edit"));
    if (button.hasAttribute("data-remove")) {
      var date = button.getAttribute("data-remove");
      diary.days = diary.days.filter(function (d) { return d.date !== date; });
      commit(t("diary.day.deleted", { date: view.formatDate(date) }));
      if (editingDate === date) clearForm();
      form.querySelector("input[name=pain]").focus();
    }
    if (button.hasAttribute("data-remove-reading")) {
      var on = button.getAttribute("data-remove-reading");
      var day = dayOn(on);
      var index = Number(button.getAttribute("data-reading-index"));
      if (!day || !day.readings || !day.readings[index]) return;
      var removed = day.readings.splice(index, 1)[0];
      if (!day.readings.length) delete day.readings;
      // A day with no score of its own lives by its readings.
      if (!day.readings && (day.pain === undefined || day.pain === null)) {
        diary.days = diary.days.filter(function (d) { return d !== day; });
      }
      commit(t("diary.reading.deleted", { time: removed.time, date: view.formatDate(on) }));
      (daysList.querySelector("[data-edit='" + on + "']") || form.querySelector("input[name=pain]")).focus();
    }
  });

  doseList.addEventListener("click", function (event) {
    var button = event.target.closest("button[data-remove-dose]");
    if (!button) return;
    var from = button.getAttribute("data-remove-dose");
    diary.doses = diary.doses.filter(function (d) { return d.from !== from; });
    commit(t("diary.dose.deleted", { date: view.formatDate(from) }));
    dateInput.focus();
  });

  showAll.addEventListener("click", function () {
    showingAll = true;
    renderDays();
  });

  // ---- The report ------------------------------------------------------------

  function setReportState(state, text) {
    report.setAttribute("data-state", state);
    report.setAttribute("aria-busy", state === "loading" ? "true" : "false");
    reportStatus.textContent = text;
  }

  function analyse() {
    var run = ++analysisRun;
    // data-events always describes the diary now on the page.
    report.removeAttribute("data-events");
    if (report.getAttribute("data-state") === "error") return;
    if (!diary.days.length) {
      reportBody.textContent = "";
      renderMissing(null);
      if (report.getAttribute("data-state") === "ready") reportStatus.textContent = t("diary.report.ready");
      return;
    }
    var snapshot = JSON.parse(JSON.stringify(diary));
    analyseCall(snapshot).then(function (outcome) {
      if (run !== analysisRun) return;
      if (!outcome.ok) {
        report.removeAttribute("data-events");
        reportBody.textContent = "";
        renderMissing(null);
        reportStatus.textContent = t("diary.report.problem", { problem: outcome.problem });
        return;
      }
      var events = view.render(reportBody, outcome.result, 3);
      addPrinting(outcome.result);
      renderMissing(outcome.result);
      report.setAttribute("data-events", String(events));
      reportStatus.textContent = t("diary.report.covers", { count: outcome.result.days });
    }, function () { /* the state shows the load failure */ });
  }

  // Printed, the page is the report alone, dated, with the doses it covers.
  function addPrinting(result) {
    var today = new Date().toLocaleDateString(language === "en" ? "en-GB" : language,
      { day: "numeric", month: "long", year: "numeric" });
    reportBody.insertBefore(el("p", { "class": "oih-print-only oih-print-header" }, [
      t("diary.print.header", { today: today, first: view.formatDate(result.span[0]),
        last: view.formatDate(result.span[1]) })
    ]), reportBody.firstChild);
    var doses = el("ul", {});
    diary.doses.forEach(function (dose) {
      doses.appendChild(el("li", {}, [t("diary.dose.item", { date: view.formatDate(dose.from),
        medicines: medicinesText(dose) })]));
    });
    reportBody.appendChild(el("div", { "class": "oih-print-only" }, [el("h3", {}, [t("diary.print.doses")]), doses]));
    var print = el("button", { type: "button", "class": "md-button md-button--primary oih-diary-print" },
      [t("diary.print.button")]);
    print.addEventListener("click", function () { window.print(); });
    reportBody.appendChild(print);
  }

  python.ready.then(
    function () {
      setReportState("ready", t("diary.report.ready"));
      analyse();
    },
    function (error) {
      setReportState("error", t("diary.report.failed", { problem: error.message }));
    }
  );

  function commit(status) {
    diary.days.sort(byKey("date"));
    diary.doses.sort(byKey("from"));
    persist();
    renderDays();
    renderDoses();
    updateBackupDue();
    if (status) entryStatus.textContent = status;
    analyse();
  }

  // ---- Keep, delete, other tabs ------------------------------------------------

  keepBox.addEventListener("change", function () {
    showMessage("");
    if (keepBox.checked) {
      var saved = save();
      if (!saved.ok) {
        setKeeping(false);
        showMessage(storageProblem(saved.status));
        return;
      }
      setKeeping(true);
      checkDurability(true);
    } else {
      var removed = store.remove();
      setKeeping(false);
      storageStatus.textContent = removed.ok ? t("diary.keep.removed")
        : t("diary.keep.remove_failed", { problem: removed.error });
    }
  });

  deleteButton.addEventListener("click", function () {
    confirmBox.hidden = false;
    confirmDelete.focus();
  });

  cancelDelete.addEventListener("click", function () {
    confirmBox.hidden = true;
    deleteButton.focus();
  });

  confirmDelete.addEventListener("click", function () {
    var removed = store.remove();
    diary = emptyDiary();
    meta = {};
    beforeImport = null;
    undoImportActions.hidden = true;
    setKeeping(false);
    confirmBox.hidden = true;
    clearForm();
    commit("");
    showMessage(removed.ok ? "" : t("diary.delete.not_removed", { problem: removed.error }));
    storageStatus.textContent = removed.ok ? t("diary.delete.done") : "";
    deleteButton.focus();
  });

  store.watch(function (kept) {
    if (kept.status === "ok") {
      diary = kept.diary;
      meta = kept.meta || {};
      var was = keeping;
      setKeeping(true);
      if (!was) checkDurability(false);
      renderDays();
      renderDoses();
      analyse();
      storageStatus.textContent = t("diary.tabs.updated");
    } else if (kept.status === "none" && keeping) {
      diary = emptyDiary();
      meta = {};
      setKeeping(false);
      clearForm();
      renderDays();
      renderDoses();
      analyse();
      storageStatus.textContent = t("diary.tabs.deleted");
    }
  });

  // ---- Files ---------------------------------------------------------------------

  function download(text, type, name) {
    var blob = new Blob([text], { type: type });
    var link = el("a", { href: URL.createObjectURL(blob), download: name });
    link.hidden = true;
    document.body.appendChild(link);
    link.click();
    setTimeout(function () {
      URL.revokeObjectURL(link.href);
      link.remove();
    }, 1000);
  }

  function saveJson() {
    download(JSON.stringify(diary, null, 2) + "\n", "application/json", "oih-diary-" + todayIso() + ".json");
    fileSaved();
  }

  root.querySelectorAll("[data-diary-export]").forEach(function (button) {
    button.addEventListener("click", function () {
      showMessage("");
      if (button.getAttribute("data-diary-export") === "json") {
        saveJson();
        return;
      }
      call("diary_to_csv", diary).then(function (outcome) {
        if (!outcome.ok) {
          showMessage(t("diary.export.csv_failed", { problem: outcome.problem }));
          return;
        }
        download(outcome.result, "text/csv", "oih-diary-" + todayIso() + ".csv");
        fileSaved();
      }, function (error) {
        showMessage(t("diary.export.csv_no_python", { problem: error.message }));
      });
    });
  });

  backupSave.addEventListener("click", function () {
    showMessage("");
    saveJson();
    storageStatus.textContent = t("diary.backup.saved");
    keepBox.focus();
  });

  function looksLikeJson(name, text) {
    if (/\.csv$/i.test(name)) return false;
    return /^\s*[{[]/.test(text) || /\.json$/i.test(name);
  }

  // Each failure is a whole sentence about the file, from the catalog.
  function failure(key, name, problem) {
    var error = new Error(t(key, { name: name, problem: problem }));
    error.worded = true;
    return error;
  }

  function readDiaryFile(file, text) {
    if (!looksLikeJson(file.name, text)) {
      return call("diary_from_csv", { text: text }).then(function (outcome) {
        if (!outcome.ok) throw failure("diary.import.not_spreadsheet", file.name, outcome.problem);
        return outcome.result;
      });
    }
    try {
      return Promise.resolve(JSON.parse(text));
    } catch (error) {
      return Promise.reject(failure("diary.import.not_json", file.name, error.message));
    }
  }

  function importFile(file) {
    showMessage("");
    if (file.size > data.max_import_bytes) {
      showMessage(t("diary.import.too_big", { name: file.name, size: (file.size / 1e6).toFixed(1),
        limit: data.max_import_bytes / 1e6 }));
      return Promise.resolve(false);
    }
    var candidate;
    return file.text()
      .then(function (text) { return readDiaryFile(file, text); })
      .then(function (parsed) {
        candidate = parsed;
        return analyseCall(candidate);
      })
      .then(function (outcome) {
        if (!outcome.ok) throw failure("diary.import.failed", file.name, outcome.problem);
        beforeImport = diary;
        diary = candidate;
        undoImportActions.hidden = false;
        commit(t("diary.import.done", { name: file.name, days: diary.days.length, doses: diary.doses.length }));
        entryStatus.scrollIntoView({ block: "nearest" });
        return true;
      })
      .catch(function (error) {
        showMessage(error.worded ? error.message : t("diary.import.failed", { name: file.name, problem: error.message }));
        return false;
      });
  }

  importInput.addEventListener("change", function () {
    var file = importInput.files && importInput.files[0];
    if (!file) return;
    importFile(file).then(function () { importInput.value = ""; });
  });

  undoImport.addEventListener("click", function () {
    if (!beforeImport) return;
    diary = beforeImport;
    beforeImport = null;
    undoImportActions.hidden = true;
    commit(t("diary.import.undone"));
  });

  // ---- The daily reminder: a calendar file, with no diary data in it -----------------

  // iCalendar text (RFC 5545): escape \ ; , and line breaks; fold lines at 75 octets.
  function icsText(text) {
    return String(text).replace(/\\/g, "\\\\").replace(/;/g, "\\;").replace(/,/g, "\\,").replace(/\r?\n/g, "\\n");
  }

  function fold(line) {
    var out = [];
    var current = "";
    var size = 0;
    Array.from(line).forEach(function (character) {
      var bytes = new TextEncoder().encode(character).length;
      if (size + bytes > (out.length ? 74 : 75)) {
        out.push(current);
        current = "";
        size = 0;
      }
      current += character;
      size += bytes;
    });
    out.push(current);
    return out.join("\r\n ");
  }

  function stamp(date) {
    return date.getUTCFullYear() + pad(date.getUTCMonth() + 1) + pad(date.getUTCDate()) + "T" +
      pad(date.getUTCHours()) + pad(date.getUTCMinutes()) + pad(date.getUTCSeconds()) + "Z";
  }

  function pageAddress() {
    return location.href.split("#")[0].split("?")[0];
  }

  function reminderCalendar(time) {
    var now = new Date();
    var start = todayIso().replace(/-/g, "") + "T" + time.replace(":", "") + "00";
    var url = pageAddress();
    var title = t("diary.reminder.title");
    var lines = [
      "BEGIN:VCALENDAR",
      "VERSION:2.0",
      "PRODID:-//OIH Guide//diary-reminder//" + language.toUpperCase(),
      "CALSCALE:GREGORIAN",
      "METHOD:PUBLISH",
      "BEGIN:VEVENT",
      // One UID, so saving the reminder again at a new time replaces it in most calendar apps.
      "UID:oih-guide-diary-reminder@oih-guide",
      "DTSTAMP:" + stamp(now),
      // A floating local time: the reminder follows the person's own clock wherever they are.
      "DTSTART:" + start,
      "DURATION:PT5M",
      "RRULE:FREQ=DAILY",
      "SUMMARY:" + icsText(title),
      "DESCRIPTION:" + icsText(t("diary.reminder.details", { url: url })),
      "URL:" + url,
      "TRANSP:TRANSPARENT",
      "BEGIN:VALARM",
      "ACTION:DISPLAY",
      "DESCRIPTION:" + icsText(title),
      "TRIGGER:PT0M",
      "END:VALARM",
      "END:VEVENT",
      "END:VCALENDAR"
    ];
    return lines.map(fold).join("\r\n") + "\r\n";
  }

  reminderButton.addEventListener("click", function () {
    var time = (reminderTime.value || "").slice(0, 5);
    if (!/^\d{2}:\d{2}$/.test(time)) {
      reminderStatus.textContent = t("diary.reminder.choose_time");
      reminderTime.focus();
      return;
    }
    download(reminderCalendar(time), "text/calendar", "oih-diary-reminder.ics");
    reminderStatus.textContent = t("diary.reminder.saved", { time: time });
  });

  // ---- Start ---------------------------------------------------------------------

  loadKept();
  clearForm();
  clearReading();
  renderDays();
  renderDoses();
  updateBackupDue();
})();
