/*
 * OIH Guide diary: reaching Python (assessment._json_bridge.CALLS) from the
 * diary's scripts, within the page's deadline (python-page.js).
 *
 *   window.oihDiaryPython = {
 *     ready: Promise (rejects with a readable Error on failure or deadline),
 *     call(name, payload) -> Promise of {ok, result} | {ok: false, error, problem}
 *     (problem: what is wrong, in the page's language)
 *   }
 */
(function () {
  "use strict";

  var holder = document.querySelector("[data-timeout-ms]");
  var timeoutMs = (holder && Number(holder.getAttribute("data-timeout-ms"))) || 120000;
  var python = window.oihPage.python(timeoutMs, window.oihWords("diary.name"));

  window.oihDiaryPython = {
    ready: python.then(function () {}),
    call: function (name, payload) {
      return python.then(function (api) { return api.call(name, payload); });
    }
  };
  window.oihDiaryPython.ready.catch(function () {});
})();
