"""Python run inside the page's own worker, for tests and the benchmark only.

The shipped worker answers nothing but the bridge's calls. Here a Playwright
route appends ``worker_probe.js`` to the worker script as the browser fetches
it, and :func:`run_python` reaches it with ``worker.evaluate``. A route cannot
change a file opened from disk, so the offline copy's tests look at the
worker from outside instead.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from playwright.sync_api import BrowserContext, Page, Route

WORKER_SCRIPT = "**/assets/javascripts/assessment-worker.js"
_PROBE = (Path(__file__).with_name("worker_probe.js")).read_text(encoding="utf-8")


def install_worker_probe(target: Page | BrowserContext) -> None:
    """Serve the worker script with the probe appended, for every page of ``target``."""

    def append_probe(route: Route) -> None:
        response = route.fetch()
        route.fulfill(response=response, body=response.text() + "\n" + _PROBE)

    target.route(WORKER_SCRIPT, append_probe)


def run_python(page: Page, code: str) -> Any:
    """The value of the last expression of ``code``, run in ``page``'s assessment worker."""
    workers = [worker for worker in page.workers if worker.url.endswith("assessment-worker.js")]
    if len(workers) != 1:
        raise AssertionError(f"expected one assessment worker, found {[w.url for w in page.workers]}")
    return workers[0].evaluate("(code) => self.__oihProbe(code)", code)
