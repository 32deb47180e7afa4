/*
 * OIH Guide: Python for every Python page (the self-check, the diary).
 *
 * Loaded async from a Python page's <head>. Pyodide runs in a dedicated Web
 * Worker (assessment-worker.js), so nothing heavy ever runs on the page's
 * main thread: the wasm compiles, CPython starts and the stdlib unzips in the
 * worker while people read and answer. This script exposes
 *   window.oihPython = {ready: Promise, call(name, payload) -> Promise of
 *   {ok, result} | {ok: false, error}}
 * where name is a call in assessment._json_bridge.CALLS ("assess", ...), and
 * window.oihBoot, a promise of assess(answers) -> Promise of the envelope, for
 * the self-check. It fires "oih:boot-started"; the page's own script shows the
 * state. The worker's failures (a missing file, a crash, a hang past the
 * deadline) reject `ready` with a readable message.
 *
 * The runtime's URLs and the deadline come from this script tag's data
 * attributes. An offline copy opened from disk cannot start a worker from a
 * file, so there the page first loads the worker's scripts as classic
 * scripts that carry their text (site_build/runtime/offline_scripts.py) and starts
 * the worker from a blob: of that text.
 */
(function () {
  "use strict";

  var script = document.currentScript;
  var FROM_DISK = location.protocol === "file:";
  // The offline copy's search shim (iframe-worker) replaces window.Worker
  // with an iframe under file://; this script runs before it there.
  var NativeWorker = window.Worker;

  // An error whose message is the page's words for it. This script runs
  // before words.js has, and a worker can fail that early, so the words are
  // looked up when the message is read (by the page's own scripts, later).
  function worded(key, values) {
    var error = new Error(key);
    Object.defineProperty(error, "message", {
      get: function () { return window.oihWords ? window.oihWords(key, values) : key; }
    });
    return error;
  }

  function attribute(name) {
    return new URL(script.getAttribute(name), document.baseURI).href;
  }

  function loadScript(src) {
    return new Promise(function (resolve, reject) {
      var tag = document.createElement("script");
      tag.src = src;
      tag.onload = resolve;
      tag.onerror = function () { reject(worded("python.fail.load", { file: src.slice(src.lastIndexOf("/") + 1) })); };
      document.head.appendChild(tag);
    });
  }

  // Online: the worker is a file, and it fetches Pyodide's files itself (so
  // a service worker's cache answers them on a repeat visit).
  function startOnline() {
    return Promise.resolve({ worker: new NativeWorker(attribute("data-worker-url")), files: null });
  }

  // From disk: every file the worker needs arrives as a classic script that
  // stores its text (or its bytes as base64) in a global.
  function startFromDisk(base, stdlib) {
    var names = ["pyodide.js", "pyodide.asm.js"];
    return Promise.all([
      loadScript(attribute("data-worker-url") + ".txt.js"),
      loadScript(base + "pyodide.js.txt.js"),
      loadScript(base + "pyodide.asm.js.txt.js"),
      loadScript(base + "pyodide.asm.wasm.js"),
      loadScript(stdlib + ".js")
    ]).then(function () {
      var texts = window.__oihTexts;
      // The worker's own code first: it must prepare the ground before Pyodide's runs.
      var source = [texts["assessment-worker.js"]].concat(names.map(function (name) { return texts[name]; }));
      var url = URL.createObjectURL(new Blob([source.join("\n;\n")], { type: "text/javascript" }));
      return { worker: new NativeWorker(url), files: window.__oihFiles };
    });
  }

  // Online, once Python is ready, ask the service worker to keep the runtime
  // (it fetches only files it lacks), so the next visit boots from the cache
  // and every Python page works without a connection.
  function keepForOfflineUse() {
    if (FROM_DISK || !("serviceWorker" in navigator)) return;
    navigator.serviceWorker.ready.then(function (registration) {
      if (registration.active) registration.active.postMessage("cache-tool");
    });
  }

  // The worker starts at once, but it downloads the runtime, compiles it and
  // starts CPython only once the page has loaded. On a phone with few cores,
  // that work during the page's own start (parsing, the theme's layout) made
  // both slower (see docs/performance.md, "2026-11-30: booting after the page
  // has loaded"). A load held up by a slow request waits at most LOAD_WAIT_MS.
  var LOAD_WAIT_MS = 3000;
  function afterLoad(callback) {
    var called = false;
    function once() {
      if (called) return;
      called = true;
      callback();
    }
    // After the load event's own handlers.
    if (document.readyState === "complete") setTimeout(once, 0);
    else window.addEventListener("load", function () { setTimeout(once, 0); }, { once: true });
    setTimeout(once, LOAD_WAIT_MS);
  }

  // The worker's milestones (ms since the epoch) as oih:worker-* marks on the page's clock, each once.
  function placeMarks(marks) {
    Object.keys(marks).forEach(function (name) {
      if (performance.getEntriesByName("oih:worker-" + name, "mark").length) return;
      performance.mark("oih:worker-" + name, { startTime: marks[name] - performance.timeOrigin });
    });
  }

  function startWorker() {
    performance.mark("oih:boot-start");
    var base = attribute("data-pyodide-base");
    var stdlib = attribute("data-stdlib-url");
    var deadline = Number(script.getAttribute("data-timeout-ms")) || 120000;
    var pending = {};
    var nextId = 1;
    var worker = null;
    var settled = false;

    var ready = new Promise(function (resolve, reject) {
      function fail(error) {
        if (settled) return;
        settled = true;
        if (worker) worker.terminate();
        reject(error);
      }
      var timer = setTimeout(function () {
        fail(worded("python.fail.slow", { seconds: Math.round(deadline / 1000) }));
      }, deadline);

      (FROM_DISK ? startFromDisk(base, stdlib) : startOnline()).then(function (started) {
        worker = started.worker;
        if (settled) { worker.terminate(); return; }
        worker.onmessage = function (event) {
          var message = event.data;
          if (message.type === "ready") {
            clearTimeout(timer);
            settled = true;
            placeMarks(message.marks);
            performance.mark("oih:engine-ready");
            resolve();
            keepForOfflineUse();
          } else if (message.type === "marks") {
            // Later milestones, such as keeping a memory snapshot after ready.
            placeMarks(message.marks);
          } else if (message.type === "failed") {
            clearTimeout(timer);
            fail(message.key ? worded(message.key, message.values) : new Error(message.message));
          } else if (message.type === "answer" && pending[message.id]) {
            var call = pending[message.id];
            delete pending[message.id];
            if (message.ok) call.resolve(message.value); else call.reject(new Error(message.message));
          }
        };
        // A worker file that is missing or does not parse, or a crash inside it.
        worker.onerror = function (event) {
          event.preventDefault();
          var stopped = worded("python.fail.stopped", { detail: event.message || "" });
          clearTimeout(timer);
          fail(stopped);
          Object.keys(pending).forEach(function (id) {
            pending[id].reject(stopped);
            delete pending[id];
          });
        };
        function sendBoot() {
          worker.postMessage({ type: "boot", base: base, stdlib: stdlib, files: started.files });
          // The worker has its own copy now; the page need not keep 10 MB of text.
          window.__oihFiles = window.__oihTexts = undefined;
        }
        // Online the worker hears of the boot at once, so it can read and
        // check a memory snapshot kept on the device while the page loads;
        // the rest waits for "loaded". From disk there is no snapshot, and
        // copying the embedded files waits for the load too.
        if (!FROM_DISK) sendBoot();
        afterLoad(function () {
          if (FROM_DISK) sendBoot();
          worker.postMessage({ type: "loaded" });
        });
      }, function (error) {
        clearTimeout(timer);
        fail(error);
      });
    });

    function send(message) {
      return ready.then(function () {
        return new Promise(function (resolve, reject) {
          message.id = nextId++;
          pending[message.id] = { resolve: resolve, reject: reject };
          worker.postMessage(message);
        });
      });
    }

    return {
      ready: ready,
      call: function (name, payload) {
        // The page's language is the language of the words Python returns.
        return send({ type: "call", name: name, payload: JSON.stringify(payload),
          language: document.documentElement.lang || "en" }).then(JSON.parse);
      }
    };
  }

  var python = startWorker();
  window.oihPython = { ready: python.ready, call: python.call };
  window.oihBoot = python.ready.then(function () {
    return function (answers) { return python.call("assess", answers); };
  });
  // Handled by the page's own script; this keeps a failure from also being
  // reported as unhandled before that script has attached.
  window.oihBoot.catch(function () {});
  window.oihPython.ready.catch(function () {});
  document.dispatchEvent(new Event("oih:boot-started"));
})();
