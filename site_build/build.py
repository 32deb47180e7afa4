"""Build the whole site: ``python -m site_build.build [--site-dir site] [--offline-zip PATH]``.

1. the online site (``mkdocs.yml``), then its icons, web manifest and
   pruned theme files (``site_build.publish``);
2. the Anki deck (``site_build.pages.study.anki_package``) and the PDF handbook, printed
   from the online site's student pages by Chromium (``site_build.pages.study.handbook_pdf``);
3. the offline copy (``mkdocs.offline.yml``) in a temporary folder, with the
   deck and the handbook in it, zipped into the online site at ``downloads/``,
   which the pages link to; then every download's size on the pages that link it;
4. the service worker, because it lists and hashes every file;
5. the ``_headers`` file for Netlify and Cloudflare Pages, and last the ``.br``
   and ``.gz`` copies beside every text, wasm and zip file, for hosts that
   send them as they are (``site_build.publish``).

Both MkDocs builds run strict, so a broken link or anchor fails the build.
"""

from __future__ import annotations

import argparse
import os
import shutil
import subprocess
import sys
import tempfile
import datetime as dt
from pathlib import Path

from site_build import PROJECT_ROOT, read_site_config
from site_build.pages.downloads import ZIP_PATH, fill_sizes
from site_build.pages.markdown_source import SourceError
from site_build.pages.study.anki_package import DECK_PATH, source_timestamp, write_deck
from site_build.pages.study.flashcards import all_cards
from site_build.pages.study.handbook import HandbookError
from site_build.pages.study.handbook_pdf import HANDBOOK_PATH, PrintFailed, render_handbook
from site_build.publish.headers import write_headers_file
from site_build.publish.icons import write_icons
from site_build.publish.manifest import ICON_DIR, write_manifest
from site_build.publish.offline_copy import ZIP_FOLDER, prune_unused_theme_files, write_zip
from site_build.publish.precompress import precompress_site
from site_build.publish.service_worker import write_service_worker


class BuildFailed(RuntimeError):
    """A MkDocs build failed; the message carries its output."""


def _build_pages(config_file: str, site_dir: Path) -> None:
    """One MkDocs build, then what every built copy needs beside its pages."""
    completed = subprocess.run(
        [sys.executable, "-m", "mkdocs", "build", "--strict", "--quiet",
         "--config-file", config_file, "--site-dir", str(site_dir)],
        cwd=PROJECT_ROOT,
        capture_output=True,
        text=True,
        env={**os.environ, "NO_MKDOCS_2_WARNING": "1"},
    )
    if completed.returncode != 0:
        raise BuildFailed(f"mkdocs build -f {config_file} failed:\n{completed.stdout}\n{completed.stderr}")
    write_icons(site_dir / ICON_DIR, PROJECT_ROOT / ".cache" / "icons")
    prune_unused_theme_files(site_dir)


def _write_manifest(site_dir: Path) -> None:
    # Only the online site is installable: a page opened from disk cannot be.
    config = read_site_config()
    write_manifest(site_dir, config["site_name"], config["site_description"])


def build_site(site_dir: Path) -> Path:
    """Build everything into ``site_dir``; return the offline zip's path inside it."""
    site_dir = site_dir.resolve()
    _build_pages("mkdocs.yml", site_dir)
    _write_manifest(site_dir)
    timestamp = source_timestamp()
    try:
        cards = all_cards()
    except SourceError as error:
        raise BuildFailed(f"the flashcards: {error}") from None
    write_deck(cards, site_dir / DECK_PATH, timestamp)
    try:
        built = dt.datetime.fromtimestamp(timestamp, dt.timezone.utc).date()
        render_handbook(
            site_dir,
            PROJECT_ROOT / "mkdocs.yml",
            site_dir / HANDBOOK_PATH,
            built,
            guess_file=PROJECT_ROOT / ".cache" / "handbook-pages.json",
        )
    except (HandbookError, PrintFailed) as error:
        raise BuildFailed(f"the PDF handbook: {error}") from None
    zip_path = site_dir / ZIP_PATH
    with tempfile.TemporaryDirectory(prefix="oih-offline-") as scratch:
        copy_dir = Path(scratch) / ZIP_FOLDER
        _build_pages("mkdocs.offline.yml", copy_dir)
        write_deck(cards, copy_dir / DECK_PATH, timestamp)
        # Students study from the copy: the handbook travels with it.
        shutil.copyfile(site_dir / HANDBOOK_PATH, copy_dir / HANDBOOK_PATH)
        fill_sizes(copy_dir, [DECK_PATH, HANDBOOK_PATH])
        write_zip(copy_dir, zip_path)
    shown = fill_sizes(site_dir, [ZIP_PATH, DECK_PATH, HANDBOOK_PATH])
    unlinked = [relative for relative, pages in shown.items() if not pages]
    if unlinked:
        raise BuildFailed(
            f"no page links to {', '.join(unlinked)}: keep <!-- oih:offline-download --> and "
            "<!-- oih:study-downloads --> on the pages that offer them"
        )
    write_service_worker(site_dir)
    write_headers_file(PROJECT_ROOT, site_dir)
    precompress_site(site_dir, PROJECT_ROOT / ".cache" / "precompress")
    return zip_path


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description="Build the online site and its offline copy.")
    parser.add_argument("--site-dir", type=Path, default=PROJECT_ROOT / "site")
    parser.add_argument("--offline-zip", type=Path, help="also copy the offline zip here")
    args = parser.parse_args(argv)
    try:
        zip_path = build_site(args.site_dir)
    except BuildFailed as error:
        print(error, file=sys.stderr)
        return 1
    if args.offline_zip:
        args.offline_zip.parent.mkdir(parents=True, exist_ok=True)
        shutil.copyfile(zip_path, args.offline_zip)
        print(f"offline copy: {args.offline_zip} ({zip_path.stat().st_size:,} bytes)")
    print(f"site: {args.site_dir}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
