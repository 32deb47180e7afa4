"""The boot zip's stage: the precompiled stdlib and the package, made under Node by the pinned Pyodide.

Booting Pyodide under Node takes 3 to 7 s here, and the site's build (which
runs beside the tests, tests/support/building.py) has made the same zip for
the same inputs by the time this module runs. So the module's build starts
from the entry the site's build left in ``.cache/pyc-stdlib``, copied into a
cache of its own, and boots Node only when there is none (``make check``
on a fresh clone). The cache's key covers every input, Node's driver included.
"""

from __future__ import annotations

import ast
import json
import shutil
import zipfile
from dataclasses import dataclass
from pathlib import Path

import pytest

from site_build.runtime import pyc_stdlib, pyc_stdlib_pyodide
from site_build.runtime.pyc_stdlib import StdlibBuildFailed, build_pyc_stdlib, cache_entry
from site_build.runtime.tool_assets import ASSESSMENT_VERSION
from site_build.runtime.wheel import build_wheel

ROOT = Path(__file__).resolve().parents[3]
PYODIDE_DIR = ROOT / "node_modules" / "pyodide"
# Where the site's build keeps its boot zips (site_build/runtime/tool_assets.py).
BUILD_CACHE = ROOT / ".cache" / "pyc-stdlib"

pytestmark = pytest.mark.skipif(
    shutil.which("node") is None or not (PYODIDE_DIR / "pyodide.mjs").exists(),
    reason="needs node and node_modules/pyodide (npm ci)",
)


@dataclass(frozen=True)
class Build:
    wheel: Path
    out: Path
    cache_dir: Path
    report: dict


@pytest.fixture(scope="module")
def build(tmp_path_factory: pytest.TempPathFactory) -> Build:
    work = tmp_path_factory.mktemp("pyc_stdlib")
    wheel = build_wheel(ROOT / "assessment", work / "wheel", ASSESSMENT_VERSION)
    cache_dir = work / "cache"
    _copy_the_site_builds_entry(wheel, cache_dir)
    out = work / "out" / "python_stdlib.pyc.zip"
    report = build_pyc_stdlib(PYODIDE_DIR, wheel, out, cache_dir=cache_dir)
    return Build(wheel, out, cache_dir, report)


def _copy_the_site_builds_entry(wheel: Path, cache_dir: Path) -> None:
    """The site build's zip and report for this wheel, when it has finished writing both."""
    cache_dir.mkdir(parents=True)
    zip_file, report = cache_entry(PYODIDE_DIR, wheel, BUILD_CACHE)
    try:
        json.loads(report.read_text(encoding="utf-8"))  # written after the zip: whole once it parses
        for path in (zip_file, report):
            shutil.copyfile(path, cache_dir / path.name)
    except (OSError, ValueError):
        for path in (zip_file, report):
            (cache_dir / path.name).unlink(missing_ok=True)


def _entries(path: Path) -> dict[str, bytes]:
    with zipfile.ZipFile(path) as archive:
        return {name: archive.read(name) for name in archive.namelist()}


def test_every_entry_is_bytecode(build: Build) -> None:
    names = list(_entries(build.out))
    assert names
    assert [name for name in names if not name.endswith(".pyc")] == []


def test_every_pyc_is_unchecked_hash_based(build: Build) -> None:
    flags = {name: int.from_bytes(data[4:8], "little") for name, data in _entries(build.out).items()}
    assert set(flags.values()) == {1}


def test_every_pyc_has_the_same_magic(build: Build) -> None:
    magics = {data[:4] for data in _entries(build.out).values()}
    assert len(magics) == 1
    assert next(iter(magics))[2:] == b"\r\n"


def test_the_report_names_the_modules_the_tool_needs(build: Build) -> None:
    modules = build.report["modules"]
    assert "json/__init__.py" in modules
    assert "_pyodide/_base.py" in modules
    assert "pyodide/__init__.py" in modules


def test_the_zip_holds_exactly_the_reported_modules(build: Build) -> None:
    reported = build.report["modules"] + build.report["package_modules"]
    assert sorted(_entries(build.out)) == sorted(module + "c" for module in reported)


def test_the_report_counts_the_bytecode(build: Build) -> None:
    assert build.report["pyc_bytes"] == sum(len(data) for data in _entries(build.out).values())


def test_the_report_names_pyodides_python(build: Build) -> None:
    assert build.report["python"].count(".") == 2


def test_the_stdlib_modules_do_not_include_the_package(build: Build) -> None:
    assert [name for name in build.report["modules"] if name.startswith("assessment/")] == []


def test_every_browser_module_of_the_package_is_in_the_zip_as_legacy_pyc(build: Build) -> None:
    # zipimport loads "name.pyc" beside where "name.py" would be, never __pycache__/.
    sources = sorted(
        path.relative_to(ROOT).as_posix()
        for path in (ROOT / "assessment").rglob("*.py")
        if path.name not in pyc_stdlib_pyodide.NOT_FOR_THE_BROWSER
    )
    assert build.report["package_modules"] == sources
    assert {source + "c" for source in sources} <= set(_entries(build.out))


def test_command_line_code_the_bibliography_and_the_build_steps_own_imports_stay_out(build: Build) -> None:
    # No page runs `python -m assessment`, and the build step's own needs are not the browser's.
    names = set(_entries(build.out))
    assert not [name for name in names if name.endswith("__main__.pyc")]
    assert {"assessment/_cli.pyc", "assessment/references.pyc"}.isdisjoint(names)
    for module in ("argparse.py", "gettext.py", "sysconfig/__init__.py"):
        assert module not in build.report["modules"]


def test_modules_pyodide_imports_only_optionally_stay_out(build: Build) -> None:
    # Measured: Pyodide boots and the self-check answers without them (the browser tests run on this zip).
    optional = pyc_stdlib_pyodide.OPTIONAL_AT_START_UP
    assert [m for m in build.report["modules"] if m.split("/")[0].removesuffix(".py") in optional] == []
    assert "zipfile/__init__.py" in build.report["modules"]  # what imported them stays


def test_modules_no_page_can_import_stay_out(build: Build) -> None:
    # ssl needs base64, which is left out, so in the browser it never imports (asyncio then
    # sets ssl = None); encodings.cp437 is the build step's own, for reading zips.
    for module in ("ssl.py", "_ssl.py", "encodings/cp437.py"):
        assert module not in build.report["modules"]
    assert "asyncio/sslproto.py" in build.report["modules"]  # imported unconditionally, so kept


def test_column_positions_are_compiled_out_and_line_numbers_kept(build: Build) -> None:
    # Counted inside Pyodide from the written zip: no instruction keeps a column, so
    # the tables that cost a quarter of the brotli bytes are gone; lines stay for tracebacks.
    positions = build.report["positions"]
    assert positions["columns"] == 0
    assert positions["lines"] > 100_000


def test_docstrings_are_compiled_out(build: Build) -> None:
    engine = _entries(build.out)["assessment/engine.pyc"]
    docstring_words = ast.get_docstring(ast.parse((ROOT / "assessment" / "engine.py").read_text(encoding="utf-8")))
    assert docstring_words and docstring_words.split("\n")[0].encode() not in engine


def test_a_second_build_uses_the_cache(build: Build, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    def no_node(*args: object) -> str:
        raise AssertionError("booted Node again")

    monkeypatch.setattr(pyc_stdlib, "_run_node", no_node)
    out = tmp_path / "again.zip"
    report = build_pyc_stdlib(PYODIDE_DIR, build.wheel, out, cache_dir=build.cache_dir)
    assert report == build.report
    assert out.read_bytes() == build.out.read_bytes()


def test_a_changed_wheel_misses_the_cache(build: Build, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    calls = []

    def fake_node(pyodide_dir: Path, wheel: Path, out_path: Path) -> str:
        calls.append(wheel)
        out_path.write_bytes(b"zip")
        return '{"python": "3.0.0", "modules": [], "package_modules": [], "pyc_bytes": 0}'

    monkeypatch.setattr(pyc_stdlib, "_run_node", fake_node)
    wheel = build_wheel(ROOT / "assessment", tmp_path / "wheel", "2.0.0")
    cache_dir = tmp_path / "cache"
    shutil.copytree(build.cache_dir, cache_dir)
    build_pyc_stdlib(PYODIDE_DIR, wheel, tmp_path / "out.zip", cache_dir=cache_dir)
    assert calls == [wheel]


def test_missing_node_is_a_clear_error(build: Build, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(pyc_stdlib.shutil, "which", lambda name: None)
    with pytest.raises(StdlibBuildFailed, match="node is not installed"):
        build_pyc_stdlib(PYODIDE_DIR, build.wheel, tmp_path / "out.zip", cache_dir=tmp_path / "empty-cache")


def test_a_failed_node_run_is_an_error_and_caches_nothing(tmp_path: Path) -> None:
    # A Pyodide folder without pyodide.mjs: the driver cannot import it.
    broken = tmp_path / "pyodide"
    broken.mkdir()
    shutil.copy(PYODIDE_DIR / "package.json", broken / "package.json")
    shutil.copy(PYODIDE_DIR / "python_stdlib.zip", broken / "python_stdlib.zip")
    wheel = build_wheel(ROOT / "assessment", tmp_path / "wheel", "1.0.0")
    cache_dir = tmp_path / "cache"
    with pytest.raises(StdlibBuildFailed, match="compiling the stdlib under Node failed"):
        build_pyc_stdlib(broken, wheel, tmp_path / "out.zip", cache_dir=cache_dir)
    assert not list(cache_dir.glob("*.zip"))
    assert not list(cache_dir.glob("*.json"))
    assert not (tmp_path / "out.zip").exists()


def test_the_diary_s_stdlib_modules_are_in_the_zip(build: Build) -> None:
    # The build analyses a sample diary and round-trips it through CSV, so what it imports is kept.
    modules = build.report["modules"]
    assert {"csv.py", "datetime.py", "bisect.py"} <= set(modules)
    assert "assessment/diary/report.py" in build.report["package_modules"]
    assert "urllib/request.py" not in modules  # the chart escapes text itself, without xml.sax
