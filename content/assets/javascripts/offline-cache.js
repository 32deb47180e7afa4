/*
 * Registers the service worker (sw.js) that keeps this site readable offline
 * after a first visit, and tells the reader calmly when a new version is
 * ready. Only over http(s): an offline copy opened from disk needs no
 * worker, and browsers refuse them there.
 *
 * A new version waits (see sw.js) until the reader chooses "Reload", so a
 * page is never a mix of two builds, and nothing the reader typed is lost to
 * a reload they did not ask for.
 */
(function () {
  "use strict";
  var script = document.currentScript;
  if (!("serviceWorker" in navigator) || location.protocol === "file:") return;

  var reloadRequested = false;
  var notice = null;

  function showNotice(message, waitingWorker) {
    if (!notice) {
      notice = document.createElement("div");
      notice.className = "oih-update md-typeset";
      notice.setAttribute("role", "status");
      notice.setAttribute("data-update-notice", "");
      var text = document.createElement("p");
      var button = document.createElement("button");
      button.type = "button";
      button.className = "md-button md-button--primary";
      button.setAttribute("data-update-reload", "");
      button.textContent = window.oihWords("page.update.reload");
      notice.appendChild(text);
      notice.appendChild(button);
      document.body.appendChild(notice);
    }
    notice.querySelector("p").textContent = message;
    notice.querySelector("button").onclick = function () {
      reloadRequested = true;
      if (waitingWorker) waitingWorker.postMessage("skip-waiting");
      else location.reload();
    };
  }

  function offerUpdate(worker) {
    // A first visit has no page from an older version to protect.
    if (!navigator.serviceWorker.controller) return;
    showNotice(window.oihWords("page.update.ready"), worker);
  }

  // On a first visit the new worker takes control of this page, which came
  // from the same build; only a change of an existing controller is an update.
  var hadController = Boolean(navigator.serviceWorker.controller);
  navigator.serviceWorker.addEventListener("controllerchange", function () {
    if (reloadRequested) {
      location.reload();
    } else if (hadController) {
      // Another tab chose to update: this page still shows the old version.
      showNotice(window.oihWords("page.update.other_tab"), null);
    }
    hadController = true;
  });

  function watch(registration) {
    // A browser that blocks workers (a privacy setting, a test harness) may
    // resolve with no registration at all.
    if (!registration) return;
    if (registration.waiting) offerUpdate(registration.waiting);
    registration.addEventListener("updatefound", function () {
      var installing = registration.installing;
      if (!installing) return;
      installing.addEventListener("statechange", function () {
        if (installing.state === "installed") offerUpdate(installing);
      });
    });
  }

  function register() {
    navigator.serviceWorker.register(script.getAttribute("data-service-worker")).then(watch, function () {
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
