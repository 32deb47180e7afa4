"""Where the tool's runtime files live in the built site, and writing them there."""

from __future__ import annotations

import tempfile
import zipfile
from dataclasses import dataclass
from pathlib import Path

from site_build.offline_scripts import write_offline_scripts
from site_build.pyc_stdlib import STDLIB_NAME, StdlibBuildFailed, build_pyc_stdlib
from site_build.pyodide_vendor import PyodideMissing, vendor_pyodide
from site_build.wheel import build_wheel, wheel_filename

PYODIDE_DIR = "assets/pyodide"
TOOL_DIR = "assets/tool"
ASSESSMENT_VERSION = "1.0.0"
STDLIB_PATH = f"{PYODIDE_DIR}/{STDLIB_NAME}"

__all__ = [
    "PYODIDE_DIR",
    "STDLIB_PATH",
    "TOOL_DIR",
    "PyodideMissing",
    "StdlibBuildFailed",
    "ToolAssets",
    "wheel_path",
    "write_tool_assets",
]


@dataclass(frozen=True)
class ToolAssets:
    """What was written: the stdlib modules kept, for the build log and tests."""

    stdlib_modules: tuple[str, ...]


def wheel_path() -> str:
    """The site-relative path of the ``assessment`` wheel."""
    return f"{TOOL_DIR}/{wheel_filename('assessment', ASSESSMENT_VERSION)}"


def write_tool_assets(project_root: Path, site_dir: Path, *, offline: bool = False) -> ToolAssets:
    """Copy Pyodide, build the wheel and the precompiled stdlib into ``site_dir``.

    With ``offline``, the binaries are replaced by classic scripts that load
    from file:// (see ``offline_scripts``).
    """
    pyodide_dir = site_dir / PYODIDE_DIR
    vendor_pyodide(project_root, pyodide_dir)
    package_dir = project_root / "assessment"
    wheel = build_wheel(package_dir, site_dir / TOOL_DIR, ASSESSMENT_VERSION)
    stdlib = site_dir / STDLIB_PATH
    with tempfile.TemporaryDirectory(prefix="oih-pycs-") as scratch:
        package_pycs = Path(scratch) / "package-pycs.zip"
        report = build_pyc_stdlib(
            project_root / "node_modules" / "pyodide",
            wheel,
            stdlib,
            project_root / ".cache" / "pyc-stdlib",
            package_pycs_path=package_pycs,
        )
        with zipfile.ZipFile(package_pycs) as archive:
            bytecode = {name: archive.read(name) for name in archive.namelist()}
    # The same wheel again, with bytecode so the browser skips compiling the package too.
    wheel = build_wheel(package_dir, site_dir / TOOL_DIR, ASSESSMENT_VERSION, extra_files=bytecode)
    if offline:
        write_offline_scripts(
            pyodide_dir,
            {pyodide_dir / "pyodide.asm.wasm": True, stdlib: False, wheel: False},
        )
    return ToolAssets(stdlib_modules=tuple(report["modules"]))
