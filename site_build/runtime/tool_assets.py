"""Where the tool's runtime files live in the built site, and writing them there."""

from __future__ import annotations

import tempfile
from dataclasses import dataclass
from pathlib import Path

from site_build.runtime.offline_scripts import write_classic_module, write_offline_scripts
from site_build.runtime.pyc_stdlib import STDLIB_NAME, StdlibBuildFailed, build_pyc_stdlib
from site_build.runtime.pyodide_vendor import PyodideMissing, vendor_pyodide
from site_build.runtime.wheel import build_wheel

PYODIDE_DIR = "assets/pyodide"
ASSESSMENT_VERSION = "1.0.0"
STDLIB_PATH = f"{PYODIDE_DIR}/{STDLIB_NAME}"
# The classic Web Worker that runs Pyodide (copied from content/ by MkDocs).
WORKER_PATH = "assets/javascripts/assessment-worker.js"

__all__ = [
    "ASSESSMENT_VERSION",
    "PYODIDE_DIR",
    "STDLIB_PATH",
    "PyodideMissing",
    "StdlibBuildFailed",
    "ToolAssets",
    "WORKER_PATH",
    "write_tool_assets",
]


@dataclass(frozen=True)
class ToolAssets:
    """What was written: the stdlib modules kept, for the build log and tests."""

    stdlib_modules: tuple[str, ...]


def write_tool_assets(project_root: Path, site_dir: Path, *, offline: bool = False) -> ToolAssets:
    """Copy Pyodide into ``site_dir`` and write the zip it boots from.

    That zip holds the precompiled stdlib and the ``assessment`` package, so
    the site ships no wheel: the wheel is built only for the step that runs
    the engine under Node. Pyodide's ES module becomes a classic script for the
    classic worker. With ``offline``, the worker's scripts and the binaries are
    replaced by classic scripts that load from file:// (see ``offline_scripts``).
    """
    pyodide_dir = site_dir / PYODIDE_DIR
    vendor_pyodide(project_root, pyodide_dir)
    classic_module = write_classic_module(pyodide_dir)
    stdlib = site_dir / STDLIB_PATH
    with tempfile.TemporaryDirectory(prefix="oih-wheel-") as scratch:
        wheel = build_wheel(project_root / "assessment", Path(scratch), ASSESSMENT_VERSION)
        report = build_pyc_stdlib(
            project_root / "node_modules" / "pyodide", wheel, stdlib, project_root / ".cache" / "pyc-stdlib"
        )
    if offline:
        write_offline_scripts(
            {pyodide_dir / "pyodide.asm.wasm": True, stdlib: False},
            [pyodide_dir / "pyodide.js", classic_module, site_dir / WORKER_PATH],
        )
    return ToolAssets(stdlib_modules=tuple(report["modules"]))
