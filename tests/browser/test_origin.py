"""Every built page loads with no request to another origin, no console error and no cookie."""

from __future__ import annotations

from pathlib import Path
from urllib.parse import urlsplit

import pytest
from playwright.sync_api import Browser

from .conftest import TOOL_READY_TIMEOUT_MS

pytestmark = pytest.mark.browser


def built_pages(site: Path) -> list[str]:
    return sorted(
        path.relative_to(site).as_posix()
        for path in site.rglob("*.html")
        if not path.relative_to(site).as_posix().startswith("assets/")
    )


def test_every_page_stays_on_its_origin(browser: Browser, built_site: Path, site_url: str) -> None:
    origin = urlsplit(site_url)[:2]
    pages = built_pages(built_site)
    assert "assessment/index.html" in pages and len(pages) > 5
    problems: list[str] = []
    for relative in pages:
        context = browser.new_context()
        page = context.new_page()
        page.on(
            "request",
            lambda request, relative=relative: (
                urlsplit(request.url)[:2] != origin
                and not request.url.startswith(("data:", "blob:"))
                and problems.append(f"{relative}: request to {request.url}")
            ),
        )
        page.on(
            "console",
            lambda message, relative=relative: message.type == "error"
            and problems.append(f"{relative}: console error: {message.text}"),
        )
        page.on("pageerror", lambda error, relative=relative: problems.append(f"{relative}: {error}"))
        url = site_url + relative.removesuffix("index.html")
        response = page.goto(url)
        if relative != "404.html":
            assert response is not None and response.ok, f"{url} answered {response and response.status}"
        if relative == "assessment/index.html":
            page.wait_for_selector("#oih-tool[data-state='ready']", timeout=TOOL_READY_TIMEOUT_MS)
        else:
            page.wait_for_load_state("networkidle")
        if context.cookies():
            problems.append(f"{relative}: set cookies {context.cookies()}")
        context.close()
    assert not problems, "\n".join(problems)


def test_only_the_tool_page_loads_pyodide(browser: Browser, site_url: str) -> None:
    context = browser.new_context()
    page = context.new_page()
    requested: list[str] = []
    page.on("request", lambda request: requested.append(request.url))
    page.goto(site_url)
    page.wait_for_load_state("networkidle")
    context.close()
    assert not [url for url in requested if "pyodide" in url or url.endswith(".whl")]
