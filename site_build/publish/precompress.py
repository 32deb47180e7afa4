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
import shutil
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
    scratch = cached.with_suffix(cached.suffix + ".tmp")
    scratch.write_bytes(body)
    scratch.replace(cached)
    return body


def precompress_site(site_dir: Path, cache_dir: Path) -> list[Compressed]:
    """Write ``.br`` and ``.gz`` beside each file that wants them; return the sizes."""
    results = []
    for file in sorted(site_dir.rglob("*")):
        path = file.relative_to(site_dir).as_posix()
        if not file.is_file() or not wants_precompression(path):
            continue
        data = file.read_bytes()
        sizes: dict[str, int | None] = {}
        for encoding in ENCODINGS:
            body = _compressed(data, encoding, cache_dir)
            target = file.with_name(file.name + encoding)
            if len(body) <= len(data) * (1 - MIN_SAVING):
                target.write_bytes(body)
                shutil.copystat(file, target)
                sizes[encoding] = len(body)
            else:
                target.unlink(missing_ok=True)
                sizes[encoding] = None
        results.append(Compressed(path, len(data), sizes[".br"], sizes[".gz"]))
    return results
