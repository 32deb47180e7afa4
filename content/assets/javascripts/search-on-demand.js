/*
 * On the pages that boot Python, the theme's search waits until someone opens
 * it. The theme asks for its search index (about 60 kB brotli) and starts its
 * search worker (11 kB) as every page loads; on these pages those bytes would
 * compete with Pyodide for a phone's connection, and most visits never search.
 *
 * Loaded before the theme's bundle, on those pages only and only online (from
 * disk the theme already waits for search to open). It holds back the send of
 * the theme's request for search/search_index.json, and the start of its
 * search worker, until search opens: its toggle is checked (a click, or the
 * theme's keyboard shortcuts) or its input takes focus. A link from a search
 * result (?h=...) wants the index at once, to highlight the words found.
 */
(function () {
  "use strict";
  var INDEX = /\/search\/search_index\.json$/;
  var SEARCH_WORKER = /\/assets\/javascripts\/workers\/search\.[0-9a-f]+\.min\.js$/;
  var wanted = new URLSearchParams(location.search).has("h");
  var waiting = [];
  var held = new WeakSet();

  function open() {
    if (wanted) return;
    wanted = true;
    waiting.splice(0).forEach(function (start) { start(); });
  }

  function path(url) { return new URL(String(url), location.href).pathname; }

  // ---- The index: the theme fetches it with XMLHttpRequest ---------------
  var xhrOpen = XMLHttpRequest.prototype.open;
  var xhrSend = XMLHttpRequest.prototype.send;
  XMLHttpRequest.prototype.open = function (method, url) {
    if (INDEX.test(path(url))) held.add(this); else held.delete(this);
    return xhrOpen.apply(this, arguments);
  };
  XMLHttpRequest.prototype.send = function () {
    var request = this;
    var args = arguments;
    if (wanted || !held.has(request)) return xhrSend.apply(request, args);
    waiting.push(function () { xhrSend.apply(request, args); });
  };

  // ---- The worker: started by the theme's first message to it -------------
  // The theme talks to it only with postMessage and "message" listeners, and
  // sends its first message once the index has arrived.
  var RealWorker = self.Worker;

  function LazyWorker(url, options) {
    var target = new EventTarget();
    var worker = null;
    target.postMessage = function (message, transfer) {
      if (!worker) {
        worker = new RealWorker(url, options);
        ["message", "messageerror", "error"].forEach(function (type) {
          worker.addEventListener(type, function (event) {
            target.dispatchEvent(type === "error" ? new ErrorEvent("error", event) : new MessageEvent(type, { data: event.data }));
          });
        });
      }
      worker.postMessage(message, transfer || []);
    };
    target.terminate = function () { if (worker) worker.terminate(); };
    return target;
  }

  self.Worker = function Worker(url, options) {
    if (SEARCH_WORKER.test(path(url))) return LazyWorker(url, options);
    return new RealWorker(url, options);
  };
  self.Worker.prototype = RealWorker.prototype;

  document.addEventListener("change", function (event) {
    if (event.target.id === "__search" && event.target.checked) open();
  });
  document.addEventListener("focusin", function (event) {
    if (event.target.classList && event.target.classList.contains("md-search__input")) open();
  });
})();
