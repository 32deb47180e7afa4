/*
 * A table wider than the page scrolls inside its box (the theme wraps it in
 * .md-typeset__scrollwrap). A box that scrolls must be reachable by keyboard,
 * or keyboard readers cannot see its right-hand side: when it overflows and
 * holds nothing focusable, it becomes a focusable, named region. Boxes that
 * fit are left alone, so they add no needless Tab stop.
 */
(function () {
  "use strict";

  var FOCUSABLE = "a[href], button, input, select, textarea, [tabindex]";

  function isHeading(node) {
    return /^H[2-6]$/.test(node.tagName);
  }

  function isTable(node) {
    return node.classList.contains("md-typeset__scrollwrap") || node.classList.contains("md-typeset__table");
  }

  // Named by its caption, else by the heading above it, numbered when that
  // heading has more than one table: region names must be unique on a page.
  function label(box, index) {
    var caption = box.querySelector("caption");
    if (caption) return caption.textContent.trim();
    // The theme wraps each table as .md-typeset__scrollwrap > .md-typeset__table.
    var table = box;
    var heading = null;
    var before = 0;
    var after = 0;
    var node;
    for (node = table.previousElementSibling; node; node = node.previousElementSibling) {
      if (isHeading(node)) { heading = node; break; }
      if (isTable(node)) before++;
    }
    for (node = table.nextElementSibling; node && !isHeading(node); node = node.nextElementSibling) {
      if (isTable(node)) after++;
    }
    if (!heading) return window.oihWords("page.table.unnamed", { number: index + 1 });
    var name = heading.textContent.replace(/¶$/, "").trim();
    if (before + after === 0) return window.oihWords("page.table.named", { heading: name });
    return window.oihWords("page.table.numbered", { heading: name, number: before + 1 });
  }

  function update() {
    var boxes = document.querySelectorAll(".md-typeset__scrollwrap");
    for (var i = 0; i < boxes.length; i++) {
      var box = boxes[i];
      var made = box.hasAttribute("data-oih-scroll-region");
      var overflows = box.scrollWidth > box.clientWidth + 1;
      if (overflows && !made && !box.querySelector(FOCUSABLE)) {
        box.setAttribute("tabindex", "0");
        box.setAttribute("role", "region");
        box.setAttribute("aria-label", label(box, i));
        box.setAttribute("data-oih-scroll-region", "");
      } else if (!overflows && made) {
        box.removeAttribute("tabindex");
        box.removeAttribute("role");
        box.removeAttribute("aria-label");
        box.removeAttribute("data-oih-scroll-region");
      }
    }
  }

  var pending = null;
  function later() {
    clearTimeout(pending);
    pending = setTimeout(update, 100);
  }

  // The theme wraps tables once the page has loaded.
  window.addEventListener("load", function () { setTimeout(update, 0); });
  window.addEventListener("resize", later);
})();
