/*
 * OIH Guide diary page: the day form, the lists, the report, and the file
 * and storage controls.
 *
 * The diary lives in memory as the contract's diary file
 * ({version: 1, doses: [...], days: [...]}); it is written to this browser's
 * storage only while "Keep my diary on this device" is ticked
 * (diary-store.js). Every analysis, check of an imported file and CSV
 * conversion is done in Python (assessment.diary) through diary-python.js;
 * this script is UI glue.
 */
(function () {
  "use strict";

  var root = document.getElementById("oih-diary");
  if (!root) return;

  var store = window.oihDiaryStore;
  var view = window.oihDiaryReport;
  var el = window.oihPage.el;
  var data = JSON.parse(document.getElementById("oih-diary-data").textContent);
  var DIARY_VERSION = 1;
  var DAYS_SHOWN = 31;

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
  var importInput = root.querySelector("[data-diary-import]");
  var undoImportActions = document.getElementById("diary-undo-import-actions");
  var undoImport = document.getElementById("diary-undo-import");
  var deleteButton = root.querySelector("[data-diary-delete]");
  var confirmBox = document.getElementById("diary-delete-confirm-box");
  var confirmDelete = root.querySelector("[data-diary-delete-confirm]");
  var cancelDelete = document.getElementById("diary-delete-cancel");

  var diary = emptyDiary();
  var keeping = false;
  var editingDate = null;
  var showingAll = false;
  var beforeImport = null;
  var analysisRun = 0;

  function emptyDiary() {
    return { version: DIARY_VERSION, doses: [], days: [] };
  }

  function todayIso() {
    var now = new Date();
    var pad = function (n) { return (n < 10 ? "0" : "") + n; };
    return now.getFullYear() + "-" + pad(now.getMonth() + 1) + "-" + pad(now.getDate());
  }

  function byDate(key) {
    return function (a, b) { return a[key] < b[key] ? -1 : a[key] > b[key] ? 1 : 0; };
  }

  // ---- Messages -----------------------------------------------------------

  function showMessage(text) {
    message.textContent = text;
    message.hidden = !text;
  }

  var STORAGE_PROBLEMS = {
    blocked: "This browser does not let the site keep anything (this happens in private windows, " +
      "or when site data is turned off). Your diary still works on this page, but it will be gone " +
      "when you close it. Save a diary file to keep a copy.",
    full: "This device has no room left to keep your diary, so your latest change was not kept. " +
      "It is still on this page. Save a diary file to keep a copy, or free some space.",
    error: "Your diary could not be kept on this device. It is still on this page. " +
      "Save a diary file to keep a copy."
  };

  // ---- Python -------------------------------------------------------------

  var python = window.oihDiaryPython;
  var call = python.call;

  // ---- Storage ------------------------------------------------------------

  function setKeeping(on) {
    keeping = on;
    keepBox.checked = on;
    storageStatus.textContent = on
      ? "Your diary is kept in this browser on this device."
      : "Your diary is not kept: it is on this page only.";
  }

  function persist() {
    if (!keeping) return true;
    var saved = store.save(diary);
    if (saved.ok) return true;
    showMessage(STORAGE_PROBLEMS[saved.status] || STORAGE_PROBLEMS.error);
    if (saved.status === "blocked") setKeeping(false);
    return false;
  }

  function loadKept() {
    var kept = store.load();
    if (kept.status === "ok") {
      diary = kept.diary;
      setKeeping(true);
    } else {
      setKeeping(false);
      if (kept.status === "blocked") showMessage(STORAGE_PROBLEMS.blocked);
      if (kept.status === "unreadable") {
        showMessage("The diary kept on this device could not be read (" + kept.error + "). " +
          "It has not been changed. You can start a new diary here. If you keep the new one, " +
          "the old one is set aside in this browser, not deleted.");
      }
      if (kept.status === "newer") {
        showMessage("Your diary was kept by a newer version of this site, so this page cannot read it. " +
          "It has not been changed. Reload the page to get the newest version.");
      }
    }
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
      unit === "mcg/hr" ? "(mcg an hour)" : unit ? "(mg a day, all doses added up)" : "(mg a day; for a patch, mcg an hour)";
  }

  function clearForm() {
    form.reset();
    editingDate = null;
    dateInput.value = todayIso();
    dateInput.max = todayIso();
    showDoseRows(false);
    doseRows().forEach(setUnit);
    cancelEdit.hidden = true;
    saveButton.textContent = "Save this day";
    entryError.hidden = true;
    updateDoseToggleLabel();
  }

  function entryProblem(text, focusTarget) {
    entryError.textContent = text;
    entryError.hidden = false;
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
      if (!select.value) return { problem: "Choose the medicine for opioid " + (i + 1) + ".", focus: select };
      var dose = Number(text);
      if (text === "" || !isFinite(dose) || dose <= 0) {
        return { problem: "Give the amount of " + data.opioids[select.value].label + " as a number above 0.", focus: amount };
      }
      medications.push({ opioid: select.value, daily_dose: dose });
    }
    if (medications.length && noOpioid.checked) {
      return { problem: "You added a medicine and also ticked that you take no opioid. Please choose one.", focus: noOpioid };
    }
    if (!medications.length && !noOpioid.checked) {
      return {
        problem: "Add at least one opioid and its amount, or tick \u201cI take no opioid from this day on\u201d.",
        focus: rows[0].querySelector("select")
      };
    }
    return { medications: medications };
  }

  form.addEventListener("submit", function (event) {
    event.preventDefault();
    entryError.hidden = true;
    var date = dateInput.value;
    if (!/^\d{4}-\d{2}-\d{2}$/.test(date)) return entryProblem("Choose the day.", dateInput);
    if (date > todayIso()) return entryProblem("That day has not come yet. Choose today or an earlier day.", dateInput);
    var pain = form.querySelector("input[name=pain]:checked");
    if (!pain) return entryProblem("Choose your pain, from 0 to 10.", form.querySelector("input[name=pain]"));
    var dose = null;
    if (doseToggle.checked) {
      dose = readMedications();
      if (dose.problem) return entryProblem(dose.problem, dose.focus);
    }

    var day = { date: date, pain: Number(pain.value), withdrawal_signs: [] };
    form.querySelectorAll("input[name=withdrawal_signs]:checked").forEach(function (box) {
      day.withdrawal_signs.push(box.value);
    });
    var note = noteInput.value.trim();
    if (note) day.note = note;

    var replaced = diary.days.some(function (d) { return d.date === date && date !== editingDate; });
    var movedFrom = editingDate;
    diary.days = diary.days.filter(function (d) { return d.date !== date && d.date !== movedFrom; });
    diary.days.push(day);
    diary.doses = diary.doses.filter(function (d) { return d.from !== date && d.from !== movedFrom; });
    if (dose) diary.doses.push({ from: date, medications: dose.medications });
    var when = view.formatDate(date);
    commit((replaced ? "Saved, in place of what you had for " : "Saved your day: ") + when + "." +
      (keeping ? "" : " It is on this page only until you tick \u201cKeep my diary on this device\u201d."));
    clearForm();
  });

  doseToggle.addEventListener("change", function () { doseFieldset.hidden = !doseToggle.checked; });

  doseFieldset.addEventListener("change", function (event) {
    var target = event.target;
    if (target.tagName === "SELECT") setUnit(target.closest(".oih-med-row"));
  });

  cancelEdit.addEventListener("click", function () {
    clearForm();
    entryStatus.textContent = "Stopped editing. Nothing was changed.";
  });

  function editDay(date) {
    var day = diary.days.filter(function (d) { return d.date === date; })[0];
    if (!day) return;
    clearForm();
    editingDate = date;
    dateInput.value = date;
    var pain = document.getElementById("diary-pain-" + day.pain);
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
    saveButton.textContent = "Save changes";
    cancelEdit.hidden = false;
    entryStatus.textContent = "Editing " + view.formatDate(date) + ".";
    form.scrollIntoView({ block: "start" });
    (pain || dateInput).focus();
  }

  // ---- Lists ----------------------------------------------------------------

  function medicineText(medicine) {
    var opioid = data.opioids[medicine.opioid] || { label: medicine.opioid, unit: "" };
    var unit = opioid.unit === "mcg/hr" ? "mcg an hour" : "mg a day";
    return opioid.label + " " + medicine.daily_dose + " " + unit;
  }

  function dayItem(day) {
    var parts = ["Pain " + day.pain + " out of 10."];
    var signs = (day.withdrawal_signs || []).map(function (sign) { return data.withdrawal_signs[sign] || sign; });
    if (signs.length) parts.push("Signs: " + signs.join(", ") + ".");
    var when = view.formatDate(day.date);
    var item = el("li", { "class": "oih-diary-day", "data-date": day.date }, [
      el("strong", {}, [when + ": "]),
      el("span", {}, [parts.join(" ")])
    ]);
    // A note is the person's own words: always text, never HTML.
    if (day.note) item.appendChild(el("span", { "class": "oih-diary-day__note" }, [" Note: " + day.note]));
    var actions = el("span", { "class": "oih-diary-day__actions" });
    // Named with the day, so a list of "Edit" buttons can be told apart by ear.
    var edit = el("button", { type: "button", "class": "md-button", "data-edit": day.date,
      "aria-label": "Edit " + when }, ["Edit"]);
    var remove = el("button", { type: "button", "class": "md-button", "data-remove": day.date,
      "aria-label": "Delete " + when }, ["Delete"]);
    actions.appendChild(edit);
    actions.appendChild(remove);
    item.appendChild(actions);
    return item;
  }

  function renderDays() {
    var newestFirst = diary.days.slice().sort(byDate("date")).reverse();
    var shown = showingAll ? newestFirst : newestFirst.slice(0, DAYS_SHOWN);
    daysList.textContent = "";
    shown.forEach(function (day) { daysList.appendChild(dayItem(day)); });
    emptyNote.hidden = diary.days.length > 0;
    showAll.hidden = shown.length === newestFirst.length;
    showAll.textContent = "Show all " + newestFirst.length + " days";
  }

  function renderDoses() {
    doseList.textContent = "";
    diary.doses.slice().sort(byDate("from")).forEach(function (dose) {
      var what = dose.medications.length ? dose.medications.map(medicineText).join("; ") : "No opioid";
      var when = view.formatDate(dose.from);
      var remove = el("button", { type: "button", "class": "md-button", "data-remove-dose": dose.from,
        "aria-label": "Delete the dose from " + when }, ["Delete"]);
      doseList.appendChild(el("li", { "class": "oih-diary-dose", "data-from": dose.from }, [
        el("strong", {}, ["From " + when + ": "]), el("span", {}, [what]), " ", remove
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
    var rest = missing.length > 10 ? " and " + (missing.length - 10) + " more" : "";
    missingNote.textContent = "Days with no entry: " + missing.length + " (" + listed + rest + "). " +
      "That is fine. The chart leaves them blank.";
    missingNote.hidden = false;
  }

  daysList.addEventListener("click", function (event) {
    var button = event.target.closest("button");
    if (!button) return;
    if (button.hasAttribute("data-edit")) editDay(button.getAttribute("data-edit"));
    if (button.hasAttribute("data-remove")) {
      var date = button.getAttribute("data-remove");
      diary.days = diary.days.filter(function (d) { return d.date !== date; });
      commit("Deleted the entry for " + view.formatDate(date) + ".");
      if (editingDate === date) clearForm();
      form.querySelector("input[name=pain]").focus();
    }
  });

  doseList.addEventListener("click", function (event) {
    var button = event.target.closest("button[data-remove-dose]");
    if (!button) return;
    var from = button.getAttribute("data-remove-dose");
    diary.doses = diary.doses.filter(function (d) { return d.from !== from; });
    commit("Deleted the dose from " + view.formatDate(from) + ".");
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
      report.removeAttribute("data-events");
      reportBody.textContent = "";
      renderMissing(null);
      if (report.getAttribute("data-state") === "ready") {
        reportStatus.textContent = "Your chart appears here once you add a day.";
      }
      return;
    }
    var snapshot = JSON.parse(JSON.stringify(diary));
    call("analyse_diary", snapshot).then(function (outcome) {
      if (run !== analysisRun) return;
      if (!outcome.ok) {
        report.removeAttribute("data-events");
        reportBody.textContent = "";
        renderMissing(null);
        reportStatus.textContent = "Your diary has a problem, so there is no chart yet: " + outcome.error +
          ". Edit or delete that day or dose below.";
        return;
      }
      var events = view.render(reportBody, outcome.result, data, 3);
      addPrinting(outcome.result);
      renderMissing(outcome.result);
      report.setAttribute("data-events", String(events));
      reportStatus.textContent = "Your chart covers " + outcome.result.days + " days with a pain score.";
    }, function () { /* the state shows the load failure */ });
  }

  // Printed, the page is the report alone, dated, with the doses it covers.
  function addPrinting(result) {
    var today = new Date().toLocaleDateString("en-GB", { day: "numeric", month: "long", year: "numeric" });
    reportBody.insertBefore(el("p", { "class": "oih-print-only oih-print-header" }, [
      "OIH Guide pain and dose diary, printed " + today + ". From " + view.formatDate(result.span[0]) +
      " to " + view.formatDate(result.span[1]) + ". For discussion with a clinician; not a diagnosis."
    ]), reportBody.firstChild);
    var doses = el("ul", {});
    diary.doses.forEach(function (dose) {
      doses.appendChild(el("li", {}, ["From " + view.formatDate(dose.from) + ": " +
        (dose.medications.length ? dose.medications.map(medicineText).join("; ") : "No opioid")]));
    });
    reportBody.appendChild(el("div", { "class": "oih-print-only" }, [el("h3", {}, ["Doses"]), doses]));
    var print = el("button", { type: "button", "class": "md-button md-button--primary oih-diary-print" },
      ["Print for my clinician"]);
    print.addEventListener("click", function () { window.print(); });
    reportBody.appendChild(print);
  }

  python.ready.then(
    function () {
      setReportState("ready", "Your chart appears here once you add a day.");
      analyse();
    },
    function (error) {
      setReportState("error", "Sorry, the chart could not load (" + error.message + "). " +
        "You can still add days, and keep, save or delete your diary. Try reloading the page later.");
    }
  );

  function commit(status) {
    diary.days.sort(byDate("date"));
    diary.doses.sort(byDate("from"));
    persist();
    renderDays();
    renderDoses();
    if (status) entryStatus.textContent = status;
    analyse();
  }

  // ---- Keep, delete, other tabs ------------------------------------------------

  keepBox.addEventListener("change", function () {
    showMessage("");
    if (keepBox.checked) {
      var saved = store.save(diary);
      if (!saved.ok) {
        setKeeping(false);
        showMessage(STORAGE_PROBLEMS[saved.status] || STORAGE_PROBLEMS.error);
        return;
      }
      setKeeping(true);
    } else {
      var removed = store.remove();
      setKeeping(false);
      storageStatus.textContent = removed.ok
        ? "Your diary is no longer kept on this device. It stays on this page until you close it. " +
          "Save a diary file first if you want a copy."
        : "The kept diary could not be removed: " + removed.error;
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
    beforeImport = null;
    undoImportActions.hidden = true;
    setKeeping(false);
    confirmBox.hidden = true;
    clearForm();
    commit("");
    showMessage(removed.ok ? "" : "The diary was cleared from this page, but this browser would not let the " +
      "site remove the kept copy (" + removed.error + ").");
    storageStatus.textContent = removed.ok ? "Your diary was deleted from this page and this device." : "";
    deleteButton.focus();
  });

  store.watch(function (kept) {
    if (kept.status === "ok") {
      diary = kept.diary;
      setKeeping(true);
      renderDays();
      renderDoses();
      analyse();
      storageStatus.textContent = "Your diary was updated from another tab.";
    } else if (kept.status === "none" && keeping) {
      diary = emptyDiary();
      setKeeping(false);
      clearForm();
      renderDays();
      renderDoses();
      analyse();
      storageStatus.textContent = "Your diary was deleted, or is no longer kept, in another tab.";
    }
  });

  // ---- Files ---------------------------------------------------------------------

  function download(text, type, extension) {
    var blob = new Blob([text], { type: type });
    var link = el("a", { href: URL.createObjectURL(blob), download: "oih-diary-" + todayIso() + "." + extension });
    link.hidden = true;
    document.body.appendChild(link);
    link.click();
    setTimeout(function () {
      URL.revokeObjectURL(link.href);
      link.remove();
    }, 1000);
  }

  root.querySelectorAll("[data-diary-export]").forEach(function (button) {
    button.addEventListener("click", function () {
      showMessage("");
      if (button.getAttribute("data-diary-export") === "json") {
        download(JSON.stringify(diary, null, 2) + "\n", "application/json", "json");
        return;
      }
      call("diary_to_csv", diary).then(function (outcome) {
        if (outcome.ok) download(outcome.result, "text/csv", "csv");
        else showMessage("The spreadsheet file could not be made: " + outcome.error + ".");
      }, function (error) {
        showMessage("The spreadsheet file needs the diary's checker, which could not load (" + error.message +
          "). A diary file (JSON) still works.");
      });
    });
  });

  function looksLikeJson(name, text) {
    if (/\.csv$/i.test(name)) return false;
    return /^\s*[{[]/.test(text) || /\.json$/i.test(name);
  }

  function readDiaryFile(file, text) {
    if (!looksLikeJson(file.name, text)) {
      return call("diary_from_csv", { text: text }).then(function (outcome) {
        if (!outcome.ok) throw new Error("it is not a diary spreadsheet: " + outcome.error);
        return outcome.result;
      });
    }
    try {
      return Promise.resolve(JSON.parse(text));
    } catch (error) {
      return Promise.reject(new Error("it is not a diary file: it is not valid JSON (" + error.message + ")"));
    }
  }

  function importFile(file) {
    showMessage("");
    if (file.size > data.max_import_bytes) {
      showMessage("\u201c" + file.name + "\u201d could not be opened: at " + (file.size / 1e6).toFixed(1) +
        " MB it is too big to be a diary (at most " + data.max_import_bytes / 1e6 + " MB). Your diary was not changed.");
      return Promise.resolve(false);
    }
    var candidate;
    return file.text()
      .then(function (text) { return readDiaryFile(file, text); })
      .then(function (parsed) {
        candidate = parsed;
        return call("analyse_diary", candidate);
      })
      .then(function (outcome) {
        if (!outcome.ok) throw new Error(outcome.error);
        beforeImport = diary;
        diary = candidate;
        undoImportActions.hidden = false;
        commit("Opened \u201c" + file.name + "\u201d: " + diary.days.length + " days and " + diary.doses.length +
          " doses. It replaced the diary that was on this page.");
        entryStatus.scrollIntoView({ block: "nearest" });
        return true;
      })
      .catch(function (error) {
        showMessage("\u201c" + file.name + "\u201d could not be opened: " + error.message + ". Your diary was not changed.");
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
    commit("Brought back the diary you had before you opened the file.");
  });

  // ---- Start ---------------------------------------------------------------------

  loadKept();
  clearForm();
  renderDays();
  renderDoses();
})();
