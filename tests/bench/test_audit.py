"""The pure parts of bench/audit.py: pages, reading Lighthouse's JSON, targets. No Lighthouse run."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

from bench import audit
from bench.audit import (
    CATEGORIES,
    PageResult,
    chrome_flags,
    detail_items,
    failing_audits,
    format_failures,
    format_table,
    format_warnings,
    lighthouse_command,
    median_run,
    missed_targets,
    needs_polyfill,
    node_major,
    normalize_page,
    page_for,
    parse_report,
    python_pages,
    report_name,
    run_lighthouse,
    select_pages,
    site_pages,
    summary,
    targets_for,
)


def _touch(root: Path, *relatives: str) -> None:
    for relative in relatives:
        path = root / relative
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text("<!doctype html>", encoding="utf-8")


# --- pages -------------------------------------------------------------------


def test_every_page_but_assets_and_404_as_a_url_path(tmp_path: Path) -> None:
    _touch(
        tmp_path,
        "index.html",
        "404.html",
        "about/index.html",
        "students/cases/index.html",
        "assets/pyodide/console.html",
        "assets/index.html",
        "loose.html",
    )
    (tmp_path / "search").mkdir()
    (tmp_path / "search" / "search_index.json").write_text("{}")
    assert site_pages(tmp_path) == ["/", "/about/", "/loose.html", "/students/cases/"]


@pytest.mark.parametrize(
    ("relative", "page"),
    [
        ("index.html", "/"),
        ("about/index.html", "/about/"),
        ("students/self-test/index.html", "/students/self-test/"),
        ("loose.html", "/loose.html"),
    ],
)
def test_page_for(relative: str, page: str) -> None:
    assert page_for(relative) == page


@pytest.mark.parametrize(
    ("given", "page"),
    [
        ("/", "/"),
        ("", "/"),
        ("index.html", "/"),
        ("about", "/about/"),
        ("about/", "/about/"),
        ("/about/", "/about/"),
        ("about/index.html", "/about/"),
        ("students/cases", "/students/cases/"),
    ],
)
def test_normalize_page(given: str, page: str) -> None:
    assert normalize_page(given) == page


def test_select_pages() -> None:
    available = ["/", "/about/", "/assessment/"]
    assert select_pages(available, None) == available
    assert select_pages(available, ["assessment", "/", "/assessment/"]) == ["/assessment/", "/"]
    with pytest.raises(ValueError, match="/nope/"):
        select_pages(available, ["about", "nope"])


def test_python_pages_have_the_same_targets_as_content_pages() -> None:
    assert targets_for("/what-is-oih/") == {"performance": 90, "accessibility": 100, "best-practices": 100, "seo": 100}
    assert targets_for("/assessment/") == targets_for("/diary/") == targets_for("/") == targets_for("/about/")


def test_python_pages_are_the_ones_that_load_the_boot_script(tmp_path: Path) -> None:
    boot = '<script async src="../assets/javascripts/assessment-boot.js"></script>'
    for relative, body in {
        "index.html": "<p>home</p>",
        "assessment/index.html": boot,
        "diary/index.html": boot,
        "about/index.html": "<p>about assessment-boot</p>",
        "loose.html": boot,
    }.items():
        (tmp_path / relative).parent.mkdir(parents=True, exist_ok=True)
        (tmp_path / relative).write_text(body, encoding="utf-8")
    pages = site_pages(tmp_path)
    assert python_pages(tmp_path, pages) == {"/assessment/", "/diary/", "/loose.html"}
    assert python_pages(tmp_path, ["/about/", "/diary/"]) == {"/diary/"}


# --- a small fake Lighthouse report ------------------------------------------


def _node(selector: str, snippet: str, explanation: str = "") -> dict[str, Any]:
    return {"type": "node", "selector": selector, "snippet": snippet, "nodeLabel": "label", "explanation": explanation}


def fake_report() -> dict[str, Any]:
    audits = {
        "color-contrast": {
            "title": "Low contrast",
            "score": 0,
            "scoreDisplayMode": "binary",
            "details": {
                "type": "table",
                "items": [
                    {
                        "node": _node(
                            "div.md-copyright",
                            '<div class="md-copyright">',
                            "Fix any of the following:\n  Element has insufficient color contrast of 4.47",
                        ),
                        "subItems": {"type": "subitems", "items": []},
                    }
                ],
            },
        },
        "image-alt": {"title": "Images have alt", "score": 1, "scoreDisplayMode": "binary"},
        "aria-dialog-name": {
            "title": "Dialogs have names",
            "score": 0,
            "scoreDisplayMode": "binary",
            "details": {"type": "table", "items": [{"node": _node("div.md-search", '<div role="dialog">')}]},
        },
        "accesskeys": {"title": "Manual", "score": None, "scoreDisplayMode": "manual"},
        "video-caption": {"title": "N/A", "score": None, "scoreDisplayMode": "notApplicable"},
        "largest-contentful-paint": {
            "title": "Largest Contentful Paint",
            "score": 0.43,
            "scoreDisplayMode": "numeric",
            "displayValue": "4.2 s",
        },
        "total-blocking-time": {"title": "Total Blocking Time", "score": 1, "scoreDisplayMode": "numeric"},
        "render-blocking-insight": {
            "title": "Render-blocking requests",
            "score": 0,
            "scoreDisplayMode": "metricSavings",
            "details": {
                "type": "table",
                "items": [{"url": "http://127.0.0.1:1/assets/main.css", "totalBytes": 137760, "wastedMs": 1204.4}],
            },
        },
        "diagnostics": {"title": "Diagnostics", "score": None, "scoreDisplayMode": "informative"},
        "third-parties-insight": {
            "title": "3rd parties",
            "score": None,
            "scoreDisplayMode": "error",
            "errorMessage": "values(...).find is not a function",
        },
        "document-latency-insight": {
            "title": "Document request latency",
            "score": 0.5,
            "scoreDisplayMode": "metricSavings",
            "details": {
                "type": "checklist",
                "items": {
                    "noRedirects": {"label": "Avoids redirects", "value": True},
                    "usesCompression": {"label": "No compression applied", "value": False},
                },
            },
        },
        "deprecations": {
            "title": "Uses deprecated APIs",
            "score": 0,
            "scoreDisplayMode": "binary",
            "displayValue": "1 warning found",
            "details": {
                "type": "table",
                "items": [
                    {
                        "value": "SharedArrayBuffer will require cross-origin isolation.",
                        "source": {"type": "source-location", "url": "http://127.0.0.1:1/pyodide.asm.mjs", "line": 0, "column": 659457},
                    }
                ],
            },
        },
        "forced-reflow-insight": {
            "title": "Forced reflow",
            "score": 0,
            "scoreDisplayMode": "numeric",
            "details": {
                "type": "list",
                "items": [
                    {
                        "type": "table",
                        "items": [{"source": {"url": "http://127.0.0.1:1/bundle.js", "line": 13, "column": 41610}, "reflowTime": 52.2}],
                    },
                    {"type": "list-section", "value": {"type": "network-tree"}},
                ],
            },
        },
    }

    def refs(*pairs: tuple[str, float]) -> list[dict[str, Any]]:
        return [{"id": audit_id, "weight": weight} for audit_id, weight in pairs]

    return {
        "lighthouseVersion": "13.5.0",
        "configSettings": {"formFactor": "mobile"},
        "environment": {"benchmarkIndex": 2401},
        "categories": {
            "performance": {
                "score": 0.74,
                "auditRefs": refs(
                    ("render-blocking-insight", 0),
                    ("total-blocking-time", 30),
                    ("largest-contentful-paint", 25),
                    ("third-parties-insight", 0),
                    ("document-latency-insight", 0),
                    ("forced-reflow-insight", 0),
                    ("diagnostics", 0),
                ),
            },
            "accessibility": {
                "score": 0.89,
                "auditRefs": refs(
                    ("image-alt", 10), ("aria-dialog-name", 7), ("color-contrast", 7), ("accesskeys", 0), ("video-caption", 10)
                ),
            },
            "best-practices": {"score": 0.81, "auditRefs": refs(("deprecations", 5))},
            "seo": {"score": 1, "auditRefs": []},
        },
        "audits": audits,
    }


def test_parse_report_scores_out_of_100() -> None:
    result = parse_report("/what-is-oih/", fake_report())
    assert result.scores == {"performance": 74, "accessibility": 89, "best-practices": 81, "seo": 100}
    assert (result.lighthouse_version, result.form_factor, result.benchmark_index) == ("13.5.0", "mobile", 2401)
    assert result.error == ""


def test_parse_report_reads_through_json() -> None:
    """Scores survive the round trip through the file Lighthouse writes (0.29 * 100 is 28.999...)."""
    report = json.loads(json.dumps(fake_report()))
    report["categories"]["performance"]["score"] = 0.29
    assert parse_report("/", report).scores["performance"] == 29


def test_failing_audits_skip_passing_informative_manual_and_not_applicable() -> None:
    report = fake_report()
    assert [a.id for a in failing_audits(report, "accessibility")] == ["aria-dialog-name", "color-contrast"]
    assert failing_audits(report, "seo") == []


def test_failing_audits_heaviest_first_with_errors_and_details() -> None:
    failing = {a.id: a for a in failing_audits(fake_report(), "performance")}
    assert list(failing)[0] == "largest-contentful-paint"
    assert set(failing) == {
        "largest-contentful-paint",
        "render-blocking-insight",
        "third-parties-insight",
        "document-latency-insight",
        "forced-reflow-insight",
    }
    lcp = failing["largest-contentful-paint"]
    assert (lcp.title, lcp.score, lcp.weight, lcp.display_value) == ("Largest Contentful Paint", 0.43, 25, "4.2 s")
    assert failing["third-parties-insight"].error == "values(...).find is not a function"
    assert failing["render-blocking-insight"].items == ["http://127.0.0.1:1/assets/main.css totalBytes=137760 wastedMs=1204"]
    assert failing["document-latency-insight"].items == ["usesCompression: No compression applied"]
    assert failing["forced-reflow-insight"].items == ["http://127.0.0.1:1/bundle.js:13:41610 reflowTime=52"]


def test_failing_element_names_selector_snippet_and_why() -> None:
    (contrast,) = [a for a in failing_audits(fake_report(), "accessibility") if a.id == "color-contrast"]
    (item,) = contrast.items
    assert "`div.md-copyright`" in item
    assert '<div class="md-copyright">' in item
    assert "Element has insufficient color contrast of 4.47" in item
    assert "Fix any of the following" not in item


def test_source_location_items() -> None:
    (deprecation,) = failing_audits(fake_report(), "best-practices")
    assert deprecation.items == [
        "http://127.0.0.1:1/pyodide.asm.mjs:0:659457 value=SharedArrayBuffer will require cross-origin isolation."
    ]


def test_sub_items_that_give_reasons() -> None:
    details = {
        "type": "table",
        "items": [
            {
                "scriptUrl": "http://127.0.0.1:1/bundle.min.js",
                "subItems": {"type": "subitems", "items": [{"error": "Error: Failed fetching source map (404)"}]},
            }
        ],
    }
    assert detail_items(details) == ["scriptUrl=http://127.0.0.1:1/bundle.min.js [error: Error: Failed fetching source map (404)]"]


def test_detail_items_without_details() -> None:
    assert detail_items(None) == []
    assert detail_items({"type": "debugdata"}) == []


def test_runtime_error_leaves_no_scores() -> None:
    report = fake_report()
    for category in report["categories"].values():
        category["score"] = None
    report["runtimeError"] = {"code": "NO_FCP", "message": "The page did not paint any content."}
    result = parse_report("/about/", report)
    assert result.scores == dict.fromkeys(CATEGORIES)
    assert result.error == "The page did not paint any content."
    assert missed_targets(result) == ["performance", "accessibility", "best-practices", "seo"]


# --- targets and output --------------------------------------------------------


def _result(page: str, performance: int | None, accessibility: int = 100, bp: int = 100, seo: int = 100) -> PageResult:
    scores = {"performance": performance, "accessibility": accessibility, "best-practices": bp, "seo": seo}
    return PageResult(page=page, scores=scores, failing={c: [] for c in CATEGORIES})


def test_missed_targets() -> None:
    assert missed_targets(_result("/about/", 90)) == []
    assert missed_targets(_result("/about/", 89)) == ["performance"]
    assert missed_targets(_result("/about/", 100, accessibility=99, seo=92)) == ["accessibility", "seo"]
    # A Python page has the content targets, and a total blocking time of 200 ms or less.
    tool = _result("/assessment/", 95)
    tool.python_page = True
    tool.total_blocking_ms = 200.0
    assert missed_targets(tool) == []
    tool.total_blocking_ms = 201.0
    assert missed_targets(tool) == ["total-blocking-time"]
    tool.total_blocking_ms = None
    assert missed_targets(tool) == ["total-blocking-time"]
    slow = _result("/assessment/", 61, bp=81)
    slow.python_page, slow.total_blocking_ms = True, 2400.0
    assert missed_targets(slow) == ["performance", "best-practices", "total-blocking-time"]
    # Blocking time alone is no target on a content page.
    content = _result("/about/", 95)
    content.total_blocking_ms = 900.0
    assert missed_targets(content) == []


def test_table_marks_misses_and_python_pages_blocking_time() -> None:
    results = [_result("/", 95), _result("/what-is-oih/", 74, accessibility=89), _result("/assessment/", 61)]
    results[0].benchmark_index = 2401.5
    results[0].total_blocking_ms = 310.4
    results[2].python_page, results[2].total_blocking_ms = True, 2500.0
    table = format_table(results).splitlines()
    assert table[0] == "| page | performance | accessibility | best practices | SEO | TBT ms | CPU index |"
    assert table[2] == "| `/` | 95 | 100 | 100 | 100 | 310 | 2402 |"
    assert table[3] == "| `/what-is-oih/` | **74** ✗ | **89** ✗ | 100 | 100 | – | – |"
    assert table[4] == "| `/assessment/` (Python) | **61** ✗ | 100 | 100 | 100 | **2500** ✗ | – |"


def test_failures_name_only_categories_below_target() -> None:
    report = fake_report()
    tool_result = parse_report("/assessment/", report)
    tool_result.python_page = True
    tool_result.scores["performance"] = 95
    text = format_failures([parse_report("/what-is-oih/", report), tool_result], max_items=5)
    what, tool = text.split("/assessment/")
    assert "performance 74 (target 90):" in what
    assert "largest-contentful-paint (score 0.43, weight 25, 4.2 s): Largest Contentful Paint" in what
    assert "third-parties-insight (error, weight 0): 3rd parties" in what
    assert "values(...).find is not a function" in what
    assert "accessibility 89 (target 100):" in what
    assert "best practices 81 (target 100):" in what
    assert "SEO" not in text
    assert "performance" not in tool
    assert "total blocking time – (target 200 ms on Python pages)" in tool


def test_failures_cap_items() -> None:
    report = fake_report()
    report["audits"]["color-contrast"]["details"]["items"] *= 3
    text = format_failures([parse_report("/", report)], max_items=1)
    assert "… 2 more" in text


def test_run_warnings_are_kept_and_shown() -> None:
    report = fake_report()
    report["runWarnings"] = ["The tested device appears to have a slower CPU than  Lighthouse expects."]
    result = parse_report("/about/", report)
    assert result.warnings == ["The tested device appears to have a slower CPU than Lighthouse expects."]
    assert format_warnings([result, _result("/", 95)]) == (
        "/about/: The tested device appears to have a slower CPU than Lighthouse expects."
    )
    assert summary([result])["warnings"] == {"/about/": result.warnings}
    assert summary([_result("/", 95)])["warnings"] == {}


def test_summary_is_json_with_every_score() -> None:
    results = [_result("/", 95), _result("/assessment/", 61, bp=81)]
    data = json.loads(json.dumps(summary(results, lighthouse="13.5.0")))
    assert data["lighthouse"] == "13.5.0"
    assert data["pages"]["/assessment/"] == {"performance": 61, "accessibility": 100, "best-practices": 81, "seo": 100}
    assert data["missed"] == {"/assessment/": ["performance", "best-practices"]}
    assert data["python_pages"] == [] and data["total_blocking_ms"] == {"/": None, "/assessment/": None}
    assert data["ok"] is False
    assert summary([_result("/", 95)])["ok"] is True


def test_median_run_by_performance() -> None:
    runs = [_result("/", 80), _result("/", None), _result("/", 95), _result("/", 91), _result("/", 70)]
    assert median_run(runs).scores["performance"] == 80
    assert median_run(runs[2:4]).scores["performance"] == 91
    with pytest.raises(ValueError):
        median_run([])


# --- the command line ----------------------------------------------------------


def test_node_versions() -> None:
    assert node_major("v20.20.2") == 20
    assert node_major("22.19.0\n") == 22
    assert node_major("") is None
    assert needs_polyfill("v20.20.2")
    assert not needs_polyfill("v22.19.0")
    assert not needs_polyfill("")


def test_lighthouse_command(tmp_path: Path) -> None:
    lighthouse = tmp_path / "lighthouse"
    out = tmp_path / "r.json"
    command = lighthouse_command(lighthouse, "http://127.0.0.1:9/about/", out, "mobile")
    assert command[:2] == [str(lighthouse), "http://127.0.0.1:9/about/"]
    assert "--output=json" in command
    assert f"--output-path={out}" in command
    assert "--quiet" in command
    assert "--only-categories=performance,accessibility,best-practices,seo" in command
    assert "--no-enable-error-reporting" in command
    assert not any(arg.startswith("--preset") for arg in command)
    assert "--preset=desktop" in lighthouse_command(lighthouse, "u", out, "desktop")
    polyfill = tmp_path / "ih.mjs"
    shimmed = lighthouse_command(lighthouse, "u", out, "mobile", polyfill)
    assert shimmed[:4] == ["node", "--import", polyfill.as_uri(), str(lighthouse)]


def test_chrome_flags_are_this_machines() -> None:
    flags = chrome_flags().split()
    assert flags[0] == "--headless=new"
    assert {"--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update"} <= set(flags)


def test_report_name() -> None:
    assert report_name("/") == "index.json"
    assert report_name("/students/cases/") == "students__cases.json"
    assert report_name("/about/", 2) == "about.2.json"


# --- run_lighthouse with a stand-in executable (no Lighthouse, no browser) ------


def _fake_lighthouse(tmp_path: Path, body: str) -> Path:
    script = tmp_path / "fake-lighthouse"
    script.write_text("#!/bin/sh\n" + body + "\n", encoding="utf-8")
    script.chmod(0o755)
    return script


def test_run_lighthouse_reads_the_report_it_wrote(tmp_path: Path) -> None:
    report = tmp_path / "fake.json"
    report.write_text(json.dumps(fake_report()), encoding="utf-8")
    # Lighthouse gets --output-path=...; the stand-in copies the fake report there and checks CHROME_PATH.
    body = f"""for arg; do case "$arg" in --output-path=*) out="${{arg#--output-path=}}";; esac; done
[ "$CHROME_PATH" = /usr/bin/chromium ] || exit 3
cp {report} "$out\""""
    result = run_lighthouse(_fake_lighthouse(tmp_path, body), "http://127.0.0.1:9/", "/", tmp_path / "out.json", "mobile")
    assert result.error == ""
    assert result.scores["accessibility"] == 89


def test_run_lighthouse_failure_and_stale_report(tmp_path: Path) -> None:
    out = tmp_path / "out.json"
    out.write_text(json.dumps(fake_report()), encoding="utf-8")  # from an earlier run: must not be read
    result = run_lighthouse(_fake_lighthouse(tmp_path, "echo 'Runtime error encountered: boom' >&2; exit 1"),
                            "http://127.0.0.1:9/", "/", out, "mobile")
    assert result.scores == dict.fromkeys(CATEGORIES)
    assert result.error == "Lighthouse exited 1: Runtime error encountered: boom"
    assert missed_targets(result)
    result = run_lighthouse(_fake_lighthouse(tmp_path, "exit 0"), "u", "/", out, "mobile")
    assert result.error.startswith("Lighthouse exited 0")


def test_run_lighthouse_timeout(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(audit, "PAGE_TIMEOUT_S", 0.1)
    result = run_lighthouse(_fake_lighthouse(tmp_path, "sleep 30"), "u", "/", tmp_path / "out.json", "mobile")
    assert result.error == "Lighthouse timed out after 0.1 s"


def test_total_blocking_time_is_read_from_its_audit() -> None:
    report = fake_report()
    assert parse_report("/", report).total_blocking_ms is None
    report["audits"]["total-blocking-time"]["numericValue"] = 123.4
    assert parse_report("/", report).total_blocking_ms == 123.4
