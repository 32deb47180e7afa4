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


# Pyodide makes a one-word SharedArrayBuffer for a sleep helper as its module
# loads. Without cross-origin isolation (which a static host cannot promise)
# Chromium reports that as a deprecation, and the helper cannot sleep on the
# main thread anyway: Atomics.wait throws, the helper catches it and returns
# false. A plain buffer keeps that behaviour without the shared memory.
_SHARED_MEMORY = "new WebAssembly.Memory({shared:!0,initial:1,maximum:1}).buffer"
_UNSHARED_UNLESS_ISOLATED = f"(globalThis.crossOriginIsolated?{_SHARED_MEMORY}:new ArrayBuffer(4))"


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
    module = target_dir / "pyodide.asm.mjs"
    module.write_text(without_shared_memory(module.read_text(encoding="utf-8")), encoding="utf-8")
    return copied


def without_shared_memory(module_source: str) -> str:
    """``pyodide.asm.mjs`` making its sleep buffer shared only under cross-origin isolation."""
    if module_source.count(_SHARED_MEMORY) != 1:
        raise PyodideMissing(
            "pyodide.asm.mjs no longer makes its sleep buffer as expected: "
            "review site_build/runtime/pyodide_vendor.py for this Pyodide version"
        )
    return module_source.replace(_SHARED_MEMORY, _UNSHARED_UNLESS_ISOLATED)
