/*
 * The colour-scheme toggle in the header (light and dark), in place of
 * mkdocs-material's palette component (MIT licence), whose markup it keeps.
 * That component's start-up marked the page as "switching" colours and then
 * unmarked it, which restyled every element of the page twice: about half
 * the style work of loading a page (see docs/performance.md, "2026-11-30:
 * booting after the page has loaded").
 *
 * Loaded right after the toggle, before the page paints:
 *  - it shows the scheme the reader chose earlier, or else the one their
 *    system prefers (and follows the system while they have not chosen);
 *  - it shows the button for the other scheme, and tells the browser the
 *    scheme for its own parts (a color-scheme <meta>, as the theme did);
 *  - a choice is applied and saved (theme-storage.js), and only a choice;
 *  - Enter on the toggle moves to the next scheme, as the theme's does.
 */
(function () {
  "use strict";
  var form = document.querySelector("[data-oih-palette]");
  if (!form) return;
  var inputs = Array.prototype.slice.call(form.querySelectorAll("input[name='__palette']"));
  if (!inputs.length) return;
  var current = 0;
  // Tells the browser which scheme its own parts (scrollbars, the page
  // behind the content) should follow; the theme's style sheet only sets it
  // on <body>. "slate" is the theme's dark scheme.
  var browserScheme = document.createElement("meta");
  browserScheme.name = "color-scheme";
  document.head.appendChild(browserScheme);

  function colourOf(input) {
    var colour = {};
    ["media", "scheme", "primary", "accent"].forEach(function (key) {
      colour[key] = input.getAttribute("data-md-color-" + key);
    });
    return colour;
  }

  // Only for a change of scheme once the page is showing: the theme's style
  // sheet turns transitions off while this mark is on, so nothing fades
  // half-way between the two schemes.
  function switchTo(index) {
    document.body.setAttribute("data-md-color-switching", "");
    show(index);
    requestAnimationFrame(function () { document.body.removeAttribute("data-md-color-switching"); });
  }

  function show(index) {
    current = index;
    var colour = colourOf(inputs[index]);
    Object.keys(colour).forEach(function (key) {
      document.body.setAttribute("data-md-color-" + key, colour[key]);
    });
    browserScheme.content = colour.scheme === "slate" ? "dark" : "light";
    inputs.forEach(function (input, i) {
      input.checked = i === index;
      // Each option's label switches to the next one: show the current option's.
      var label = input.nextElementSibling;
      if (label && label.tagName === "LABEL") label.hidden = i !== index;
    });
  }

  function systemChoice() {
    var index = inputs.findIndex(function (input) {
      return matchMedia(input.getAttribute("data-md-color-media")).matches;
    });
    return Math.max(0, index);
  }

  var saved = __md_get("__palette");
  var chosen = Boolean(saved && typeof saved.index === "number" && inputs[saved.index]);
  show(chosen ? saved.index : systemChoice());

  form.addEventListener("change", function (event) {
    var index = inputs.indexOf(event.target);
    if (index < 0) return;
    chosen = true;
    switchTo(index);
    __md_set("__palette", { index: index, color: colourOf(inputs[index]) });
  });

  form.addEventListener("keydown", function (event) {
    if (event.key !== "Enter") return;
    event.preventDefault();
    var next = inputs[(current + 1) % inputs.length];
    next.click();
    next.focus();
  });

  // Each option's media query changes with the system's scheme, so more than
  // one listener fires; only a real change of scheme restyles the page.
  function follow() {
    if (chosen) return;
    var index = systemChoice();
    if (index !== current) switchTo(index);
  }
  inputs.forEach(function (input) {
    var media = matchMedia(input.getAttribute("data-md-color-media"));
    if (media.addEventListener) media.addEventListener("change", follow);
  });
})();
