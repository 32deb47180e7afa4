/*
 * Registers the service worker (sw.js) that keeps this site readable offline
 * after a first visit. Only over http(s): an offline copy opened from disk
 * needs no worker, and browsers refuse them there.
 */
(function () {
  "use strict";
  var script = document.currentScript;
  if (!("serviceWorker" in navigator) || location.protocol === "file:") return;
  window.addEventListener("load", function () {
    navigator.serviceWorker.register(script.getAttribute("data-service-worker")).catch(function () {
      // Without the worker the site still works online; there is nothing to tell the reader.
    });
  });
})();
