"""Python run inside the page's own worker, for tests and the benchmark only.

The shipped worker answers nothing but the bridge's calls. Here a Playwright
route appends ``worker_probe.js`` to the worker script as the browser fetches
it, and :func:`run_python` reaches it with ``worker.evaluate``. A route cannot
change a file opened from disk, so the offline copy's tests look at the
worker from outside instead.

The same route can turn the worker's memory snapshot off
(``snapshots=False``), so the benchmark can compare a boot without it.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from playwright.sync_api import BrowserContext, Page, Route

WORKER_SCRIPT = "**/assets/javascripts/assessment-worker.js"
_PROBE = (Path(__file__).with_name("worker_probe.js")).read_text(encoding="utf-8")
SNAPSHOTS_ON = "var KEEP_SNAPSHOTS = true;"


def install_worker_probe(target: Page | BrowserContext, *, probe: bool = True, snapshots: bool = True) -> None:
    """Serve the worker script with the probe appended, for every page of ``target``;
    with ``snapshots=False``, a worker that neither restores nor makes a memory snapshot."""

    def rewrite(route: Route) -> None:
        response = route.fetch()
        body = response.text()
        if not snapshots:
            if SNAPSHOTS_ON not in body:
                raise AssertionError(f"the worker script no longer says {SNAPSHOTS_ON!r}")
            body = body.replace(SNAPSHOTS_ON, "var KEEP_SNAPSHOTS = false;")
        if probe:
            body += "\n" + _PROBE
        route.fulfill(response=response, body=body)

    target.route(WORKER_SCRIPT, rewrite)


def run_python(page: Page, code: str) -> Any:
    """The value of the last expression of ``code``, run in ``page``'s assessment worker."""
    workers = [worker for worker in page.workers if worker.url.endswith("assessment-worker.js")]
    if len(workers) != 1:
        raise AssertionError(f"expected one assessment worker, found {[w.url for w in page.workers]}")
    return workers[0].evaluate("(code) => self.__oihProbe(code)", code)
