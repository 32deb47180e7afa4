from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest

from site_build.runtime.pyodide_vendor import (
    RUNTIME_FILES,
    PyodideMissing,
    pinned_version,
    vendor_pyodide,
    without_shared_memory,
)

ROOT = Path(__file__).resolve().parents[3]


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


def test_the_vendored_module_makes_no_shared_memory_unless_isolated(tmp_path: Path) -> None:
    vendor_pyodide(ROOT, tmp_path)
    text = (tmp_path / "pyodide.asm.mjs").read_text()
    assert "globalThis.crossOriginIsolated?new WebAssembly.Memory({shared:!0" in text
    assert text.count("shared:!0") == 1


def test_an_unexpected_module_fails_the_build() -> None:
    with pytest.raises(PyodideMissing, match="sleep buffer"):
        without_shared_memory("export default function(){}")
