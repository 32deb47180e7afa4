"""Where the tool's runtime files live in the built site, and writing them there."""

from __future__ import annotations

from pathlib import Path

from site_build.pyodide_vendor import PyodideMissing, vendor_pyodide
from site_build.wheel import build_wheel, wheel_filename

PYODIDE_DIR = "assets/pyodide"
TOOL_DIR = "assets/tool"
ASSESSMENT_VERSION = "1.0.0"

__all__ = ["PYODIDE_DIR", "TOOL_DIR", "PyodideMissing", "wheel_path", "write_tool_assets"]


def wheel_path() -> str:
    """The site-relative path of the ``assessment`` wheel."""
    return f"{TOOL_DIR}/{wheel_filename('assessment', ASSESSMENT_VERSION)}"


def write_tool_assets(project_root: Path, site_dir: Path) -> None:
    """Copy Pyodide and build the ``assessment`` wheel into ``site_dir``."""
    vendor_pyodide(project_root, site_dir / PYODIDE_DIR)
    build_wheel(project_root / "assessment", site_dir / TOOL_DIR, ASSESSMENT_VERSION)
