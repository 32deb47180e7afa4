"""Diaries for the browser tests, and the steps every diary test takes."""

from __future__ import annotations

import json
import re
from datetime import date, timedelta
from pathlib import Path
from typing import Any

from playwright.sync_api import Page

from tests.support.pages import PALETTE_KEY, wait_for

from .conftest import TOOL_READY_TIMEOUT_MS

DIARY_PAGE = "diary/"
REPORT = "[data-diary-report]"
# The diary page's one message area for files and storage.
MESSAGE = "#oih-diary-message[role=alert]"
# A note that would run a script if it were ever shown as HTML.
HOSTILE_NOTE = '<img src="x" data-injected="1"> bold <b>text</b>'

STORED = f"""() => Object.keys(localStorage).filter((key) => !key.endsWith('{PALETTE_KEY}'))"""


def sample_diary() -> dict[str, Any]:
    """Eleven weeks on oxycodone: relief for a week after a rise, then more pain; two days missed."""
    first = date(2026, 1, 1)
    missed = {date(2026, 1, 5), date(2026, 1, 6)}
    days: list[dict[str, Any]] = []
    for offset in range(79):
        day = first + timedelta(days=offset)
        if day in missed:
            continue
        if day < date(2026, 2, 10):
            pain = 5
        elif day < date(2026, 2, 17):
            pain = 3
        elif day < date(2026, 2, 25):
            pain = 5
        else:
            pain = 7
        days.append({"date": day.isoformat(), "pain": pain, "withdrawal_signs": []})
    days[3]["note"] = HOSTILE_NOTE
    days[4]["withdrawal_signs"] = ["sweating", "yawning"]
    return {
        "version": 1,
        "doses": [
            {"from": "2026-01-01", "medications": [{"opioid": "oxycodone", "daily_dose": 40}]},
            {"from": "2026-02-10", "medications": [{"opioid": "oxycodone", "daily_dose": 60}]},
        ],
        "days": days,
    }


def write_json(folder: Path, name: str, diary: Any) -> Path:
    path = folder / name
    path.write_text(json.dumps(diary), encoding="utf-8")
    return path


def open_diary(page: Page, site_url: str) -> None:
    page.goto(site_url + DIARY_PAGE)
    wait_for(page, f"{REPORT}[data-state='ready']")


def import_file(page: Page, path: Path) -> None:
    """Open a diary file that is good, and wait for its report."""
    page.evaluate("() => { document.getElementById('diary-entry-status').textContent = ''; }")
    page.set_input_files("[data-diary-import]", str(path))
    wait_for_report(page, "Opened")


def open_sample(page: Page, site_url: str, folder: Path) -> None:
    """The diary page with the sample diary opened from a file and analysed."""
    open_diary(page, site_url)
    import_file(page, write_json(folder, "diary.json", sample_diary()))


def printed_pages(page: Page) -> int:
    """How many A4 pages the page prints to (print media must be on)."""
    return len(re.findall(rb"/Type\s*/Page[^s]", page.pdf(format="A4")))


def wait_for_report(page: Page, status_start: str) -> None:
    """Wait until the day form's status starts with ``status_start`` and that diary is analysed."""
    page.wait_for_function(
        """([selector, start]) => document.getElementById('diary-entry-status').textContent.startsWith(start)
            && document.querySelector(selector).hasAttribute('data-events')""",
        arg=[REPORT, status_start],
        timeout=TOOL_READY_TIMEOUT_MS,
    )


def shown_days(page: Page) -> list[str]:
    return page.locator("#diary-days [data-date]").evaluate_all("nodes => nodes.map(n => n.dataset.date)")


def stored_keys(page: Page) -> list[str]:
    return page.evaluate(STORED)


def kept_diary(page: Page) -> Any:
    text = page.evaluate("() => localStorage.getItem(window.oihDiaryStore.KEY)")
    return None if text is None else json.loads(text)
