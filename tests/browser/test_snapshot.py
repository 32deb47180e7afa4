"""Repeat visits start Python from a memory snapshot kept on the device (issue 26).

The worker (assessment-worker.js) makes the snapshot on a visit with none,
through Pyodide 314.0.7's private ``_makeSnapshot`` option, and boots later
visits with ``_loadSnapshot``. These tests pin that private path: after an
upgrade that breaks it, the worker would quietly boot as before, so they check
from the worker's own marks that the second visit really was restored. They
also check that a restored worker answers like CPython, that a missing or
damaged snapshot still boots (and is made again), and that no personal data
is ever in the device's Cache Storage or IndexedDB.

Most contexts block the service worker: a Playwright route (the worker probe)
cannot change what a service worker answers from its cache, and the snapshot
lives in Cache Storage either way.
"""

from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from playwright.sync_api import Browser, BrowserContext, Page

from assessment._json_bridge import call_json
from site_build.publish.service_worker import SNAPSHOT_PREFIX
from site_build.runtime.pyodide_vendor import pinned_version
from site_build.runtime.tool_assets import built_runtime_dir
from tests.support.pages import TOOL_READY, RepeatVisits, fill_form, new_context, submit_and_wait, wait_for

from .conftest import TOOL_READY_TIMEOUT_MS
from .diary_helpers import DIARY_PAGE, REPORT, sample_diary, wait_for_report
from .worker_probe import install_worker_probe, run_python

pytestmark = pytest.mark.browser

ROOT = Path(__file__).resolve().parents[2]
# The private options the worker relies on were read in this version's source.
SNAPSHOT_PYODIDE = "314.0.7"
_STATUS = "#oih-tool-status"
_MARKS = """() => Object.fromEntries(performance.getEntriesByType("mark")
  .filter((mark) => mark.name.startsWith("oih:worker-")).map((mark) => [mark.name.slice(11), mark.startTime]))"""
_KEPT = "() => performance.getEntriesByName('oih:worker-snapshot-kept').length > 0"
# Every snapshot cache and its entries: headers, size, and a SHA-256 of the body checked here.
_SNAPSHOTS = """async () => {
  const found = {};
  for (const name of (await caches.keys()).filter((name) => name.startsWith("oih-snapshot-"))) {
    const cache = await caches.open(name);
    found[name] = [];
    for (const request of await cache.keys()) {
      const response = await cache.match(request);
      const body = await response.arrayBuffer();
      const sum = Array.from(new Uint8Array(await crypto.subtle.digest("SHA-256", body)),
        (byte) => byte.toString(16).padStart(2, "0")).join("");
      found[name].push({ url: request.url, headers: Object.fromEntries(response.headers), bytes: body.byteLength, sha256: sum });
    }
  }
  return found;
}"""
_FORGET_SNAPSHOTS = "async () => { for (const name of await caches.keys()) await caches.delete(name); }"
# Replaces the one snapshot's body (and maybe headers) by what `change` makes of it.
_DAMAGE = """async ([how, fixDigest]) => {
  const name = (await caches.keys()).find((name) => name.startsWith("oih-snapshot-"));
  const cache = await caches.open(name);
  const [request] = await cache.keys();
  const response = await cache.match(request);
  const headers = Object.fromEntries(response.headers);
  let body = new Uint8Array(await response.arrayBuffer());
  const pages = Math.ceil(Number(headers["x-oih-length"]) / 4096);
  if (how === "heap") body[body.length - 5000] ^= 0x5a;              // a byte of Python's memory
  if (how === "cut") body = body.subarray(0, body.length - 4096);     // a page lost
  if (how === "empty") body = new Uint8Array(0);
  if (how === "flag") body[pages - 1] = 2;                            // a page flag that is neither 0 nor 1
  if (how === "format") headers["x-oih-snapshot"] = "oih-0";
  if (how === "build-id") body[pages + 20] ^= 0xff;                   // inside Pyodide's own header
  if (fixDigest) {
    headers["x-oih-sha256"] = Array.from(new Uint8Array(await crypto.subtle.digest("SHA-256", body)),
      (byte) => byte.toString(16).padStart(2, "0")).join("");
  }
  await cache.put(request, new Response(body, { headers }));
  return headers["x-oih-sha256"];
}"""


@pytest.fixture
def context(browser: Browser) -> Iterator[BrowserContext]:
    """A new context: a first visit."""
    context = new_context(browser)
    install_worker_probe(context)
    yield context
    context.close()


@pytest.fixture(scope="module")
def repeat_visits(browser: Browser) -> Iterator[RepeatVisits]:
    """The module's repeat visits, with the worker probe in their context."""
    visits = RepeatVisits(browser, prepare=install_worker_probe)
    yield visits
    visits.close()


@pytest.fixture
def kept(repeat_page: Page, site_url: str) -> Page:
    """A repeat visit (``repeat_page``) on a device that keeps a good snapshot.

    The tests that damage, delete or reuse a snapshot start here, rather than
    each booting Python cold once more to make one; each leaves a good one
    behind. Only a visit that finds none makes one.
    """
    page = repeat_page
    page.goto(site_url)
    entries = [entry for entries in page.evaluate(_SNAPSHOTS).values() for entry in entries]
    if not (len(entries) == 1 and entries[0]["headers"]["x-oih-sha256"] == entries[0]["sha256"]):
        page.evaluate(_FORGET_SNAPSHOTS)
        _first_visit(page, site_url + "assessment/")
    return page


def _visit(page: Page, url: str) -> dict[str, float]:
    """Load the self-check until Python is ready; the worker's marks."""
    page.goto(url)
    wait_for(page, TOOL_READY)
    return page.evaluate(_MARKS)


def _first_visit(page: Page, url: str) -> dict[str, float]:
    marks = _visit(page, url)
    assert "python" in marks and "restored" not in marks, marks
    page.wait_for_function(_KEPT, timeout=60_000)
    return page.evaluate(_MARKS)


def _restored(marks: dict[str, float]) -> bool:
    return "restored" in marks and "python" not in marks and "snapshot-made" not in marks


def _call(page: Page, name: str, payload: Any) -> Any:
    return page.evaluate("([name, payload]) => window.oihPython.call(name, payload)", [name, payload])


def _cpython(name: str, payload: Any) -> Any:
    return json.loads(call_json(name, json.dumps(payload)))


def test_pyodide_is_the_version_whose_private_snapshot_options_the_worker_uses(built_site: Path) -> None:
    version = pinned_version(ROOT)
    assert version == SNAPSHOT_PYODIDE, (
        f"Pyodide is now {version}. The worker relies on its private _makeSnapshot, "
        "_loadSnapshot and makeMemorySnapshot (assessment-worker.js): read them in the new "
        "version, run tests/browser/test_snapshot.py, then update SNAPSHOT_PYODIDE."
    )
    assert Path(built_runtime_dir(built_site)).name.startswith(SNAPSHOT_PYODIDE + "-")


def test_a_second_visit_boots_from_the_snapshot_the_first_made(
    context: BrowserContext, site_url: str, built_site: Path
) -> None:
    page = context.new_page()
    requests: list[str] = []
    context.on("request", lambda request: requests.append(request.url))
    url = site_url + "assessment/"
    first = _first_visit(page, url)
    # Made on the device: the first visit asks the server for nothing more than before.
    assert not [request for request in requests if "snapshot" in request], requests
    # Made after the page was told Python is ready, before any call could reach Python.
    assert first["imported"] <= first["snapshot-made"] <= first["snapshot-kept"]
    [(name, entries)] = page.evaluate(_SNAPSHOTS).items()
    assert name == SNAPSHOT_PREFIX + Path(built_runtime_dir(built_site)).name
    [entry] = entries
    assert entry["headers"]["x-oih-sha256"] == entry["sha256"]
    length = int(entry["headers"]["x-oih-length"])
    # Pyodide's heap (30 MiB at the bridge's import) and its header; kept without its pages of zeros.
    assert 30 * 2**20 <= length and entry["bytes"] < length / 2, entry

    second = _visit(page, url)
    assert _restored(second), f"the second visit did not boot from the snapshot: {second}"
    cases = json.loads((ROOT / "tests" / "cases" / "published_cases.json").read_text(encoding="utf-8"))["cases"]
    payloads = [case["answers"] for case in cases] + [{}, {"duration": "forever"}]
    answers = page.evaluate(
        "async (payloads) => { const out = []; for (const p of payloads) out.push(await window.oihPython.call('assess', p)); return out; }",
        payloads,
    )
    assert answers == [_cpython("assess", payload) for payload in payloads]
    # The diary's modules were not imported before the snapshot: they come from the boot zip now,
    # so the restored worker's file system holds it.
    assert _call(page, "analyse_diary", sample_diary()) == _cpython("analyse_diary", sample_diary())
    assert page.evaluate(_SNAPSHOTS)[name] == entries, "a restored visit must not make a new snapshot"


def test_every_restored_visit_draws_its_own_random_numbers(kept: Page, site_url: str) -> None:
    page = kept
    url = site_url + "assessment/"
    draws = []
    for _ in range(2):
        assert _restored(_visit(page, url))
        draws.append(run_python(page, "import random\nrandom.getrandbits(64)"))
    assert draws[0] != draws[1], "random was not reseeded after a restore"


def test_a_missing_snapshot_boots_as_before_and_is_made_again(kept: Page, site_url: str) -> None:
    page = kept
    url = site_url + "assessment/"
    page.evaluate(_FORGET_SNAPSHOTS)
    marks = _first_visit(page, url)
    assert _call(page, "assess", {"pain_spread": "yes"}) == _cpython("assess", {"pain_spread": "yes"})
    assert "snapshot-kept" in marks
    assert _restored(_visit(page, url))


@pytest.mark.parametrize(
    ("how", "fix_digest"),
    [
        ("heap", False),  # a changed byte of Python's memory: the digest no longer matches
        ("cut", False),
        ("empty", False),
        ("format", False),  # from another version of the worker
        ("cut", True),  # the digest matches: the packing does not
        ("flag", True),
        ("build-id", True),  # passes our checks; Pyodide's restore refuses it
    ],
    ids=["heap", "cut", "empty", "format", "cut-digest-fixed", "flag-digest-fixed", "restore-fails"],
)
def test_a_damaged_snapshot_boots_as_before_and_is_replaced(
    kept: Page, site_url: str, how: str, fix_digest: bool
) -> None:
    page = kept
    url = site_url + "assessment/"
    damaged = page.evaluate(_DAMAGE, [how, fix_digest])

    marks = _first_visit(page, url)
    assert "python" in marks and "snapshot-kept" in marks, marks
    shown = page.locator(_STATUS).inner_text()
    assert _call(page, "assess", {"pain_spread": "yes"}) == _cpython("assess", {"pain_spread": "yes"})
    [[entry]] = page.evaluate(_SNAPSHOTS).values()
    assert entry["headers"]["x-oih-sha256"] == entry["sha256"] != damaged
    assert _restored(_visit(page, url))
    # The reader is told nothing of it: the page says what a restored visit says.
    assert shown == page.locator(_STATUS).inner_text()


# ---- No personal data in the snapshot, or anywhere in Cache Storage or IndexedDB ----

NOTE = "Snapshot-privacy-note 7f3a9c: knee worse after the dose went up"
# Searches every Cache Storage entry and every IndexedDB record for each needle (bytes);
# the names of what held a needle, and how many bytes were searched.
_SEARCH_STORAGE = """async (needles) => {
  const wanted = needles.map((hex) => Uint8Array.from(hex.match(/../g), (pair) => parseInt(pair, 16)));
  function holds(haystack, needle) {
    let at = haystack.indexOf(needle[0]);
    while (at !== -1 && at + needle.length <= haystack.length) {
      let all = true;
      for (let i = 1; i < needle.length; i++) if (haystack[at + i] !== needle[i]) { all = false; break; }
      if (all) return true;
      at = haystack.indexOf(needle[0], at + 1);
    }
    return false;
  }
  const found = [];
  let searched = 0;
  let snapshots = 0;
  function look(where, bytes) {
    searched += bytes.length;
    wanted.forEach((needle, index) => { if (holds(bytes, needle)) found.push(index + " in " + where); });
  }
  for (const name of await caches.keys()) {
    const cache = await caches.open(name);
    for (const request of await cache.keys()) {
      const response = await cache.match(request);
      if (name.startsWith("oih-snapshot-")) snapshots += 1;
      look(name + " " + request.url, new Uint8Array(await response.arrayBuffer()));
      look(name + " " + request.url + " (headers)", new TextEncoder().encode(JSON.stringify([...response.headers])));
    }
  }
  for (const info of await indexedDB.databases()) {
    const db = await new Promise((resolve, reject) => {
      const open = indexedDB.open(info.name);
      open.onsuccess = () => resolve(open.result);
      open.onerror = () => reject(open.error);
    });
    for (const store of db.objectStoreNames) {
      const records = await new Promise((resolve, reject) => {
        const all = db.transaction(store).objectStore(store).getAll();
        all.onsuccess = () => resolve(all.result);
        all.onerror = () => reject(all.error);
      });
      look("indexedDB " + info.name + "/" + store, new TextEncoder().encode(JSON.stringify(records)));
    }
    db.close();
  }
  return { found, searched, snapshots };
}"""


def _encodings(text: str) -> list[str]:
    # UTF-8 (and Latin-1, the same for this text) as the page and Python's compact strings
    # hold it; UTF-16 and UTF-32 as wider strings would.
    return [text.encode(encoding).hex() for encoding in ("utf-8", "utf-16-le", "utf-32-le")]


def test_no_personal_data_is_ever_in_cache_storage_or_indexeddb(browser: Browser, site_url: str) -> None:
    # As a reader would: the service worker on, the diary first (a note saved at
    # once, while the snapshot is being kept), then the self-check, then both again
    # from the snapshot.
    context = browser.new_context()
    try:
        page = context.new_page()
        errors: list[str] = []
        page.on("pageerror", lambda error: errors.append(str(error)))
        page.on("console", lambda message: message.type == "error" and errors.append(message.text))
        page.goto(site_url + DIARY_PAGE)
        wait_for(page, f"{REPORT}[data-state='ready']")
        page.click("label[for='diary-pain-7']")
        page.click("#diary-more summary")
        page.fill("#diary-note", NOTE)
        page.click("#diary-save")
        wait_for_report(page, "Saved")
        page.check("[data-diary-keep]")
        page.wait_for_function(_KEPT, timeout=60_000)

        page.goto(site_url + "assessment/")
        wait_for(page, TOOL_READY)
        assert _restored(page.evaluate(_MARKS))
        fill_form(page, {"pain_spread": "yes", "allodynia": ["light_touch"], "duration": "over_12_months"})
        submit_and_wait(page, TOOL_READY_TIMEOUT_MS)

        page.goto(site_url + DIARY_PAGE)
        wait_for(page, f"{REPORT}[data-state='ready']")
        page.wait_for_function("(note) => document.body.innerText.includes(note)", arg=NOTE, timeout=30_000)
        assert _restored(page.evaluate(_MARKS))
        page.wait_for_timeout(1000)

        # Control: the search finds what the snapshot does hold (the bridge's module name).
        control = "assessment._json_bridge"
        result = page.evaluate(_SEARCH_STORAGE, [*_encodings(NOTE), control.encode().hex()])
        assert result["snapshots"] == 1 and result["searched"] > 10_000_000, result
        assert [where for where in result["found"] if where.startswith("3 in oih-snapshot-")], result
        assert not [where for where in result["found"] if not where.startswith("3 in ")], result["found"]
        assert errors == []
    finally:
        context.close()
