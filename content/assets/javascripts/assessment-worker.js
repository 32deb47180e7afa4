/*
 * OIH Guide: Python in a dedicated Web Worker (a classic worker script).
 *
 * assessment-boot.js starts this worker and talks to it with messages, so
 * compiling the wasm, starting CPython and unzipping the stdlib never block
 * the page. Messages in:
 *   {type: "boot", base, stdlib, files?}  start Pyodide (files: the offline
 *                                         copy's embedded binaries, base64)
 *   {type: "call", id, name, payload, language}
 *                                         call_json(name, payload, language) in Python
 * Nothing else: the page can reach Python only through the bridge's calls.
 * Messages out:
 *   {type: "ready", marks}                 marks: boot milestones, ms since the epoch
 *   {type: "failed", message}
 *   {type: "answer", id, ok, value | message}
 *
 * Online the worker is this file; in the offline copy it is a blob: made from
 * this file's text and Pyodide's, which the page carries as classic scripts.
 */
"use strict";

(function () {
  // One call crosses into Python: JSON text in, a JSON envelope out.
  var RUNNER = "from assessment._json_bridge import call_json\ncall_json";
  var marks = {};
  var pyodideReady = null;

  // On the shared clock (ms since the epoch), so the page can place them on its own.
  function mark(name) { marks[name] = performance.timeOrigin + performance.now(); }

  function fileName(url) {
    var path = String(url).split(/[?#]/)[0];
    return path.slice(path.lastIndexOf("/") + 1);
  }

  function requestUrl(input) { return input instanceof Request ? input.url : String(input); }

  // Pyodide refuses classic workers: it probes importScripts with a data:
  // URL. Its only use of importScripts is that probe once the Emscripten
  // module is passed in, so the probe is refused and everything else goes on.
  function hideClassicWorkerProbe() {
    var importScripts = self.importScripts;
    self.importScripts = function (url) {
      if (typeof url === "string" && url.indexOf("data:") === 0) throw new TypeError("classic worker probe refused");
      return importScripts.apply(self, arguments);
    };
  }

  // ---- The wasm, compiled as early as possible ---------------------------
  //
  // Pyodide asks for the wasm only after its 1.25 MB JavaScript half has been
  // fetched and evaluated. Compiling starts here instead, streaming, while
  // that loads; Pyodide's own request is then answered with the compiled module.
  function compileEarly(wasmResponse) {
    var compiled = WebAssembly.compileStreaming(wasmResponse);
    compiled.catch(function () {});
    WebAssembly.instantiateStreaming = function (source, imports) {
      return compiled.then(function (module) {
        return WebAssembly.instantiate(module, imports).then(function (instance) {
          return { module: module, instance: instance };
        });
      });
    };
    return compiled;
  }

  // ---- The offline copy's embedded files ---------------------------------

  function decodeBase64(text) {
    if (Uint8Array.fromBase64) return Uint8Array.fromBase64(text);
    var binary = atob(text);
    var bytes = new Uint8Array(binary.length);
    for (var i = 0; i < binary.length; i++) bytes[i] = binary.charCodeAt(i);
    return bytes;
  }

  function embeddedResponse(entry, name) {
    var bytes = decodeBase64(entry.base64);
    var body = entry.gzip ? new Blob([bytes]).stream().pipeThrough(new DecompressionStream("gzip")) : bytes;
    var type = /\.wasm$/.test(name) ? "application/wasm" : "application/octet-stream";
    return new Response(body, { headers: { "Content-Type": type } });
  }

  // ---- Booting ------------------------------------------------------------

  function boot(options) {
    mark("start");
    var base = options.base;
    var wasmUrl = base + "pyodide.asm.wasm";
    var realFetch = self.fetch.bind(self);
    var files = options.files || null;

    // A response, or a readable error naming the file.
    function fetchFile(url) {
      var name = fileName(url);
      var entry = files && files[name];
      if (entry) return Promise.resolve(embeddedResponse(entry, name));
      return realFetch(url).then(function (response) {
        if (!response.ok) throw new Error("could not download " + name + " (HTTP " + response.status + ")");
        return response;
      }, function (error) {
        throw new Error("could not download " + name + " (" + describe(error) + ")");
      });
    }

    function loadScripts(names) {
      names.forEach(function (name) {
        try {
          importScripts(base + name);
        } catch (error) {
          throw new Error("could not load " + name);
        }
      });
    }

    var compiled = compileEarly(fetchFile(wasmUrl));
    var stdlib = fetchFile(options.stdlib).then(function (response) { return response.arrayBuffer(); });
    stdlib.catch(function () {});
    // Pyodide's own requests for these two are answered from the above; any
    // other request goes out as usual.
    self.fetch = function (input, init) {
      var url = requestUrl(input);
      if (url === wasmUrl) return Promise.resolve(new Response(new Uint8Array(0), { headers: { "Content-Type": "application/wasm" } }));
      if (url === options.stdlib) return stdlib.then(function (bytes) { return new Response(bytes); });
      return realFetch(input, init);
    };

    // In the offline copy's blob worker both are already here.
    if (!self.loadPyodide) loadScripts(["pyodide.js", "pyodide.asm.js"]);
    mark("scripts");
    // A failed download would leave loadPyodide waiting for ever: fail instead.
    var failedDownload = Promise.all([compiled, stdlib]).then(function () { mark("downloaded"); return new Promise(function () {}); });
    var loading = self.loadPyodide({
      indexURL: base,
      stdLibURL: options.stdlib,
      createPyodideModule: self.__oihCreatePyodideModule,
      // The core needs no packages, so the 119 kB lock file is not fetched.
      lockFileContents: { info: { abi_version: "2026_0" }, packages: {} }
    });
    return Promise.race([loading, failedDownload]).then(function (pyodide) {
      mark("python");
      var call = pyodide.runPython(RUNNER);
      mark("engine");
      return { pyodide: pyodide, call: call };
    });
  }

  function describe(error) {
    return (error && error.message) || String(error);
  }

  function answer(message) {
    pyodideReady.then(function (python) {
      var value = python.call(message.name, message.payload, message.language || "en");
      self.postMessage({ type: "answer", id: message.id, ok: true, value: value });
    }).catch(function (error) {
      self.postMessage({ type: "answer", id: message.id, ok: false, message: describe(error) });
    });
  }

  // Before pyodide.js runs: in the offline copy it follows in the same blob.
  hideClassicWorkerProbe();

  self.onmessage = function (event) {
    var message = event.data;
    if (message.type === "boot") {
      try {
        pyodideReady = boot(message);
      } catch (error) {
        pyodideReady = Promise.reject(error);
      }
      pyodideReady.then(
        function () { self.postMessage({ type: "ready", marks: marks }); },
        function (error) { self.postMessage({ type: "failed", message: describe(error) }); }
      );
    } else if (message.type === "call" && pyodideReady) {
      answer(message);
    }
  };
})();
