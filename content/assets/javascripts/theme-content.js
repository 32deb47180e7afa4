/*
 * mkdocs-material's tab-anchor fix (partials/javascripts/content.html, MIT
 * licence), moved out of an inline script for the Content-Security-Policy:
 * a link to a tab's anchor opens that tab.
 */
(function () {
  "use strict";
  var target = document.getElementById(location.hash.slice(1));
  if (target && target.name) target.checked = target.name.indexOf("__tabbed_") === 0;
})();
