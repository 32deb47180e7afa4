/*
 * OIH Guide diary: reaching Python (assessment._json_bridge.CALLS) from the
 * diary's scripts, with a deadline.
 *
 * assessment-boot.js is async in the page's <head>, so it may run before or
 * after this file; it exposes window.oihPython = {ready, call(name, payload)}.
 * A runtime that cannot be fetched may never settle, so the deadline (the
 * page's data-timeout-ms) turns that hang into an error the page can show.
 *
 *   window.oihDiaryPython = {
 *     ready: Promise (rejects with a readable Error on failure or deadline),
 *     call(name, payload) -> Promise of {ok, result} | {ok: false, error}
 *   }
 */
(function () {
  "use strict";

  var holder = document.querySelector("[data-timeout-ms]");
  var timeoutMs = (holder && Number(holder.getAttribute("data-timeout-ms"))) || 120000;

  function withTimeout(promise, ms) {
    return new Promise(function (resolve, reject) {
      var timer = setTimeout(function () {
        reject(new Error("the diary's checker took longer than " + Math.round(ms / 1000) + " seconds to load"));
      }, ms);
      promise.then(
        function (value) { clearTimeout(timer); resolve(value); },
        function (error) { clearTimeout(timer); reject(error); }
      );
    });
  }

  var booted = window.oihPython ? Promise.resolve(window.oihPython) : new Promise(function (resolve) {
    document.addEventListener("oih:boot-started", function () { resolve(window.oihPython); }, { once: true });
  });
  var api = withTimeout(booted.then(function (python) {
    return python.ready.then(function () { return python; });
  }), timeoutMs);
  api.catch(function () {});

  window.oihDiaryPython = {
    ready: api.then(function () {}),
    call: function (name, payload) {
      return api.then(function (python) { return python.call(name, payload); });
    }
  };
  window.oihDiaryPython.ready.catch(function () {});
})();
