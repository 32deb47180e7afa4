/*
 * OIH Guide: what the scripts of every Python page (the self-check, the
 * diary) share. Loaded before them on every page with `tool: true` (the
 * theme override).
 *
 *   window.oihPage.el(tag, attributes, children) -> Element
 *     Text goes in as text nodes, never as HTML, so nothing Python or an
 *     imported file returns can inject markup.
 *   window.oihPage.python(timeoutMs, what) -> Promise of window.oihPython,
 *     once it is ready
 *     assessment-boot.js is async in the <head>, so it may run before or
 *     after the page's scripts. A boot script or runtime that cannot be
 *     fetched may never settle, so the deadline turns that hang into an
 *     error naming `what` ("the checker") that the page can show.
 */
(function () {
  "use strict";

  function el(tag, attributes, children) {
    var node = document.createElement(tag);
    Object.keys(attributes || {}).forEach(function (name) { node.setAttribute(name, attributes[name]); });
    (children || []).forEach(function (child) {
      node.appendChild(typeof child === "string" ? document.createTextNode(child) : child);
    });
    return node;
  }

  var started = window.oihPython ? Promise.resolve(window.oihPython) : new Promise(function (resolve) {
    document.addEventListener("oih:boot-started", function () { resolve(window.oihPython); }, { once: true });
  });

  function python(timeoutMs, what) {
    var ready = new Promise(function (resolve, reject) {
      var timer = setTimeout(function () {
        reject(new Error(window.oihWords("python.slow", { what: what, seconds: Math.round(timeoutMs / 1000) })));
      }, timeoutMs);
      started.then(function (api) { return api.ready.then(function () { return api; }); }).then(
        function (api) { clearTimeout(timer); resolve(api); },
        function (error) { clearTimeout(timer); reject(error); }
      );
    });
    // The caller handles a failure; this keeps it from also being reported as unhandled.
    ready.catch(function () {});
    return ready;
  }

  window.oihPage = { el: el, python: python };
})();
