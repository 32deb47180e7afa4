"""Fill the self-check form in a browser from a contract answers mapping."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from playwright.sync_api import Page

from assessment import QUESTIONS

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


def submit_and_wait(page: Page, timeout_ms: int) -> None:
    """Submit and wait until the result element carries a pattern."""
    page.click("#oih-submit")
    page.wait_for_selector("#oih-result[data-pattern]:not([data-pattern=''])", timeout=timeout_ms)
