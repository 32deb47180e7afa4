/*
 * OIH Guide: Python in a dedicated Web Worker (a classic worker script).
 *
 * assessment-boot.js starts this worker and talks to it with messages, so
 * compiling the wasm, starting CPython and unzipping the stdlib never block
 * the page. Messages in:
 *   {type: "boot", base, stdlib, files?}  start Pyodide (files: the offline
 *                                         copy's embedded binaries, base64):
 *                                         a memory snapshot kept on the device
 *                                         is read at once, the rest waits for
 *   {type: "loaded"}                      the page has loaded (or waited long enough)
 *   {type: "call", id, name, payload, language}
 *                                         call_json(name, payload, language) in Python
 * Nothing else: the page can reach Python only through the bridge's calls.
 * Messages out:
 *   {type: "ready", marks}                 marks: boot milestones, ms since the epoch
 *   {type: "marks", marks}                 later milestones (a memory snapshot kept)
 *   {type: "failed", message, key?, values?}
 *                                         key and values: the words for the
 *                                         reader, which the page looks up
 *   {type: "answer", id, ok, value | message}
 *
 * Online the worker is this file; in the offline copy it is a blob: made from
 * this file's text and Pyodide's, which the page carries as classic scripts.
 */
"use strict";

(function () {
  // One call crosses into Python: JSON text in, a JSON envelope out.
  var RUNNER = "from assessment._json_bridge import call_json\ncall_json";
  // Imported before a snapshot is made, so that a restored worker has it.
  var IMPORT = "import assessment._json_bridge";
  var RESEED = "import random\nrandom.seed()";
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
  //
  // A boot from a memory snapshot needs the memory to hold the snapshot's
  // heap before Pyodide copies it in: Pyodide 314 sizes the memory from the
  // wasm alone (30 MiB, pyodide issue 6254), so a larger heap would not fit.
  // `heap.needed` asks for that many bytes; a memory that cannot grow calls
  // `heap.fail`, because Pyodide would otherwise wait for ever.
  var heap = { needed: 0, fail: function () {} };

  function compileEarly(wasmResponse) {
    var compiled = WebAssembly.compileStreaming(wasmResponse);
    compiled.catch(function () {});
    WebAssembly.instantiateStreaming = function (source, imports) {
      return compiled.then(function (module) {
        return WebAssembly.instantiate(module, imports).then(function (instance) {
          var memory = instance.exports.memory;
          var missing = heap.needed - memory.buffer.byteLength;
          if (missing > 0) {
            try {
              memory.grow(Math.ceil(missing / 65536));
            } catch (error) {
              heap.fail(error);
              throw error;
            }
          }
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

  // ---- A memory snapshot kept on the device ------------------------------
  //
  // On a visit with no snapshot, Pyodide boots as before with its private
  // `_makeSnapshot` option (Pyodide 314.0.7; tests/browser/test_snapshot.py
  // fails loudly if an upgrade breaks it) and the bridge is imported. Once
  // the page is told Python is ready, and before any call can reach Python,
  // `makeMemorySnapshot()` copies its memory: no answer or diary entry is in
  // it. The copy is kept in Cache Storage, in a cache named by the runtime
  // folder ("oih-snapshot-314.0.7-0123456789"); the service worker deletes
  // the old runtime's when an update activates. Later visits hand it to
  // `_loadSnapshot`, and CPython does not start from scratch. Anything wrong
  // with it (unreadable, from another version, corrupted, a failed restore)
  // means a normal boot and a fresh snapshot, and the reader sees nothing of
  // it.
  //
  // Kept packed: about two thirds of the 30 MiB are pages of zeros, which are
  // left out and written back as zeros, so a visit reads and checks about
  // 11 MB instead of 31 MB. The body is one flag byte per page (1: stored),
  // then the stored pages in order; the headers give the format, Pyodide's
  // snapshot length and the body's SHA-256.
  var SNAPSHOT_PREFIX = "oih-snapshot-";
  // Changed whenever the packing, or what runs before the snapshot, changes,
  // so an old one is never restored into a worker that expects something else.
  var SNAPSHOT_FORMAT = "oih-2";
  var PAGE = 4096;
  // Pyodide's heap is 30 MiB after the bridge's import; a larger one is grown.
  var MAX_SNAPSHOT_HEAP = 256 * 1024 * 1024;
  // Looking a snapshot up, reading and checking it (all of which starts as
  // the page opens) that takes longer than this, as with a storage that
  // hangs, is given up: the worker boots as without one, and leaves it be.
  var SNAPSHOT_READ_WAIT_MS = 5000;
  // Off only for the benchmark's comparison (bench/bench_tool.py).
  var KEEP_SNAPSHOTS = true;

  // Where this runtime's snapshot lives, or null where there is no Cache
  // Storage (an insecure origin; the offline copy never asks).
  function snapshotPlace(base) {
    if (!self.caches) return null;
    var folder = base.replace(/\/+$/, "");
    folder = folder.slice(folder.lastIndexOf("/") + 1);
    return { cache: SNAPSHOT_PREFIX + folder, key: base + "memory-snapshot" };
  }

  function hex(buffer) {
    return Array.prototype.map.call(new Uint8Array(buffer), function (byte) {
      return (byte < 16 ? "0" : "") + byte.toString(16);
    }).join("");
  }

  function digest(bytes) {
    return crypto.subtle.digest("SHA-256", bytes).then(hex);
  }

  // Pyodide's snapshot without its pages of zeros (see above).
  function pack(full) {
    var pages = Math.ceil(full.length / PAGE);
    var flags = new Uint8Array(pages);
    var words = new Int32Array(full.buffer, full.byteOffset, full.length >> 2);
    var stored = 0;
    for (var page = 0; page < pages; page++) {
      var end = Math.min((page + 1) * PAGE, full.length);
      var zero = true;
      for (var word = (page * PAGE) >> 2; word < end >> 2; word++) {
        if (words[word] !== 0) { zero = false; break; }
      }
      for (var byte = end & ~3; zero && byte < end; byte++) zero = full[byte] === 0;
      if (!zero) { flags[page] = 1; stored += end - page * PAGE; }
    }
    var body = new Uint8Array(pages + stored);
    body.set(flags);
    var at = pages;
    for (page = 0; page < pages; page++) {
      if (!flags[page]) continue;
      var chunk = full.subarray(page * PAGE, Math.min((page + 1) * PAGE, full.length));
      body.set(chunk, at);
      at += chunk.length;
    }
    return body;
  }

  // Pyodide's snapshot again, zeros written back; throws if the body does not fit.
  function unpack(body, length) {
    var pages = Math.ceil(length / PAGE);
    if (!(length > 0 && body.length >= pages)) throw new Error("snapshot-length");
    var full = new Uint8Array(length);
    var at = pages;
    for (var page = 0; page < pages; page++) {
      if (body[page] === 0) continue;
      if (body[page] !== 1) throw new Error("snapshot-page-flag");
      var size = Math.min(PAGE, length - page * PAGE);
      if (at + size > body.length) throw new Error("snapshot-cut-short");
      full.set(body.subarray(at, at + size), page * PAGE);
      at += size;
    }
    if (at !== body.length) throw new Error("snapshot-too-long");
    return full;
  }

  // Deleting it changes nothing but speed.
  function forgetSnapshot(place) {
    return caches.delete(place.cache).catch(function () {});
  }

  // Pyodide's snapshot, read and checked: null when there is none, or it is
  // unusable (then deleted); "slow" when that took too long.
  function readSnapshot(place) {
    // caches.match does not create the cache, as caches.open would on a first visit.
    var read = caches.match(place.key, { cacheName: place.cache })
      .then(function (response) {
        if (!response) return null;
        if (response.headers.get("X-Oih-Snapshot") !== SNAPSHOT_FORMAT || !response.headers.get("X-Oih-Sha256")) {
          throw new Error("snapshot-not-ours");
        }
        return checkSnapshot(place, response);
      })
      .catch(function () {
        return forgetSnapshot(place).then(function () { return null; });
      });
    var slow = new Promise(function (resolve) { setTimeout(resolve, SNAPSHOT_READ_WAIT_MS, "slow"); });
    return Promise.race([read, slow]);
  }

  // Pyodide's snapshot from the response, checked against its SHA-256; null
  // when it is unusable (then deleted).
  function checkSnapshot(place, response) {
    var expected = response.headers.get("X-Oih-Sha256");
    var length = Number(response.headers.get("X-Oih-Length"));
    return response.arrayBuffer().then(function (buffer) {
      mark("snapshot-read");
      return digest(buffer).then(function (actual) {
        if (actual !== expected) throw new Error("snapshot-corrupted");
        var full = unpack(new Uint8Array(buffer), length);
        mark("snapshot-checked");
        return full;
      });
    }).catch(function () {
      return forgetSnapshot(place).then(function () { return null; });
    });
  }

  // Copies the memory: call it only while no answer or diary entry has
  // reached Python and no JS proxy is held (the bridge's call is made after).
  function takeSnapshot(pyodide) {
    try {
      var bytes = pyodide.makeMemorySnapshot();
      mark("snapshot-made");
      return bytes;
    } catch (error) {
      return null;
    }
  }

  // Packed, checked and stored in tasks of their own: calls that arrive meanwhile are answered.
  function keepSnapshot(place, full) {
    return new Promise(function (resolve) { setTimeout(resolve, 0); }).then(function () {
      var body = pack(full);
      mark("snapshot-packed");
      return digest(body).then(function (sum) {
        var response = new Response(body, {
          headers: {
            "Content-Type": "application/octet-stream",
            "X-Oih-Snapshot": SNAPSHOT_FORMAT,
            "X-Oih-Length": String(full.length),
            "X-Oih-Sha256": sum
          }
        });
        return caches.open(place.cache).then(function (cache) { return cache.put(place.key, response); });
      });
    }).then(function () {
      mark("snapshot-kept");
      self.postMessage({ type: "marks", marks: marks });
    }, function () {});
  }

  // ---- Booting ------------------------------------------------------------

  // The page says "boot" at once: a snapshot is looked up, read and checked
  // while the page loads (reading and a hash, no Python). Everything else
  // waits for the page's load event (`pageLoaded`), as before. (Starting a
  // visit with a snapshot at once, before the load event, made it barely
  // sooner ready and the page's own load later: see docs/performance.md.)
  function boot(options, pageLoaded) {
    var files = options.files || null;
    var place = KEEP_SNAPSHOTS && !files ? snapshotPlace(options.base) : null;
    var saved = place ? readSnapshot(place) : Promise.resolve(null);
    return pageLoaded.then(function () {
      return run(options, place, saved);
    });
  }

  function run(options, place, saved) {
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
      return fromCache(url).then(function (hit) { return hit || realFetch(url); }).then(function (response) {
        if (!response.ok) throw worded("python.fail.download", { file: name, detail: "HTTP " + response.status });
        return response;
      }, function (error) {
        throw worded("python.fail.download", { file: name, detail: describe(error) });
      });
    }

    // The runtime's files never change at a given URL (their folder is named
    // by their hash), so a copy the service worker keeps is taken straight
    // from Cache Storage: answering through the service worker's fetch
    // handler made a repeat visit about 0.1 s slower (docs/performance.md).
    function fromCache(url) {
      if (!self.caches) return Promise.resolve(null);
      return caches.match(url).catch(function () { return null; });
    }

    function loadScripts(names) {
      names.forEach(function (name) {
        try {
          importScripts(base + name);
        } catch (error) {
          throw worded("python.fail.load", { file: name });
        }
      });
    }

    var compiled = compileEarly(fetchFile(wasmUrl));
    compiled.then(function () { mark("compiled"); }, function () {});
    var stdlib = fetchFile(options.stdlib).then(function (response) { return response.arrayBuffer(); });
    stdlib.then(function () { mark("stdlib"); }, function () {});
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

    function start(extra) {
      var settings = {
        indexURL: base,
        stdLibURL: options.stdlib,
        createPyodideModule: self.__oihCreatePyodideModule,
        // The core needs no packages, so the 119 kB lock file is not fetched.
        lockFileContents: { info: { abi_version: "2026_0" }, packages: {} }
      };
      Object.keys(extra).forEach(function (key) { settings[key] = extra[key]; });
      return Promise.race([self.loadPyodide(settings), failedDownload]);
    }

    // As before, with Pyodide ready to make a snapshot when there is a place to keep it.
    function bootFresh(makeSnapshot) {
      heap.needed = 0;
      return start(makeSnapshot ? { _makeSnapshot: true } : {}).then(function (pyodide) {
        mark("python");
        // Nothing but an import: no JS proxy is held when the memory is copied.
        pyodide.runPython(IMPORT);
        mark("imported");
        return { pyodide: pyodide, makeSnapshot: makeSnapshot, place: place };
      });
    }

    function bootFromSnapshot(bytes) {
      // The heap follows Pyodide's header (magic number, header size, ...).
      heap.needed = bytes.length - new Uint32Array(bytes.buffer, bytes.byteOffset, 4)[1];
      if (!(heap.needed > 0 && heap.needed <= MAX_SNAPSHOT_HEAP)) throw new Error("snapshot-heap-size");
      var growFailed = new Promise(function (resolve, reject) { heap.fail = reject; });
      return Promise.race([start({ _loadSnapshot: bytes }), growFailed]).then(function (pyodide) {
        mark("restored");
        // The snapshot froze the random generator's state: every visit would draw the same numbers.
        pyodide.runPython(RESEED);
        mark("imported");
        return { pyodide: pyodide, makeSnapshot: false, place: place };
      });
    }

    // `place` is null where no snapshot is kept (the offline copy). A lookup
    // too slow to wait for boots as without one, and leaves it be.
    return saved.then(function (bytes) {
      if (bytes === "slow") return bootFresh(false);
      if (!bytes) return bootFresh(!!place);
      return Promise.resolve(bytes).then(bootFromSnapshot).catch(function () {
        // Never worse than a visit without one.
        return forgetSnapshot(place).then(function () { return bootFresh(true); });
      });
    });
  }

  // Once the page is told: a fresh boot's snapshot first, in this same task,
  // so no call can reach Python before it (calls are messages, handled in
  // tasks of their own); then the bridge's call, the one proxy held.
  function afterReady(python) {
    if (python.makeSnapshot) {
      var bytes = takeSnapshot(python.pyodide);
      if (bytes) keepSnapshot(python.place, bytes);
    }
    python.call = python.pyodide.runPython(RUNNER);
    mark("engine");
    return python;
  }

  // A failure the reader is told about: the page's words for it (script
  // words "python.fail.*") with its values, and a technical message for the log.
  function worded(key, values) {
    var error = new Error(key + " " + JSON.stringify(values));
    error.oihKey = key;
    error.oihValues = values;
    return error;
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

  var loadedNow;
  var pageLoaded = new Promise(function (resolve) { loadedNow = resolve; });

  self.onmessage = function (event) {
    var message = event.data;
    if (message.type === "loaded") {
      loadedNow();
    } else if (message.type === "boot" && !pyodideReady) {
      var booted;
      try {
        booted = boot(message, pageLoaded);
      } catch (error) {
        booted = Promise.reject(error);
      }
      pyodideReady = booted.then(function (python) {
        self.postMessage({ type: "ready", marks: marks });
        return afterReady(python);
      });
      pyodideReady.catch(function (error) {
        self.postMessage({ type: "failed", message: describe(error), key: error.oihKey, values: error.oihValues });
      });
    } else if (message.type === "call" && pyodideReady) {
      answer(message);
    }
  };
})();
