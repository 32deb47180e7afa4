"""Build the whole site: ``python -m site_build.build [--site-dir site] [--offline-zip PATH] [--pages-only]``.

The stages run in the order the folders name them, each once:

1. **runtime**: compile the message catalogs into the engine's modules, then
   stage Pyodide and the boot zip (``site_build.runtime``), before MkDocs; the
   folder's name is a hash of its files, and the pages need it;
2. **pages**: three MkDocs builds: the online site (``mkdocs.yml``), its
   Spanish edition into ``es/`` (``mkdocs.es.yml``) and the offline copy
   (``mkdocs.offline.yml``). The runtime reaches them through their config
   (``extra.tool_paths``); their hooks only transform pages. Then the staged
   runtime is copied into the online site (the Spanish pages share it) and
   the offline copy, and the search shim into the copy;
3. **downloads**: the Anki deck and the PDF handbook (``site_build.downloads``),
   printed from the online site's student pages, into both;
4. **publish**: icons, the web manifest and pruned theme files; the offline
   copy's zip with every download's size filled in; the service worker, which
   lists and hashes every file; the ``_headers`` file; and last the ``.br``
   and ``.gz`` copies (``site_build.publish``).

Both MkDocs builds run strict, so a broken link or anchor fails the build.
``--pages-only`` stops after the online site's pages: the quick check while
writing a page.
"""

from __future__ import annotations

import argparse
import contextlib
import datetime as dt
import logging
import os
import shutil
import sys
import tempfile
from collections.abc import Iterator
from concurrent.futures import Future
from pathlib import Path

from site_build import PROJECT_ROOT, read_site_config
from site_build.downloads.anki_package import source_timestamp, write_deck
from site_build.downloads.flashcards import all_cards
from site_build.downloads.handbook import HandbookError
from site_build.downloads.handbook_pdf import PrintFailed, render_handbook
from site_build.pages.downloads import DECK_PATH, HANDBOOK_PATH, ZIP_PATH, fill_sizes
from site_build.pages.form import LOAD_TIMEOUT_MS
from site_build.pages.markdown_source import SourceError
from site_build.publish.headers import write_headers_file
from site_build.publish.icons import write_icons
from site_build.publish.manifest import ICON_DIR, write_manifest
from site_build.publish.offline_copy import ZIP_FOLDER, prune_unused_theme_files, write_zip
from site_build.publish.precompress import compress_ahead, precompress_site
from site_build.publish.service_worker import write_service_worker
from site_build.runtime import tool_assets
from site_build.runtime.catalog import compile_catalogs
from site_build.runtime.search_shim import ShimMissing, vendor_search_shim

ONLINE_CONFIG = "mkdocs.yml"
SPANISH_CONFIG = "mkdocs.es.yml"
OFFLINE_CONFIG = "mkdocs.offline.yml"
# The Spanish edition's folder in the online site; it shares the site's runtime.
SPANISH_DIR = "es"
# Precompressed copies by content hash: brotli at quality 11 is slow.
PRECOMPRESS_CACHE = PROJECT_ROOT / ".cache" / "precompress"


class BuildFailed(RuntimeError):
    """A stage failed; the message says which and why."""


# ---- 1. runtime ---------------------------------------------------------------


def stage_runtime() -> tool_assets.Runtime:
    """The compiled catalogs, Pyodide and the boot zip, staged once for both MkDocs builds."""
    # First: the boot zip carries the package, compiled catalogs included.
    compile_catalogs(PROJECT_ROOT)
    try:
        return tool_assets.prepare_runtime(PROJECT_ROOT)
    except (tool_assets.PyodideMissing, tool_assets.StdlibBuildFailed) as error:
        raise BuildFailed(f"the runtime: {error}") from None


def tool_paths(runtime: tool_assets.Runtime, root: str = "") -> dict[str, object]:
    """What the pages need to know of the runtime, as paths from their site's root.

    ``root`` leads from that root to the folder that holds the runtime: ``""``
    for the English site and the offline copy, ``"../"`` for the Spanish
    edition, which shares the English site's runtime and worker.
    """
    return {
        "pyodide": root + runtime.directory + "/",
        "stdlib": root + runtime.stdlib_path,
        "worker": root + tool_assets.WORKER_PATH,
        "timeout_ms": LOAD_TIMEOUT_MS,
    }


# ---- 2. pages -------------------------------------------------------------------


class _Collect(logging.Handler):
    """Keeps MkDocs' warnings and errors, to report them if the build fails."""

    def __init__(self) -> None:
        super().__init__(logging.WARNING)
        self.lines: list[str] = []

    def emit(self, record: logging.LogRecord) -> None:
        self.lines.append(f"{record.levelname}: {record.getMessage()}")


@contextlib.contextmanager
def _mkdocs_log() -> Iterator[_Collect]:
    """MkDocs' log, kept off the terminal for the length of one build."""
    logger = logging.getLogger("mkdocs")
    collect = _Collect()
    propagate = logger.propagate
    logger.addHandler(collect)
    logger.propagate = False
    try:
        yield collect
    finally:
        logger.removeHandler(collect)
        logger.propagate = propagate


def build_pages(config_file: str, site_dir: Path, runtime: tool_assets.Runtime, *, runtime_root: str = "",
                url_path: str = "/") -> None:
    """One strict MkDocs build of ``config_file`` into ``site_dir``, told where the runtime is.

    With a ``runtime_root`` the runtime lives in another build's folder and is
    not copied here. ``url_path`` is where the pages sit on the server
    (``/es/`` for the Spanish edition), for the links of the not-found page.
    """
    # Imported here: only this stage needs MkDocs itself.
    from mkdocs.commands.build import build
    from mkdocs.config import load_config
    from mkdocs.exceptions import MkDocsException

    previous = Path.cwd()
    # pymdownx.snippets reads includes/ relative to the working directory.
    os.chdir(PROJECT_ROOT)
    try:
        with _mkdocs_log() as log:
            try:
                config = load_config(str(PROJECT_ROOT / config_file), site_dir=str(site_dir), strict=True)
                config.extra["tool_paths"] = tool_paths(runtime, runtime_root)
                config.extra["url_path"] = url_path
                offline = bool(config.extra.get("offline_copy"))
                build(config)
            except MkDocsException as error:
                details = "\n".join([*log.lines, str(error)])
                raise BuildFailed(f"mkdocs build -f {config_file} failed:\n{details}") from None
    finally:
        os.chdir(previous)
    if not runtime_root:
        tool_assets.write_tool_assets(runtime, site_dir, offline=offline)
    if offline:
        try:
            vendor_search_shim(PROJECT_ROOT, site_dir)
        except ShimMissing as error:
            raise BuildFailed(str(error)) from None


# ---- 3. downloads ---------------------------------------------------------------


def build_downloads(site_dir: Path, copy_dir: Path) -> None:
    """The Anki deck into both copies; the handbook printed from the online site, copied into the offline one."""
    timestamp = source_timestamp()
    try:
        cards = all_cards()
    except SourceError as error:
        raise BuildFailed(f"the flashcards: {error}") from None
    for target in (site_dir, copy_dir):
        write_deck(cards, target / DECK_PATH, timestamp)
    try:
        built = dt.datetime.fromtimestamp(timestamp, dt.UTC).date()
        render_handbook(
            site_dir,
            PROJECT_ROOT / ONLINE_CONFIG,
            site_dir / HANDBOOK_PATH,
            built,
            guess_file=PROJECT_ROOT / ".cache" / "handbook-pages.json",
        )
    except (HandbookError, PrintFailed) as error:
        raise BuildFailed(f"the PDF handbook: {error}") from None
    # Students study from the copy: the handbook travels with it.
    shutil.copyfile(site_dir / HANDBOOK_PATH, copy_dir / HANDBOOK_PATH)


# ---- 4. publish -----------------------------------------------------------------


def _finish_copy(site_dir: Path) -> None:
    write_icons(site_dir / ICON_DIR, PROJECT_ROOT / ".cache" / "icons")
    prune_unused_theme_files(site_dir)


def publish(site_dir: Path, copy_dir: Path, compressed_ahead: Future[None] | None = None) -> Path:
    """Everything that needs the finished files; returns the offline zip's path.

    ``compressed_ahead``: the runtime's copies being compressed since it was
    staged (``compress_ahead``), waited for before the rest.
    """
    _finish_copy(copy_dir)
    fill_sizes(copy_dir, [DECK_PATH, HANDBOOK_PATH])
    zip_path = site_dir / ZIP_PATH
    write_zip(copy_dir, zip_path)
    _finish_copy(site_dir)
    prune_unused_theme_files(site_dir / SPANISH_DIR, "es")
    # Only the online site is installable: a page opened from disk cannot be.
    config = read_site_config()
    write_manifest(site_dir, config["site_name"], config["site_description"])
    shown = fill_sizes(site_dir, [ZIP_PATH, DECK_PATH, HANDBOOK_PATH])
    unlinked = [relative for relative, pages in shown.items() if not pages]
    if unlinked:
        raise BuildFailed(
            f"no page links to {', '.join(unlinked)}: keep <!-- oih:offline-download --> and "
            "<!-- oih:study-downloads --> on the pages that offer them"
        )
    write_service_worker(site_dir)
    write_headers_file(PROJECT_ROOT, site_dir)
    if compressed_ahead is not None:
        compressed_ahead.result()
    precompress_site(site_dir, PRECOMPRESS_CACHE)
    return zip_path


# ---- the pipeline -------------------------------------------------------------


def build_site(site_dir: Path, *, pages_only: bool = False) -> Path:
    """Build everything into ``site_dir``; return the offline zip's path inside it (or ``site_dir``)."""
    site_dir = site_dir.resolve()
    runtime = stage_runtime()
    # The runtime's compressed copies take longest of all (the wasm alone, about
    # 25 s cold): they start now, while the pages are built.
    ahead = None if pages_only else compress_ahead(runtime.staged, PRECOMPRESS_CACHE)
    build_pages(ONLINE_CONFIG, site_dir, runtime)
    # Its own 404.html answers a missing Spanish address where the host allows
    # (deploy/nginx.conf, Cloudflare Pages, the service worker; docs/deploy.md).
    build_pages(SPANISH_CONFIG, site_dir / SPANISH_DIR, runtime, runtime_root="../", url_path=f"/{SPANISH_DIR}/")
    if pages_only:
        return site_dir
    with tempfile.TemporaryDirectory(prefix="oih-offline-") as scratch:
        copy_dir = Path(scratch) / ZIP_FOLDER
        build_pages(OFFLINE_CONFIG, copy_dir, runtime)
        build_downloads(site_dir, copy_dir)
        return publish(site_dir, copy_dir, ahead)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description="Build the online site and its offline copy.")
    parser.add_argument("--site-dir", type=Path, default=PROJECT_ROOT / "site")
    parser.add_argument("--offline-zip", type=Path, help="also copy the offline zip here")
    parser.add_argument("--pages-only", action="store_true", help="stop after the online site's pages (a quick check)")
    args = parser.parse_args(argv)
    try:
        built = build_site(args.site_dir, pages_only=args.pages_only)
    except BuildFailed as error:
        print(error, file=sys.stderr)
        return 1
    if args.offline_zip and not args.pages_only:
        args.offline_zip.parent.mkdir(parents=True, exist_ok=True)
        shutil.copyfile(built, args.offline_zip)
        print(f"offline copy: {args.offline_zip} ({built.stat().st_size:,} bytes)")
    print(f"site: {args.site_dir}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
