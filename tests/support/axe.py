"""axe-core in the page: run it over the whole document, in one palette or both.

axe-core (pinned in package.json) runs the WCAG 2.0/2.1/2.2 A and AA rules and
its best practices. The site's Content-Security-Policy forbids inline scripts,
so axe cannot be pasted into the page (``add_script_tag(path=...)`` inlines
it); instead the tests' loopback server answers one same-origin URL,
AXE_URL_PATH, with node_modules/axe-core/axe.min.js (``AXE_FILES``, given to
the server by the ``site_url`` fixture in tests/browser/conftest.py), and the
page loads it like its own script, with the policy still in force. Served,
not routed: the browser caches and compiles it once per tab, as it would a
file of the site.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
from playwright.sync_api import Page, Route

from .pages import SETTLE_ANIMATIONS, wait_for

ROOT = Path(__file__).resolve().parents[2]
AXE_SOURCE = ROOT / "node_modules" / "axe-core" / "axe.min.js"
# Not a file of the site: the tests' server answers it (AXE_FILES).
AXE_URL_PATH = "__test-only__/axe.min.js"
AXE_FILES = {AXE_URL_PATH: AXE_SOURCE}
AXE_TAGS = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa", "best-practice"]
PALETTES = ("default", "slate")  # the theme's names for light and dark
# The rules a change of palette can break: it changes colours and nothing
# else (theme-palette.js switches the theme's colour variables).
COLOUR_RULES = ["color-contrast", "link-in-text-block"]


def _format(violation: dict[str, Any], where: str) -> str:
    lines = [f"{where}: {violation['id']} ({violation['impact']}): {violation['help']} <{violation['helpUrl']}>"]
    for node in violation["nodes"]:
        summary = " ".join(node.get("failureSummary", "").split())
        lines.append(f"    at {' '.join(map(str, node['target']))}: {summary}")
    return "\n".join(lines)


def axe_problems(page: Page, site_url: str, where: str, rules: list[str] | None = None) -> list[str]:
    """Run axe-core on the whole document; one formatted entry per violated rule.

    Every rule of AXE_TAGS, or only ``rules`` when given.
    """
    if not page.evaluate("typeof window.axe === 'object'"):
        if not AXE_SOURCE.is_file():
            pytest.fail(f"{AXE_SOURCE} is missing: run `npm ci` (axe-core is a devDependency)")
        page.add_script_tag(url=site_url + AXE_URL_PATH)
    result = page.evaluate(
        """async ([tags, rules]) => {
            // Transitions end first (the theme fades the header title on
            // scroll), so contrast is measured on what stays on screen.
            await ("""
        + SETTLE_ANIMATIONS
        + """)();
            // The theme draws the scroll shadows of wide tables as background
            // gradients, which axe cannot see through: it would leave every
            // table cell's contrast unchecked ("incomplete"). The shadows only
            // shade the edges, so lift them while axe measures.
            const wraps = [...document.querySelectorAll(".md-typeset__scrollwrap")];
            wraps.forEach((wrap) => { wrap.style.backgroundImage = "none"; });
            try {
              const runOnly = rules ? {type: "rule", values: rules} : {type: "tag", values: tags};
              return await axe.run(document, {runOnly, resultTypes: ["violations"]});
            } finally {
              wraps.forEach((wrap) => { wrap.style.backgroundImage = ""; });
            }
        }""",
        [AXE_TAGS, rules],
    )
    return [_format(violation, where) for violation in result["violations"]]


def palette(page: Page) -> str:
    return page.evaluate("document.body.getAttribute('data-md-color-scheme')")


def toggle_palette(page: Page) -> str:
    """Switch palette with the header's own toggle; return the new scheme."""
    before = palette(page)
    # Only the toggle to the other palette is shown; theme-palette.js unhides it.
    page.locator("[data-oih-palette] label:not([hidden])").click()
    after = "slate" if before == "default" else "default"
    wait_for(page, f"body[data-md-color-scheme='{after}']", 5_000)
    return after


def axe_both_palettes(
    page: Page, site_url: str, where: str, before_toggle: Callable[[], None] = lambda: None
) -> list[str]:
    """Every rule in the palette the page shows now, then the colour rules in the other one.

    ``before_toggle`` runs between the two, for a check that must see the
    page before the toggle saves the reader's choice. Leaves the page in the
    other palette; each finding names its palette.
    """
    first = palette(page)
    assert first in PALETTES, f"{where}: unknown palette {first!r}"
    problems = axe_problems(page, site_url, f"{where} [{first}]")
    before_toggle()
    second = toggle_palette(page)
    problems += axe_problems(page, site_url, f"{where} [{second}]", COLOUR_RULES)
    return problems


def hold_route(held: list[Route]) -> Callable[[Route], None]:
    """A route handler that never answers, so the download hangs."""

    def hold(route: Route) -> None:
        held.append(route)

    return hold


def report(problems: list[str]) -> str:
    return f"{len(problems)} accessibility problem(s):\n" + "\n".join(problems)
