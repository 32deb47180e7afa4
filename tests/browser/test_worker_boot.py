"""Python runs in a Web Worker: the page's main thread never freezes while it boots,
and every way the worker can fail ends in the error state with a message."""

from __future__ import annotations

import json
import re

import pytest
from playwright.sync_api import Page, Route, expect

from assessment import assess
from tests.support.pages import TOOL_READY, wait_for

from .worker_probe import install_worker_probe, run_python

pytestmark = pytest.mark.browser

_ERROR = "#oih-tool[data-state='error']"
# Injected before any page script: every main-thread long task, and every
# Content-Security-Policy violation, on the page's clock.
_WATCH = """
window.__longTasks = [];
new PerformanceObserver((list) => {
  for (const entry of list.getEntries()) window.__longTasks.push({start: entry.startTime, duration: entry.duration});
}).observe({type: "longtask", buffered: true});
window.__cspViolations = [];
document.addEventListener("securitypolicyviolation", (event) => {
  window.__cspViolations.push(event.violatedDirective + " " + event.blockedURI);
});
"""
LONG_TASK_LIMIT_MS = 200


def _shorten_deadline(page: Page, milliseconds: int) -> None:
    def rewrite(route: Route) -> None:
        response = route.fetch()
        body = re.sub(r'data-timeout-ms="\d+"', f'data-timeout-ms="{milliseconds}"', response.text())
        route.fulfill(response=response, body=body)

    page.route("**/assessment/", rewrite)


def test_no_long_task_on_the_main_thread_while_python_boots(page: Page, site_url: str) -> None:
    # The wasm is held back until the page has loaded and settled, so what
    # follows, compiling it, starting CPython and unzipping the stdlib until
    # ready, is the boot alone. Run on the main thread (as before the worker),
    # it was one task of over a second.
    held: list[Route] = []
    page.context.add_init_script(script=_WATCH)
    page.route("**/pyodide.asm.wasm", lambda route: held.append(route))
    page.goto(site_url + "assessment/")
    page.wait_for_load_state("load")
    for _ in range(200):
        if held:
            break
        page.wait_for_timeout(50)
    assert held, "the worker never asked for the wasm"
    page.wait_for_timeout(500)
    released_at = page.evaluate("() => performance.now()")
    held[0].continue_()
    # The form takes input during the boot.
    page.check("#q-pain_spread-yes")
    assert page.is_checked("#q-pain_spread-yes")
    wait_for(page, TOOL_READY)
    ready_at = page.evaluate("() => performance.now()")
    tasks = page.evaluate("() => window.__longTasks")
    during_boot = [t for t in tasks if t["start"] + t["duration"] >= released_at and t["start"] <= ready_at]
    too_long = [round(t["duration"]) for t in during_boot if t["duration"] > LONG_TASK_LIMIT_MS]
    assert ready_at - released_at > 100, "the boot was too quick to say anything"
    assert not too_long, f"main-thread long tasks while Python booted (ms): {too_long}"
    assert page.evaluate("() => window.__cspViolations") == []


def test_python_runs_in_a_dedicated_worker_and_answers_like_cpython(page: Page, site_url: str) -> None:
    violations: list[str] = []
    page.on("console", lambda message: message.type == "error" and violations.append(message.text))
    page.context.add_init_script(script=_WATCH)
    install_worker_probe(page)
    page.goto(site_url + "assessment/")
    wait_for(page, TOOL_READY)
    # js.constructor, not js.self: on the visit that makes the memory snapshot, Pyodide wraps
    # the worker's globals in a proxy, and getters such as `self` refuse it.
    scope = run_python(page, "import js\njs.constructor.name")
    assert scope == "DedicatedWorkerGlobalScope"
    answers = {"pain_spread": "yes", "allodynia": ["light_touch"], "medications": [{"opioid": "morphine", "daily_dose": 90}]}
    through_call = page.evaluate("(answers) => window.oihPython.call('assess', answers)", answers)
    through_boot = page.evaluate("(answers) => window.oihBoot.then((assess) => assess(answers))", answers)
    expected = {"ok": True, "result": assess(answers).to_dict()}
    assert through_call == expected and through_boot == expected
    unknown = page.evaluate("() => window.oihPython.call('no_such_call', {})")
    assert unknown["ok"] is False and "unknown call 'no_such_call'" in unknown["error"]
    # Calls in flight at once each get their own answer.
    cases = [{"pain_spread": "yes"}, {"duration": "forever"}, {}, {"self_harm_thoughts": "yes"}]
    many = page.evaluate("(cases) => Promise.all(cases.map((c) => window.oihPython.call('assess', c)))", cases)
    assert many[0] == {"ok": True, "result": assess(cases[0]).to_dict()}
    assert many[1]["ok"] is False and "duration" in many[1]["error"]
    assert many[2] == {"ok": True, "result": assess({}).to_dict()}
    assert many[3]["result"]["urgent"] == assess(cases[3]).to_dict()["urgent"] != []
    assert page.evaluate("() => window.__cspViolations") == []
    assert not violations, violations


# Raises inside the boot zip's bytecode (json's decoder) from code compiled at run time.
_TRACEBACK_FRAMES = """
import json, traceback
try:
    json.loads("{bad")
except ValueError as error:
    frames = traceback.extract_tb(error.__traceback__)
json.dumps([[frame.filename, frame.lineno, frame.colno] for frame in frames])
"""


def test_tracebacks_through_the_boot_zip_name_file_and_line_without_columns(page: Page, site_url: str) -> None:
    # The zip is compiled without column tables (PYTHONNODEBUGRANGES, see pyc_stdlib.mjs),
    # so its frames have a line and no column; code compiled in the browser keeps both.
    install_worker_probe(page)
    page.goto(site_url + "assessment/")
    wait_for(page, TOOL_READY)
    frames = json.loads(run_python(page, _TRACEBACK_FRAMES))
    first, last = frames[0], frames[-1]
    assert first[1] == 4 and first[2] is not None
    assert last[0].endswith("/json/decoder.py") and last[1] > 0 and last[2] is None


@pytest.mark.parametrize(
    ("broken", "message"),
    [
        ("**/assessment-worker.js", "background worker stopped"),
        ("**/pyodide.asm.js", "could not load pyodide.asm.js"),
        ("**/python_stdlib.pyc.zip", "could not download python_stdlib.pyc.zip"),
    ],
    ids=["worker-script", "pyodide-script", "boot-zip"],
)
def test_a_missing_worker_file_ends_in_the_error_state(page: Page, site_url: str, broken: str, message: str) -> None:
    page.route(broken, lambda route: route.fulfill(status=404, body="not here"))
    page.goto(site_url + "assessment/")
    wait_for(page, _ERROR, 30_000)
    expect(page.locator("#oih-tool-status")).to_contain_text("could not load")
    expect(page.locator("#oih-tool-status")).to_contain_text(message)


def test_a_worker_that_crashes_ends_in_the_error_state(page: Page, site_url: str) -> None:
    page.route(
        "**/assessment-worker.js",
        lambda route: route.fulfill(
            status=200, content_type="text/javascript", body='self.onmessage = () => { throw new Error("boom"); };'
        ),
    )
    page.goto(site_url + "assessment/")
    wait_for(page, _ERROR, 30_000)
    expect(page.locator("#oih-tool-status")).to_contain_text("background worker stopped")
    expect(page.locator("#oih-tool-status")).to_contain_text("boom")


def test_a_worker_that_hangs_ends_in_the_error_state_at_the_deadline(page: Page, site_url: str) -> None:
    _shorten_deadline(page, 3000)
    page.route(
        "**/assessment-worker.js",
        lambda route: route.fulfill(status=200, content_type="text/javascript", body="self.onmessage = () => {};"),
    )
    page.goto(site_url + "assessment/")
    wait_for(page, _ERROR, 30_000)
    expect(page.locator("#oih-tool-status")).to_contain_text("longer than 3 seconds")
    # The Python page's own API says the same, so the diary page shows it too.
    error = page.evaluate("() => window.oihPython.ready.then(() => 'ready', (e) => e.message)")
    assert "longer than 3 seconds" in error


def test_the_worker_downloads_nothing_until_the_page_has_loaded(page: Page, site_url: str) -> None:
    # Booting while the page parses and lays out its form slowed both on a
    # phone-class processor; the worker waits for the load event.
    runtime_requests: list[str] = []
    loaded: list[bool] = []
    page.on("load", lambda _: loaded.append(True))
    page.on("request", lambda request: runtime_requests.append(f"{request.url} loaded={bool(loaded)}")
            if "/assets/pyodide/" in request.url else None)
    page.goto(site_url + "assessment/")
    wait_for(page, TOOL_READY)
    assert runtime_requests, "the worker fetched no runtime file"
    assert all(entry.endswith("loaded=True") for entry in runtime_requests), runtime_requests
    timing = page.evaluate("""() => ({
      loaded: performance.getEntriesByType("navigation")[0].loadEventEnd,
      worker: performance.getEntriesByName("oih:worker-start")[0].startTime,
    })""")
    assert timing["worker"] >= timing["loaded"], timing


def test_a_page_whose_load_is_held_up_still_boots(page: Page, site_url: str) -> None:
    # An image that never arrives holds the load event for ever; Python starts anyway.
    page.route("**/never-arrives.png", lambda route: None)
    page.add_init_script(script="""
      document.addEventListener("DOMContentLoaded", () => {
        const image = document.createElement("img");
        image.src = "/never-arrives.png";
        image.alt = "";
        document.body.appendChild(image);
      });
    """)
    page.goto(site_url + "assessment/", wait_until="domcontentloaded")
    wait_for(page, TOOL_READY)
    assert page.evaluate("document.readyState") != "complete"
