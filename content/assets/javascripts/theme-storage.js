/*
 * mkdocs-material's storage helpers (partials/javascripts/base.html, MIT
 * licence), moved out of an inline script so the site needs no
 * 'unsafe-inline' in its Content-Security-Policy.
 *
 * Two changes: the theme saves the colour scheme on every page load. Here
 * nothing but the colour scheme is ever saved, and only theme-palette.js
 * saves it, when the reader picks one with the toggle, so browsing the site
 * writes nothing to storage. And where storage is blocked (some private
 * windows), merely naming localStorage throws: that stays inside the try, so
 * every page still loads without an error.
 */
(function () {
  "use strict";
  // This file is assets/javascripts/theme-storage.js, so the site root is two folders up.
  var scope = new URL("../../", document.currentScript.src);

  window.__md_scope = scope;
  window.__md_hash = function (text) {
    return Array.from(text).reduce(function (hash, char) { return (hash << 5) - hash + char.charCodeAt(0); }, 0);
  };
  window.__md_get = function (key, storage, base) {
    base = base || scope;
    try {
      storage = storage || localStorage;
      return JSON.parse(storage.getItem(base.pathname + "." + key));
    } catch (error) {
      return null;
    }
  };
  window.__md_set = function (key, value, storage, base) {
    if (key !== "__palette") return;
    base = base || scope;
    try {
      storage = storage || localStorage;
      storage.setItem(base.pathname + "." + key, JSON.stringify(value));
    } catch (error) {
      // Storage may be off or full; the scheme then lasts for this page only.
    }
  };
})();
