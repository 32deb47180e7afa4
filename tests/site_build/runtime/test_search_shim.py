from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from site_build.runtime.search_shim import SHIM_PATH, ShimMissing, vendor_search_shim

ROOT = Path(__file__).resolve().parents[3]


@pytest.fixture
def fake_root(tmp_path: Path) -> Path:
    root = tmp_path / "project"
    root.mkdir()
    shutil.copy(ROOT / "package-lock.json", root / "package-lock.json")
    return root


def test_the_pinned_shim_is_copied(tmp_path: Path) -> None:
    target = vendor_search_shim(ROOT, tmp_path)
    assert target == tmp_path / SHIM_PATH
    assert target.read_bytes() == (ROOT / "node_modules" / "iframe-worker" / "shim" / "index.js").read_bytes()


def test_a_missing_package_asks_for_npm_ci(fake_root: Path, tmp_path: Path) -> None:
    with pytest.raises(ShimMissing, match="npm ci"):
        vendor_search_shim(fake_root, tmp_path / "site")
    assert not (tmp_path / "site" / SHIM_PATH).exists()


def test_a_wrong_version_names_both_versions_and_asks_for_npm_ci(fake_root: Path, tmp_path: Path) -> None:
    package = fake_root / "node_modules" / "iframe-worker"
    (package / "shim").mkdir(parents=True)
    (package / "package.json").write_text('{"version": "0.0.1"}')
    (package / "shim" / "index.js").write_text("// wrong")
    with pytest.raises(ShimMissing, match=r"iframe-worker 0\.0\.1.*pins 1\.0\.4.*npm ci"):
        vendor_search_shim(fake_root, tmp_path / "site")
    assert not (tmp_path / "site" / SHIM_PATH).exists()
