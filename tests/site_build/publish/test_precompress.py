"""Precompressed copies: written where they pay, identical when unpacked, cached."""

from __future__ import annotations

import gzip
import random
from pathlib import Path

import brotli

from site_build.publish.precompress import precompress_site, wants_precompression
from site_build.runtime.tool_assets import built_runtime_dir


def test_which_files_get_copies() -> None:
    for path in ("index.html", "a/b.js", "x.css", "assets/pyodide/pyodide.asm.wasm",
                 "assets/pyodide/python_stdlib.pyc.zip", "manifest.webmanifest", "p.mjs"):
        assert wants_precompression(path), path
    for path in ("icon.png", "downloads/oih-guide-offline.zip", "a.js.br", "a.js.gz"):
        assert not wants_precompression(path), path


def test_copies_unpack_to_the_original_and_small_gains_are_skipped(tmp_path: Path) -> None:
    site, cache = tmp_path / "site", tmp_path / "cache"
    (site / "a").mkdir(parents=True)
    page = b"<p>hello, hello, hello</p>\n" * 200
    (site / "a" / "index.html").write_bytes(page)
    noise = random.Random(0).randbytes(600)  # nothing to gain
    (site / "noise.js").write_bytes(noise)
    results = {item.path: item for item in precompress_site(site, cache)}

    assert brotli.decompress((site / "a" / "index.html.br").read_bytes()) == page
    assert gzip.decompress((site / "a" / "index.html.gz").read_bytes()) == page
    assert results["a/index.html"].brotli < results["a/index.html"].gzip < len(page)
    assert not (site / "noise.js.br").exists() and not (site / "noise.js.gz").exists()
    assert results["noise.js"].brotli is None


def test_a_second_run_reuses_the_cache(tmp_path: Path, monkeypatch) -> None:
    from site_build.publish import precompress

    site, cache = tmp_path / "site", tmp_path / "cache"
    site.mkdir()
    (site / "a.css").write_text("body { color: black; }\n" * 100)
    precompress_site(site, cache)
    monkeypatch.setitem(precompress._COMPRESSORS, ".br", lambda data: (_ for _ in ()).throw(AssertionError("recompressed")))
    (site / "a.css.br").unlink()
    precompress_site(site, cache)
    assert (site / "a.css.br").exists()


def test_the_built_site_has_copies_of_the_runtime(built_site: Path) -> None:
    for name in ("pyodide.asm.wasm", "python_stdlib.pyc.zip", "pyodide.asm.js"):
        original = built_site / built_runtime_dir(built_site) / name
        compressed = original.with_name(name + ".br")
        assert compressed.exists(), name
        assert brotli.decompress(compressed.read_bytes()) == original.read_bytes()
    assert not list((built_site / "downloads").glob("*.br"))
