"""The offline copy's search: mkdocs-material's search runs in a Web Worker,
which Chromium refuses to start from file://. The iframe-worker shim stands in
for ``Worker`` there. It is copied from the pinned npm package, never fetched
from a CDN at run time.
"""

from __future__ import annotations

import json
import shutil
from pathlib import Path

SHIM_PATH = "assets/vendor/iframe-worker/shim.js"


class ShimMissing(RuntimeError):
    """``node_modules/iframe-worker`` is absent or not the pinned version."""


def vendor_search_shim(project_root: Path, site_dir: Path) -> Path:
    """Copy ``iframe-worker/shim/index.js`` to ``SHIM_PATH`` in the site."""
    package = project_root / "node_modules" / "iframe-worker"
    lock = json.loads((project_root / "package-lock.json").read_text(encoding="utf-8"))
    expected = lock["packages"]["node_modules/iframe-worker"]["version"]
    try:
        installed = json.loads((package / "package.json").read_text(encoding="utf-8"))["version"]
    except FileNotFoundError:
        raise ShimMissing(f"{package} is missing: run `npm ci` first") from None
    if installed != expected:
        raise ShimMissing(f"node_modules has iframe-worker {installed}, package-lock.json pins {expected}: run `npm ci`")
    target = site_dir / SHIM_PATH
    target.parent.mkdir(parents=True, exist_ok=True)
    shutil.copyfile(package / "shim" / "index.js", target)
    return target
