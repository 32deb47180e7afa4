"""Fixtures shared by every test folder: the project root and one fresh build of the site."""

from __future__ import annotations

from pathlib import Path

import pytest

from site_build.build import BuildFailed, build_site

ROOT = Path(__file__).resolve().parent.parent


@pytest.fixture(scope="session")
def project_root() -> Path:
    return ROOT


@pytest.fixture(scope="session")
def built_site(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The whole site built once per session from the current sources, in strict mode.

    Built here rather than reused from ``site/`` so a test can never pass
    against a stale build. Includes the offline copy's zip and the service worker.
    """
    site_dir = tmp_path_factory.mktemp("site")
    try:
        build_site(site_dir)
    except BuildFailed as error:
        pytest.fail(str(error))
    return site_dir
