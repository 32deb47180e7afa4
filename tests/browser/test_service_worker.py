"""Online: the service worker caches the site, and a second visit works with the server gone."""

from __future__ import annotations

from pathlib import Path

import pytest
from playwright.sync_api import Browser, Page

from site_build.publish import serve
from site_build.publish.service_worker import SERVICE_WORKER, listed_files
from tests.support.pages import TOOL_READY, leaves_origin, wait_for

from .conftest import TOOL_READY_TIMEOUT_MS

pytestmark = pytest.mark.browser

_CACHED_URLS = """async () => {
  const names = (await caches.keys()).filter((name) => name.startsWith("oih-guide-"));
  if (names.length !== 1) return [];
  const requests = await (await caches.open(names[0])).keys();
  return requests.map((request) => new URL(request.url).pathname);
}"""


def _tool_files(site: Path) -> list[str]:
    return listed_files((site / SERVICE_WORKER).read_text(encoding="utf-8"), "TOOL_FILES")


def _wait_for_cache(page: Page, paths: set[str]) -> None:
    for _ in range(100):
        if paths <= set(page.evaluate(_CACHED_URLS)):
            return
        page.wait_for_timeout(200)
    raise AssertionError(f"not cached: {sorted(paths - set(page.evaluate(_CACHED_URLS)))}")


def test_a_second_visit_works_with_the_server_stopped(browser: Browser, built_site: Path) -> None:
    server, url = serve.serve_in_background(built_site)
    context = browser.new_context()
    # The every-page walk blocks service workers; here the worker installs,
    # caches and answers, and neither it nor a page asks another origin.
    off_origin: list[str] = []
    context.on("request", lambda request: leaves_origin(request.url, url) and off_origin.append(request.url))
    page = context.new_page()
    try:
        page.goto(url)
        page.wait_for_function("() => navigator.serviceWorker.controller !== null", timeout=30_000)
        # Reading a page never downloads Pyodide: the cache holds pages, not the tool.
        cached = set(page.evaluate(_CACHED_URLS))
        assert {"/", "/what-is-oih/", "/assessment/", "/search/search_index.json"} <= cached
        # The Spanish edition shares the one worker and cache.
        assert {"/es/", "/es/what-is-oih/", "/es/assessment/", "/es/search/search_index.json"} <= cached
        # Its copies of the root's style sheets are cached once, under the root's address.
        assert not [path for path in cached if path.startswith("/es/assets/stylesheets/")]
        assert not [path for path in cached if path.startswith("/assets/pyodide/")]

        page.goto(url + "assessment/")
        wait_for(page, TOOL_READY)
        _wait_for_cache(page, {"/" + file for file in _tool_files(built_site)})
    finally:
        server.shutdown()
        server.server_close()

    page.reload()
    wait_for(page, TOOL_READY)
    answer = page.evaluate("() => window.oihSelfCheck.assess({pain_spread: 'yes'})")
    assert answer["ok"] is True
    page.goto(url + "what-is-oih/")
    assert "What is" in page.locator("h1").inner_text()
    # A tab of its own: a request the English page left in flight (its icon,
    # say) is cut off by the next navigation and would count as failed here.
    spanish = context.new_page()
    failed: list[str] = []
    spanish.on("requestfailed", lambda request: failed.append(f"{request.url} {request.failure}"))
    spanish.goto(url + "es/what-is-oih/")
    assert spanish.evaluate("document.documentElement.lang") == "es"
    assert "Qué es" in spanish.locator("h1").inner_text()
    # The theme's style sheet came, from the root's cached copy: the header sticks.
    assert spanish.evaluate("getComputedStyle(document.querySelector('.md-header')).position") == "sticky"
    assert not failed, failed
    # A missing address, offline, gets its edition's not-found page.
    spanish.goto(url + "es/no-such-page/")
    assert spanish.locator("h1").inner_text() == "Página no encontrada"
    spanish.goto(url + "no-such-page/")
    assert spanish.locator("h1").inner_text() == "Page not found"
    context.close()
    assert not off_origin, off_origin


def test_the_runtime_is_downloaded_once_not_on_every_visit(
    browser: Browser, built_site: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    served: list[str] = []
    send_head = serve._Handler.send_head

    def recording_send_head(handler):  # type: ignore[no-untyped-def]
        served.append(handler.path)
        return send_head(handler)

    monkeypatch.setattr(serve._Handler, "send_head", recording_send_head)
    server, url = serve.serve_in_background(built_site)
    context = browser.new_context()
    page = context.new_page()
    try:
        page.goto(url + "assessment/")
        page.wait_for_function("() => navigator.serviceWorker.controller !== null", timeout=30_000)
        page.reload()
        wait_for(page, TOOL_READY)
        _wait_for_cache(page, {"/" + file for file in _tool_files(built_site)})
        assert [path for path in served if path.startswith("/assets/pyodide/")], "the first visit fetched the runtime"
        served.clear()
        for python_page in ("diary/", "assessment/"):
            page.goto(url + python_page)
            page.wait_for_function("() => window.oihPython && window.oihPython.ready.then(() => true)", timeout=TOOL_READY_TIMEOUT_MS)
        page.wait_for_timeout(500)  # time for a "cache-tool" message to reach the service worker
        assert not [path for path in served if path.startswith("/assets/pyodide/")], served
    finally:
        context.close()
        server.shutdown()
        server.server_close()


def test_the_worker_caches_only_this_sites_files(built_site: Path) -> None:
    listed = listed_files((built_site / SERVICE_WORKER).read_text(encoding="utf-8"), "PAGES_AND_ASSETS")
    assert not [entry for entry in listed if "://" in entry or entry.startswith("/")]
    assert "downloads/oih-guide-offline.zip" not in listed
    assert _tool_files(built_site) and all(f.startswith("assets/pyodide/") for f in _tool_files(built_site))
