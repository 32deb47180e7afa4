"""Build the whole site: ``python -m site_build.build [--site-dir site] [--offline-zip PATH]``.

1. the online site (``mkdocs.yml``);
2. the offline copy (``mkdocs.offline.yml``) in a temporary folder, zipped into
   the online site at ``downloads/``, which the pages link to;
3. the service worker, because it lists and hashes every file;
4. the ``_headers`` file for Netlify and Cloudflare Pages, and last the ``.br``
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
from pathlib import Path

from site_build.offline_copy import ZIP_FOLDER, ZIP_PATH, fill_zip_size, write_zip
from site_build.publish.headers import write_headers_file
from site_build.publish.precompress import precompress_site
from site_build.service_worker import write_service_worker

PROJECT_ROOT = Path(__file__).resolve().parent.parent


class BuildFailed(RuntimeError):
    """A MkDocs build failed; the message carries its output."""


def _mkdocs(config_file: str, site_dir: Path) -> None:
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


def build_site(site_dir: Path) -> Path:
    """Build everything into ``site_dir``; return the offline zip's path inside it."""
    site_dir = site_dir.resolve()
    _mkdocs("mkdocs.yml", site_dir)
    zip_path = site_dir / ZIP_PATH
    with tempfile.TemporaryDirectory(prefix="oih-offline-") as scratch:
        copy_dir = Path(scratch) / ZIP_FOLDER
        _mkdocs("mkdocs.offline.yml", copy_dir)
        write_zip(copy_dir, zip_path)
    if not fill_zip_size(site_dir, zip_path.stat().st_size):
        raise BuildFailed("no page links to the offline copy: keep <!-- oih:offline-download --> on a page")
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
