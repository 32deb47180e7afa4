"""The site through nginx with the production headers (``make serve-prod``'s config).

Checks the headers on every kind of file, that the self-check works under
them, and that another site cannot frame a page.
"""

from __future__ import annotations

import urllib.error
import urllib.request
from collections.abc import Iterator
from pathlib import Path

import pytest
from playwright.sync_api import Browser, Page

from assessment import assess
from site_build.publish import headers
from site_build.publish.serve import serve_in_background
from site_build.publish.serve_prod import start_in_background, stop
from tests.support.pages import TOOL_READY_TIMEOUT_MS, fill_form, submit_and_wait

pytestmark = pytest.mark.browser
ROOT = Path(__file__).resolve().parents[2]


@pytest.fixture(scope="module")
def prod_url(built_site: Path) -> Iterator[str]:
    process, url, runtime_dir = start_in_background(built_site)
    yield url
    stop(process, runtime_dir)


def _get(url: str, encoding: str = "br, gzip") -> tuple[int, dict[str, str], bytes]:
    request = urllib.request.Request(url, headers={"Accept-Encoding": encoding})
    try:
        with urllib.request.urlopen(request) as response:
            return response.status, dict(response.headers), response.read()
    except urllib.error.HTTPError as error:
        return error.code, dict(error.headers), error.read()


def _one_file(built_site: Path, pattern: str) -> str:
    matches = sorted(p.relative_to(built_site).as_posix() for p in built_site.glob(pattern))
    assert matches, pattern
    return matches[0]


KINDS = {
    # kind: (glob in the built site, expected Content-Type prefix, compressed?)
    "page": ("what-is-oih/index.html", "text/html", True),
    "our script": ("assets/javascripts/assessment-tool.js", "application/javascript", True),
    "hashed script": ("assets/javascripts/bundle.*.min.js", "application/javascript", True),
    "hashed style": ("assets/stylesheets/main.*.min.css", "text/css", True),
    "wasm": ("assets/pyodide/*/pyodide.asm.wasm", "application/wasm", True),
    "worker runtime": ("assets/pyodide/*/pyodide.asm.js", "application/javascript", True),
    "worker": ("assets/javascripts/assessment-worker.js", "application/javascript", True),
    "boot zip": ("assets/pyodide/*/python_stdlib.pyc.zip", "application/zip", True),
    "offline zip": ("downloads/oih-guide-offline.zip", "application/zip", False),
    "service worker": ("sw.js", "application/javascript", True),
    "manifest": ("manifest.webmanifest", "application/manifest+json", True),
    "icon": ("assets/images/icon-*.png", "image/png", False),
}


@pytest.mark.parametrize("kind", sorted(KINDS))
def test_every_kind_of_file_gets_the_policy(kind: str, built_site: Path, prod_url: str) -> None:
    pattern, content_type, compressed = KINDS[kind]
    path = _one_file(built_site, pattern)
    status, sent, body = _get(prod_url + path)
    assert status == 200, path
    assert sent["Content-Type"].startswith(content_type), (path, sent["Content-Type"])
    for name, value in headers.security_headers(ROOT).items():
        assert sent.get(name) == value, (path, name)
    assert sent["Cache-Control"] == headers.cache_control(path), path
    if compressed:
        assert sent.get("Content-Encoding") == "br", path
        assert body == (built_site / (path + ".br")).read_bytes()
        _, gzip_sent, _ = _get(prod_url + path, encoding="gzip")
        assert gzip_sent.get("Content-Encoding") == "gzip", path
    else:
        assert "Content-Encoding" not in sent, path


def test_folder_urls_and_missing_pages_keep_the_headers(prod_url: str) -> None:
    status, sent, body = _get(prod_url + "what-is-oih/")
    assert status == 200 and sent["Cache-Control"] == "no-cache"
    status, sent, body = _get(prod_url + "no-such-page/", encoding="identity")
    assert status == 404
    assert b'<html lang="en"' in body
    assert sent["Content-Security-Policy"].endswith("frame-ancestors 'none'")
    # A missing Spanish address gets the Spanish edition's own not-found page.
    status, sent, body = _get(prod_url + "es/no-such-page/", encoding="identity")
    assert status == 404
    assert b'<html lang="es"' in body and "Página no encontrada".encode() in body
    assert sent["Content-Security-Policy"].endswith("frame-ancestors 'none'")


def test_the_self_check_works_under_the_production_headers(page: Page, prod_url: str) -> None:
    problems: list[str] = []
    page.on("console", lambda message: message.type == "error" and problems.append(message.text))
    page.on("requestfailed", lambda request: problems.append(f"failed: {request.url}"))
    answers = {"duration": "over_12_months", "dose_trend": "increased", "pain_trend": "worse",
               "after_increase": "brief_relief_then_worse", "pain_spread": "yes", "new_pain_quality": "yes"}
    page.goto(prod_url + "assessment/")
    fill_form(page, answers)
    submit_and_wait(page, TOOL_READY_TIMEOUT_MS)
    assert page.get_attribute("#oih-result", "data-pattern") == assess(answers).pattern
    assert problems == []


def test_another_site_cannot_frame_a_page(browser: Browser, prod_url: str, tmp_path: Path) -> None:
    (tmp_path / "index.html").write_text(
        f'<!doctype html><title>framer</title><iframe src="{prod_url}assessment/"></iframe>'
    )
    server, other_origin = serve_in_background(tmp_path)
    context = browser.new_context()
    try:
        framer = context.new_page()
        refusals: list[str] = []
        framer.on("console", lambda message: "frame-ancestors" in message.text and refusals.append(message.text))
        framer.goto(other_origin)
        framer.wait_for_timeout(500)
        child = [frame for frame in framer.frames if frame != framer.main_frame]
        assert child, "the iframe was not created"
        assert child[0].url != f"{prod_url}assessment/" or not child[0].query_selector("#oih-form")
        assert refusals, "Chromium did not report the frame-ancestors refusal"
    finally:
        context.close()
        server.shutdown()
