"""Audit every built page with Lighthouse, against the site's targets.

Run ``make audit`` (it builds first). Lighthouse is the pinned npm package
(``node_modules/.bin/lighthouse``) driving Debian's Chromium
(``CHROME_PATH=/usr/bin/chromium``) against the loopback server, one page at a
time, with Lighthouse's default mobile form factor: patients read on phones.

Targets: accessibility, best practices and SEO 100 and performance 90 or more
on every page. Python pages (every page that loads ``assessment-boot.js``, i.e.
``tool: true`` in its front matter: the self-check, the diary) have the same
targets, and also a total blocking time of 200 ms or less: Pyodide boots in a
Web Worker, so nothing it does may freeze the page.

Lighthouse 13 declares Node 22.19 or later. Under Node 20 it runs, but three
performance insights of weight 0 (duplicated-javascript-insight,
legacy-javascript-insight, third-parties-insight) end in an error: the trace
engine calls ES2025 iterator helpers (``map.values().flatMap(...)``) that Node
20's V8 lacks. No scored audit uses them. Under Node < 22 this script loads a
small, spec-shaped polyfill of those helpers into Lighthouse's process with
``node --import``; it adds only methods that are missing.

Performance under Lighthouse's simulated throttling (a slow 4G phone) depends on
transfer sizes and on the CPU the page actually got, so it drops on a busy
machine. The loopback server (``site_build.publish.serve``) gzips text and WebAssembly,
as a static host does. Each row shows Lighthouse's CPU benchmark index.
``--runs N`` audits each page N times and keeps the median run by performance
score, as Lighthouse's docs advise.

Prints a Markdown table of the scores per page, then, for every category below
its target, the failing audits (score below 1, not informative, not applicable
or manual) with the elements or resources Lighthouse names, and, as its last
line, all the scores as JSON. Exits 1 if any target is missed or Lighthouse
fails on a page. Not part of ``make test``: scores depend on the machine.
"""

from __future__ import annotations

import argparse
import json
import os
import re
import signal
import subprocess
import sys
import tempfile
import time
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

from site_build.chromium import CHROMIUM, CHROMIUM_ARGS  # noqa: E402

LIGHTHOUSE = ROOT / "node_modules" / ".bin" / "lighthouse"
# Lighthouse's category ids, in the order the table shows them.
CATEGORIES = ("performance", "accessibility", "best-practices", "seo")
TITLES = {
    "performance": "performance",
    "accessibility": "accessibility",
    "best-practices": "best practices",
    "seo": "SEO",
}
CONTENT_TARGETS: Mapping[str, int] = {"performance": 90, "accessibility": 100, "best-practices": 100, "seo": 100}
# Python pages load this script; they also have a total blocking time target.
PYTHON_PAGE_MARKER = "assets/javascripts/assessment-boot.js"
TOTAL_BLOCKING = "total-blocking-time"
PYTHON_PAGE_MAX_BLOCKING_MS = 200
# Audits that never count against a score.
_UNSCORED = frozenset({"informative", "notApplicable", "manual"})
PAGE_TIMEOUT_S = 300


@dataclass
class FailingAudit:
    """One audit that pulls a category's score down."""

    id: str
    title: str
    score: float | None
    weight: float
    display_value: str = ""
    error: str = ""
    items: list[str] = field(default_factory=list)


@dataclass
class PageResult:
    """Lighthouse's findings for one page: scores 0-100 and failing audits per category."""

    page: str
    scores: dict[str, int | None]
    failing: dict[str, list[FailingAudit]]
    error: str = ""
    lighthouse_version: str = ""
    form_factor: str = ""
    benchmark_index: float | None = None
    warnings: list[str] = field(default_factory=list)
    total_blocking_ms: float | None = None
    python_page: bool = False


# --- pages -------------------------------------------------------------------


def page_for(relative: str) -> str:
    """The URL path of a built file: ``x/index.html`` is ``/x/``, ``index.html`` is ``/``."""
    if relative == "index.html":
        return "/"
    if relative.endswith("/index.html"):
        return "/" + relative.removesuffix("index.html")
    return "/" + relative


def site_pages(site: Path) -> list[str]:
    """Every page of the built site as a URL path, sorted; not ``assets/`` nor ``404.html``."""
    pages = []
    for path in site.rglob("*.html"):
        relative = path.relative_to(site).as_posix()
        if relative.startswith("assets/") or relative == "404.html":
            continue
        pages.append(page_for(relative))
    return sorted(pages)


def normalize_page(name: str) -> str:
    """A page as given on the command line (``about``, ``/about/``, ``about/index.html``) as a URL path."""
    name = name.strip().lstrip("/")
    if name in ("", "index.html"):
        return "/"
    if name.endswith(".html"):
        return page_for(name)
    return "/" + name.rstrip("/") + "/"


def select_pages(available: Sequence[str], wanted: Iterable[str] | None) -> list[str]:
    """``wanted`` (every page when None) as URL paths; ValueError names any page the site lacks."""
    if wanted is None:
        return list(available)
    chosen = [normalize_page(name) for name in wanted]
    missing = [page for page in chosen if page not in available]
    if missing:
        raise ValueError(f"not in the built site: {', '.join(missing)}")
    return list(dict.fromkeys(chosen))


def targets_for(page: str) -> Mapping[str, int]:
    """The minimum score per category for ``page``: the same for every page, Python pages included."""
    return CONTENT_TARGETS


def python_pages(site: Path, pages: Iterable[str]) -> set[str]:
    """The pages among ``pages`` that boot Python (their HTML loads ``assessment-boot.js``)."""
    found = set()
    for page in pages:
        relative = page.lstrip("/")
        path = site / relative / "index.html" if relative == "" or relative.endswith("/") else site / relative
        if path.is_file() and PYTHON_PAGE_MARKER in path.read_text(encoding="utf-8"):
            found.add(page)
    return found


# --- reading a Lighthouse report ---------------------------------------------


def _one_line(text: str, limit: int = 200) -> str:
    text = re.sub(r"\s+", " ", text).strip()
    return text if len(text) <= limit else text[: limit - 1] + "…"


def _explanation(text: str) -> str:
    """axe's "Fix any of the following:" explanation without its header lines."""
    lines = [line.strip() for line in text.splitlines()]
    kept = [line for line in lines if line and not re.match(r"Fix (any|all) of the following:?$", line)]
    return "; ".join(kept)


def describe_item(item: Mapping[str, Any]) -> str:
    """One line for one row of an audit's ``details.items``: the element or resource, and why."""
    parts: list[str] = []
    node = item.get("node")
    if isinstance(node, Mapping):
        parts.append(f"`{node.get('selector', '')}`")
        if node.get("snippet"):
            parts.append(_one_line(str(node["snippet"]), 120))
        if node.get("nodeLabel"):
            parts.append(f'"{_one_line(str(node["nodeLabel"]), 60)}"')
        if node.get("explanation"):
            parts.append("→ " + _one_line(_explanation(str(node["explanation"])), 300))
    source = item.get("source")
    if isinstance(source, Mapping) and source.get("url"):
        parts.append(f"{source['url']}:{source.get('line', '?')}:{source.get('column', '?')}")
    for key, value in item.items():
        if key in ("node", "source", "subItems") or isinstance(value, (Mapping, list)):
            continue
        if key == "url":
            parts.append(str(value))
        elif isinstance(value, float):
            parts.append(f"{key}={value:.0f}")
        elif value not in (None, ""):
            parts.append(f"{key}={_one_line(str(value), 120)}")
    # Sub-rows that say why in words (a source map's "error", a legacy-JS "signal"); not related nodes.
    sub_items = item.get("subItems", {}).get("items", []) if isinstance(item.get("subItems"), Mapping) else []
    reasons = [
        f"{key}: {_one_line(str(value), 100)}"
        for sub in sub_items[:3]
        if isinstance(sub, Mapping)
        for key, value in sub.items()
        if isinstance(value, str) and key in ("error", "signal", "reason")
    ]
    if reasons:
        parts.append("[" + "; ".join(reasons) + (" …" if len(sub_items) > 3 else "") + "]")
    return " ".join(parts) if parts else _one_line(json.dumps(item), 200)


def detail_items(details: Mapping[str, Any] | None) -> list[str]:
    """Lines for an audit's ``details``: table and opportunity rows, list sections, failed checklist entries."""
    if not details:
        return []
    kind = details.get("type")
    items = details.get("items")
    if kind == "checklist" and isinstance(items, Mapping):
        return [
            f"{key}: {entry.get('label', '')}"
            for key, entry in items.items()
            if isinstance(entry, Mapping) and entry.get("value") is False
        ]
    if kind == "list" and isinstance(items, list):
        lines: list[str] = []
        for section in items:
            if isinstance(section, Mapping) and section.get("type") in ("table", "opportunity", "checklist", "list"):
                lines.extend(detail_items(section))
        return lines
    if kind in ("table", "opportunity") and isinstance(items, list):
        return [describe_item(item) for item in items if isinstance(item, Mapping)]
    return []


def failing_audits(report: Mapping[str, Any], category: str) -> list[FailingAudit]:
    """The audits of ``category`` that cost it points or errored, heaviest first."""
    audits = report.get("audits", {})
    found = []
    for ref in report.get("categories", {}).get(category, {}).get("auditRefs", []):
        audit = audits.get(ref["id"])
        if not audit:
            continue
        mode = audit.get("scoreDisplayMode")
        score = audit.get("score")
        if mode == "error":
            error = str(audit.get("errorMessage", "error"))
        elif mode in _UNSCORED or score is None or score >= 1:
            continue
        else:
            error = ""
        found.append(
            FailingAudit(
                id=ref["id"],
                title=str(audit.get("title", "")),
                score=score,
                weight=float(ref.get("weight", 0)),
                display_value=str(audit.get("displayValue", "")),
                error=error,
                items=detail_items(audit.get("details")),
            )
        )
    found.sort(key=lambda a: (-a.weight, a.score if a.score is not None else -1, a.id))
    return found


def parse_report(page: str, report: Mapping[str, Any]) -> PageResult:
    """Scores (0-100, None when Lighthouse could not score) and the failing audits of every category."""
    categories = report.get("categories", {})
    scores: dict[str, int | None] = {}
    for category in CATEGORIES:
        score = categories.get(category, {}).get("score")
        scores[category] = None if score is None else round(score * 100)
    runtime = report.get("runtimeError") or {}
    blocking = report.get("audits", {}).get(TOTAL_BLOCKING, {}).get("numericValue")
    return PageResult(
        total_blocking_ms=None if blocking is None else float(blocking),
        page=page,
        scores=scores,
        failing={category: failing_audits(report, category) for category in CATEGORIES},
        error=str(runtime.get("message", "")) if runtime else "",
        lighthouse_version=str(report.get("lighthouseVersion", "")),
        form_factor=str(report.get("configSettings", {}).get("formFactor", "")),
        benchmark_index=report.get("environment", {}).get("benchmarkIndex"),
        warnings=[_one_line(str(w), 300) for w in report.get("runWarnings", [])],
    )


def median_run(runs: Sequence[PageResult]) -> PageResult:
    """Of several runs of one page, the one with the median performance score (the lower middle if even).

    A run Lighthouse could not score counts as the lowest.
    """
    if not runs:
        raise ValueError("no runs")
    ranked = sorted(runs, key=lambda r: -1 if r.scores.get("performance") is None else r.scores["performance"])
    return ranked[(len(ranked) - 1) // 2]


def missed_targets(result: PageResult) -> list[str]:
    """The categories of ``result`` below their target (a missing score misses it), and on a
    Python page ``total-blocking-time`` if it is over 200 ms or unknown."""
    missed = []
    for category, target in targets_for(result.page).items():
        score = result.scores.get(category)
        if score is None or score < target:
            missed.append(category)
    if result.python_page and (
        result.total_blocking_ms is None or result.total_blocking_ms > PYTHON_PAGE_MAX_BLOCKING_MS
    ):
        missed.append(TOTAL_BLOCKING)
    return missed


# --- output ------------------------------------------------------------------


def _cell(result: PageResult, category: str) -> str:
    score = result.scores.get(category)
    if score is None:
        return "–"
    target = targets_for(result.page)[category]
    return f"**{score}** ✗" if score < target else str(score)


def _blocking_cell(result: PageResult) -> str:
    if result.total_blocking_ms is None:
        return "–"
    text = f"{result.total_blocking_ms:.0f}"
    return f"**{text}** ✗" if TOTAL_BLOCKING in missed_targets(result) else text


def format_table(results: Sequence[PageResult]) -> str:
    """A Markdown table: one row per page, a column per category, total blocking time in ms
    (Python pages marked with a star), CPU index; misses in bold with ✗."""
    header = "| page | " + " | ".join(TITLES[c] for c in CATEGORIES) + " | TBT ms | CPU index |"
    rule = "|---|" + "---:|" * (len(CATEGORIES) + 2)
    rows = [
        f"| `{r.page}`{' (Python)' if r.python_page else ''} | " + " | ".join(_cell(r, c) for c in CATEGORIES)
        + f" | {_blocking_cell(r)} | {'–' if r.benchmark_index is None else round(r.benchmark_index)} |"
        for r in results
    ]
    return "\n".join([header, rule, *rows])


def format_failures(results: Sequence[PageResult], max_items: int) -> str:
    """For each page, each category below target, its failing audits and the elements they name."""
    lines: list[str] = []
    for result in results:
        missed = missed_targets(result)
        if not missed:
            continue
        lines.append(f"\n{result.page}")
        if result.error:
            lines.append(f"  Lighthouse error: {result.error}")
        for category in missed:
            if category == TOTAL_BLOCKING:
                shown = "–" if result.total_blocking_ms is None else f"{result.total_blocking_ms:.0f} ms"
                lines.append(f"  total blocking time {shown} (target {PYTHON_PAGE_MAX_BLOCKING_MS} ms on Python pages)")
                continue
            score = result.scores.get(category)
            lines.append(f"  {TITLES[category]} {score if score is not None else '–'} (target {targets_for(result.page)[category]}):")
            for audit in result.failing.get(category, []):
                score_text = "error" if audit.error else f"score {audit.score:g}"
                extra = f", {audit.display_value}" if audit.display_value else ""
                lines.append(f"    {audit.id} ({score_text}, weight {audit.weight:g}{extra}): {audit.title}")
                if audit.error:
                    lines.append(f"      {audit.error}")
                for item in audit.items[:max_items]:
                    lines.append(f"      - {item}")
                if len(audit.items) > max_items:
                    lines.append(f"      … {len(audit.items) - max_items} more")
    return "\n".join(lines)


def format_warnings(results: Sequence[PageResult]) -> str:
    """Lighthouse's own run warnings (a slow CPU, a page that redirected), one line each, or ''."""
    return "\n".join(f"{r.page}: {warning}" for r in results for warning in r.warnings)


def summary(results: Sequence[PageResult], **extra: Any) -> dict[str, Any]:
    """Everything the JSON line carries: scores per page, misses per page, whether all targets are met."""
    missed = {r.page: missed_targets(r) for r in results}
    return {
        **extra,
        "targets": {"every_page": dict(CONTENT_TARGETS), "python_page_max_blocking_ms": PYTHON_PAGE_MAX_BLOCKING_MS},
        "pages": {r.page: r.scores for r in results},
        "total_blocking_ms": {r.page: r.total_blocking_ms for r in results},
        "python_pages": sorted(r.page for r in results if r.python_page),
        "benchmark_index": {r.page: r.benchmark_index for r in results},
        "missed": {page: cats for page, cats in missed.items() if cats},
        "errors": {r.page: r.error for r in results if r.error},
        "warnings": {r.page: r.warnings for r in results if r.warnings},
        "ok": not any(missed.values()),
    }


# --- running Lighthouse ------------------------------------------------------

# ES2025 iterator helpers, for Lighthouse's trace engine under Node < 22 (see the module docstring).
ITERATOR_HELPERS_POLYFILL = """\
const P = Object.getPrototypeOf(Object.getPrototypeOf([][Symbol.iterator]()));
const def = (name, fn) => {
  if (!(name in P)) Object.defineProperty(P, name, {value: fn, writable: true, configurable: true});
};
def('map', function* map(f) { let i = 0; for (const x of this) yield f(x, i++); });
def('filter', function* filter(f) { let i = 0; for (const x of this) if (f(x, i++)) yield x; });
def('flatMap', function* flatMap(f) { let i = 0; for (const x of this) yield* f(x, i++); });
def('take', function* take(n) { let i = 0; if (n <= 0) return; for (const x of this) { yield x; if (++i >= n) return; } });
def('drop', function* drop(n) { let i = 0; for (const x of this) if (i++ >= n) yield x; });
def('toArray', function toArray() { return [...this]; });
def('forEach', function forEach(f) { let i = 0; for (const x of this) f(x, i++); });
def('some', function some(f) { let i = 0; for (const x of this) if (f(x, i++)) return true; return false; });
def('every', function every(f) { let i = 0; for (const x of this) if (!f(x, i++)) return false; return true; });
def('find', function find(f) { let i = 0; for (const x of this) if (f(x, i++)) return x; return undefined; });
def('reduce', function reduce(f, ...init) {
  let i = 0, has = init.length > 0, acc = init[0];
  for (const x of this) { if (has) acc = f(acc, x, i); else { acc = x; has = true; } i++; }
  if (!has) throw new TypeError('Reduce of empty iterator with no initial value');
  return acc;
});
"""


def node_major(version: str) -> int | None:
    """22 for ``v22.19.0``; None if ``version`` is not a Node version."""
    match = re.match(r"v?(\d+)\.", version.strip())
    return int(match.group(1)) if match else None


def needs_polyfill(version: str) -> bool:
    """Whether Node ``version`` lacks the iterator helpers Lighthouse 13 uses (they shipped in Node 22)."""
    major = node_major(version)
    return major is not None and major < 22


def chrome_flags() -> str:
    """The flags this machine's Chromium needs, headless, as Lighthouse's ``--chrome-flags``."""
    return " ".join(("--headless=new", *CHROMIUM_ARGS))


def lighthouse_command(
    lighthouse: Path, url: str, output: Path, form_factor: str, polyfill: Path | None = None
) -> list[str]:
    """The Lighthouse command line for one page; with ``polyfill``, run through ``node --import`` it."""
    prefix = ["node", "--import", polyfill.resolve().as_uri()] if polyfill else []
    command = [
        *prefix,
        str(lighthouse),
        url,
        "--output=json",
        f"--output-path={output}",
        "--quiet",
        "--only-categories=" + ",".join(CATEGORIES),
        f"--chrome-flags={chrome_flags()}",
        # Never ask (or try) to send crash reports anywhere.
        "--no-enable-error-reporting",
    ]
    if form_factor == "desktop":
        command.append("--preset=desktop")
    return command


def run_lighthouse(
    lighthouse: Path, url: str, page: str, output: Path, form_factor: str, polyfill: Path | None = None
) -> PageResult:
    """Audit one URL; a Lighthouse failure becomes a result with no scores and the error."""
    env = {**os.environ, "CHROME_PATH": CHROMIUM}
    command = lighthouse_command(lighthouse, url, output, form_factor, polyfill)
    empty = PageResult(page=page, scores={c: None for c in CATEGORIES}, failing={c: [] for c in CATEGORIES})
    output.unlink(missing_ok=True)
    # Its own session, so a timeout can stop Lighthouse and the Chromium it launched, and nothing else.
    with subprocess.Popen(
        command, env=env, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, start_new_session=True
    ) as process:
        try:
            stdout, stderr = process.communicate(timeout=PAGE_TIMEOUT_S)
        except subprocess.TimeoutExpired:
            os.killpg(process.pid, signal.SIGKILL)
            process.communicate()
            empty.error = f"Lighthouse timed out after {PAGE_TIMEOUT_S} s"
            return empty
    if process.returncode != 0 or not output.exists():
        tail = (stderr or stdout).strip().splitlines()[-5:]
        empty.error = f"Lighthouse exited {process.returncode}: " + " / ".join(tail)
        return empty
    return parse_report(page, json.loads(output.read_text(encoding="utf-8")))


def report_name(page: str, run: int = 1) -> str:
    """The file name of a page's report: ``/students/cases/`` run 2 is ``students__cases.2.json``."""
    return (page.strip("/").replace("/", "__") or "index") + (f".{run}" if run > 1 else "") + ".json"


def _node_version() -> str:
    try:
        return subprocess.run(["node", "--version"], capture_output=True, text=True, check=False).stdout.strip()
    except OSError:
        return ""


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description="Lighthouse every built page of the OIH Guide against its targets.")
    parser.add_argument("--site", type=Path, default=ROOT / "site", help="the built site (default: site/)")
    parser.add_argument("--pages", nargs="+", metavar="PAGE", help="audit only these pages, e.g. / about/ students/cases/")
    parser.add_argument("--runs", type=int, default=1, help="Lighthouse runs per page; keeps the median (default: 1)")
    parser.add_argument("--form-factor", choices=("mobile", "desktop"), default="mobile",
                        help="Lighthouse's form factor (default: mobile, Lighthouse's own default)")
    parser.add_argument("--reports-dir", type=Path, help="keep each run's Lighthouse JSON report here")
    parser.add_argument("--max-items", type=int, default=20, help="elements listed per failing audit (default: 20)")
    parser.add_argument("--lighthouse", type=Path, default=LIGHTHOUSE, help="the Lighthouse CLI (default: the pinned npm one)")
    args = parser.parse_args(argv)

    if not (args.site / "index.html").exists():
        parser.error(f"{args.site}/index.html not found: run `make build` first")
    if not args.lighthouse.exists():
        parser.error(f"{args.lighthouse} not found: run `npm ci` (or `make deps`)")
    if args.runs < 1:
        parser.error("--runs must be 1 or more")
    try:
        pages = select_pages(site_pages(args.site), args.pages)
    except ValueError as error:
        parser.error(str(error))
    with_python = python_pages(args.site, pages)

    from site_build.publish.serve import serve_in_background

    node = _node_version()
    started = time.perf_counter()
    results: list[PageResult] = []
    server, base = serve_in_background(args.site)
    try:
        with tempfile.TemporaryDirectory(prefix="oih-audit-") as scratch:
            polyfill = None
            if needs_polyfill(node):
                polyfill = Path(scratch) / "iterator-helpers.mjs"
                polyfill.write_text(ITERATOR_HELPERS_POLYFILL, encoding="utf-8")
            reports = args.reports_dir or Path(scratch)
            reports.mkdir(parents=True, exist_ok=True)
            for page in pages:
                runs = []
                for run in range(1, args.runs + 1):
                    page_started = time.perf_counter()
                    result = run_lighthouse(args.lighthouse, base.rstrip("/") + page, page,
                                            reports / report_name(page, run), args.form_factor, polyfill)
                    result.python_page = page in with_python
                    runs.append(result)
                    scores = " ".join(f"{c}={result.scores[c]}" for c in CATEGORIES)
                    print(f"{page} run {run}: {scores} tbt={result.total_blocking_ms} cpu={result.benchmark_index} "
                          f"({time.perf_counter() - page_started:.0f} s){' ' + result.error if result.error else ''}",
                          file=sys.stderr, flush=True)
                results.append(median_run(runs))
    finally:
        server.shutdown()
        server.server_close()
    seconds = time.perf_counter() - started

    version = ", ".join(sorted({r.lighthouse_version for r in results if r.lighthouse_version})) or "?"
    shim = " (iterator-helpers polyfill)" if needs_polyfill(node) else ""
    print(f"Lighthouse {version}, {args.form_factor} form factor, Node {node or '?'}{shim}, "
          f"{len(results)} pages x {args.runs} run(s) in {seconds:.0f} s\n")
    print(format_table(results))
    warnings = format_warnings(results)
    if warnings:
        print("\nLighthouse warnings (the kept run of each page):\n" + warnings)
    failures = format_failures(results, args.max_items)
    print("\nBelow target:" + failures if failures else "\nEvery target met.")
    print(json.dumps(summary(results, lighthouse=version, node=node, iterator_helpers_polyfill=needs_polyfill(node),
                             form_factor=args.form_factor, runs=args.runs, seconds=round(seconds, 1)),
                     ensure_ascii=False))
    return 0 if all(not missed_targets(r) for r in results) else 1


if __name__ == "__main__":
    raise SystemExit(main())
