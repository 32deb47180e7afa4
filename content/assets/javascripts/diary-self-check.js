/*
 * OIH Guide self-check: "Use my diary" and the printout for a clinician.
 *
 * Only when a diary is kept on this device (diary-store.js; this script only
 * reads it) does the form offer [data-use-diary]. It asks Python's
 * analyse_diary for the answers the diary supports, fills them, and marks
 * each as "From your diary" until the person changes it. When a result is
 * shown (assessment-tool.js fires "oih:result"), the reasons that rest
 * on a diary answer say so, and the diary's chart and dose changes join the
 * result, so one printout carries both. Every word is the catalog's
 * (window.oihWords) or the diary report's, in the page's language.
 */
(function () {
  "use strict";

  var form = document.getElementById("oih-form");
  var resultBody = document.getElementById("oih-result-body");
  if (!form || !resultBody) return;

  var store = window.oihDiaryStore;
  var view = window.oihDiaryReport;
  var el = window.oihPage.el;
  var t = window.oihWords;
  var language = document.documentElement.getAttribute("lang") || "en";
  var kept = store.load();
  if (kept.status !== "ok" || !kept.diary.days.length) return;

  var used = null;
  var button = el("button", { type: "button", "class": "md-button", "data-use-diary": "" }, [t("diary_check.use")]);
  var status = el("p", { "class": "oih-use-diary__status", role: "status" });
  var panel = el("div", { "class": "oih-use-diary", id: "oih-use-diary" }, [
    el("p", {}, [t("diary_check.intro")]),
    button,
    status
  ]);
  var privacy = document.getElementById("oih-form-privacy");
  privacy.parentNode.insertBefore(panel, privacy.nextSibling);

  function mark(fieldset) {
    fieldset.setAttribute("data-from-diary", "");
    if (fieldset.querySelector(".oih-from-diary")) return;
    var legend = fieldset.querySelector("legend");
    legend.parentNode.insertBefore(el("p", { "class": "oih-from-diary" }, [t("diary_check.marked")]), legend.nextSibling);
  }

  function unmark(fieldset) {
    fieldset.removeAttribute("data-from-diary");
    var note = fieldset.querySelector(".oih-from-diary");
    if (note) note.remove();
  }

  function fill(answers) {
    var filled = [];
    Object.keys(answers).forEach(function (id) {
      var fieldset = document.getElementById("q-" + id);
      if (!fieldset) return;
      var value = answers[id];
      var kind = fieldset.getAttribute("data-kind");
      if (kind === "single") {
        var radio = document.getElementById("q-" + id + "-" + value);
        if (!radio) return;
        radio.checked = true;
      } else if (kind === "multi" && Array.isArray(value)) {
        fieldset.querySelectorAll("input[type=checkbox]").forEach(function (box) { box.checked = false; });
        value.forEach(function (option) {
          var box = document.getElementById("q-" + id + "-" + option);
          if (box) box.checked = true;
        });
        var none = fieldset.querySelector("input[data-none-for]");
        if (none && !value.length) none.checked = true;
      } else {
        return;
      }
      mark(fieldset);
      filled.push(t("diary_check.question", { question: fieldset.querySelector("legend").textContent }));
    });
    return filled;
  }

  button.addEventListener("click", function () {
    status.textContent = t("diary_check.reading");
    var diary = store.load();
    if (diary.status !== "ok") {
      status.textContent = t("diary_check.unreadable");
      return;
    }
    window.oihDiaryPython.call("analyse_diary", { diary: diary.diary, language: language }).then(function (outcome) {
      if (!outcome.ok) {
        status.textContent = t("diary_check.problem", { problem: outcome.problem });
        return;
      }
      used = outcome.result;
      form.querySelectorAll("fieldset[data-from-diary]").forEach(unmark);
      var filled = fill(used.answers || {});
      var questions = filled.join(", ");
      status.textContent = !filled.length ? t("diary_check.none")
        : filled.length === 1 ? t("diary_check.answered_one", { questions: questions })
        : t("diary_check.answered_other", { count: filled.length, questions: questions });
    }, function (error) {
      status.textContent = t("diary_check.no_python", { problem: error.message });
    });
  });

  // An answer the person changes is theirs, no longer the diary's.
  form.addEventListener("change", function (event) {
    if (!event.isTrusted) return;
    var fieldset = event.target.closest("fieldset[data-from-diary]");
    if (fieldset) unmark(fieldset);
  });

  form.addEventListener("reset", function () {
    form.querySelectorAll("fieldset[data-from-diary]").forEach(unmark);
  });

  function diarySection(report) {
    var body = el("div", { "class": "oih-result-diary__body" });
    var section = el("section", { "class": "oih-result-diary", "aria-labelledby": "oih-result-diary-heading" }, [
      el("h3", { id: "oih-result-diary-heading" }, [t("diary_check.title")]),
      el("p", {}, [t("diary_check.span", { first: view.formatDate(report.span[0]), last: view.formatDate(report.span[1]),
        count: report.days })]),
      body
    ]);
    view.render(body, report, 4);
    var print = el("button", { type: "button", "class": "md-button md-button--primary" }, [t("diary.print.button")]);
    print.addEventListener("click", function () { window.print(); });
    section.appendChild(print);
    return section;
  }

  document.addEventListener("oih:result", function (event) {
    var data = event.detail || {};
    var items = resultBody.querySelectorAll(".oih-reason");
    (data.reasons || []).forEach(function (reason, index) {
      var fieldset = document.getElementById("q-" + reason.question);
      var text = items[index] && items[index].querySelector(".oih-reason__text");
      if (fieldset && fieldset.hasAttribute("data-from-diary") && text) {
        text.appendChild(el("span", { "class": "oih-reason__from-diary" }, [t("diary_check.reason") + " "]));
      }
    });
    if (!used) return;
    // The printout's header says nothing was stored; the diary was, by the person's choice.
    var header = resultBody.querySelector(".oih-print-header");
    if (header) {
      var stored = t("diary_check.print.nothing_stored");
      var keptWords = t("diary_check.print.kept");
      header.textContent = header.textContent.indexOf(stored) >= 0
        ? header.textContent.replace(stored, keptWords) : header.textContent + " " + keptWords;
    }
    // Before the print-only answer list, so the printout reads result, diary, answers.
    var printOnly = resultBody.querySelector(":scope > .oih-print-only:last-child");
    resultBody.insertBefore(diarySection(used), printOnly);
  });
})();
