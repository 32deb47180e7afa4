/*
 * OIH Guide diary: showing the report that assessment.diary.analyse() made.
 *
 * Used by the diary page and by the self-check's printout. Everything shown
 * comes from the report (the Python analysis, in the page's language) or the
 * catalog (window.oihWords); this file only lays it out: the chart (an SVG
 * our Python builds, checked here before it is shown), the same numbers as
 * a table for screen readers, the plain-words summary, pain before and
 * after doses, and a table of the dose changes.
 *
 * The chart comes in two layouts of the same Python SVG: the narrow one
 * (larger text for its size, fewer ticks) where the chart's box is too
 * narrow for the wide one's text to reach 11 CSS px, the wide one elsewhere
 * and in print. A long diary also offers the last 8 weeks.
 *
 *   window.oihDiaryReport = {
 *     render(container, report, headingLevel) -> the number of events shown
 *     chart(svgText, layout) -> an <svg> element safe to insert, or null
 *     formatDate("2026-02-10") -> "10 Feb 2026"
 *   }
 */
(function () {
  "use strict";

  var el = window.oihPage.el;
  var t = window.oihWords;

  var SVG_NS = "http://www.w3.org/2000/svg";
  var XLINK_NS = "http://www.w3.org/1999/xlink";
  // The wide chart is 720 units across with 13-unit text: below this many
  // CSS px its text would be under 11 px, so the narrow layout is drawn.
  var WIDE_FROM_PX = 610;
  var language = document.documentElement.getAttribute("lang") || "en";
  var locale = language === "en" ? "en-GB" : language;
  var rangeGroups = 0;
  var printing = false;

  function formatDate(iso) {
    var parts = String(iso).split("-");
    var date = new Date(Date.UTC(Number(parts[0]), Number(parts[1]) - 1, Number(parts[2])));
    if (isNaN(date.getTime())) return String(iso);
    return date.toLocaleDateString(locale, { day: "numeric", month: "short", year: "numeric", timeZone: "UTC" });
  }

  function number(value, digits) {
    if (value === null || value === undefined) return t("diary.report.no_data");
    var rounded = Number(value).toFixed(digits);
    return rounded.replace(/\.0+$/, "");
  }

  // The SVG is made by our own Python with its text escaped. It is still
  // parsed as SVG (never as HTML) and anything that could run or style
  // itself is dropped: scripts, event handlers, links out, and style, which
  // the site's policy forbids inline (it would be blocked and logged).
  function chart(svgText, layout) {
    if (typeof svgText !== "string" || !svgText) return null;
    var doc = new DOMParser().parseFromString(svgText, "image/svg+xml");
    var root = doc.documentElement;
    if (!root || root.namespaceURI !== SVG_NS || root.localName !== "svg" ||
        doc.getElementsByTagName("parsererror").length) {
      return null;
    }
    root.querySelectorAll("script, style, foreignObject, iframe, a").forEach(function (node) {
      node.parentNode.removeChild(node);
    });
    [root].concat(Array.prototype.slice.call(root.querySelectorAll("*"))).forEach(function (node) {
      Array.prototype.slice.call(node.attributes).forEach(function (attribute) {
        var name = attribute.name.toLowerCase();
        var external = (name === "href" || name === "xlink:href") && attribute.value.charAt(0) !== "#";
        if (name.indexOf("on") === 0 || name === "style" || external) {
          if (attribute.namespaceURI === XLINK_NS) node.removeAttributeNS(XLINK_NS, attribute.localName);
          else node.removeAttribute(attribute.name);
        }
      });
    });
    var svg = document.importNode(root, true);
    svg.setAttribute("role", "img");
    svg.setAttribute("class", "oih-diary-chart__svg oih-diary-chart__svg--" + (layout || "wide"));
    var title = svg.querySelector(":scope > title");
    var desc = svg.querySelector(":scope > desc");
    if (title) {
      title.id = title.id || "oih-diary-chart-title";
      svg.setAttribute("aria-labelledby", title.id);
    }
    if (desc) {
      desc.id = desc.id || "oih-diary-chart-desc";
      svg.setAttribute("aria-describedby", desc.id);
    }
    return svg;
  }

  // ---- The chart: one layout at a time, the range the person picks ----------

  function chartView(report) {
    var figure = el("figure", { "class": "oih-diary-chart" });
    var state = { range: "all", layout: null };

    function source() {
      return state.range === "recent" && report.chart_recent ? report.chart_recent : report;
    }

    function layoutNow() {
      if (printing) return "wide";
      var width = figure.clientWidth;
      return width && width < WIDE_FROM_PX ? "narrow" : "wide";
    }

    function draw(force) {
      var layout = layoutNow();
      if (!force && layout === state.layout) return;
      state.layout = layout;
      var picked = source();
      var text = layout === "narrow" && picked.chart_svg_narrow ? picked.chart_svg_narrow : picked.chart_svg;
      var svg = chart(text, layout);
      figure.textContent = "";
      figure.setAttribute("data-layout", layout);
      figure.setAttribute("data-range", state.range);
      figure.appendChild(svg || el("p", {}, [t("diary.report.no_chart")]));
    }

    var parts = [];
    if (report.chart_recent) {
      var name = "oih-diary-range-" + (++rangeGroups);
      var legendId = name + "-legend";
      var choices = [["all", t("diary.report.range_all")], ["recent", t("diary.report.range_recent")]];
      var group = el("div", { "class": "oih-diary-range", role: "radiogroup", "aria-labelledby": legendId }, [
        el("span", { "class": "oih-diary-range__label", id: legendId }, [t("diary.report.range")])
      ]);
      choices.forEach(function (choice) {
        var id = name + "-" + choice[0];
        var input = el("input", { type: "radio", name: name, id: id, value: choice[0], "data-diary-range": choice[0] });
        input.checked = choice[0] === state.range;
        input.addEventListener("change", function () {
          state.range = choice[0];
          draw(true);
        });
        group.appendChild(el("span", { "class": "oih-choice oih-diary-range__choice" }, [
          input, el("label", { "for": id }, [choice[1]])
        ]));
      });
      parts.push(group);
    }
    parts.push(figure);

    // Drawn once the figure is in the page and has a width; again when it
    // crosses the width where the layouts swap, and for print.
    var view = { parts: parts, draw: draw, figure: figure };
    views.push(view);
    if (resizes) resizes.observe(figure);
    return view;
  }

  // Every chart on the page, forgetting those a newer report replaced.
  var views = [];
  var resizes = typeof ResizeObserver === "function" ? new ResizeObserver(function (entries) {
    entries.forEach(function (entry) {
      views.forEach(function (view) { if (view.figure === entry.target) view.draw(false); });
    });
  }) : null;

  function drawAll() {
    views = views.filter(function (view) {
      if (view.figure.isConnected) return true;
      if (resizes) resizes.unobserve(view.figure);
      return false;
    });
    views.forEach(function (view) { view.draw(false); });
  }

  window.addEventListener("beforeprint", function () { printing = true; drawAll(); });
  window.addEventListener("afterprint", function () { printing = false; drawAll(); });

  // ---- Tables -------------------------------------------------------------------

  function hasReadings(series) {
    return (series || []).some(function (day) {
      return day.before_dose !== null && day.before_dose !== undefined ||
        day.after_dose !== null && day.after_dose !== undefined;
    });
  }

  function cell(value, digits, empty) {
    return value === null || value === undefined ? empty : number(value, digits);
  }

  function dataTable(series) {
    var timed = hasReadings(series);
    var body = el("tbody");
    (series || []).forEach(function (day) {
      var row = [
        el("th", { scope: "row" }, [formatDate(day.date)]),
        el("td", {}, [cell(day.pain, 1, t("diary.report.no_entry"))]),
        el("td", {}, [number(day.mme, 0)])
      ];
      if (timed) {
        row.push(el("td", {}, [cell(day.before_dose, 1, "")]), el("td", {}, [cell(day.after_dose, 1, "")]));
      }
      body.appendChild(el("tr", {}, row));
    });
    var heads = [t("diary.report.day"), t("diary.report.pain"), t("diary.report.mme")];
    if (timed) heads.push(t("diary.report.before_dose"), t("diary.report.after_dose"));
    return el("details", { "class": "oih-diary-report__table" }, [
      el("summary", {}, [t("diary.report.table", { count: (series || []).length })]),
      el("div", { "class": "oih-diary-scroll", tabindex: "0", role: "region", "aria-label": t("diary.report.table_region") }, [
        el("table", {}, [
          el("caption", {}, [t("diary.report.table_caption")]),
          el("thead", {}, [el("tr", {}, heads.map(function (name) { return el("th", { scope: "col" }, [name]); }))]),
          body
        ])
      ])
    ]);
  }

  // Pain before and after doses (the report's end_of_dose), for the screen and the printout.
  function dosesTable(found) {
    var caption = t("diary.report.doses_caption", {
      count: found.days, first: formatDate(found.span[0]), last: formatDate(found.span[1])
    });
    return el("div", { "class": "oih-diary-scroll", tabindex: "0", role: "region", "aria-label": t("diary.report.doses_title") }, [
      el("table", { "class": "oih-diary-end-of-dose", "data-finding": found.finding }, [
        el("caption", {}, [caption]),
        el("tbody", {}, [
          el("tr", { "data-moment": "before_dose" }, [
            el("th", { scope: "row" }, [t("diary.report.before_dose")]), el("td", {}, [number(found.before_dose, 1)])
          ]),
          el("tr", { "data-moment": "after_dose" }, [
            el("th", { scope: "row" }, [t("diary.report.after_dose")]), el("td", {}, [number(found.after_dose, 1)])
          ])
        ])
      ])
    ]);
  }

  // The windows' names and each event's words are the analysis's own.
  function columns(report) {
    var windows = report.window_labels || {};
    return [t("diary.report.date"), t("diary.report.change"),
      t("diary.report.window", { window: windows.before }), t("diary.report.window", { window: windows.early }),
      t("diary.report.window", { window: windows.late }), t("diary.report.response")];
  }

  function eventsTable(events, report) {
    var COLUMNS = columns(report);
    var body = el("tbody");
    events.forEach(function (event) {
      body.appendChild(el("tr", { "data-direction": event.direction, "data-response": event.response }, [
        el("th", { scope: "row" }, [formatDate(event.date)]),
        el("td", { "data-label": COLUMNS[1] }, [event.change_label]),
        el("td", { "data-label": COLUMNS[2] }, [number(event.pain_before, 1)]),
        el("td", { "data-label": COLUMNS[3] }, [number(event.pain_early, 1)]),
        el("td", { "data-label": COLUMNS[4] }, [number(event.pain_late, 1)]),
        el("td", { "data-label": COLUMNS[5] }, [event.response_label])
      ]));
    });
    return el("div", { "class": "oih-diary-scroll", tabindex: "0", role: "region", "aria-label": t("diary.report.changes") }, [
      el("table", { "class": "oih-diary-events" }, [
        el("caption", {}, [t("diary.report.changes_caption")]),
        el("thead", {}, [el("tr", {}, COLUMNS.map(function (name) {
          return el("th", { scope: "col" }, [name]);
        }))]),
        body
      ])
    ]);
  }

  function sentences(summary) {
    if (Array.isArray(summary)) return summary;
    return summary ? [String(summary)] : [];
  }

  function render(container, report, headingLevel) {
    var level = "h" + (headingLevel || 3);
    container.textContent = "";
    drawAll();
    var view = chartView(report);
    view.parts.forEach(function (part) { container.appendChild(part); });
    view.draw(true);
    container.appendChild(dataTable(report.series));

    container.appendChild(el(level, {}, [t("diary.report.shows")]));
    var summary = el("div", { "class": "oih-diary-summary" });
    sentences(report.summary).forEach(function (text) { summary.appendChild(el("p", {}, [text])); });
    container.appendChild(summary);

    var found = report.end_of_dose;
    if (found && found.days > 0 && found.span) {
      container.appendChild(el(level, {}, [t("diary.report.doses_title")]));
      container.appendChild(dosesTable(found));
    }

    var events = report.events || [];
    if (events.length) {
      container.appendChild(el(level, {}, [t("diary.report.changes")]));
      container.appendChild(eventsTable(events, report));
    }
    return events.length;
  }

  window.oihDiaryReport = { render: render, chart: chart, formatDate: formatDate };
})();
