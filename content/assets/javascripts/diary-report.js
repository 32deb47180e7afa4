/*
 * OIH Guide diary: showing the report that assessment.diary.analyse() made.
 *
 * Used by the diary page and by the self-check's printout. Everything shown
 * comes from the report (the Python analysis); this file only lays it out:
 * the chart (an SVG our Python builds, checked here before it is shown), the
 * same numbers as a table for screen readers, the plain-words summary, and a
 * table of the dose changes.
 *
 *   window.oihDiaryReport = {
 *     render(container, report, words) -> the number of events shown
 *     chart(svgText) -> an <svg> element safe to insert, or null
 *     formatDate("2026-02-10") -> "10 Feb 2026"
 *   }
 * words = site_build.pages.diary_page.diary_words(): {responses: {increase: {id: label},
 * decrease: {...}}, windows: {before, early, late: label}, ...}.
 */
(function () {
  "use strict";

  var el = window.oihPage.el;

  var SVG_NS = "http://www.w3.org/2000/svg";
  var XLINK_NS = "http://www.w3.org/1999/xlink";

  function formatDate(iso) {
    var parts = String(iso).split("-");
    var date = new Date(Date.UTC(Number(parts[0]), Number(parts[1]) - 1, Number(parts[2])));
    if (isNaN(date.getTime())) return String(iso);
    return date.toLocaleDateString("en-GB", { day: "numeric", month: "short", year: "numeric", timeZone: "UTC" });
  }

  function number(value, digits) {
    if (value === null || value === undefined) return "no data";
    var rounded = Number(value).toFixed(digits);
    return rounded.replace(/\.0+$/, "");
  }

  // The SVG is made by our own Python with its text escaped. It is still
  // parsed as SVG (never as HTML) and anything that could run or style
  // itself is dropped: scripts, event handlers, links out, and style, which
  // the site's policy forbids inline (it would be blocked and logged).
  function chart(svgText) {
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
    svg.setAttribute("class", "oih-diary-chart__svg");
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

  function dataTable(series) {
    var body = el("tbody");
    (series || []).forEach(function (day) {
      body.appendChild(el("tr", {}, [
        el("th", { scope: "row" }, [formatDate(day.date)]),
        el("td", {}, [day.pain === null || day.pain === undefined ? "No entry" : String(day.pain)]),
        el("td", {}, [number(day.mme, 0)])
      ]));
    });
    return el("details", { "class": "oih-diary-report__table" }, [
      el("summary", {}, ["The chart as a table (" + (series || []).length + " days)"]),
      el("div", { "class": "oih-diary-scroll", tabindex: "0", role: "region", "aria-label": "Pain and dose by day" }, [
        el("table", {}, [
          el("caption", {}, ["Your pain and your daily dose in morphine milligram equivalents (MME), by day"]),
          el("thead", {}, [el("tr", {}, [
            el("th", { scope: "col" }, ["Day"]),
            el("th", { scope: "col" }, ["Pain (0 to 10)"]),
            el("th", { scope: "col" }, ["Daily MME"])
          ])]),
          body
        ])
      ])
    ]);
  }

  function responseWords(event, words) {
    if (event.response === "not_enough_data") return "Not enough days with pain scores to tell";
    var labels = (words.responses || {})[event.direction] || {};
    return labels[event.response] || event.response;
  }

  // The windows' names are the analysis's own (assessment.diary's BEFORE,
  // EARLY, LATE). On a phone each cell shows its column's name before it.
  function columns(words) {
    var windows = words.windows || {};
    return ["Date", "Change", "Pain: " + windows.before, "Pain: " + windows.early,
      "Pain: " + windows.late, "What happened"];
  }

  function eventsTable(events, words) {
    var COLUMNS = columns(words);
    var body = el("tbody");
    events.forEach(function (event) {
      var change = (event.direction === "increase" ? "Up" : "Down") + " from " +
        number(event.mme_before, 0) + " to " + number(event.mme_after, 0) + " MME a day";
      body.appendChild(el("tr", { "data-direction": event.direction, "data-response": event.response }, [
        el("th", { scope: "row" }, [formatDate(event.date)]),
        el("td", { "data-label": COLUMNS[1] }, [change]),
        el("td", { "data-label": COLUMNS[2] }, [number(event.pain_before, 1)]),
        el("td", { "data-label": COLUMNS[3] }, [number(event.pain_early, 1)]),
        el("td", { "data-label": COLUMNS[4] }, [number(event.pain_late, 1)]),
        el("td", { "data-label": COLUMNS[5] }, [responseWords(event, words)])
      ]));
    });
    return el("div", { "class": "oih-diary-scroll", tabindex: "0", role: "region", "aria-label": "Each dose change" }, [
      el("table", { "class": "oih-diary-events" }, [
        el("caption", {}, ["Average pain before and after each dose change"]),
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

  function render(container, report, words, headingLevel) {
    var level = "h" + (headingLevel || 3);
    container.textContent = "";
    var svg = chart(report.chart_svg);
    // Focusable, as it may scroll sideways on a phone.
    var figure = el("figure", { "class": "oih-diary-chart", tabindex: "0" });
    if (svg) figure.appendChild(svg);
    else figure.appendChild(el("p", {}, ["The chart could not be drawn, but the numbers are in the table below."]));
    container.appendChild(figure);
    // Where the chart scrolls (a phone), show its latest days first.
    figure.scrollLeft = figure.scrollWidth;
    container.appendChild(dataTable(report.series));

    container.appendChild(el(level, {}, ["What your diary shows"]));
    var summary = el("div", { "class": "oih-diary-summary" });
    sentences(report.summary).forEach(function (text) { summary.appendChild(el("p", {}, [text])); });
    container.appendChild(summary);

    var events = report.events || [];
    if (events.length) {
      container.appendChild(el(level, {}, ["Each dose change"]));
      container.appendChild(eventsTable(events, words || {}));
    }
    return events.length;
  }

  window.oihDiaryReport = { render: render, chart: chart, formatDate: formatDate };
})();
