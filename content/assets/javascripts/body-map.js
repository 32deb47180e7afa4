/*
 * OIH Guide self-check: the body maps.
 *
 * Each map question is a list of checkboxes (name = question id, value =
 * area id) rendered at build time, with a drawing of the body above it. This
 * script makes the drawing a second way to tick the same boxes: each shape
 * becomes a checkbox for screen readers, a click or tap toggles it, each view
 * is one Tab stop where the arrow keys move between places and Space or Enter
 * marks one. The boxes stay the single source of the answer, so the form, the
 * drawing and the list of marked places always agree. When a result comes,
 * the two maps are drawn side by side with the new places marked.
 */
(function () {
  "use strict";

  var el = window.oihPage.el;
  var t = window.oihWords;

  var maps = document.querySelectorAll("[data-bodymap]");
  if (!maps.length) return;
  var root = document.getElementById("oih-tool");
  var form = document.getElementById("oih-form");

  var KEY_STEPS = { ArrowRight: [1, 0], ArrowLeft: [-1, 0], ArrowDown: [0, 1], ArrowUp: [0, -1] };

  function boxFor(question, area) {
    return document.getElementById("q-" + question + "-" + area);
  }

  function shapesOf(svg) {
    return Array.prototype.slice.call(svg.querySelectorAll(".oih-area"));
  }

  function centre(shape) {
    var box = shape.getBBox();
    return { x: box.x + box.width / 2, y: box.y + box.height / 2 };
  }

  // The nearest place in the arrow's direction, favouring ones straight ahead.
  function neighbour(shape, key) {
    var shapes = shapesOf(shape.ownerSVGElement);
    if (key === "Home") return shapes[0];
    if (key === "End") return shapes[shapes.length - 1];
    var step = KEY_STEPS[key];
    var from = centre(shape);
    var best = null;
    var bestScore = Infinity;
    shapes.forEach(function (other) {
      if (other === shape) return;
      var to = centre(other);
      var dx = to.x - from.x;
      var dy = to.y - from.y;
      var along = dx * step[0] + dy * step[1];
      var across = Math.abs(dx * step[1] + dy * step[0]);
      if (along <= 2) return;
      var score = along * along + 4 * across * across;
      if (score < bestScore) { best = other; bestScore = score; }
    });
    return best;
  }

  function setUp(map) {
    var question = map.getAttribute("data-bodymap");
    var fieldset = map.closest("fieldset");
    var ticked = fieldset.querySelector("[data-bodymap-ticked]");
    var tickedList = ticked.querySelector("ul");
    var count = ticked.querySelector("[data-bodymap-count]");
    var boxes = Array.prototype.slice.call(fieldset.querySelectorAll("input[name='" + question + "']"));
    var svgs = Array.prototype.slice.call(map.querySelectorAll(".oih-bodymap__svg"));

    var keys = fieldset.querySelector("[data-bodymap-keys]");
    map.classList.add("oih-bodymap--live");
    ticked.hidden = false;
    keys.hidden = false;
    // With the drawing working, the long list folds away (it stays one tap off).
    fieldset.querySelector(".oih-bodymap__list").open = false;
    svgs.forEach(function (svg) {
      svg.setAttribute("role", "group");
      svg.setAttribute("aria-describedby", keys.id);
      shapesOf(svg).forEach(function (shape, index) {
        shape.setAttribute("role", "checkbox");
        shape.setAttribute("aria-label", shape.getAttribute("data-label"));
        shape.setAttribute("tabindex", index === 0 ? "0" : "-1");
      });
    });

    function shapeFor(area) {
      return map.querySelector(".oih-area[data-area='" + area + "']");
    }

    function toggle(area) {
      var box = boxFor(question, area);
      box.checked = !box.checked;
      box.dispatchEvent(new Event("change", { bubbles: true }));
    }

    function rove(shape) {
      shapesOf(shape.ownerSVGElement).forEach(function (other) {
        other.setAttribute("tabindex", other === shape ? "0" : "-1");
      });
    }

    function removeButton(box, label) {
      var button = el("button", { type: "button", "class": "oih-bodymap__remove", "aria-label": "Remove " + label }, ["Remove"]);
      button.addEventListener("click", function () {
        var item = button.closest("li");
        var next = item.nextElementSibling || item.previousElementSibling;
        var nextArea = next && next.getAttribute("data-area");
        toggle(box.value);
        // The list is drawn again; keep focus in it, or go back to the drawing.
        var target = nextArea && tickedList.querySelector("li[data-area='" + nextArea + "'] button");
        (target || map.querySelector(".oih-area[tabindex='0']")).focus();
      });
      return button;
    }

    function sync() {
      var marked = 0;
      tickedList.textContent = "";
      boxes.forEach(function (box) {
        var shape = shapeFor(box.value);
        shape.setAttribute("aria-checked", box.checked ? "true" : "false");
        shape.classList.toggle("is-marked", box.checked);
        if (!box.checked) return;
        marked += 1;
        var label = shape.getAttribute("data-label");
        tickedList.appendChild(el("li", { "data-area": box.value }, [el("span", {}, [label]), " ", removeButton(box, label)]));
      });
      count.textContent = marked ? String(marked) : t("map.count.none");
    }

    map.addEventListener("click", function (event) {
      var shape = event.target.closest(".oih-area");
      if (!shape) return;
      rove(shape);
      toggle(shape.getAttribute("data-area"));
    });
    map.addEventListener("keydown", function (event) {
      var shape = event.target.closest && event.target.closest(".oih-area");
      if (!shape) return;
      if (event.key === " " || event.key === "Enter") {
        event.preventDefault();
        toggle(shape.getAttribute("data-area"));
        return;
      }
      if (!(event.key in KEY_STEPS) && event.key !== "Home" && event.key !== "End") return;
      event.preventDefault();
      var next = neighbour(shape, event.key);
      if (next) {
        rove(next);
        next.focus();
      }
    });
    map.addEventListener("focusin", function (event) {
      if (event.target.classList && event.target.classList.contains("oih-area")) rove(event.target);
    });
    fieldset.addEventListener("change", sync);
    // Reset clears the boxes after its event, so draw again a moment later.
    form.addEventListener("reset", function () { setTimeout(sync, 0); });
    sync();
  }

  maps.forEach(setUp);

  // ---- The result: both maps side by side -----------------------------------

  var TITLES = { first: t("map.title.first"), now: t("map.title.now") };
  var drawing = maps[0];

  function labelOf(area) {
    return drawing.querySelector(".oih-area[data-area='" + area + "']").getAttribute("data-label");
  }

  function inSentence(label) {
    return label.charAt(0).toLowerCase() + label.slice(1);
  }

  function listed(areas) {
    var names = areas.map(function (area) { return inSentence(labelOf(area)); });
    var and = " " + t("map.list.and") + " ";
    if (names.length <= 2) return names.join(and);
    return names.slice(0, -1).join(", ") + and + names[names.length - 1];
  }

  function resultView(svg, key, areas, fresh) {
    var copy = svg.cloneNode(true);
    var viewBox = svg.closest("[data-view]");
    var view = viewBox.getAttribute("data-view");
    copy.removeAttribute("aria-labelledby");
    copy.setAttribute("role", "img");
    copy.setAttribute("class", "oih-bodymap-result__svg");
    // Small, so each side takes its short name ("Right" for "Your right").
    copy.querySelectorAll(".oih-bodymap__side").forEach(function (text) {
      text.textContent = text.getAttribute("data-short");
    });
    var shown = [];
    shapesOf(copy).forEach(function (shape) {
      ["role", "tabindex", "aria-checked", "aria-label"].forEach(function (name) { shape.removeAttribute(name); });
      var area = shape.getAttribute("data-area");
      var marked = areas.indexOf(area) >= 0;
      shape.setAttribute("class", "oih-area" + (marked ? " is-marked" : "") + (fresh.indexOf(area) >= 0 ? " is-new" : ""));
      if (marked) shown.push(area);
    });
    copy.setAttribute("aria-label", t("map.figure.label", {
      title: TITLES[key], view: t("map.view." + view), places: shown.length ? listed(shown) : t("map.figure.none")
    }));
    var heading = viewBox.querySelector(".oih-bodymap__heading").textContent;
    return el("div", { "class": "oih-bodymap-result__view" }, [copy, el("span", { "aria-hidden": "true" }, [heading])]);
  }

  function resultFigure(key, areas, fresh) {
    var views = el("div", { "class": "oih-bodymap-result__views" });
    drawing.querySelectorAll(".oih-bodymap__svg").forEach(function (svg) {
      views.appendChild(resultView(svg, key, areas, fresh));
    });
    return el("figure", { "class": "oih-bodymap-result", "data-map": key }, [
      el("figcaption", {}, [areas.length ? TITLES[key] : t("map.caption.empty", { title: TITLES[key] })]),
      views
    ]);
  }

  function swatch(classes) {
    var svg = document.createElementNS("http://www.w3.org/2000/svg", "svg");
    svg.setAttribute("class", "oih-bodymap-swatch");
    svg.setAttribute("viewBox", "0 0 24 16");
    svg.setAttribute("aria-hidden", "true");
    var rect = document.createElementNS("http://www.w3.org/2000/svg", "rect");
    rect.setAttribute("x", "2");
    rect.setAttribute("y", "2");
    rect.setAttribute("width", "20");
    rect.setAttribute("height", "12");
    rect.setAttribute("class", classes);
    svg.appendChild(rect);
    return svg;
  }

  // The printed answers leave out the two maps: the maps above show them.
  function dropMapsFromPrintedAnswers() {
    var printed = root.querySelector(".oih-print-answers");
    if (!printed) return;
    maps.forEach(function (map) {
      var legend = map.closest("fieldset").querySelector("legend").textContent;
      printed.querySelectorAll("dt").forEach(function (term) {
        if (term.textContent !== legend) return;
        printed.removeChild(term.nextElementSibling);
        printed.removeChild(term);
      });
    });
  }

  root.addEventListener("oih:result", function (event) {
    var bodyMap = event.detail && event.detail.body_map;
    var slot = root.querySelector("[data-result-slot='body-map']");
    if (!bodyMap || !slot) return;
    slot.textContent = "";
    slot.className = "oih-result__slot oih-result__body-map";
    slot.appendChild(el("h3", {}, [t("map.result.title")]));
    slot.appendChild(el("p", { "class": "oih-bodymap-result__summary" }, [bodyMap.summary]));
    slot.appendChild(el("div", { "class": "oih-bodymap-compare" }, [
      resultFigure("first", bodyMap.first, []),
      resultFigure("now", bodyMap.now, bodyMap["new"])
    ]));
    slot.appendChild(el("p", { "class": "oih-bodymap-legend" }, [
      swatch("oih-area is-marked"), " " + t("map.key.pain") + " ", swatch("oih-area is-marked is-new"), " " + t("map.key.new")
    ]));
    dropMapsFromPrintedAnswers();
  });
})();
