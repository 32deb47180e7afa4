/*
 * Appended to assessment-worker.js by tests and the benchmark (a Playwright
 * route; see worker_probe.py), never shipped: it keeps the worker's Pyodide
 * so that `self.__oihProbe(code)`, reached through Playwright's
 * worker.evaluate, can run Python in the very worker the page booted.
 */
(function () {
  "use strict";
  var load;
  var instance = null;
  // pyodide.js assigns loadPyodide more than once (the function, then its
  // module object, then the function again): keep what it sets, wrapping functions.
  Object.defineProperty(self, "loadPyodide", {
    configurable: true,
    get: function () { return load; },
    set: function (value) {
      load = typeof value !== "function" ? value : function (options) {
        return value(options).then(function (pyodide) { instance = pyodide; return pyodide; });
      };
    }
  });
  self.__oihProbe = function (code) {
    if (!instance) throw new Error("Pyodide has not booted in this worker");
    var value = instance.runPython(code);
    if (value && typeof value.toJs === "function") {
      var proxy = value;
      value = proxy.toJs({ dict_converter: Object.fromEntries });
      proxy.destroy();
    }
    return value;
  };
})();
