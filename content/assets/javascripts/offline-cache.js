/*
 * Registers the service worker (sw.js) that keeps this site readable offline
 * after a first visit. Only over http(s): an offline copy opened from disk
 * needs no worker, and browsers refuse them there.
 */
(function () {
  "use strict";
  var script = document.currentScript;
  if (!("serviceWorker" in navigator) || location.protocol === "file:") return;

  function register() {
    navigator.serviceWorker.register(script.getAttribute("data-service-worker")).catch(function () {
      // Without the worker the site still works online; there is nothing to tell the reader.
    });
  }

  // On the self-check, caching the site would compete with Pyodide's boot for
  // the phone's processor, so it waits until the checker is ready (or failed).
  var tool = document.getElementById("oih-tool");
  if (tool && tool.getAttribute("data-state") === "loading") {
    document.addEventListener("oih:tool-settled", register, { once: true });
  } else {
    window.addEventListener("load", register);
  }
})();
