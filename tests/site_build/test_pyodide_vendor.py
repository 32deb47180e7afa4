from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest

from site_build.pyodide_vendor import RUNTIME_FILES, PyodideMissing, pinned_version, vendor_pyodide

ROOT = Path(__file__).resolve().parents[2]


def test_the_pinned_version_is_314_0_7_with_integrity() -> None:
    lock = json.loads((ROOT / "package-lock.json").read_text())
    entry = lock["packages"]["node_modules/pyodide"]
    assert pinned_version(ROOT) == "314.0.7"
    assert entry["integrity"].startswith("sha512-")


def test_vendoring_copies_only_the_runtime(tmp_path: Path) -> None:
    copied = vendor_pyodide(ROOT, tmp_path)
    assert sorted(p.name for p in copied) == sorted(RUNTIME_FILES)
    assert not list(tmp_path.glob("*.map"))


def test_a_missing_or_wrong_install_is_a_clear_error(tmp_path: Path) -> None:
    shutil.copy(ROOT / "package-lock.json", tmp_path / "package-lock.json")
    with pytest.raises(PyodideMissing, match="npm ci"):
        vendor_pyodide(tmp_path, tmp_path / "out")
    fake = tmp_path / "node_modules" / "pyodide"
    fake.mkdir(parents=True)
    (fake / "package.json").write_text('{"version": "0.1.0"}')
    with pytest.raises(PyodideMissing, match="314.0.7"):
        vendor_pyodide(tmp_path, tmp_path / "out")
