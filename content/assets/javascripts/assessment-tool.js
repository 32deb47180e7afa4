/*
 * OIH Guide self-check: the form's behaviour.
 *
 * The form is plain HTML rendered at build time, and assessment-boot.js has
 * been starting Pyodide since the page's <head>, so people answer while it
 * boots. This script shows the boot's state, and on submit hands the answers
 * to assessment.assess() in Python and renders the result. Nothing is sent
 * anywhere and nothing is stored.
 */
(function () {
  "use strict";

  var el = window.oihPage.el;

  var root = document.getElementById("oih-tool");
  if (!root) return;

  var form = document.getElementById("oih-form");
  var submitButton = document.getElementById("oih-submit");
  var statusText = root.querySelector(".oih-tool__status-text");
  var formError = document.getElementById("oih-form-error");
  var result = document.getElementById("oih-result");
  var resultBody = document.getElementById("oih-result-body");
  var toolData = JSON.parse(document.getElementById("oih-tool-data").textContent);

  var PATTERN_WORDS = {
    oih: "opioid-induced hyperalgesia (OIH)",
    tolerance: "tolerance",
    mixed: "a mix of tolerance and OIH",
    withdrawal: "withdrawal-related pain",
    other_cause: "another cause",
    not_suggestive: "no sign of OIH",
    unclear: "no clear pattern yet"
  };

  function setState(state, message) {
    root.setAttribute("data-state", state);
    statusText.textContent = message;
  }

  var timeoutMs = Number(root.getAttribute("data-timeout-ms")) || 120000;
  setState("loading", "Getting the checker ready. You can start answering now.");
  var engine = window.oihPage.python(timeoutMs, "the checker");
  engine.then(
    function () {
      setState("ready", "The checker is ready. Answer what you can, then choose See my result.");
      document.dispatchEvent(new Event("oih:tool-settled"));
    },
    function (error) {
      setState("error", "Sorry, the checker could not load (" + error.message + "). " +
        "You can still read the questions and the rest of this site. Try reloading the page later.");
      document.dispatchEvent(new Event("oih:tool-settled"));
    }
  );
  // A small public handle, so tests and the benchmark call the very engine the
  // form uses: answers in, the contract's to_dict() (or an error) out.
  window.oihSelfCheck = {
    assess: function (answers) { return engine.then(function (python) { return python.call("assess", answers); }); }
  };
  // The form is usable while Pyodide boots: submitting just waits for it.
  submitButton.disabled = false;

  // ---- Reading the form -------------------------------------------------

  function collectAnswers() {
    var answers = {};
    form.querySelectorAll("fieldset[data-question]").forEach(function (fieldset) {
      var id = fieldset.getAttribute("data-question");
      var kind = fieldset.getAttribute("data-kind");
      if (kind === "single") {
        var chosen = fieldset.querySelector("input[type=radio]:checked");
        if (chosen) answers[id] = chosen.value;
      } else if (kind === "multi" || kind === "areas") {
        var values = [];
        fieldset.querySelectorAll("input[name='" + id + "']:checked").forEach(function (box) {
          values.push(box.value);
        });
        var none = fieldset.querySelector("input[data-none-for]");
        if (values.length || (none && none.checked)) answers[id] = values;
      } else if (kind === "medications") {
        var medicines = [];
        fieldset.querySelectorAll(".oih-med-row").forEach(function (row) {
          var opioid = row.querySelector("select").value;
          var dose = row.querySelector("input").value.trim();
          if (!opioid && !dose) return;
          medicines.push({ opioid: opioid, daily_dose: dose === "" ? null : Number(dose) });
        });
        if (medicines.length) answers[id] = medicines;
      }
    });
    return answers;
  }

  // "None of these" and the real options exclude each other.
  form.addEventListener("change", function (event) {
    var box = event.target;
    if (box.type !== "checkbox" || !box.checked) return;
    var fieldset = box.closest("fieldset");
    if (box.hasAttribute("data-none-for")) {
      fieldset.querySelectorAll("input[name='" + box.getAttribute("data-none-for") + "']").forEach(function (other) {
        other.checked = false;
      });
    } else {
      var none = fieldset.querySelector("input[data-none-for]");
      if (none) none.checked = false;
    }
  });

  // The unit follows the chosen opioid: patches are dosed in mcg an hour.
  form.addEventListener("change", function (event) {
    var select = event.target;
    if (select.tagName !== "SELECT") return;
    var row = select.closest(".oih-med-row");
    var option = select.options[select.selectedIndex];
    var unit = option && option.getAttribute("data-unit");
    row.querySelector(".oih-med-row__unit").textContent =
      unit === "mcg/hr" ? "(mcg an hour)" : unit ? "(mg a day, all doses added up)" : "(mg a day; for a patch, mcg an hour)";
  });

  // ---- Rendering the result ---------------------------------------------

  function pageLink(target, text) {
    var parts = String(target).split("#");
    var url = toolData.pages[parts[0]];
    if (url === undefined) return el("span", {}, [text]);
    return el("a", { href: url + (parts[1] ? "#" + parts[1] : "") }, [text]);
  }

  function referenceLink(id) {
    var reference = toolData.references[id];
    if (!reference) return el("span", {}, [id]);
    return pageLink("references.md#ref-" + id, "[" + reference.number + "] " + reference.short);
  }

  function urgentBox(detail) {
    var box = el("div", { "class": "admonition danger oih-urgent", "data-flag": detail.flag, role: "alert", tabindex: "-1" }, [
      el("p", { "class": "admonition-title" }, [detail.title])
    ]);
    var list = el("ul");
    detail.actions.forEach(function (action) { list.appendChild(el("li", {}, [action])); });
    box.appendChild(list);
    if (detail.learn_more) box.appendChild(el("p", {}, [pageLink(detail.learn_more, "More about what to do")]));
    return box;
  }

  function reasonItem(reason) {
    var direction = reason.effect === "for" ? "Points towards " : "Points away from ";
    return el("li", { "class": "oih-reason oih-reason--" + reason.effect, "data-rule": reason.rule }, [
      el("span", { "class": "oih-reason__text" }, [reason.text + " "]),
      el("span", { "class": "oih-reason__meta" }, [
        direction + (PATTERN_WORDS[reason.supports] || reason.supports) + ". Source: ",
        referenceLink(reason.source),
        el("span", { "class": "oih-reason__more" }, [". ", pageLink(reason.learn_more, "Learn more")])
      ])
    ]);
  }

  // "Answering these could change the result": the three most decisive
  // unanswered questions, each a link to its fieldset on the form.
  function sharpenBlock(items) {
    var list = el("ul", { "class": "oih-sharpen" });
    items.slice(0, 3).forEach(function (item) {
      var fieldset = document.getElementById("q-" + item.question);
      if (!fieldset) return;
      var could = item.could_give.map(function (p) { return PATTERN_WORDS[p] || p; }).join(" or ");
      list.appendChild(el("li", { "data-question": item.question }, [
        el("a", { href: "#q-" + item.question }, [fieldset.querySelector("legend").textContent]),
        " Your answer could point to " + could + "."
      ]));
    });
    if (!list.children.length) return null;
    return el("div", { "class": "oih-result__sharpen" }, [
      el("h3", {}, ["Answering these could change the result"]),
      list
    ]);
  }

  function answerSummary() {
    var list = el("dl", { "class": "oih-print-answers" });
    form.querySelectorAll("fieldset[data-question]").forEach(function (fieldset) {
      var chosen = [];
      if (fieldset.getAttribute("data-kind") === "medications") {
        fieldset.querySelectorAll(".oih-med-row").forEach(function (row) {
          var select = row.querySelector("select");
          var dose = row.querySelector("input").value.trim();
          if (select.value) chosen.push(select.options[select.selectedIndex].text + " " + dose + " " +
            (select.options[select.selectedIndex].getAttribute("data-unit") || ""));
        });
      } else {
        fieldset.querySelectorAll("input:checked").forEach(function (input) {
          chosen.push(fieldset.querySelector("label[for='" + input.id + "']").textContent);
        });
      }
      list.appendChild(el("dt", {}, [fieldset.querySelector("legend").textContent]));
      list.appendChild(el("dd", {}, [chosen.length ? chosen.join("; ") : "Not answered"]));
    });
    return list;
  }

  function renderResult(data) {
    resultBody.textContent = "";
    var urgentNodes = (data.urgent_details || []).map(urgentBox);
    urgentNodes.forEach(function (node) { resultBody.appendChild(node); });

    resultBody.appendChild(el("p", { "class": "oih-result__pattern" }, [
      el("strong", {}, ["Pattern: " + data.pattern_label])
    ]));
    resultBody.appendChild(el("p", { "class": "oih-result__summary" }, [data.summary]));
    if (data.confidence) {
      resultBody.appendChild(el("p", { "class": "oih-result__confidence" }, ["How clear the pattern is: " + data.confidence + "."]));
    }

    if (data.reasons && data.reasons.length) {
      resultBody.appendChild(el("h3", {}, ["What pointed which way"]));
      var reasons = el("ul", { "class": "oih-reasons" });
      data.reasons.forEach(function (reason) { reasons.appendChild(reasonItem(reason)); });
      resultBody.appendChild(reasons);
    }
    // Filled by body-map.js (the two maps side by side) when the maps were answered.
    resultBody.appendChild(el("div", { "class": "oih-result__slot", "data-result-slot": "body-map" }));

    var sharpen = sharpenBlock(data.sharpen || []);
    if (sharpen) resultBody.appendChild(sharpen);

    if (data.mme) {
      var mme = el("div", { "class": "oih-result__mme" }, [
        el("h3", {}, ["Your daily opioid amount"]),
        el("p", {}, ["About " + Math.round(data.mme.total) + " morphine milligram equivalents (MME) a day. ",
          "MME is a rough guide to risk, not a way to swap medicines. Source: ", referenceLink("cdc2022"), "."])
      ]);
      (data.mme.excluded || []).forEach(function (item) { mme.appendChild(el("p", {}, [item.reason])); });
      resultBody.appendChild(mme);
    }

    resultBody.appendChild(el("h3", {}, ["What to do next"]));
    var steps = el("ol", { "class": "oih-next-steps" });
    (data.next_steps || []).forEach(function (step) { steps.appendChild(el("li", {}, [step])); });
    resultBody.appendChild(steps);

    resultBody.appendChild(el("p", { "class": "oih-result__disclaimer" }, [
      "This self-check informs; it does not diagnose. ",
      "Only a clinician who knows you can tell what is causing your pain."
    ]));

    var printButton = el("button", { type: "button", "class": "md-button oih-print-button" }, [
      "Print or save a summary for your clinician"
    ]);
    printButton.addEventListener("click", function () { window.print(); });
    resultBody.appendChild(printButton);

    // Printed only: the date on top, the answers at the foot, so the page
    // brought to an appointment stands on its own.
    var today = new Date().toLocaleDateString(undefined, { year: "numeric", month: "long", day: "numeric" });
    resultBody.insertBefore(el("p", { "class": "oih-print-only oih-print-header" }, [
      "OIH Guide self-check summary, " + today + ". For discussion with a clinician; not a diagnosis. " +
      "Nothing was stored or sent."
    ]), resultBody.firstChild);
    resultBody.appendChild(el("div", { "class": "oih-print-only" }, [
      el("h3", {}, ["Your answers"]),
      answerSummary()
    ]));

    result.setAttribute("data-urgent", (data.urgent || []).join(" "));
    result.setAttribute("data-pattern", data.pattern);
    result.hidden = false;
    // Other scripts (the body map's, the diary's) add to the result; the
    // reasons' order is data.reasons'. It bubbles, so the document hears it too.
    root.dispatchEvent(new CustomEvent("oih:result", { detail: data, bubbles: true }));
    (urgentNodes[0] || result).focus();
  }

  function showFormError(message) {
    formError.textContent = message;
    formError.hidden = false;
  }

  function legendFor(message) {
    var match = /\b([a-z]+(?:_[a-z]+)+|[a-z]+)\b/g;
    var found;
    while ((found = match.exec(message))) {
      var fieldset = document.getElementById("q-" + found[1]);
      if (fieldset) return { fieldset: fieldset, legend: fieldset.querySelector("legend").textContent };
    }
    return null;
  }

  form.addEventListener("submit", async function (event) {
    event.preventDefault();
    formError.hidden = true;
    var answers = collectAnswers();
    if (root.getAttribute("data-state") === "loading") {
      statusText.textContent = "Working out your result as soon as the checker is ready. Your answers are kept.";
    }
    var python;
    try {
      python = await engine;
    } catch (error) {
      showFormError("The checker could not load, so it cannot work out a result. Your answers are still on the page.");
      return;
    }
    try {
      var outcome = await python.call("assess", answers);
      if (!outcome.ok) {
        var place = legendFor(outcome.error);
        showFormError("Please check your answer" + (place ? " to \u201c" + place.legend + "\u201d" : "") + ": " + outcome.error);
        if (place) place.fieldset.scrollIntoView({ block: "center" });
        return;
      }
      renderResult(outcome.result);
      if (root.getAttribute("data-state") === "ready") statusText.textContent = "Your result is below.";
    } catch (error) {
      showFormError("Something went wrong while working out your result. Your answers are still on the page. (" + error.message + ")");
    }
  });

  form.addEventListener("reset", function () {
    result.hidden = true;
    result.setAttribute("data-pattern", "");
    result.setAttribute("data-urgent", "");
    resultBody.textContent = "";
    formError.hidden = true;
  });
})();
