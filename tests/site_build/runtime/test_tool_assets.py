"""The runtime's versioned folder in the built site: named by the Pyodide version and its files' hash."""

from __future__ import annotations

import hashlib
import re
from pathlib import Path

import pytest

from site_build.publish.service_worker import SERVICE_WORKER, listed_files
from site_build.runtime.pyc_stdlib import STDLIB_NAME
from site_build.runtime.pyodide_vendor import pinned_version
from site_build.runtime.tool_assets import PYODIDE_ROOT, RUNTIME_FILE, built_runtime_dir

ROOT = Path(__file__).resolve().parents[3]


def _hash_of(files: list[Path]) -> str:
    digest = hashlib.sha256()
    for path in sorted(files):
        digest.update(path.name.encode() + b"\0" + hashlib.sha256(path.read_bytes()).digest())
    return digest.hexdigest()[:10]


def test_the_runtime_folder_is_named_by_version_and_content(built_site: Path) -> None:
    runtime = built_runtime_dir(built_site)
    version, _, digest = runtime.removeprefix(PYODIDE_ROOT + "/").rpartition("-")
    assert version == pinned_version(ROOT)
    # The .br and .gz copies are written after the name is chosen; the name hashes the files themselves.
    originals = [path for path in (built_site / runtime).iterdir() if path.suffix not in (".br", ".gz")]
    assert digest == _hash_of(originals)


def test_every_runtime_file_is_in_the_versioned_folder(built_site: Path) -> None:
    runtime = built_runtime_dir(built_site)
    files = [p.relative_to(built_site).as_posix() for p in (built_site / PYODIDE_ROOT).rglob("*") if p.is_file()]
    assert f"{runtime}/{STDLIB_NAME}" in files and f"{runtime}/pyodide.asm.wasm" in files
    assert all(RUNTIME_FILE.search(path) for path in files), files


def test_the_pages_and_the_service_worker_point_into_it(built_site: Path) -> None:
    runtime = built_runtime_dir(built_site)
    page = (built_site / "assessment" / "index.html").read_text(encoding="utf-8")
    assert f'data-pyodide-base="../{runtime}/"' in page
    assert f'data-stdlib-url="../{runtime}/{STDLIB_NAME}"' in page
    tool_files = listed_files((built_site / SERVICE_WORKER).read_text(encoding="utf-8"), "TOOL_FILES")
    assert tool_files and all(path.startswith(runtime + "/") for path in tool_files)


def test_the_offline_copy_boots_from_its_own_versioned_folder(offline_copy: Path) -> None:
    runtime = built_runtime_dir(offline_copy)
    assert re.fullmatch(rf"{PYODIDE_ROOT}/[0-9.]+-[0-9a-f]{{10}}", runtime)
    assert (offline_copy / runtime / "pyodide.asm.wasm.js").is_file()
    page = (offline_copy / "assessment.html").read_text(encoding="utf-8")
    assert f'data-pyodide-base="{runtime}/"' in page


def test_a_site_without_one_runtime_folder_is_named_clearly(tmp_path: Path) -> None:
    (tmp_path / PYODIDE_ROOT / "a").mkdir(parents=True)
    (tmp_path / PYODIDE_ROOT / "b").mkdir()
    with pytest.raises(FileNotFoundError, match="found 2"):
        built_runtime_dir(tmp_path)
