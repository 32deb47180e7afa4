"""Benchmark the self-check: CPython scoring, and the tool in Chromium.

Run ``make bench`` (it builds first). Prints a table and, as its last line, the
same figures as JSON. Figures only: targets are read by people, not asserted,
because timings depend on the machine.

Measures, in one run:
- the median ``assess()`` + ``to_dict()`` time in CPython;
- the tool page's cold time to ``data-state="ready"`` (fresh browser context), n runs;
- the median JS-to-Python round trip (``window.oihSelfCheck.assess``) once ready.
"""

from __future__ import annotations

import argparse
import json
import statistics
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from bench.bench_assess import ANSWERS, timings  # noqa: E402
from site_build.chromium import CHROMIUM, CHROMIUM_ARGS  # noqa: E402
from site_build.serve import serve_in_background  # noqa: E402


def cpython_median_us(calls: int) -> float:
    return statistics.median(timings(calls)) * 1e6


def browser_figures(site: Path, runs: int, round_trips: int) -> dict[str, float]:
    from playwright.sync_api import sync_playwright

    server, url = serve_in_background(site)
    ready_ms: list[float] = []
    trips_ms: list[float] = []
    try:
        with sync_playwright() as playwright:
            browser = playwright.chromium.launch(executable_path=CHROMIUM, args=list(CHROMIUM_ARGS))
            for run in range(runs):
                context = browser.new_context()
                page = context.new_page()
                start = time.perf_counter()
                page.goto(url + "assessment/")
                page.wait_for_selector("#oih-tool[data-state='ready']", timeout=120_000)
                ready_ms.append((time.perf_counter() - start) * 1000)
                if run == 0:
                    trips_ms = page.evaluate(
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
                context.close()
            browser.close()
    finally:
        server.shutdown()
    return {
        "tool_cold_ready_ms_median": statistics.median(ready_ms),
        "tool_cold_ready_ms_min": min(ready_ms),
        "js_python_round_trip_ms_first": trips_ms[0],
        "js_python_round_trip_ms_median": statistics.median(trips_ms),
    }


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--site", type=Path, default=ROOT / "site")
    parser.add_argument("--runs", type=int, default=5, help="cold loads of the tool page")
    parser.add_argument("--round-trips", type=int, default=200)
    parser.add_argument("--calls", type=int, default=5000, help="CPython assess() calls")
    args = parser.parse_args(argv)
    if not (args.site / "assessment" / "index.html").exists():
        parser.error(f"{args.site} has no built tool page: run `make build` first")

    figures = {"cpython_assess_us_median": cpython_median_us(args.calls)}
    figures.update(browser_figures(args.site, args.runs, args.round_trips))
    width = max(map(len, figures))
    for name, value in figures.items():
        print(f"{name:<{width}}  {value:10.2f}")
    print(json.dumps({name: round(value, 3) for name, value in figures.items()}))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
