"""Page helpers for the browser tests: the built pages, the self-check's form, storage probes."""

from __future__ import annotations

from collections.abc import Mapping
from pathlib import Path
from typing import Any

from playwright.sync_api import Page

from assessment import QUESTIONS

# Pyodide boots in a few seconds here; generous so a loaded CI machine does not flake.
TOOL_READY_TIMEOUT_MS = 90_000

TOOL_PAGE = "assessment/"
TOOL_READY = "#oih-tool[data-state='ready']"
RESULT_SHOWN = "#oih-result[data-pattern]:not([data-pattern=''])"


def built_pages(site: Path) -> list[str]:
    """Every HTML page of a built site, relative to it (the theme's assets left out)."""
    return sorted(
        path.relative_to(site).as_posix()
        for path in site.rglob("*.html")
        if not path.relative_to(site).as_posix().startswith("assets/")
    )


# ---- The self-check's form ---------------------------------------------------

_KINDS = {question.id: question.kind for question in QUESTIONS}


def fill_form(page: Page, answers: Mapping[str, Any]) -> None:
    """Answer the form as a person would: click labels, choose, type."""
    for question_id, value in answers.items():
        kind = _KINDS[question_id]
        if kind == "single":
            page.check(f"#q-{question_id}-{value}")
        elif kind == "multi":
            if not value:
                page.check(f"#q-{question_id}-none")
            for option_id in value:
                page.check(f"#q-{question_id}-{option_id}")
        elif kind == "areas":
            # On the drawing, as most people will; its checkboxes are folded away.
            for area_id in value:
                page.click(f"#q-{question_id} .oih-area[data-area='{area_id}']")
        else:
            for row, medicine in enumerate(value):
                page.select_option(f"#medications-{row}-opioid", medicine["opioid"])
                page.fill(f"#medications-{row}-daily_dose", str(medicine["daily_dose"]))


def submit_and_wait(page: Page, timeout_ms: int = TOOL_READY_TIMEOUT_MS) -> None:
    """Submit and wait until the result element carries a pattern."""
    page.click("#oih-submit")
    page.wait_for_selector(RESULT_SHOWN, timeout=timeout_ms)


# ---- Animations --------------------------------------------------------------

# Resolves once the page's finite animations have ended, or after limitMs, so
# a test measures what stays on screen (the theme fades its header title and
# skip link in and out).
SETTLE_ANIMATIONS = """async (limitMs) => {
  await new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(done)));
  const finite = document.getAnimations().filter(
    (a) => a.effect && a.effect.getComputedTiming().endTime !== Infinity);
  await Promise.race([
    Promise.all(finite.map((a) => a.finished.catch(() => null))),
    new Promise((done) => setTimeout(done, limitMs)),
  ]);
}"""


# ---- Storage -----------------------------------------------------------------

# Everything a page could keep about the reader, besides cookies.
STORED = """async () => ({
  local: Object.keys(localStorage),
  session: Object.keys(sessionStorage),
  indexedDB: (await indexedDB.databases()).map((db) => db.name),
})"""
NOTHING_STORED: dict[str, list[str]] = {"local": [], "session": [], "indexedDB": []}

# Empties what STORED reads, for a page shared between tests.
CLEAR_STORAGE = """async () => {
  localStorage.clear();
  sessionStorage.clear();
  for (const db of await indexedDB.databases()) indexedDB.deleteDatabase(db.name);
}"""
