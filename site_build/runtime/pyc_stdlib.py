"""The zip the tool boots from: the stdlib modules it imports and the package, as ``.pyc``.

Stock Pyodide spends most of a cold boot compiling about 150 stdlib modules
from source. This step boots the pinned Pyodide under Node once, at build time,
runs the self-check through every question, and keeps each stdlib module that
was imported, compiled to bytecode by Pyodide's own CPython (so the magic
number always matches the runtime). The ``assessment`` package goes into the
same zip, so the browser imports it with no wheel to fetch or unpack. The
browser passes the zip to ``loadPyodide`` as its stdlib. See
``pyc_stdlib_pyodide.py``.

The result is cached under ``.cache/`` by a hash of everything it depends on,
so rebuilding the site does not boot Node again unless an input changed.
"""

from __future__ import annotations

import hashlib
import json
import shutil
import subprocess
from pathlib import Path

STDLIB_NAME = "python_stdlib.pyc.zip"
_HERE = Path(__file__).resolve().parent
_DRIVER = _HERE / "pyc_stdlib.mjs"
_IN_PYODIDE = _HERE / "pyc_stdlib_pyodide.py"


class StdlibBuildFailed(RuntimeError):
    """Node is missing or the in-Pyodide build step failed."""


def build_pyc_stdlib(pyodide_dir: Path, wheel: Path, out_path: Path, cache_dir: Path) -> dict:
    """Write the precompiled boot zip to ``out_path``; return the build report.

    ``wheel`` is the ``assessment`` wheel, installed under Node to exercise the
    engine. The report is ``{"python": version, "modules": [...],
    "package_modules": [...], "pyc_bytes": n, "positions": {"lines": n,
    "columns": 0}}``: the stdlib members kept, the package's own, and how many
    instructions in the zip carry a line number and a column (none: see
    ``pyc_stdlib.mjs``).
    """
    cached_zip, cached_report = cache_entry(pyodide_dir, wheel, cache_dir)
    if not (cached_zip.exists() and cached_report.exists()):
        cache_dir.mkdir(parents=True, exist_ok=True)
        partial = cached_zip.with_suffix(".partial")
        report = _run_node(pyodide_dir, wheel, partial)
        partial.replace(cached_zip)
        cached_report.write_text(report, encoding="utf-8")
    out_path.parent.mkdir(parents=True, exist_ok=True)
    shutil.copyfile(cached_zip, out_path)
    return json.loads(cached_report.read_text(encoding="utf-8"))


def cache_entry(pyodide_dir: Path, wheel: Path, cache_dir: Path) -> tuple[Path, Path]:
    """Where ``cache_dir`` keeps the zip and the report for these inputs (they may not exist yet)."""
    key = _cache_key(pyodide_dir, wheel)
    return cache_dir / f"{key}.zip", cache_dir / f"{key}.json"


def _cache_key(pyodide_dir: Path, wheel: Path) -> str:
    digest = hashlib.sha256()
    for path in (pyodide_dir / "package.json", pyodide_dir / "python_stdlib.zip", wheel, _DRIVER, _IN_PYODIDE):
        digest.update(path.read_bytes())
    return digest.hexdigest()[:20]


def _run_node(pyodide_dir: Path, wheel: Path, out_path: Path) -> str:
    node = shutil.which("node")
    if node is None:
        raise StdlibBuildFailed("node is not installed: the build compiles the stdlib with Pyodide under Node")
    completed = subprocess.run(
        [node, str(_DRIVER), str(pyodide_dir), str(wheel), str(_IN_PYODIDE), str(out_path)],
        capture_output=True,
        text=True,
    )
    if completed.returncode != 0:
        # The driver's own error is the last lines; Node may print the whole minified source before it.
        tail = "\n".join(completed.stderr.strip().splitlines()[-8:])
        raise StdlibBuildFailed(f"compiling the stdlib under Node failed:\n{tail[-2000:]}")
    lines = completed.stdout.strip().splitlines()
    if not lines:
        raise StdlibBuildFailed("compiling the stdlib under Node printed no report")
    return lines[-1]
