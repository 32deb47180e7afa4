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

  function label(box) {
    var caption = box.querySelector("caption");
    if (caption) return caption.textContent.trim();
    var heading = box.closest(".md-typeset__table") || box;
    for (var node = heading.previousElementSibling; node; node = node.previousElementSibling) {
      if (/^H[2-6]$/.test(node.tagName)) return node.textContent.replace(/¶$/, "").trim() + " (table)";
    }
    return "Table";
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
        box.setAttribute("aria-label", label(box));
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
