"""Benchmark the Python pages and the site's weight. Run ``make bench`` (it builds first).

Prints a table and, as its last line, the same figures as JSON. Figures only:
targets are printed beside them for people to read, not asserted, because
timings depend on the machine (run it on a quiet one; say how loaded it was).
From one run:

- the median ``assess()`` + ``to_dict()`` time in CPython, on the full form
  and on a sparse one where ``sharpen`` tries every other question;
- the self-check's cold ready time (a fresh browser profile each run) and warm
  ready time (the same profile again, with the service worker's cache): the
  page's own clock, from navigation start to the moment ``data-state="ready"``
  is set, as a MutationObserver sees it. The harness's wall time (from
  ``goto`` until Playwright notices) is printed too; it adds Playwright's
  round trips and polling, which land unevenly;
- the memory snapshot kept on the device (issue 26), in the same run, loads
  interleaved: cold and warm as shipped (the cold visit makes the snapshot,
  the warm one boots from it) and cold and warm with the worker's snapshot
  turned off (``KEEP_SNAPSHOTS``), after one untimed load of each page so
  that a fresh browser's own warming lands on none; the warm/cold ratio
  (target 0.30), the
  time to the first answer when the page asks at the moment it is ready, the
  first visit's extra cost (making it, then checking and storing it), what a
  warm boot spends reading, checking and restoring it, its size, and reading
  it from Cache Storage on the page;
- a second visit as a reader makes it the next day (issue 26): a profile on
  disk, the self-check visited once, the browser closed and started again,
  and the self-check visited in its first tab. The warm visits above go to
  the page again in the tab that had it open, whose renderer still holds
  what it compiled (the wasm among it) and whose service worker is running:
  faster than a reader coming back. Both ratios are printed;
- stock Pyodide, exactly: the pinned npm ``pyodide.js``,
  ``loadPyodide({indexURL})``, then ``runPython("import json, dataclasses")``
  and nothing else, served from the same npm files by the same server, loaded
  interleaved with the tool; and the tool/stock ratio of the medians;
- main-thread long tasks while the self-check boots (total blocking time as
  Lighthouse counts it: the part of each task over 50 ms), tool and stock;
- inside the worker: the median ``call_json("assess", ...)`` time, and
  ``call_json("analyse_diary", ...)`` on a year of entries when ``CALLS`` has
  it; and the median JS-to-Python round trip from the page;
- every Python page (any page that loads ``assessment-boot.js``): cold time to
  ``window.oihPython.ready``, and the gzip -9 and brotli (quality 11) bytes of
  everything it loads, the worker's requests included;
- the home page's and the heaviest other page's bytes, and whether any page
  but a Python page loads Pyodide.
"""

from __future__ import annotations

import argparse
import datetime
import gzip
import json
import os
import statistics
import sys
import tempfile
import time
from pathlib import Path
from urllib.parse import unquote, urlsplit

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from bench.bench_assess import ANSWERS, SPARSE_ANSWERS, timings  # noqa: E402
from site_build.chromium import CHROMIUM, CHROMIUM_ARGS  # noqa: E402
from site_build.publish.serve import serve_in_background  # noqa: E402
from tests.browser.worker_probe import SNAPSHOTS_ON, install_worker_probe, run_python  # noqa: E402

TOOL_PAGE = "assessment/"
STOCK_DIR = "__stock__"
PYTHON_PAGE_MARKER = "assets/javascripts/assessment-boot.js"
TARGETS = {
    "cpython_assess_sharpen_us_median": "<= 5,000",
    "tool_to_stock_ratio": "<= 0.40",
    "tool_warm_to_cold_ratio": "<= 0.30",
    "tool_warm_to_cold_no_snapshot_ratio": "<= 0.30",
    "tool_restarted_to_cold_ratio": "<= 0.30",
    "tool_page_brotli_bytes": "<= 3,800,000",
    "tool_main_thread_blocking_ms_median": "<= 200",
    "home_page_gzip_bytes": "<= 500,000",
    "heaviest_other_page_gzip_bytes": "<= 500,000",
}
_READY = "[data-state='ready']"
# Injected by Playwright before any page script (CSP does not apply to it):
# records when any element first gets data-state="ready", on the page's clock,
# and every main-thread long task.
_READY_CLOCK = """
(() => {
  window.__benchLongTasks = [];
  new PerformanceObserver((list) => {
    for (const entry of list.getEntries()) window.__benchLongTasks.push(entry.duration);
  }).observe({ type: "longtask", buffered: true });
  const check = () => {
    if (window.__benchReadyAt === undefined && document.querySelector("READY_SELECTOR")) {
      window.__benchReadyAt = performance.now();
    }
  };
  new MutationObserver(check).observe(document, { attributes: true, subtree: true, attributeFilter: ["data-state"] });
})();
""".replace("READY_SELECTOR", _READY)

# On a Python page, asks Python once the moment the page is ready, and records
# when the answer comes (a first visit makes its snapshot just after ready).
_FIRST_ANSWER = """
(() => {
  const ask = () => {
    if (window.__benchAsked || !document.querySelector("#oih-tool READY_SELECTOR") || !window.oihPython) return;
    window.__benchAsked = true;
    window.oihPython.call("assess", {}).then(() => { window.__benchFirstAnswerAt = performance.now(); });
  };
  new MutationObserver(ask).observe(document, { attributes: true, subtree: true, attributeFilter: ["data-state"] });
})();
""".replace(" READY_SELECTOR", _READY)
# The worker's milestones, on the page's clock.
_WORKER_MARKS = """() => Object.fromEntries(performance.getEntriesByType("mark")
  .filter((mark) => mark.name.startsWith("oih:worker-")).map((mark) => [mark.name.slice(11), mark.startTime]))"""
_RUNTIME_CACHED = """async () => {
  const name = (await caches.keys()).find((name) => name.startsWith("oih-guide-"));
  if (!name || !navigator.serviceWorker.controller) return false;
  const urls = (await (await caches.open(name)).keys()).map((request) => request.url);
  return ["/pyodide.asm.wasm", "/pyodide.asm.js", "/python_stdlib.pyc.zip", "/assessment-worker.js"]
    .every((file) => urls.some((url) => url.endsWith(file)));
}"""
_SNAPSHOT_KEPT = "() => performance.getEntriesByName('oih:worker-snapshot-kept').length > 0"
# A Playwright route does not reach what the service worker answers from its
# cache, so the warm visit without a snapshot must find its worker script
# turned off there too.
_TURN_OFF_CACHED_SNAPSHOTS = """async ([on, off]) => {
  const name = (await caches.keys()).find((name) => name.startsWith("oih-guide-"));
  const cache = await caches.open(name);
  const key = (await cache.keys()).find((request) => request.url.endsWith("/assessment-worker.js"));
  const response = await cache.match(key);
  const text = await response.text();
  if (text.includes(off)) return true;  // the route already reached the service worker's own request
  if (!text.includes(on)) return false;
  await cache.put(key, new Response(text.replace(on, off), { headers: response.headers }));
  return true;
}"""
# Every snapshot cache's entries: their size, and the time to read each from Cache Storage.
_READ_SNAPSHOTS = """async () => {
  const found = [];
  for (const name of (await caches.keys()).filter((name) => name.startsWith("oih-snapshot-"))) {
    const cache = await caches.open(name);
    for (const request of await cache.keys()) {
      const start = performance.now();
      const bytes = await (await cache.match(request)).arrayBuffer();
      found.push({ bytes: bytes.byteLength, ms: performance.now() - start });
    }
  }
  return found;
}"""

# Stock Pyodide as the issue defines it, and nothing else.
STOCK_DEFINITION = 'pinned npm pyodide.js, loadPyodide({indexURL}), runPython("import json, dataclasses")'
_STOCK_PAGE = """<!doctype html>
<html lang="en"><meta charset="utf-8"><title>Stock Pyodide</title>
<script src="pyodide.js"></script>
<script>
  loadPyodide({ indexURL: new URL(".", location.href).href }).then(function (pyodide) {
    pyodide.runPython("import json, dataclasses");
    document.documentElement.setAttribute("data-state", "ready");
  });
</script>
</html>
"""
# Timed inside the worker: call_json as the page calls it, JSON text in and out.
_IN_WORKER_TIMING = """
import json, time
from assessment._json_bridge import CALLS, call_json

def _median_ms(name, payload, repeat):
    text = json.dumps(payload)
    times = []
    for _ in range(repeat):
        start = time.perf_counter()
        call_json(name, text)
        times.append(time.perf_counter() - start)
    # statistics is not in the boot zip: the page never imports it.
    return sorted(times)[len(times) // 2] * 1000

_timings = {"assess": _median_ms("assess", %(answers)s, %(repeat)d)}
if "analyse_diary" in CALLS:
    _timings["analyse_diary"] = _median_ms("analyse_diary", %(diary)s, 5)
json.dumps(_timings)
"""


def year_of_diary(start: datetime.date = datetime.date(2026, 1, 1)) -> dict:
    """A diary file (contract version 1) with a day for every day of a year and a dose change a month."""
    doses = [
        {"from": (start + datetime.timedelta(days=30 * month)).isoformat(),
         "medications": [{"opioid": "oxycodone", "daily_dose": 40 + 10 * (month % 4)}]}
        for month in range(12)
    ]
    days = [
        {"date": (start + datetime.timedelta(days=day)).isoformat(), "pain": 3 + (day * 7) % 6,
         "withdrawal_signs": ["yawning"] if day % 11 == 0 else []}
        for day in range(365)
    ]
    return {"version": 1, "doses": doses, "days": days}


def serving_root(site: Path, scratch: Path) -> Path:
    """The built site plus a stock Pyodide page, served side by side from one folder."""
    root = scratch / "root"
    root.mkdir()
    for entry in site.iterdir():
        (root / entry.name).symlink_to(entry.resolve())
    stock = root / STOCK_DIR
    stock.mkdir()
    for item in (ROOT / "node_modules" / "pyodide").iterdir():
        (stock / item.name).symlink_to(item.resolve())
    (stock / "index.html").write_text(_STOCK_PAGE, encoding="utf-8")
    return root


def gzip_size(path: Path) -> int:
    return len(gzip.compress(path.read_bytes(), compresslevel=9, mtime=0))


def brotli_size(path: Path) -> int:
    import brotli

    return len(brotli.compress(path.read_bytes(), quality=11))


def blocking_ms(long_tasks: list[float]) -> float:
    """Total blocking time as Lighthouse counts it: the part of each long task over 50 ms."""
    return sum(max(0.0, duration - 50.0) for duration in long_tasks)


def _file_for(root: Path, url: str) -> Path | None:
    path = unquote(urlsplit(url).path).lstrip("/")
    candidate = root / path
    if path == "" or path.endswith("/"):
        candidate = candidate / "index.html"
    return candidate if candidate.is_file() else None


def _timed_ready(page, url: str, selector: str) -> tuple[float, float]:
    """(page clock, harness wall time) in ms until ``selector`` is ready; see the module docstring."""
    start = time.perf_counter()
    page.goto(url)
    page.wait_for_selector(selector, timeout=120_000)
    wall = (time.perf_counter() - start) * 1000
    return page.evaluate("() => window.__benchReadyAt"), wall


_PYTHON_READY = "() => window.oihPython.ready.then(() => performance.getEntriesByName('oih:engine-ready')[0].startTime)"


def _page_weight(browser, root: Path, base: str, relative: str, python: bool) -> tuple[int, int, bool]:
    """gzip and brotli bytes of every same-origin file the page loads (its workers' requests
    included), and whether it loads Pyodide."""
    context = browser.new_context(service_workers="block")
    page = context.new_page()
    urls: set[str] = set()
    page.on("request", lambda request: request.url.startswith(base) and urls.add(request.url.split("#")[0]))
    page.goto(base + relative)
    if python:
        page.wait_for_function("() => window.oihPython")
        page.evaluate(_PYTHON_READY)
    page.wait_for_load_state("networkidle")
    context.close()
    files = {found for found in (_file_for(root, url) for url in urls) if found}
    gzipped = sum(gzip_size(f) for f in files)
    brotlied = sum(brotli_size(f) for f in files) if python else 0
    return gzipped, brotlied, any("/assets/pyodide/" in url for url in urls)


def _pages(site: Path) -> list[str]:
    pages = []
    for path in sorted(site.rglob("index.html")):
        relative = path.relative_to(site).as_posix()
        if not relative.startswith("assets/"):
            pages.append(relative.removesuffix("index.html"))
    return pages


def python_pages(site: Path) -> list[str]:
    """Every page that boots Python: its HTML loads the boot script (``tool: true``)."""
    return [
        relative for relative in _pages(site)
        if PYTHON_PAGE_MARKER in (site / relative / "index.html").read_text(encoding="utf-8")
    ]


def browser_figures(site: Path, runs: int, round_trips: int) -> dict[str, float]:
    from playwright.sync_api import sync_playwright

    with tempfile.TemporaryDirectory(prefix="oih-bench-") as scratch:
        root = serving_root(site, Path(scratch))
        server, base = serve_in_background(root)
        try:
            with sync_playwright() as playwright:
                browser = playwright.chromium.launch(executable_path=CHROMIUM, args=list(CHROMIUM_ARGS))
                figures = _timings(browser, base, runs, round_trips)
                figures.update(_after_a_restart(playwright, base, runs, Path(scratch)))
                figures.update(_other_python_pages(browser, site, base, runs))
                figures.update(_weights(browser, site, root, base))
                browser.close()
        finally:
            server.shutdown()
            server.server_close()
    figures["tool_to_stock_ratio"] = figures["tool_cold_ready_ms_median"] / figures["stock_cold_ready_ms_median"]
    figures["load_average_1min_end"] = os.getloadavg()[0]
    figures["tool_to_stock_wall_ratio"] = figures["tool_cold_wall_ms_median"] / figures["stock_cold_wall_ms_median"]
    return figures


def _wait_until(page, predicate: str, timeout_s: float = 60.0) -> None:
    """Poll an async predicate (``wait_for_function`` takes its promise as a truthy answer)."""
    deadline = time.monotonic() + timeout_s
    while not page.evaluate(predicate):
        if time.monotonic() > deadline:
            raise TimeoutError(f"still false after {timeout_s} s: {predicate}")
        page.wait_for_timeout(100)


def _tool_context(browser, snapshots: bool):
    context = browser.new_context()
    context.add_init_script(script=_READY_CLOCK)
    context.add_init_script(script=_FIRST_ANSWER)
    if not snapshots:
        install_worker_probe(context, probe=False, snapshots=False)
    return context


def _tool_visit(page, base: str) -> dict[str, float]:
    """One load of the self-check: its times on the page's clock and the worker's marks."""
    clock, wall = _timed_ready(page, base + TOOL_PAGE, "#oih-tool" + _READY)
    page.wait_for_function("() => window.__benchFirstAnswerAt !== undefined", timeout=60_000)
    return {
        "ready": clock, "wall": wall, "answer": page.evaluate("() => window.__benchFirstAnswerAt"),
        "blocking": blocking_ms(page.evaluate("() => window.__benchLongTasks")),
        "load": page.evaluate("() => performance.getEntriesByType('navigation')[0].loadEventEnd"),
        "marks": page.evaluate(_WORKER_MARKS),
    }


def _cold_then_warm(browser, base: str, snapshots: bool) -> tuple[dict, dict, list[dict]]:
    """A first visit, then a second one in the same profile once the service worker holds the
    runtime (and, with snapshots, once the first visit has kept its snapshot)."""
    context = _tool_context(browser, snapshots)
    page = context.new_page()
    cold = _tool_visit(page, base)
    _wait_until(page, _RUNTIME_CACHED)
    if snapshots:
        page.wait_for_function(_SNAPSHOT_KEPT, timeout=60_000)
        cold["marks"] = page.evaluate(_WORKER_MARKS)
    elif not page.evaluate(_TURN_OFF_CACHED_SNAPSHOTS, [SNAPSHOTS_ON, "var KEEP_SNAPSHOTS = false;"]):
        raise AssertionError("could not turn the snapshot off in the service worker's copy of the worker")
    warm = _tool_visit(page, base)
    stored = page.evaluate(_READ_SNAPSHOTS)
    context.close()
    return cold, warm, stored


def _timings(browser, base: str, runs: int, round_trips: int) -> dict[str, float]:
    stock: list[tuple[float, float]] = []
    stock_blocking: list[float] = []
    visits: dict[str, list[dict]] = {"cold": [], "warm": [], "cold_off": [], "warm_off": []}
    stored: list[dict] = []
    # Untimed: a fresh browser's first load of each page pays for warming Chromium itself.
    _cold_then_warm(browser, base, snapshots=True)
    context = browser.new_context()
    page = context.new_page()
    _timed_ready(page, base + STOCK_DIR + "/", "html" + _READY)
    context.close()
    for run in range(runs):
        # Alternate so a busy moment on the machine hits every kind alike.
        kinds = ("snapshot", "stock", "off") if run % 2 == 0 else ("off", "stock", "snapshot")
        for kind in kinds:
            if kind == "stock":
                context = browser.new_context()
                context.add_init_script(script=_READY_CLOCK)
                page = context.new_page()
                stock.append(_timed_ready(page, base + STOCK_DIR + "/", "html" + _READY))
                stock_blocking.append(blocking_ms(page.evaluate("() => window.__benchLongTasks")))
                context.close()
                continue
            cold, warm, kept = _cold_then_warm(browser, base, snapshots=kind == "snapshot")
            suffix = "" if kind == "snapshot" else "_off"
            visits["cold" + suffix].append(cold)
            visits["warm" + suffix].append(warm)
            if kind == "snapshot":
                if not kept or "restored" not in warm["marks"]:
                    raise AssertionError(f"the warm visit did not boot from a snapshot: {warm['marks']}")
                stored.extend(kept)
            elif kept or "restored" in warm["marks"]:
                raise AssertionError("a snapshot was used with snapshots turned off")
    in_worker = _in_worker_timings(browser, base, round_trips)
    for kind, found in visits.items():
        times = ", ".join(
            f"{visit['ready']:.0f} (boot {visit['marks']['start']:.0f}, Python {visit['marks']['imported']:.0f})"
            for visit in found
        )
        print(f"{kind:>8} ready, in the order loaded, ms (worker's boot start, Python imported): {times}")

    def median(kind: str, key: str) -> float:
        return statistics.median(visit[key] for visit in visits[kind])

    def between(kind: str, first: str, last: str) -> float:
        return statistics.median(visit["marks"][last] - visit["marks"][first] for visit in visits[kind])

    figures = {
        "tool_cold_ready_ms_median": median("cold", "ready"),
        "tool_cold_ready_ms_min": min(visit["ready"] for visit in visits["cold"]),
        "tool_warm_ready_ms_median": median("warm", "ready"),
        "tool_cold_no_snapshot_ready_ms_median": median("cold_off", "ready"),
        "tool_warm_no_snapshot_ready_ms_median": median("warm_off", "ready"),
        "stock_cold_ready_ms_median": statistics.median(_page_clock(stock)),
        "stock_cold_ready_ms_min": min(_page_clock(stock)),
        "tool_cold_wall_ms_median": median("cold", "wall"),
        "stock_cold_wall_ms_median": statistics.median(_wall(stock)),
        "tool_cold_first_answer_ms_median": median("cold", "answer"),
        "tool_cold_no_snapshot_first_answer_ms_median": median("cold_off", "answer"),
        "tool_warm_first_answer_ms_median": median("warm", "answer"),
        "tool_warm_no_snapshot_first_answer_ms_median": median("warm_off", "answer"),
        # From ready to that answer: on a first visit the snapshot is made in between.
        "tool_cold_first_answer_after_ready_ms_median": statistics.median(
            visit["answer"] - visit["ready"] for visit in visits["cold"]),
        "tool_cold_no_snapshot_first_answer_after_ready_ms_median": statistics.median(
            visit["answer"] - visit["ready"] for visit in visits["cold_off"]),
        "snapshot_make_ms_median": between("cold", "imported", "snapshot-made"),
        "snapshot_check_and_store_ms_median": between("cold", "snapshot-made", "snapshot-kept"),
        "snapshot_warm_check_ms_median": between("warm", "snapshot-read", "snapshot-checked"),
        "snapshot_warm_restore_ms_median": between("warm", "snapshot-checked", "restored"),
        "snapshot_bytes": statistics.median(entry["bytes"] for entry in stored),
        "snapshot_cache_read_ms_median": statistics.median(entry["ms"] for entry in stored),
        "tool_main_thread_blocking_ms_median": median("cold", "blocking"),
        "tool_warm_main_thread_blocking_ms_median": median("warm", "blocking"),
        "tool_warm_no_snapshot_main_thread_blocking_ms_median": median("warm_off", "blocking"),
        "tool_warm_load_event_ms_median": median("warm", "load"),
        "tool_warm_no_snapshot_load_event_ms_median": median("warm_off", "load"),
        "stock_main_thread_blocking_ms_median": statistics.median(stock_blocking),
        "js_python_round_trip_ms_first": in_worker["trips"][0],
        "js_python_round_trip_ms_median": statistics.median(in_worker["trips"]),
        "in_worker_assess_ms_median": in_worker["assess"],
    }
    figures["tool_warm_to_cold_ratio"] = figures["tool_warm_ready_ms_median"] / figures["tool_cold_ready_ms_median"]
    figures["tool_warm_no_snapshot_to_cold_ratio"] = (
        figures["tool_warm_no_snapshot_ready_ms_median"] / figures["tool_cold_ready_ms_median"]
    )
    # The same against the cold visits with the snapshot turned off: up to ready both are the same
    # path (the snapshot is made after ready), so the two cold medians differ only by noise.
    figures["tool_warm_to_cold_no_snapshot_ratio"] = (
        figures["tool_warm_ready_ms_median"] / figures["tool_cold_no_snapshot_ready_ms_median"]
    )
    if "analyse_diary" in in_worker:
        figures["in_worker_analyse_diary_year_ms_median"] = in_worker["analyse_diary"]
    return figures


def _in_worker_timings(browser, base: str, round_trips: int) -> dict:
    """The engine's own time inside the worker, and JS-to-Python round trips from the page, on a
    page of its own (the probe's route is not timed), once its snapshot is kept."""
    context = browser.new_context(service_workers="block")
    install_worker_probe(context)
    page = context.new_page()
    page.goto(base + TOOL_PAGE)
    page.wait_for_selector("#oih-tool" + _READY, timeout=120_000)
    page.wait_for_function(_SNAPSHOT_KEPT, timeout=60_000)
    trips = page.evaluate(
        """async ([answers, n]) => {
            const times = [];
            for (let i = 0; i < n; i++) {
              const t = performance.now();
              await window.oihSelfCheck.assess(answers);
              times.push(performance.now() - t);
            }
            return times;
        }""",
        [ANSWERS, round_trips],
    )
    code = _IN_WORKER_TIMING % {
        "answers": json.dumps(ANSWERS), "repeat": round_trips, "diary": json.dumps(year_of_diary()),
    }
    timings = json.loads(run_python(page, code))
    timings["trips"] = trips
    context.close()
    return timings


def _page_clock(timings: list[tuple[float, float]]) -> list[float]:
    return [clock for clock, _ in timings]


def _wall(timings: list[tuple[float, float]]) -> list[float]:
    return [wall for _, wall in timings]


def _after_a_restart(playwright, base: str, runs: int, scratch: Path) -> dict[str, float]:
    """The self-check's first visit in a new profile on disk, then its first visit after the browser
    started again with that profile: a reader coming back (Python restored from the snapshot)."""
    cold, restarted, loads = [], [], []

    def launch(folder: Path):
        context = playwright.chromium.launch_persistent_context(
            folder, executable_path=CHROMIUM, args=list(CHROMIUM_ARGS))
        context.add_init_script(script=_READY_CLOCK)
        context.add_init_script(script=_FIRST_ANSWER)
        return context, context.pages[0] if context.pages else context.new_page()

    for run in range(runs):
        folder = scratch / f"profile-{run}"
        context, page = launch(folder)
        cold.append(_tool_visit(page, base)["ready"])
        _wait_until(page, _RUNTIME_CACHED)
        page.wait_for_function(_SNAPSHOT_KEPT, timeout=60_000)
        context.close()
        context, page = launch(folder)
        visit = _tool_visit(page, base)
        context.close()
        if "restored" not in visit["marks"]:
            raise AssertionError(f"the visit after a restart did not boot from the snapshot: {visit['marks']}")
        restarted.append(visit["ready"])
        loads.append(visit["load"])
    print(f"after a restart, ready in the order loaded, ms: cold {[round(t) for t in cold]}, "
          f"restarted {[round(t) for t in restarted]} (load event {[round(t) for t in loads]})")
    figures = {
        "tool_profile_cold_ready_ms_median": statistics.median(cold),
        "tool_restarted_ready_ms_median": statistics.median(restarted),
        "tool_restarted_load_event_ms_median": statistics.median(loads),
    }
    figures["tool_restarted_to_cold_ratio"] = (
        figures["tool_restarted_ready_ms_median"] / figures["tool_profile_cold_ready_ms_median"])
    return figures


def _slug(relative: str) -> str:
    return relative.strip("/").replace("/", "_").replace("-", "_") or "home"


def _other_python_pages(browser, site: Path, base: str, runs: int) -> dict[str, float]:
    """Cold time to ``window.oihPython.ready`` on every Python page but the self-check."""
    figures = {}
    for relative in python_pages(site):
        if relative == TOOL_PAGE:
            continue
        times = []
        for _ in range(runs):
            context = browser.new_context()
            page = context.new_page()
            page.goto(base + relative)
            page.wait_for_function("() => window.oihPython")
            times.append(page.evaluate(_PYTHON_READY))
            context.close()
        figures[f"{_slug(relative)}_cold_python_ready_ms_median"] = statistics.median(times)
    return figures


def _weights(browser, site: Path, root: Path, base: str) -> dict[str, float]:
    figures: dict[str, float] = {}
    with_python = python_pages(site)
    for relative in with_python:
        name = "tool_page" if relative == TOOL_PAGE else f"{_slug(relative)}_page"
        gzipped, brotlied, _ = _page_weight(browser, root, base, relative, python=True)
        figures[f"{name}_gzip_bytes"] = gzipped
        figures[f"{name}_brotli_bytes"] = brotlied
    home_bytes, _, home_pyodide = _page_weight(browser, root, base, "", python=False)
    heaviest, heaviest_page, pyodide_elsewhere = 0, "", home_pyodide
    for relative in _pages(site):
        if relative == "" or relative in with_python:
            continue
        size, _, loads_pyodide = _page_weight(browser, root, base, relative, python=False)
        pyodide_elsewhere = pyodide_elsewhere or loads_pyodide
        if size > heaviest:
            heaviest, heaviest_page = size, relative
    print(f"Python pages: {', '.join('/' + p for p in with_python)}; heaviest other page but home: /{heaviest_page}")
    figures.update({
        "home_page_gzip_bytes": home_bytes,
        "heaviest_other_page_gzip_bytes": heaviest,
        "pages_without_python_loading_pyodide": float(pyodide_elsewhere),
    })
    return figures


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--site", type=Path, default=ROOT / "site")
    parser.add_argument("--runs", type=int, default=5, help="cold loads of the tool page and of stock Pyodide")
    parser.add_argument("--round-trips", type=int, default=200)
    parser.add_argument("--calls", type=int, default=5000, help="CPython assess() calls")
    args = parser.parse_args(argv)
    if not (args.site / "assessment" / "index.html").exists():
        parser.error(f"{args.site} has no built tool page: run `make build` first")

    worker_source = (args.site / "assets" / "javascripts" / "assessment-worker.js").read_text(encoding="utf-8")
    if SNAPSHOTS_ON not in worker_source:
        parser.error(f"the worker no longer says {SNAPSHOTS_ON!r}: the benchmark cannot turn its snapshot off")
    load_start = os.getloadavg()[0]
    figures = {"load_average_1min_start": load_start,
               "cpython_assess_us_median": cpython_median_us(args.calls),
               "cpython_assess_sharpen_us_median": cpython_median_us(args.calls, SPARSE_ANSWERS)}
    figures.update(browser_figures(args.site, args.runs, args.round_trips))
    width = max(map(len, figures))
    print(f"{'figure':<{width}}  {'value':>12}  target")
    for name, value in figures.items():
        shown = f"{value:,.0f}" if name.endswith("bytes") else f"{value:.2f}"
        print(f"{name:<{width}}  {shown:>12}  {TARGETS.get(name, '')}")
    print(f"tool/stock = {figures['tool_to_stock_ratio']:.2f}, stock = {STOCK_DEFINITION}")
    print(f"warm/cold = {figures['tool_warm_to_cold_ratio']:.2f} with the snapshot "
          f"({figures['tool_warm_to_cold_no_snapshot_ratio']:.2f} against the cold loads without it), "
          f"{figures['tool_warm_no_snapshot_to_cold_ratio']:.2f} without; after a restart "
          f"{figures['tool_restarted_to_cold_ratio']:.2f}; load average "
          f"{figures['load_average_1min_start']:.1f} at the start, {figures['load_average_1min_end']:.1f} at the end")
    print(json.dumps({name: round(value, 3) for name, value in figures.items()}))
    return 0


def cpython_median_us(calls: int, answers: dict = ANSWERS) -> float:
    return statistics.median(timings(calls, answers)) * 1e6


if __name__ == "__main__":
    raise SystemExit(main())
