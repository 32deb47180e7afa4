from __future__ import annotations

import urllib.error
import urllib.request
from pathlib import Path

from site_build.publish.headers import IMMUTABLE, NO_CACHE, cache_control
from site_build.publish.serve import serve_in_background


def test_wasm_and_modules_get_the_types_browsers_need(tmp_path: Path) -> None:
    (tmp_path / "a.wasm").write_bytes(b"\0asm")
    (tmp_path / "b.mjs").write_text("export default 1;")
    server, url = serve_in_background(tmp_path)
    try:
        with urllib.request.urlopen(url + "a.wasm") as response:
            assert response.headers["Content-Type"] == "application/wasm"
        with urllib.request.urlopen(url + "b.mjs") as response:
            assert response.headers["Content-Type"] == "text/javascript"
    finally:
        server.shutdown()


def test_text_and_wasm_are_gzipped_for_browsers_that_ask(tmp_path: Path) -> None:
    import gzip

    (tmp_path / "page").mkdir()
    (tmp_path / "page" / "index.html").write_text("<p>hello</p>" * 50)
    (tmp_path / "a.wasm").write_bytes(b"\0asm" * 100)
    (tmp_path / "w.whl").write_bytes(b"PK" * 100)
    server, url = serve_in_background(tmp_path)
    try:
        for name, body in (("page/", b"<p>hello</p>" * 50), ("a.wasm", b"\0asm" * 100)):
            request = urllib.request.Request(url + name, headers={"Accept-Encoding": "gzip"})
            with urllib.request.urlopen(request) as response:
                assert response.headers["Content-Encoding"] == "gzip"
                assert gzip.decompress(response.read()) == body
        request = urllib.request.Request(url + "w.whl", headers={"Accept-Encoding": "gzip"})
        with urllib.request.urlopen(request) as response:
            assert response.headers["Content-Encoding"] is None
        with urllib.request.urlopen(url + "a.wasm") as response:
            assert response.headers["Content-Encoding"] is None and response.read() == b"\0asm" * 100
        request = urllib.request.Request(url + "page", headers={"Accept-Encoding": "gzip"})
        opener = urllib.request.build_opener(type("NoRedirect", (urllib.request.HTTPRedirectHandler,), {"redirect_request": lambda *a: None}))
        try:
            opener.open(request)
            raise AssertionError("a folder without its slash must redirect")
        except urllib.error.HTTPError as error:
            assert error.code == 301
    finally:
        server.shutdown()


def test_precompressed_copies_are_sent_as_they_are(tmp_path: Path) -> None:
    (tmp_path / "a.js").write_text("var a = 1;\n" * 100)
    (tmp_path / "a.js.br").write_bytes(b"brotli bytes")
    (tmp_path / "a.js.gz").write_bytes(b"gzip bytes")
    server, url = serve_in_background(tmp_path)
    try:
        for accept, encoding, body in (("gzip, deflate, br", "br", b"brotli bytes"),
                                       ("gzip", "gzip", b"gzip bytes"),
                                       ("br;q=0, gzip", "gzip", b"gzip bytes")):
            request = urllib.request.Request(url + "a.js", headers={"Accept-Encoding": accept})
            with urllib.request.urlopen(request) as response:
                assert response.headers["Content-Encoding"] == encoding, accept
                assert response.headers["Content-Type"] == "text/javascript"
                assert response.read() == body
    finally:
        server.shutdown()


def test_the_cache_policy_is_the_real_hosts_one(tmp_path: Path) -> None:
    runtime = tmp_path / "assets" / "pyodide" / "314.0.7-0123456789"
    runtime.mkdir(parents=True)
    (runtime / "pyodide.asm.wasm").write_bytes(b"\0asm")
    (runtime / "pyodide.asm.wasm.br").write_bytes(b"brotli bytes")
    (tmp_path / "index.html").write_text("<p>hello</p>")
    server, url = serve_in_background(tmp_path)
    try:
        wasm = "assets/pyodide/314.0.7-0123456789/pyodide.asm.wasm"
        for name, accept, policy in ((wasm, "br", IMMUTABLE), (wasm, "identity", IMMUTABLE), ("", "gzip", NO_CACHE)):
            request = urllib.request.Request(url + name, headers={"Accept-Encoding": accept})
            with urllib.request.urlopen(request) as response:
                assert response.headers["Cache-Control"] == policy == cache_control(name or "index.html"), name
    finally:
        server.shutdown()
