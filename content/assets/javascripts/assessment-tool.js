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
  var t = window.oihWords;

  var root = document.getElementById("oih-tool");
  if (!root) return;

  var form = document.getElementById("oih-form");
  var submitButton = document.getElementById("oih-submit");
  var statusText = root.querySelector(".oih-tool__status-text");
  var formError = document.getElementById("oih-form-error");
  var result = document.getElementById("oih-result");
  var resultBody = document.getElementById("oih-result-body");
  var toolData = JSON.parse(document.getElementById("oih-tool-data").textContent);

  // The patterns in plain words, as Python names them (assessment.PATTERN_LABELS).
  function patternLabel(id) { return toolData.patterns[id] || id; }

  function setState(state, message) {
    root.setAttribute("data-state", state);
    statusText.textContent = message;
  }

  var timeoutMs = Number(root.getAttribute("data-timeout-ms")) || 120000;
  setState("loading", t("tool.status.loading"));
  var engine = window.oihPage.python(timeoutMs, t("tool.name"));
  engine.then(
    function () {
      setState("ready", t("tool.status.ready"));
      document.dispatchEvent(new Event("oih:tool-settled"));
    },
    function (error) {
      setState("error", t("tool.status.failed", { problem: error.message }));
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
      t(unit === "mcg/hr" ? "tool.unit.patch" : unit ? "tool.unit.daily" : "tool.unit.unknown");
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

  // " Source: [3] CDC 2022; [7] FDA 2016." after a step, from the ids Python gives.
  function sourcesNote(ids) {
    if (!ids || !ids.length) return [];
    var parts = [" " + t("tool.reason.source") + " "];
    ids.forEach(function (id, index) {
      if (index) parts.push("; ");
      parts.push(referenceLink(id));
    });
    parts.push(".");
    return [el("span", { "class": "oih-step__sources" }, parts)];
  }

  function urgentBox(detail) {
    var box = el("div", { "class": "admonition danger oih-urgent", "data-flag": detail.flag, role: "alert", tabindex: "-1" }, [
      el("p", { "class": "admonition-title" }, [detail.title])
    ]);
    var list = el("ul");
    detail.actions.forEach(function (action, index) {
      list.appendChild(el("li", {}, [action].concat(sourcesNote((detail.action_sources || [])[index]))));
    });
    box.appendChild(list);
    if (detail.learn_more) box.appendChild(el("p", {}, [pageLink(detail.learn_more, t("tool.urgent.more"))]));
    return box;
  }

  function reasonItem(reason) {
    var direction = t(reason.effect === "for" ? "tool.reason.for" : "tool.reason.against",
      { pattern: patternLabel(reason.supports) });
    return el("li", { "class": "oih-reason oih-reason--" + reason.effect, "data-rule": reason.rule }, [
      el("span", { "class": "oih-reason__text" }, [reason.text + " "]),
      el("span", { "class": "oih-reason__meta" }, [
        direction + " " + t("tool.reason.source") + " ",
        referenceLink(reason.source),
        el("span", { "class": "oih-reason__more" }, [". ", pageLink(reason.learn_more, t("tool.reason.more"))])
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
      var could = item.could_give.map(patternLabel).join(" " + t("tool.sharpen.or") + " ");
      list.appendChild(el("li", { "data-question": item.question }, [
        el("a", { href: "#q-" + item.question }, [fieldset.querySelector("legend").textContent]),
        " " + t("tool.sharpen.could", { patterns: could })
      ]));
    });
    if (!list.children.length) return null;
    return el("div", { "class": "oih-result__sharpen" }, [
      el("h3", {}, [t("tool.sharpen.title")]),
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
      list.appendChild(el("dd", {}, [chosen.length ? chosen.join("; ") : t("tool.answers.none")]));
    });
    return list;
  }

  // The standing risks the person named (never the pattern): shown only when higher.
  function riskBlock(risk) {
    if (!risk || risk.level !== "higher") return null;
    var list = el("ul", { "class": "oih-result__risks" });
    risk.because.forEach(function (id) {
      list.appendChild(el("li", { "data-risk": id }, [toolData.overdose_reasons[id] || id]));
    });
    return el("div", { "class": "oih-result__risk", "data-overdose-risk": risk.level }, [
      el("h3", {}, [t("tool.result.risk_title")]),
      el("p", {}, [t("tool.result.risk_intro")]),
      list
    ]);
  }

  function renderResult(data) {
    resultBody.textContent = "";
    var urgentNodes = (data.urgent_details || []).map(urgentBox);
    urgentNodes.forEach(function (node) { resultBody.appendChild(node); });

    resultBody.appendChild(el("p", { "class": "oih-result__pattern" }, [
      el("strong", {}, [t("tool.result.pattern", { label: data.pattern_label })])
    ]));
    resultBody.appendChild(el("p", { "class": "oih-result__summary" }, [data.summary]));
    if (data.confidence) {
      resultBody.appendChild(el("p", { "class": "oih-result__confidence" }, [
        t("tool.result.confidence", { confidence: t("tool.confidence." + data.confidence) })
      ]));
    }

    if (data.reasons && data.reasons.length) {
      resultBody.appendChild(el("h3", {}, [t("tool.result.reasons")]));
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
        el("h3", {}, [t("tool.result.mme_title")]),
        el("p", {}, [t("tool.result.mme", { total: Math.round(data.mme.total) }) + " " + t("tool.reason.source") + " ",
          referenceLink("cdc2022"), "."])
      ]);
      (data.mme.excluded || []).forEach(function (item) { mme.appendChild(el("p", {}, [item.reason])); });
      resultBody.appendChild(mme);
    }

    var risk = riskBlock(data.overdose_risk);
    if (risk) resultBody.appendChild(risk);

    resultBody.appendChild(el("h3", {}, [t("tool.result.next")]));
    var steps = el("ol", { "class": "oih-next-steps" });
    (data.next_steps || []).forEach(function (step, index) {
      steps.appendChild(el("li", {}, [step].concat(sourcesNote((data.next_step_sources || [])[index]))));
    });
    resultBody.appendChild(steps);

    resultBody.appendChild(el("p", { "class": "oih-result__disclaimer" }, [t("tool.result.disclaimer")]));

    var printButton = el("button", { type: "button", "class": "md-button oih-print-button" }, [t("tool.result.print")]);
    printButton.addEventListener("click", function () { window.print(); });
    resultBody.appendChild(printButton);

    // Printed only: the date on top, the answers at the foot, so the page
    // brought to an appointment stands on its own.
    var today = new Date().toLocaleDateString(document.documentElement.lang || undefined,
      { year: "numeric", month: "long", day: "numeric" });
    resultBody.insertBefore(el("p", { "class": "oih-print-only oih-print-header" }, [
      t("tool.print.header", { date: today })
    ]), resultBody.firstChild);
    resultBody.appendChild(el("div", { "class": "oih-print-only" }, [
      el("h3", {}, [t("tool.print.answers")]),
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

  // The question an error belongs to, as Python names it in the envelope.
  function fieldsetFor(outcome) {
    return outcome.question ? document.getElementById("q-" + outcome.question) : null;
  }

  form.addEventListener("submit", async function (event) {
    event.preventDefault();
    formError.hidden = true;
    var answers = collectAnswers();
    if (root.getAttribute("data-state") === "loading") {
      statusText.textContent = t("tool.status.waiting");
    }
    var python;
    try {
      python = await engine;
    } catch (error) {
      showFormError(t("tool.error.no_engine"));
      return;
    }
    try {
      var outcome = await python.call("assess", answers);
      if (!outcome.ok) {
        var fieldset = fieldsetFor(outcome);
        showFormError(fieldset
          ? t("tool.error.answer", { question: fieldset.querySelector("legend").textContent, problem: outcome.problem })
          : t("tool.error.answers", { problem: outcome.problem }));
        if (fieldset) fieldset.scrollIntoView({ block: "center" });
        return;
      }
      renderResult(outcome.result);
      if (root.getAttribute("data-state") === "ready") statusText.textContent = t("tool.status.done");
    } catch (error) {
      showFormError(t("tool.error.crash", { problem: error.message }));
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
