"""Updating the site: a new build reaches the reader safely, and what they keep survives.

v1 is the built site; v2 is the same build with a content change, a new
runtime folder (as a change to the boot zip gives) and a new service worker,
served on the same origin.
"""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest
from playwright.sync_api import Browser

from site_build import PROJECT_ROOT
from site_build.publish.precompress import precompress_site
from site_build.publish.serve import serve_in_background
from site_build.publish.service_worker import SERVICE_WORKER, SNAPSHOT_PREFIX, write_service_worker
from site_build.runtime.tool_assets import built_runtime_dir
from tests.support.pages import TOOL_READY, wait_for

pytestmark = pytest.mark.browser

V2_MARKER = "This sentence is new in version 2."
KEPT = ("oih-test-kept", "kept by the reader")
OTHER_CACHE = "someone-elses-cache"
# Each page finishes loading (its icon included) before the next navigation,
# so no request is cut off by the test itself: any failed request is the site's.
SETTLED = "networkidle"
# The Python worker has kept its memory snapshot (assessment-worker.js).
SNAPSHOT_KEPT = "() => performance.getEntriesByName('oih:worker-snapshot-kept').length > 0"
SNAPSHOT_CACHES = "async () => (await caches.keys()).filter((name) => name.startsWith('oih-snapshot-')).sort()"


def _make_v2(v1: Path, v2: Path, cache_dir: Path) -> str:
    """Build v2 from v1; return v2's runtime folder."""
    shutil.copytree(v1, v2)
    page = v2 / "what-is-oih" / "index.html"
    page.write_text(page.read_text(encoding="utf-8").replace("</h1>", f"</h1><p>{V2_MARKER}</p>", 1), encoding="utf-8")
    old_runtime = built_runtime_dir(v1)
    new_runtime = old_runtime[:-10] + "fedcba9876"
    (v2 / old_runtime).rename(v2 / new_runtime)
    for html in v2.rglob("*.html"):
        html.write_text(html.read_text(encoding="utf-8").replace(old_runtime, new_runtime), encoding="utf-8")
    for stale in [*v2.rglob("*.html.br"), *v2.rglob("*.html.gz"), v2 / SERVICE_WORKER]:
        stale.unlink(missing_ok=True)
    write_service_worker(v2)
    precompress_site(v2, cache_dir)
    return new_runtime


def test_an_update_waits_for_the_reader_and_keeps_what_they_stored(
    browser: Browser, built_site: Path, tmp_path: Path
) -> None:
    v2 = tmp_path / "v2"
    v1_runtime = built_runtime_dir(built_site)
    # The build's own compression cache (keyed by content): only the changed files are compressed again.
    v2_runtime = _make_v2(built_site, v2, PROJECT_ROOT / ".cache" / "precompress")
    assert (v2 / SERVICE_WORKER).read_text() != (built_site / SERVICE_WORKER).read_text()
    served = tmp_path / "served"
    served.symlink_to(built_site, target_is_directory=True)
    server, url = serve_in_background(served)
    context = browser.new_context()
    failures: list[str] = []
    context.on("requestfailed", lambda request: failures.append(f"{request.url}: {request.failure}"))
    context.on("response", lambda response: response.status >= 400 and failures.append(f"{response.url}: {response.status}"))
    runtime_requests: list[str] = []
    context.on("request", lambda request: "/assets/pyodide/" in request.url and runtime_requests.append(request.url))
    try:
        page = context.new_page()
        page.goto(url, wait_until=SETTLED)
        page.wait_for_function("() => navigator.serviceWorker.controller !== null", timeout=30_000)
        assert page.locator("[data-update-notice]").count() == 0, "no notice on a first visit"
        page.goto(url + "assessment/", wait_until=SETTLED)
        wait_for(page, TOOL_READY)
        page.wait_for_function(SNAPSHOT_KEPT, timeout=60_000)
        v1_snapshot = SNAPSHOT_PREFIX + v1_runtime.rsplit("/", 1)[-1]
        v2_snapshot = SNAPSHOT_PREFIX + v2_runtime.rsplit("/", 1)[-1]
        assert page.evaluate(SNAPSHOT_CACHES) == [v1_snapshot]
        page.evaluate(
            """async ([key, value, other]) => {
                 localStorage.setItem(key, value);
                 await caches.open(other);
               }""",
            [*KEPT, OTHER_CACHE],
        )
        page.goto(url + "what-is-oih/", wait_until=SETTLED)
        assert V2_MARKER not in page.content()

        # Version 2 goes live on the same origin.
        served.unlink()
        served.symlink_to(v2, target_is_directory=True)
        page.reload(wait_until=SETTLED)
        notice = page.locator("[data-update-notice]")
        notice.wait_for(timeout=30_000)
        assert "new version" in notice.inner_text()
        # Until the reader chooses, the page stays whole on the old build,
        # and the old self-check boots from the old runtime it cached (and its snapshot).
        assert V2_MARKER not in page.content()
        runtime_requests.clear()
        page.goto(url + "assessment/", wait_until=SETTLED)
        wait_for(page, TOOL_READY)
        assert runtime_requests and all(f"/{v1_runtime}/" in request for request in runtime_requests)
        assert page.evaluate("() => performance.getEntriesByName('oih:worker-restored').length") == 1
        assert page.evaluate(SNAPSHOT_CACHES) == [v1_snapshot]
        page.goto(url + "what-is-oih/", wait_until=SETTLED)
        notice.wait_for(timeout=30_000)

        with page.expect_navigation(wait_until=SETTLED):
            page.click("[data-update-reload]")
        page.wait_for_selector(f"text={V2_MARKER}", timeout=30_000)

        assert page.evaluate("(key) => localStorage.getItem(key)", KEPT[0]) == KEPT[1]
        caches_now = page.evaluate("() => caches.keys()")
        assert OTHER_CACHE in caches_now
        assert len([name for name in caches_now if name.startswith("oih-guide-")]) == 1
        # The old runtime's snapshot went with it.
        assert page.evaluate(SNAPSHOT_CACHES) == []

        runtime_requests.clear()
        page.goto(url + "assessment/", wait_until=SETTLED)
        wait_for(page, TOOL_READY)
        assert page.evaluate("() => window.oihPython.call('assess', {pain_spread: 'yes'})")["ok"] is True
        page.wait_for_function(SNAPSHOT_KEPT, timeout=60_000)
        assert page.evaluate(SNAPSHOT_CACHES) == [v2_snapshot]
        # The new build never loads an old runtime file, and nothing failed.
        assert runtime_requests and all(f"/{v2_runtime}/" in request for request in runtime_requests)
        assert failures == [], "\n".join(failures)
    finally:
        context.close()
        server.shutdown()
        server.server_close()
