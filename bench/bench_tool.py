"""Benchmark the self-check and the site's weight. Run ``make bench`` (it builds first).

Prints a table and, as its last line, the same figures as JSON. Figures only:
targets are printed beside them for people to read, not asserted, because
timings depend on the machine. From one run:

- the median ``assess()`` + ``to_dict()`` time in CPython, on the full form
  and on a sparse one where ``sharpen`` tries every other question;
- the tool page's cold ready time (a fresh browser profile each run) and warm
  ready time (the same profile again, with the service worker's cache): the
  page's own clock, from navigation start to the moment ``data-state="ready"``
  is set, as a MutationObserver sees it. The harness's wall time (from
  ``goto`` until Playwright notices) is printed too; it adds Playwright's
  round trips and polling, which land unevenly: after the tool is ready its
  page registers the service worker, which delays Playwright's polling;
- stock Pyodide booting from the same pinned npm files on the same server (the
  stock stdlib, the lock file fetched, a wheel of the same package installed
  and imported, as anyone would ship it), and the tool/stock ratio;
- the median JS-to-Python round trip once ready;
- the gzip -9 bytes of everything the tool page and the home page load, and the
  heaviest other page, with whether any page but the tool loads Pyodide.
"""

from __future__ import annotations

import argparse
import gzip
import json
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
from site_build.serve import serve_in_background  # noqa: E402
from site_build.tool_assets import ASSESSMENT_VERSION  # noqa: E402
from site_build.wheel import build_wheel  # noqa: E402

TOOL_PAGE = "assessment/"
STOCK_DIR = "__stock__"
TARGETS = {
    "cpython_assess_sharpen_us_median": "<= 5,000",
    "tool_to_stock_ratio": "<= 0.5",
    "tool_page_gzip_bytes": "<= 5,500,000",
    "home_page_gzip_bytes": "<= 500,000",
    "heaviest_other_page_gzip_bytes": "<= 500,000",
}
_READY = "[data-state='ready']"
# Injected by Playwright before any page script (CSP does not apply to it):
# records when any element first gets data-state="ready", on the page's clock.
_READY_CLOCK = """
(() => {
  const check = () => {
    if (window.__benchReadyAt === undefined && document.querySelector("%s")) {
      window.__benchReadyAt = performance.now();
    }
  };
  new MutationObserver(check).observe(document, { attributes: true, subtree: true, attributeFilter: ["data-state"] });
})();
""" % _READY

_STOCK_PAGE = """<!doctype html>
<html lang="en"><meta charset="utf-8"><title>Stock Pyodide</title>
<script src="pyodide.js"></script>
<script>
  // Stock loading: indexURL from this script's folder, lock file and stdlib fetched.
  loadPyodide().then(function (pyodide) {
    return fetch("%(wheel)s").then(function (r) { return r.arrayBuffer(); }).then(function (wheel) {
      var sitePackages = pyodide.runPython("import sysconfig; sysconfig.get_paths()['purelib']");
      pyodide.unpackArchive(wheel, "zip", { extractDir: sitePackages });
      pyodide.runPython("from assessment._json_bridge import assess_json");
      document.documentElement.setAttribute("data-state", "ready");
    });
  });
</script>
</html>
"""


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
    wheel = build_wheel(ROOT / "assessment", stock, ASSESSMENT_VERSION)
    (stock / "index.html").write_text(_STOCK_PAGE % {"wheel": wheel.name}, encoding="utf-8")
    return root


def gzip_size(path: Path) -> int:
    return len(gzip.compress(path.read_bytes(), compresslevel=9, mtime=0))


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


def _page_weight(browser, root: Path, base: str, relative: str) -> tuple[int, bool]:
    """gzip bytes of every same-origin file the page loads, and whether it loads Pyodide."""
    context = browser.new_context(service_workers="block")
    page = context.new_page()
    urls: set[str] = set()
    page.on("request", lambda request: request.url.startswith(base) and urls.add(request.url.split("#")[0]))
    page.goto(base + relative)
    if relative == TOOL_PAGE:
        page.wait_for_selector(_READY, timeout=120_000)
    page.wait_for_load_state("networkidle")
    context.close()
    files = {found for found in (_file_for(root, url) for url in urls) if found}
    return sum(gzip_size(f) for f in files), any("/assets/pyodide/" in url for url in urls)


def _pages(site: Path) -> list[str]:
    pages = []
    for path in sorted(site.rglob("index.html")):
        relative = path.relative_to(site).as_posix()
        if not relative.startswith("assets/"):
            pages.append(relative.removesuffix("index.html"))
    return pages


def browser_figures(site: Path, runs: int, round_trips: int) -> dict[str, float]:
    from playwright.sync_api import sync_playwright

    with tempfile.TemporaryDirectory(prefix="oih-bench-") as scratch:
        root = serving_root(site, Path(scratch))
        server, base = serve_in_background(root)
        try:
            with sync_playwright() as playwright:
                browser = playwright.chromium.launch(executable_path=CHROMIUM, args=list(CHROMIUM_ARGS))
                figures = _timings(browser, base, runs, round_trips)
                figures.update(_weights(browser, site, root, base))
                browser.close()
        finally:
            server.shutdown()
            server.server_close()
    figures["tool_to_stock_ratio"] = figures["tool_cold_ready_ms_median"] / figures["stock_cold_ready_ms_median"]
    figures["tool_to_stock_wall_ratio"] = figures["tool_cold_wall_ms_median"] / figures["stock_cold_wall_ms_median"]
    return figures


def _timings(browser, base: str, runs: int, round_trips: int) -> dict[str, float]:
    cold: list[tuple[float, float]] = []
    stock: list[tuple[float, float]] = []
    warm: list[tuple[float, float]] = []
    trips: list[float] = []
    for run in range(runs):
        # Alternate the two so a busy moment on the machine hits both alike.
        for kind in ("tool", "stock"):
            context = browser.new_context()
            context.add_init_script(script=_READY_CLOCK)
            page = context.new_page()
            if kind == "stock":
                stock.append(_timed_ready(page, base + STOCK_DIR + "/", "html" + _READY))
                context.close()
                continue
            cold.append(_timed_ready(page, base + TOOL_PAGE, "#oih-tool" + _READY))
            if run == 0:
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
                # Warm: the same profile, once the service worker holds the runtime.
                page.wait_for_function(
                    """async () => {
                        const names = await caches.keys();
                        if (!names.length) return false;
                        const cache = await caches.open(names[0]);
                        return Boolean(await cache.match(new URL("assets/pyodide/pyodide.asm.wasm", location.href.replace(/assessment\\/.*$/, ""))));
                    }""",
                    timeout=60_000,
                )
                for _ in range(runs):
                    warm.append(_timed_ready(page, base + TOOL_PAGE, "#oih-tool" + _READY))
            context.close()
    return {
        "tool_cold_ready_ms_median": statistics.median(_page_clock(cold)),
        "tool_cold_ready_ms_min": min(_page_clock(cold)),
        "tool_warm_ready_ms_median": statistics.median(_page_clock(warm)),
        "stock_cold_ready_ms_median": statistics.median(_page_clock(stock)),
        "stock_cold_ready_ms_min": min(_page_clock(stock)),
        "tool_cold_wall_ms_median": statistics.median(_wall(cold)),
        "stock_cold_wall_ms_median": statistics.median(_wall(stock)),
        "js_python_round_trip_ms_first": trips[0],
        "js_python_round_trip_ms_median": statistics.median(trips),
    }


def _page_clock(timings: list[tuple[float, float]]) -> list[float]:
    return [clock for clock, _ in timings]


def _wall(timings: list[tuple[float, float]]) -> list[float]:
    return [wall for _, wall in timings]


def _weights(browser, site: Path, root: Path, base: str) -> dict[str, float]:
    tool_bytes, _ = _page_weight(browser, root, base, TOOL_PAGE)
    home_bytes, home_pyodide = _page_weight(browser, root, base, "")
    heaviest, heaviest_page, pyodide_elsewhere = 0, "", home_pyodide
    for relative in _pages(site):
        if relative in ("", TOOL_PAGE):
            continue
        size, loads_pyodide = _page_weight(browser, root, base, relative)
        pyodide_elsewhere = pyodide_elsewhere or loads_pyodide
        if size > heaviest:
            heaviest, heaviest_page = size, relative
    print(f"heaviest page other than the tool and home: /{heaviest_page}")
    return {
        "tool_page_gzip_bytes": tool_bytes,
        "home_page_gzip_bytes": home_bytes,
        "heaviest_other_page_gzip_bytes": heaviest,
        "other_pages_loading_pyodide": float(pyodide_elsewhere),
    }


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--site", type=Path, default=ROOT / "site")
    parser.add_argument("--runs", type=int, default=5, help="cold loads of the tool page and of stock Pyodide")
    parser.add_argument("--round-trips", type=int, default=200)
    parser.add_argument("--calls", type=int, default=5000, help="CPython assess() calls")
    args = parser.parse_args(argv)
    if not (args.site / "assessment" / "index.html").exists():
        parser.error(f"{args.site} has no built tool page: run `make build` first")

    figures = {"cpython_assess_us_median": cpython_median_us(args.calls),
               "cpython_assess_sharpen_us_median": cpython_median_us(args.calls, SPARSE_ANSWERS)}
    figures.update(browser_figures(args.site, args.runs, args.round_trips))
    width = max(map(len, figures))
    print(f"{'figure':<{width}}  {'value':>12}  target")
    for name, value in figures.items():
        shown = f"{value:,.0f}" if name.endswith("bytes") else f"{value:.2f}"
        print(f"{name:<{width}}  {shown:>12}  {TARGETS.get(name, '')}")
    print(json.dumps({name: round(value, 3) for name, value in figures.items()}))
    return 0


def cpython_median_us(calls: int, answers: dict = ANSWERS) -> float:
    return statistics.median(timings(calls, answers)) * 1e6


if __name__ == "__main__":
    raise SystemExit(main())
