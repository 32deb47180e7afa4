"""How the tool boots: from precompiled bytecode, while the form is already usable."""

from __future__ import annotations

import pytest
from playwright.sync_api import Page, Route

from tests.support.pages import RESULT_SHOWN, TOOL_READY, fill_form, wait_for

from .worker_probe import install_worker_probe, run_python

pytestmark = pytest.mark.browser

_STDLIB_ORIGINS = """
import sys
_zip = next(p for p in sys.path if p.endswith('.zip'))
sorted({m.__spec__.origin for m in list(sys.modules.values())
        if getattr(getattr(m, '__spec__', None), 'origin', None) and m.__spec__.origin.startswith(_zip)})
"""


def test_every_stdlib_module_comes_from_bytecode(page: Page, site_url: str) -> None:
    install_worker_probe(page)
    page.goto(site_url + "assessment/")
    wait_for(page, TOOL_READY)
    page.evaluate("() => window.oihSelfCheck.assess({pain_spread: 'yes', medications: [{opioid: 'morphine', daily_dose: 60}]})")
    origins = run_python(page, _STDLIB_ORIGINS)
    assert len(origins) > 50
    from_source = [origin for origin in origins if not origin.endswith(".pyc")]
    assert not from_source, f"compiled from source at boot: {from_source}"


def test_people_can_answer_and_submit_while_pyodide_boots(page: Page, site_url: str) -> None:
    held: list[Route] = []
    page.route("**/pyodide.asm.wasm", lambda route: held.append(route))
    page.goto(site_url + "assessment/")
    assert page.get_attribute("#oih-tool", "data-state") == "loading"
    fill_form(page, {"pain_spread": "yes", "allodynia": ["light_touch"]})
    page.click("#oih-submit")
    assert "as soon as the checker is ready" in page.locator(".oih-tool__status-text").inner_text()
    for _ in range(200):  # until Pyodide asks for its wasm, which is held back
        if held:
            break
        page.wait_for_timeout(50)
    assert held, "Pyodide never asked for its wasm"
    assert page.get_attribute("#oih-tool", "data-state") == "loading"
    assert page.locator("#oih-result").is_hidden()
    held[0].continue_()
    wait_for(page, RESULT_SHOWN)
