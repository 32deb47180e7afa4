/*
 * The theme opens the menu (on narrow screens) and search (on phones) with
 * <label>s for hidden checkboxes, each holding only an icon. A label takes no
 * keyboard focus, so on a phone, or zoomed in on a desktop, someone using a
 * keyboard could not reach the site's navigation at all. This makes each of
 * those two icons a button: focusable, opened and closed with Enter or Space,
 * and saying whether it is open. The label stays (a label may not take the
 * button role), so a pointer, and the theme's own handlers on it, work as
 * before; without JavaScript the icons stay pictures inside the labels.
 */
(function () {
  "use strict";
  var labels = document.querySelectorAll(".md-header__button[for='__drawer'], .md-header__button[for='__search']");
  labels.forEach(function (label) {
    var toggle = document.getElementById(label.htmlFor);
    var icon = label.querySelector("svg");
    if (!toggle || !icon) return;
    function showState() { icon.setAttribute("aria-expanded", String(toggle.checked)); }
    icon.setAttribute("role", "button");
    icon.setAttribute("tabindex", "0");
    showState();
    toggle.addEventListener("change", showState);
    icon.addEventListener("keydown", function (event) {
      if (event.key !== "Enter" && event.key !== " ") return;
      event.preventDefault();
      label.click();
    });
    if (toggle.id === "__drawer") {
      // Escape closes the drawer and gives focus back to the menu button, as
      // the theme already does for search.
      document.addEventListener("keydown", function (event) {
        if (event.key !== "Escape" || !toggle.checked) return;
        label.click();
        icon.focus();
      });
    }
  });
})();
