"""Fixtures shared by every test folder: the project root and one fresh build of the site."""

from __future__ import annotations

import zipfile
from pathlib import Path

import pytest

from site_build.build import BuildFailed, build_site
from site_build.pages.downloads import ZIP_PATH
from site_build.publish.offline_copy import ZIP_FOLDER

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


@pytest.fixture(scope="session")
def offline_copy(built_site: Path, tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The offline zip the online site offers, unpacked as a student would; its folder."""
    target = tmp_path_factory.mktemp("unzipped")
    with zipfile.ZipFile(built_site / ZIP_PATH) as archive:
        archive.extractall(target)
    return target / ZIP_FOLDER
