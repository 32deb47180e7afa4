"""Copy the pinned Pyodide runtime from ``node_modules`` into the built site.

The site ships its own copy so no visitor's browser ever asks a CDN for it.
Only the files the core runtime needs are copied: no source maps, no consoles,
no TypeScript declarations. The stock stdlib zip and lock file are not copied
either: the tool ships a precompiled stdlib (``pyc_stdlib``) and passes the
lock file's contents inline.
"""

from __future__ import annotations

import json
import shutil
from pathlib import Path

RUNTIME_FILES = (
    "pyodide.js",
    "pyodide.asm.mjs",
    "pyodide.asm.wasm",
    "package.json",
)


class PyodideMissing(RuntimeError):
    """``node_modules/pyodide`` is absent or not the version the lock file pins."""


def pinned_version(project_root: Path) -> str:
    """The Pyodide version ``package-lock.json`` pins."""
    lock = json.loads((project_root / "package-lock.json").read_text(encoding="utf-8"))
    return lock["packages"]["node_modules/pyodide"]["version"]


def vendor_pyodide(project_root: Path, target_dir: Path) -> list[Path]:
    """Copy the runtime into ``target_dir``; return the copied paths."""
    source = project_root / "node_modules" / "pyodide"
    expected = pinned_version(project_root)
    try:
        installed = json.loads((source / "package.json").read_text(encoding="utf-8"))["version"]
    except FileNotFoundError:
        raise PyodideMissing(f"{source} is missing: run `npm ci` first") from None
    if installed != expected:
        raise PyodideMissing(
            f"node_modules has pyodide {installed}, package-lock.json pins {expected}: run `npm ci`"
        )
    target_dir.mkdir(parents=True, exist_ok=True)
    copied = []
    for name in RUNTIME_FILES:
        copied.append(Path(shutil.copy2(source / name, target_dir / name)))
    return copied
