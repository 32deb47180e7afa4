"""Precompressed copies of the built site's files, for hosts that serve them as they are.

Beside every text, WebAssembly and zip file the build writes ``NAME.br``
(brotli, quality 11) and ``NAME.gz`` (gzip -9). nginx's ``brotli_static`` and
``gzip_static`` and ``make serve`` send them without compressing per request,
so visitors get the smallest bytes at no cost to the server. Brotli at
quality 11 is slow (about 30 s for Pyodide's wasm), so results are cached by
content hash in ``.cache/precompress``.
"""

from __future__ import annotations

import gzip
import hashlib
import os
import shutil
import tempfile
from collections.abc import Iterable
from concurrent.futures import Future, ThreadPoolExecutor
from dataclasses import dataclass
from pathlib import Path

import brotli

ENCODINGS = (".br", ".gz")
SUFFIXES = frozenset({
    ".html", ".css", ".js", ".mjs", ".json", ".svg", ".xml", ".txt", ".webmanifest",
    ".wasm", ".zip",
})
# The downloads are deflated archives and a PDF: another pass saves nothing.
SKIPPED_FOLDERS = ("downloads/",)
# A copy that saves less than this is not worth a second file.
MIN_SAVING = 0.05


@dataclass(frozen=True)
class Compressed:
    """One file's sizes: as built, and as each precompressed copy (None if not written)."""

    path: str
    size: int
    brotli: int | None
    gzip: int | None


def _brotli(data: bytes) -> bytes:
    return brotli.compress(data, quality=11)


def _gzip(data: bytes) -> bytes:
    return gzip.compress(data, compresslevel=9, mtime=0)


_COMPRESSORS = {".br": _brotli, ".gz": _gzip}


def wants_precompression(path: str) -> bool:
    """True for a site path (``assets/x.js``) that gets ``.br`` and ``.gz`` copies."""
    return Path(path).suffix in SUFFIXES and not path.startswith(SKIPPED_FOLDERS)


def _compressed(data: bytes, encoding: str, cache_dir: Path) -> bytes:
    cached = cache_dir / (hashlib.sha256(data).hexdigest() + encoding)
    if cached.exists():
        return cached.read_bytes()
    body = _COMPRESSORS[encoding](data)
    cache_dir.mkdir(parents=True, exist_ok=True)
    # A scratch file of its own: two threads may compress the same bytes (the
    # Spanish edition's copy of a theme file) at once.
    with tempfile.NamedTemporaryFile(dir=cache_dir, suffix=".tmp", delete=False) as scratch:
        scratch.write(body)
    Path(scratch.name).replace(cached)
    return body


def compress_ahead(folder: Path, cache_dir: Path) -> Future[None]:
    """Start filling the cache with the copies of ``folder``'s files, in a background thread.

    The build stages Pyodide first and publishes last. The wasm alone takes
    about 25 s at quality 11, so compressing it while MkDocs builds the pages
    takes that time off a build with an empty cache. Wait for the result
    before ``precompress_site``, or both would compress the same file.
    """
    files = _largest_first(file for file in folder.rglob("*") if file.is_file() and file.suffix in SUFFIXES)
    pool = ThreadPoolExecutor(max_workers=1, thread_name_prefix="compress-ahead")
    ahead = pool.submit(_fill_cache, files, cache_dir)
    pool.shutdown(wait=False)
    return ahead


def _fill_cache(files: list[Path], cache_dir: Path) -> None:
    for file in files:
        _copies(file.read_bytes(), cache_dir)


def _copies(data: bytes, cache_dir: Path) -> dict[str, bytes]:
    """Each encoding's copy of ``data``, from the cache or made and cached."""
    return {encoding: _compressed(data, encoding, cache_dir) for encoding in ENCODINGS}


def _largest_first(files: Iterable[Path]) -> list[Path]:
    # The biggest files go first, so the wasm is not left to the end.
    return sorted(files, key=lambda file: file.stat().st_size, reverse=True)


def precompress_site(site_dir: Path, cache_dir: Path) -> list[Compressed]:
    """Write ``.br`` and ``.gz`` beside each file that wants them; return the sizes, by path."""
    files = _largest_first(
        file for file in site_dir.rglob("*")
        if file.is_file() and wants_precompression(file.relative_to(site_dir).as_posix())
    )
    # brotli and zlib let go of the GIL while they work, so threads use every core.
    with ThreadPoolExecutor(max_workers=os.cpu_count() or 1) as pool:
        results = list(pool.map(lambda file: _precompress_file(file, site_dir, cache_dir), files))
    return sorted(results, key=lambda compressed: compressed.path)


def _precompress_file(file: Path, site_dir: Path, cache_dir: Path) -> Compressed:
    data = file.read_bytes()
    sizes: dict[str, int | None] = {}
    for encoding, body in _copies(data, cache_dir).items():
        target = file.with_name(file.name + encoding)
        if len(body) <= len(data) * (1 - MIN_SAVING):
            target.write_bytes(body)
            shutil.copystat(file, target)
            sizes[encoding] = len(body)
        else:
            target.unlink(missing_ok=True)
            sizes[encoding] = None
    return Compressed(file.relative_to(site_dir).as_posix(), len(data), sizes[".br"], sizes[".gz"])
