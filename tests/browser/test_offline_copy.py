"""The offline copy, unzipped and opened from disk: navigation, search and the tool, with no network."""

from __future__ import annotations

import zipfile
from collections.abc import Iterator
from pathlib import Path

import pytest
from playwright.sync_api import Browser, BrowserContext, Page

from site_build.pages.downloads import ZIP_PATH
from site_build.publish.offline_copy import ZIP_FOLDER
from tests.support.pages import TOOL_READY, TOOL_READY_TIMEOUT_MS, fill_form, submit_and_wait, wait_for

pytestmark = pytest.mark.browser


class _Network:
    """Every request the browser makes that is not a local file."""

    def __init__(self) -> None:
        self.outside: list[str] = []

    def watch(self, context: BrowserContext) -> None:
        context.on(
            "request",
            lambda request: request.url.startswith(("http:", "https:")) and self.outside.append(request.url),
        )


@pytest.fixture
def network() -> _Network:
    return _Network()


@pytest.fixture
def disk_page(browser: Browser, network: _Network) -> Iterator[Page]:
    context = browser.new_context()
    network.watch(context)
    page = context.new_page()
    errors: list[str] = []
    page.on("pageerror", lambda error: errors.append(str(error)))
    yield page
    context.close()
    assert not network.outside, f"requests left the device: {network.outside}"
    assert not errors, f"page errors: {errors}"


def test_the_zip_unpacks_to_one_folder_with_a_readme(built_site: Path) -> None:
    with zipfile.ZipFile(built_site / ZIP_PATH) as archive:
        names = archive.namelist()
    assert {name.split("/")[0] for name in names} == {ZIP_FOLDER}
    assert f"{ZIP_FOLDER}/index.html" in names and f"{ZIP_FOLDER}/README.txt" in names
    assert f"{ZIP_FOLDER}/assessment.html" in names  # page files, not folders: they open from disk
    assert not [name for name in names if name.endswith((".map", ".wasm", ".mjs"))]


def test_pages_link_to_each_other_from_disk(disk_page: Page, offline_copy: Path) -> None:
    disk_page.goto((offline_copy / "index.html").as_uri())
    disk_page.get_by_role("link", name="My pain is getting worse on opioids").click()
    assert disk_page.url.endswith("/what-is-oih.html")
    assert "What is" in disk_page.locator("h1").inner_text()
    disk_page.goto((offline_copy / "students" / "index.html").as_uri())
    disk_page.locator(".md-content a[href$='mechanisms.html']").first.click()
    assert disk_page.url.endswith("/students/mechanisms.html")


def test_the_copy_says_it_is_the_copy(disk_page: Page, offline_copy: Path) -> None:
    disk_page.goto((offline_copy / "students" / "index.html").as_uri())
    assert "You are reading the offline copy" in disk_page.locator(".oih-download").inner_text()
    assert disk_page.locator("a[href$='.zip']").count() == 0


def test_search_finds_pages_from_disk(disk_page: Page, offline_copy: Path) -> None:
    disk_page.goto((offline_copy / "index.html").as_uri())
    disk_page.locator(".md-search__input").click(force=True)
    # Typed key by key: the theme searches on key events, which fill() does not send.
    disk_page.locator(".md-search__input").press_sequentially("allodynia", delay=30)
    results = disk_page.locator(".md-search-result__item")
    results.first.wait_for(timeout=15_000)
    assert results.count() >= 1
    results.first.locator("a").first.click()
    assert disk_page.url.startswith("file://") and ".html" in disk_page.url


def test_the_tool_gives_a_result_from_disk(disk_page: Page, offline_copy: Path) -> None:
    disk_page.goto((offline_copy / "assessment.html").as_uri())
    wait_for(disk_page, TOOL_READY)
    fill_form(disk_page, {"pain_spread": "yes", "allodynia": ["light_touch"], "after_increase": "worse"})
    submit_and_wait(disk_page, TOOL_READY_TIMEOUT_MS)
    assert disk_page.get_attribute("#oih-result", "data-pattern") in {"oih", "mixed", "unclear"}
    assert disk_page.locator(".oih-reason").count() >= 1
    # From disk too, Python runs off the main thread: in a worker made from a blob: of the embedded
    # scripts. Pyodide is loaded there, and never in the page.
    workers = [worker for worker in disk_page.workers if worker.url.startswith("blob:")]
    assert len(workers) == 1
    assert workers[0].evaluate("() => [self.constructor.name, typeof self.loadPyodide]") == [
        "DedicatedWorkerGlobalScope", "function"]
    assert disk_page.evaluate("() => typeof window.loadPyodide") == "undefined"


def test_the_body_map_works_from_disk(disk_page: Page, offline_copy: Path) -> None:
    disk_page.goto((offline_copy / "assessment.html").as_uri())
    wait_for(disk_page, TOOL_READY)
    disk_page.click("#q-pain_areas_first .oih-area[data-area='left_lower_back']")
    disk_page.click("#q-pain_areas_now .oih-area[data-area='left_lower_back']")
    disk_page.click("#q-pain_areas_now .oih-area[data-area='left_thigh']")
    assert disk_page.is_checked("#q-pain_areas_now-left_thigh")
    submit_and_wait(disk_page, TOOL_READY_TIMEOUT_MS)
    assert "1 new place: left thigh" in disk_page.inner_text("#oih-result [data-rule='pain-spread']")
    assert disk_page.locator(".oih-result__body-map figure").count() == 2
    assert disk_page.locator(".oih-result__body-map figure[data-map='now'] .is-new").count() == 1


def test_the_diary_works_from_disk(disk_page: Page, offline_copy: Path, tmp_path: Path) -> None:
    from .diary_helpers import REPORT, import_file, sample_diary, write_json

    disk_page.goto((offline_copy / "diary.html").as_uri())
    wait_for(disk_page, f"{REPORT}[data-state='ready']")
    import_file(disk_page, write_json(tmp_path, "diary.json", sample_diary()))
    assert int(disk_page.get_attribute(REPORT, "data-events") or "0") >= 1
    assert disk_page.locator(f"{REPORT} svg").count() == 1
    # Kept from disk too: the next visit to the copy finds it.
    disk_page.check("[data-diary-keep]")
    disk_page.reload()
    wait_for(disk_page, f"{REPORT}[data-events]")
    assert disk_page.is_checked("[data-diary-keep]")
