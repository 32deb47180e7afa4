/* The self-test's interactive layer. The build renders every question, its
   choices, the right answer (data-quiz-answer) and the score table from the
   page's Markdown (site_build/pages/study/quiz.py); this script only checks answers,
   counts them, and keeps them only when the reader ticks "Remember my
   progress on this device". Without it the page still reads as a plain
   self-test with hidden answers. A classic script, so the offline copy can
   load it from disk. */
(function () {
  "use strict";

  var t = window.oihWords;
  var STORAGE_KEY = "oih-guide.self-test";
  var SCHEMA_VERSION = 1;

  var questions = Array.prototype.slice.call(document.querySelectorAll("[data-quiz-question]"));
  var results = document.querySelector("[data-quiz-results]");
  var controls = document.querySelector("[data-quiz-controls]");
  if (!questions.length || !results || !controls) return;

  var keep = controls.querySelector("[data-quiz-keep]");
  var storageStatus = controls.querySelector("[data-quiz-storage-status]");
  var retryStatus = results.querySelector("[data-quiz-retry-status]");

  function part(question, name) {
    return question.querySelector("[data-quiz-" + name + "]");
  }

  function byId(id) {
    for (var i = 0; i < questions.length; i++) {
      if (questions[i].getAttribute("data-quiz-question") === id) return questions[i];
    }
    return null;
  }

  function kind(question) {
    return question.getAttribute("data-quiz-kind");
  }

  function chosen(question) {
    var checked = question.querySelector("input[type=radio]:checked");
    return checked ? checked.value : null;
  }

  function labelOf(question, key) {
    if (kind(question) === "true-false") return t(key === "true" ? "quiz.true" : "quiz.false");
    return key;
  }

  function verdictFor(question, result, choice) {
    var answer = question.getAttribute("data-quiz-answer");
    if (kind(question) === "short-answer") {
      return t(result === "correct" ? "quiz.short.correct" : "quiz.short.missed");
    }
    if (kind(question) === "true-false") {
      return t(result === "correct" ? "quiz.true_false.correct" : "quiz.true_false.missed", { answer: labelOf(question, answer) });
    }
    if (result === "correct") return t("quiz.choice.correct", { answer: answer });
    return t("quiz.choice.missed", { choice: choice, answer: answer });
  }

  function showVerdict(question, text, result) {
    var verdict = part(question, "verdict");
    verdict.textContent = text;
    verdict.className = "oih-quiz-verdict" + (result ? " oih-quiz-verdict--" + result : "");
    verdict.hidden = false;
    var details = question.querySelector("details");
    if (details && result !== null) details.open = true;
  }

  // Sets the question's result, shows why, and (unless restoring) moves focus to the feedback.
  function settle(question, result, choice, quietly) {
    question.setAttribute("data-answered", result);
    showVerdict(question, verdictFor(question, result, choice), result);
    var marking = part(question, "marking");
    if (marking) marking.hidden = false;
    if (!quietly) part(question, "feedback").focus();
  }

  function clear(question) {
    question.removeAttribute("data-answered");
    var radios = question.querySelectorAll("input[type=radio]");
    for (var i = 0; i < radios.length; i++) radios[i].checked = false;
    var verdict = part(question, "verdict");
    verdict.textContent = "";
    verdict.hidden = true;
    var marking = part(question, "marking");
    if (marking) marking.hidden = true;
    var details = question.querySelector("details");
    if (details) details.open = false;
  }

  function check(question) {
    var choice = chosen(question);
    if (choice === null) {
      showVerdict(question, t("quiz.choose_first"), null);
      part(question, "feedback").focus();
      return;
    }
    var result = choice === question.getAttribute("data-quiz-answer") ? "correct" : "incorrect";
    settle(question, result, choice, false);
  }

  function reveal(question) {
    var details = question.querySelector("details");
    if (details) details.open = true;
    showVerdict(question, t("quiz.model_answer"), null);
    part(question, "marking").hidden = false;
    part(question, "feedback").focus();
  }

  function updateScore() {
    var correct = 0;
    var answered = 0;
    var topics = {};
    questions.forEach(function (question) {
      var topic = question.getAttribute("data-quiz-topic");
      var tally = topics[topic] || (topics[topic] = { correct: 0, answered: 0 });
      var result = question.getAttribute("data-answered");
      if (result) {
        answered += 1;
        tally.answered += 1;
      }
      if (result === "correct") {
        correct += 1;
        tally.correct += 1;
      }
    });
    var total = questions.length;
    results.querySelector("[data-quiz-score]").textContent = correct + " of " + total + " correct";
    results.querySelector("[data-quiz-answered]").textContent = answered + " of " + total + " answered";
    var rows = results.querySelectorAll("[data-quiz-topic-row]");
    for (var i = 0; i < rows.length; i++) {
      var tally = topics[rows[i].getAttribute("data-quiz-topic-row")] || { correct: 0, answered: 0 };
      rows[i].querySelector("[data-quiz-topic-correct]").textContent = String(tally.correct);
      rows[i].querySelector("[data-quiz-topic-answered]").textContent = String(tally.answered);
    }
  }

  // ---- Storage: only after the reader ticks the box ----------------------

  function snapshot() {
    var answers = {};
    questions.forEach(function (question) {
      var result = question.getAttribute("data-answered");
      if (!result) return;
      var entry = { result: result };
      var choice = chosen(question);
      if (choice !== null) entry.choice = choice;
      answers[question.getAttribute("data-quiz-question")] = entry;
    });
    return { version: SCHEMA_VERSION, answers: answers };
  }

  function save() {
    if (!keep.checked) return;
    try {
      localStorage.setItem(STORAGE_KEY, JSON.stringify(snapshot()));
    } catch (error) {
      keep.checked = false;
      storageStatus.textContent = t("quiz.storage.blocked");
    }
  }

  function forget() {
    try {
      localStorage.removeItem(STORAGE_KEY);
    } catch (error) {
      /* Nothing could be stored either, so there is nothing to delete. */
    }
  }

  function restoreEntry(id, entry) {
    var question = byId(id);
    if (!question || !entry || typeof entry !== "object") return;
    if (kind(question) === "short-answer") {
      if (entry.result === "correct" || entry.result === "incorrect") settle(question, entry.result, null, true);
      return;
    }
    var radio = question.querySelector("input[type=radio][value='" + String(entry.choice).replace(/[^A-Za-z]/g, "") + "']");
    if (!radio) return;
    radio.checked = true;
    // Judged again against today's page, in case an answer was corrected since.
    var result = radio.value === question.getAttribute("data-quiz-answer") ? "correct" : "incorrect";
    settle(question, result, radio.value, true);
  }

  function restore() {
    var raw;
    try {
      raw = localStorage.getItem(STORAGE_KEY);
    } catch (error) {
      return;
    }
    if (raw === null) return;
    keep.checked = true;
    var data = null;
    try {
      data = JSON.parse(raw);
    } catch (error) {
      data = null;
    }
    if (!data || data.version !== SCHEMA_VERSION || typeof data.answers !== "object" || data.answers === null) {
      storageStatus.textContent = t("quiz.storage.unreadable");
      return;
    }
    Object.keys(data.answers).forEach(function (id) {
      restoreEntry(id, data.answers[id]);
    });
    storageStatus.textContent = t("quiz.storage.restored");
  }

  keep.addEventListener("change", function () {
    if (keep.checked) {
      save();
      if (keep.checked) storageStatus.textContent = t("quiz.storage.kept");
    } else {
      forget();
      storageStatus.textContent = t("quiz.storage.deleted");
    }
  });

  // ---- Retry and start again ---------------------------------------------

  function focusQuestion(question) {
    var heading = question.querySelector("h3");
    heading.setAttribute("tabindex", "-1");
    heading.focus();
  }

  function retryMissed() {
    var missed = questions.filter(function (question) {
      return question.getAttribute("data-answered") === "incorrect";
    });
    if (!missed.length) {
      retryStatus.textContent = t("quiz.retry.none");
      return;
    }
    missed.forEach(clear);
    retryStatus.textContent =
      t(missed.length === 1 ? "quiz.retry.cleared.one" : "quiz.retry.cleared.other", { count: missed.length });
    afterChange();
    focusQuestion(missed[0]);
  }

  function startAgain() {
    questions.forEach(clear);
    retryStatus.textContent = t("quiz.reset.done");
    afterChange();
    focusQuestion(questions[0]);
  }

  function afterChange() {
    updateScore();
    save();
  }

  document.addEventListener("click", function (event) {
    var button = event.target.closest ? event.target.closest("button") : null;
    if (!button) return;
    var question = button.closest("[data-quiz-question]");
    if (button.hasAttribute("data-quiz-check") && question) {
      check(question);
    } else if (button.hasAttribute("data-quiz-reveal") && question) {
      reveal(question);
      return;
    } else if (button.hasAttribute("data-quiz-mark") && question) {
      settle(question, button.getAttribute("data-quiz-mark"), null, false);
    } else if (button.hasAttribute("data-quiz-retry")) {
      retryMissed();
      return;
    } else if (button.hasAttribute("data-quiz-reset")) {
      startAgain();
      return;
    } else {
      return;
    }
    afterChange();
  });

  restore();
  updateScore();
  controls.hidden = false;
  results.hidden = false;
  Array.prototype.forEach.call(document.querySelectorAll("[data-quiz-actions]"), function (actions) {
    actions.hidden = false;
  });
  results.setAttribute("data-quiz-state", "ready");
})();
