"""Where the tool's runtime files live in the built site, and writing them there.

The runtime sits in a folder named by the Pyodide version and a hash of the
files in it, such as ``assets/pyodide/314.0.7-0123456789/``. A change to our
boot zip (or to Pyodide) gives a new folder, so hosts may keep these files for
a year (``immutable``), and a page can never load an old runtime script with a
new boot zip. The folder is staged once, before MkDocs runs (``site_build.build``): the
pages need its name, which reaches them through their config. It is copied
into each built copy after MkDocs.
"""

from __future__ import annotations

import hashlib
import re
import shutil
import tempfile
from dataclasses import dataclass
from pathlib import Path

from site_build.runtime.offline_scripts import CLASSIC_MODULE_NAME, write_classic_module, write_offline_scripts
from site_build.runtime.pyc_stdlib import STDLIB_NAME, StdlibBuildFailed, build_pyc_stdlib
from site_build.runtime.pyodide_vendor import PyodideMissing, pinned_version, vendor_pyodide
from site_build.runtime.wheel import build_wheel

PYODIDE_ROOT = "assets/pyodide"
ASSESSMENT_VERSION = "1.0.0"
# The classic Web Worker that runs Pyodide (copied from content/ by MkDocs).
WORKER_PATH = "assets/javascripts/assessment-worker.js"
_HASH_LENGTH = 10
# A site path inside a versioned runtime folder: "assets/pyodide/<version>-<hash>/<file>".
RUNTIME_FILE = re.compile(rf"(?:^|/){PYODIDE_ROOT}/[0-9][0-9A-Za-z.+]*-[0-9a-f]{{{_HASH_LENGTH}}}/[^/]+$")

__all__ = [
    "ASSESSMENT_VERSION",
    "PYODIDE_ROOT",
    "RUNTIME_FILE",
    "PyodideMissing",
    "Runtime",
    "StdlibBuildFailed",
    "WORKER_PATH",
    "built_runtime_dir",
    "prepare_runtime",
    "write_tool_assets",
]


@dataclass(frozen=True)
class Runtime:
    """A staged runtime folder and the site path it will have."""

    staged: Path
    directory: str
    stdlib_modules: tuple[str, ...]

    @property
    def stdlib_path(self) -> str:
        return f"{self.directory}/{STDLIB_NAME}"


def prepare_runtime(project_root: Path) -> Runtime:
    """Stage Pyodide and the boot zip under ``.cache/runtime/`` and name their folder.

    The boot zip holds the precompiled stdlib and the ``assessment`` package, so
    the site ships no wheel: the wheel is built only for the step that runs
    the engine under Node. Pyodide's ES module becomes a classic script for the
    classic worker.
    """
    cache = project_root / ".cache" / "runtime"
    cache.mkdir(parents=True, exist_ok=True)
    staging = Path(tempfile.mkdtemp(prefix="staging-", dir=cache))
    try:
        vendor_pyodide(project_root, staging)
        write_classic_module(staging)
        with tempfile.TemporaryDirectory(prefix="oih-wheel-") as scratch:
            wheel = build_wheel(project_root / "assessment", Path(scratch), ASSESSMENT_VERSION)
            report = build_pyc_stdlib(
                project_root / "node_modules" / "pyodide", wheel, staging / STDLIB_NAME,
                project_root / ".cache" / "pyc-stdlib",
            )
        name = f"{pinned_version(project_root)}-{_folder_hash(staging)}"
        staged = cache / name
        if staged.exists():
            shutil.rmtree(staging)
        else:
            staging.replace(staged)
    except BaseException:
        shutil.rmtree(staging, ignore_errors=True)
        raise
    for old in cache.iterdir():
        if old != staged and not old.name.startswith("staging-"):
            shutil.rmtree(old, ignore_errors=True)
    return Runtime(staged=staged, directory=f"{PYODIDE_ROOT}/{name}", stdlib_modules=tuple(report["modules"]))


def _folder_hash(folder: Path) -> str:
    digest = hashlib.sha256()
    for path in sorted(folder.iterdir()):
        digest.update(path.name.encode() + b"\0")
        digest.update(hashlib.sha256(path.read_bytes()).digest())
    return digest.hexdigest()[:_HASH_LENGTH]


def write_tool_assets(runtime: Runtime, site_dir: Path, *, offline: bool = False) -> Path:
    """Copy the staged runtime into ``site_dir``; return the folder written.

    With ``offline``, the worker's scripts and the binaries are replaced by
    classic scripts that load from file:// (see ``offline_scripts``).
    """
    target = site_dir / runtime.directory
    shutil.rmtree(site_dir / PYODIDE_ROOT, ignore_errors=True)
    shutil.copytree(runtime.staged, target)
    if offline:
        write_offline_scripts(
            {target / "pyodide.asm.wasm": True, target / STDLIB_NAME: False},
            [target / "pyodide.js", target / CLASSIC_MODULE_NAME, site_dir / WORKER_PATH],
        )
    return target


def built_runtime_dir(site_dir: Path) -> str:
    """The runtime folder of a built site, as a site path (for tests and benchmarks)."""
    folders = [path for path in (site_dir / PYODIDE_ROOT).iterdir() if path.is_dir()]
    if len(folders) != 1:
        raise FileNotFoundError(f"expected one runtime folder in {site_dir / PYODIDE_ROOT}, found {len(folders)}")
    return folders[0].relative_to(site_dir).as_posix()
