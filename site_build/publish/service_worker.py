"""The online site's service worker: a second visit works without the network.

Pages and the small assets are cached when the worker installs. The tool's
runtime (about 5 MB compressed) is cached only once someone opens the
self-check, so reading one page on a phone never downloads Pyodide. The cache
name carries a hash of the whole site, so every change installs a new worker
and drops the old cache. It also drops the Python worker's memory snapshots
of every runtime but this build's (``SNAPSHOT_PREFIX`` + the runtime folder's
name; see ``assessment-worker.js``).
"""

from __future__ import annotations

import filecmp
import hashlib
import json
import re
from pathlib import Path

from site_build.publish.text_templates import TEXT_TEMPLATES
from site_build.runtime.tool_assets import PYODIDE_ROOT, RUNTIME_FILE

SERVICE_WORKER = "sw.js"
# Never cached: the worker itself, the offline download (too big to keep twice),
# search files for languages the site does not use, and source maps.
_SKIP_PREFIXES = ("downloads/", "assets/javascripts/lunr/")
_SKIP_SUFFIXES = (".map", ".xml", ".xml.gz")
_TOOL_PREFIX = PYODIDE_ROOT + "/"
# The cache the Python worker keeps its memory snapshot in is this prefix plus
# the runtime folder's name; assessment-worker.js names it the same way.
SNAPSHOT_PREFIX = "oih-snapshot-"
# Each edition's not-found page; offline, the worker answers a missing address with its edition's.
NOT_FOUND = "404.html"

_TEMPLATE = TEXT_TEMPLATES.get_template("sw.js.j2")


def _site_files(site_dir: Path) -> list[str]:
    return sorted(
        path.relative_to(site_dir).as_posix()
        for path in site_dir.rglob("*")
        if path.is_file()
    )


def _url(relative: str) -> str:
    """The URL a visitor uses: ``what-is-oih/`` rather than ``what-is-oih/index.html``."""
    if relative == "index.html":
        return "./"
    if relative.endswith("/index.html"):
        return relative[: -len("index.html")]
    return relative


def same_as_root(site_dir: Path, files: list[str]) -> dict[str, str]:
    """An edition's byte-for-byte copies of the root's assets: ``{"es/assets/x.css": "assets/x.css"}``.

    The Spanish build writes the theme's and the site's assets into ``es/assets/``
    again. The worker caches each file once and answers the copy's address
    from it, so installing it downloads a file once, not twice. Workers' scripts
    keep their own address: a worker takes its URL from its script's response.
    """
    present = set(files)
    same: dict[str, str] = {}
    for relative in files:
        edition, found, rest = relative.partition("/assets/")
        original = "assets/" + rest
        if (found and "/" not in edition and "/workers/" not in rest and original in present
                and filecmp.cmp(site_dir / relative, site_dir / original, shallow=False)):
            same[relative] = original
    return same


def site_version(site_dir: Path, files: list[str]) -> str:
    """A hash of every cached file's name and bytes."""
    digest = hashlib.sha256()
    for relative in files:
        digest.update(relative.encode() + b"\0" + (site_dir / relative).read_bytes())
    return digest.hexdigest()[:16]


def snapshot_cache(tool_files: list[str]) -> str | None:
    """The snapshot cache of the build's runtime folder, or None for a site without one."""
    folders = {f.split("/")[-2] for f in tool_files if RUNTIME_FILE.search(f)}
    if len(folders) > 1:
        raise ValueError(f"more than one runtime folder: {sorted(folders)}")
    return SNAPSHOT_PREFIX + folders.pop() if folders else None


def write_service_worker(site_dir: Path) -> Path:
    """Write ``sw.js`` at the site root, listing what it caches."""
    files = [
        f
        for f in _site_files(site_dir)
        if f != SERVICE_WORKER and not f.startswith(_SKIP_PREFIXES) and not f.endswith(_SKIP_SUFFIXES)
    ]
    tool_files = [f for f in files if f.startswith(_TOOL_PREFIX) and not f.endswith("/package.json")]
    same = same_as_root(site_dir, files)
    pages_and_assets = [_url(f) for f in files if not f.startswith(_TOOL_PREFIX) and f not in same]
    not_found_folders = sorted((f.removesuffix(NOT_FOUND) for f in files if f.rpartition("/")[2] == NOT_FOUND),
                               key=len, reverse=True)
    target = site_dir / SERVICE_WORKER
    target.write_text(
        _TEMPLATE.render(
            version=site_version(site_dir, files),
            pages_and_assets=pages_and_assets,
            tool_files=tool_files,
            snapshot_prefix=SNAPSHOT_PREFIX,
            snapshot_cache=snapshot_cache(tool_files),
            not_found_folders=not_found_folders,
            same_as=same,
        ),
        encoding="utf-8",
    )
    return target


def listed_files(worker_source: str, variable: str) -> list[str]:
    """A list the generated worker carries: ``PAGES_AND_ASSETS`` or ``TOOL_FILES``."""
    match = re.search(rf"^var {variable} = (\[.*\]);$", worker_source, re.MULTILINE)
    if match is None:
        raise ValueError(f"the service worker has no {variable} list")
    return json.loads(match.group(1))
