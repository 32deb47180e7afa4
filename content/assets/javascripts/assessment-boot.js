/*
 * OIH Guide self-check: starting Pyodide.
 *
 * Loaded async from a Python page's <head>, so Pyodide starts downloading and
 * compiling while the rest of the page is still being read. It exposes
 *   window.oihPython = {ready: Promise, call(name, payload) -> Promise of
 *   {ok, result} | {ok: false, error}}
 * where name is a call in assessment._json_bridge.CALLS ("assess", ...), and
 * window.oihBoot, a promise of assess(answers) -> envelope, for the self-check.
 * It fires "oih:boot-started"; the page's own script shows the state.
 * The runtime's URLs come from this script tag's data attributes.
 */
(function () {
  "use strict";

  var script = document.currentScript;

  // One call crosses into Python: answers as JSON text in, a JSON envelope
  // ({ok, result} or {ok: false, error}) out, so no Python object leaks here.
  var RUNNER = "from assessment._json_bridge import call_json\ncall_json";

  function loadScript(src) {
    return new Promise(function (resolve, reject) {
      var tag = document.createElement("script");
      tag.src = src;
      tag.onload = resolve;
      tag.onerror = function () { reject(new Error("could not load " + src)); };
      document.head.appendChild(tag);
    });
  }

  // ---- Booting Pyodide ---------------------------------------------------
  //
  // Over http(s) Pyodide fetches its own files. An offline copy opened from
  // disk (file://) cannot fetch or import modules, so the build turns each
  // file into a classic script (site_build/offline_scripts.py) and a fetch
  // shim answers Pyodide from memory.

  var FROM_DISK = location.protocol === "file:";

  function fileName(url) {
    var path = String(url).split(/[?#]/)[0];
    return path.slice(path.lastIndexOf("/") + 1);
  }

  function decodeBase64(text) {
    if (Uint8Array.fromBase64) return Uint8Array.fromBase64(text);
    var binary = atob(text);
    var bytes = new Uint8Array(binary.length);
    for (var i = 0; i < binary.length; i++) bytes[i] = binary.charCodeAt(i);
    return bytes;
  }

  function embeddedResponse(name) {
    var entry = (window.__oihFiles || {})[name];
    if (!entry) return null;
    var bytes = decodeBase64(entry.base64);
    var body = entry.gzip ? new Blob([bytes]).stream().pipeThrough(new DecompressionStream("gzip")) : bytes;
    var type = /\.wasm$/.test(name) ? "application/wasm" : "application/octet-stream";
    return new Response(body, { headers: { "Content-Type": type } });
  }

  function answerFetchesFromEmbeddedFiles() {
    var realFetch = window.fetch;
    window.fetch = function (input, init) {
      var response = embeddedResponse(fileName(input instanceof Request ? input.url : input));
      return response ? Promise.resolve(response) : realFetch.call(window, input, init);
    };
  }

  async function loadFromDisk(base, stdlibUrl) {
    await Promise.all([
      loadScript(base + "pyodide.js"),
      loadScript(base + "pyodide.asm.js"),
      loadScript(base + "pyodide.asm.wasm.js"),
      loadScript(stdlibUrl + ".js")
    ]);
    answerFetchesFromEmbeddedFiles();
    return { createPyodideModule: window.__oihCreatePyodideModule };
  }

  async function bootEngine() {
    var base = new URL(script.getAttribute("data-pyodide-base"), document.baseURI).href;
    var stdlibUrl = new URL(script.getAttribute("data-stdlib-url"), document.baseURI).href;
    var options = {
      indexURL: base,
      // Only the stdlib modules the self-check imports, and the assessment
      // package itself, precompiled to .pyc: nothing to install afterwards.
      stdLibURL: stdlibUrl,
      // The core needs no packages, so the 119 kB lock file is not fetched.
      lockFileContents: { info: { abi_version: "2026_0" }, packages: {} }
    };
    performance.mark("oih:boot-start");
    if (FROM_DISK) {
      Object.assign(options, await loadFromDisk(base, stdlibUrl));
    } else {
      await loadScript(base + "pyodide.js");
    }
    performance.mark("oih:loader-ready");
    var pyodide = await window.loadPyodide(options);
    performance.mark("oih:python-ready");
    var run = pyodide.runPython(RUNNER);
    performance.mark("oih:engine-ready");
    var call = function (name, payload) { return JSON.parse(run(name, JSON.stringify(payload))); };
    call.pyodide = pyodide;
    return call;
  }

  var booted = bootEngine();
  window.oihPython = {
    ready: booted.then(function () {}),
    call: function (name, payload) {
      return booted.then(function (call) { return call(name, payload); });
    }
  };
  window.oihBoot = booted.then(function (call) {
    var assess = function (answers) { return call("assess", answers); };
    assess.pyodide = call.pyodide;
    return assess;
  });
  // Handled by the page's own script; this keeps a failure from also being
  // reported as unhandled before that script has attached.
  window.oihBoot.catch(function () {});
  window.oihPython.ready.catch(function () {});
  document.dispatchEvent(new Event("oih:boot-started"));
})();
