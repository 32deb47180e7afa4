"""Fixtures shared by every test folder: the project root and one fresh build of the site.

Tests are marked by what they need, from the fixtures they ask for (directly or
through other fixtures), so a mark cannot drift from the code:

- ``site``: the built site (``built_site``, ``offline_copy``, ``site_url``);
- ``browser``: Debian's Chromium (the ``browser`` fixture and those built on
  it), and everything in tests/browser/.

``make check`` runs ``pytest -m "not browser and not site"``.
"""

from __future__ import annotations

import zipfile
from collections.abc import Iterator
from pathlib import Path

import pytest

# The support package's helpers assert too: show their values on failure.
pytest.register_assert_rewrite("tests.support")

from site_build.pages.downloads import ZIP_PATH  # noqa: E402
from site_build.publish.offline_copy import ZIP_FOLDER  # noqa: E402
from site_build.runtime.catalog import compile_catalogs  # noqa: E402
from tests.support.building import BackgroundBuild, let_the_build_go_first  # noqa: E402

ROOT = Path(__file__).resolve().parent.parent


def pytest_configure(config: pytest.Config) -> None:
    # The engine reads each language's catalog from a module the build
    # compiles; tests that never build the site need it too.
    compile_catalogs(ROOT)
BROWSER_TESTS = ROOT / "tests" / "browser"

# A test that asks for one of these (or for a fixture that does) gets the mark.
SITE_FIXTURES = frozenset({"built_site", "offline_copy"})
BROWSER_FIXTURES = frozenset({"browser"})


def pytest_collection_modifyitems(items: list[pytest.Item]) -> None:
    for item in items:
        needs = set(getattr(item, "fixturenames", ()))
        if needs & SITE_FIXTURES:
            item.add_marker(pytest.mark.site)
        if needs & BROWSER_FIXTURES or item.path.is_relative_to(BROWSER_TESTS):
            item.add_marker(pytest.mark.browser)
    # Every test that needs neither the site nor a browser runs first, while
    # the site builds beside them (building.py); the others keep their order.
    items.sort(key=needs_the_site_or_a_browser)


def needs_the_site_or_a_browser(item: pytest.Item) -> bool:
    return item.get_closest_marker("site") is not None or item.get_closest_marker("browser") is not None


@pytest.fixture(scope="session")
def project_root() -> Path:
    return ROOT


@pytest.fixture(scope="session", autouse=True)
def site_build_started(request: pytest.FixtureRequest, tmp_path_factory: pytest.TempPathFactory) -> Iterator[BackgroundBuild | None]:
    """The site's build, started with the session's first test when any selected test needs the site.

    It overlaps the tests that do not (tests/support/building.py); ``built_site`` waits for it.
    """
    if not any(item.get_closest_marker("site") for item in request.session.items):
        yield None
        return
    build = BackgroundBuild(tmp_path_factory.mktemp("site"))
    let_the_build_go_first()
    yield build
    build.stop()


@pytest.fixture(scope="session")
def built_site(site_build_started: BackgroundBuild | None, tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The whole site built once per session from the current sources, in strict mode.

    Built here rather than reused from ``site/`` so a test can never pass
    against a stale build. Includes the offline copy's zip and the service worker.
    """
    build = site_build_started or BackgroundBuild(tmp_path_factory.mktemp("site"))
    failed = build.wait()
    if failed is not None:
        pytest.fail(f"the site's build failed:\n{failed}")
    return build.site_dir


@pytest.fixture(scope="session")
def offline_copy(built_site: Path, tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The offline zip the online site offers, unpacked as a student would; its folder."""
    target = tmp_path_factory.mktemp("unzipped")
    with zipfile.ZipFile(built_site / ZIP_PATH) as archive:
        archive.extractall(target)
    return target / ZIP_FOLDER
