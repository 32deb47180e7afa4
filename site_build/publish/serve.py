"""Serve a built site on loopback, with the MIME types Pyodide needs, compressed.

``python -m http.server`` would do, except that a browser only streams
WebAssembly served as ``application/wasm``, and ``.mjs`` must be JavaScript;
this server pins both instead of trusting the machine's mime.types. Like a
real host it sends the build's precompressed ``.br`` or ``.gz`` copy when the
browser accepts it, and gzips other text on the fly, so what Lighthouse and
the benchmark measure here is what a visitor would download. It sends the
real hosts' ``Cache-Control`` too (``headers.cache_control``), so a repeat
visit here finds in the browser's cache what it would find there.
"""

from __future__ import annotations

import argparse
import functools
import gzip
import http.server
import io
import os
import sys
import threading
import urllib.parse
from collections.abc import Mapping
from pathlib import Path

from site_build.publish.headers import cache_control

_TYPES = {
    ".wasm": "application/wasm",
    ".mjs": "text/javascript",
    ".js": "text/javascript",
    ".json": "application/json",
    ".webmanifest": "application/manifest+json",
    ".whl": "application/zip",
    ".zip": "application/zip",
    ".svg": "image/svg+xml",
}


# Already compressed formats (zip, wheel, png) gain nothing from gzip.
_GZIP_SUFFIXES = frozenset({".html", ".css", ".js", ".mjs", ".json", ".svg", ".wasm", ".webmanifest", ".xml", ".txt"})
_gzip_cache: dict[tuple[str, int, int], bytes] = {}
_gzip_lock = threading.Lock()


def _gzipped(path: str) -> bytes:
    stat = os.stat(path)
    key = (path, stat.st_mtime_ns, stat.st_size)
    with _gzip_lock:
        cached = _gzip_cache.get(key)
    if cached is None:
        with open(path, "rb") as handle:
            cached = gzip.compress(handle.read(), compresslevel=6, mtime=0)
        with _gzip_lock:
            _gzip_cache[key] = cached
    return cached


def _accepted_encodings(header: str) -> set[str]:
    """The codings an Accept-Encoding header allows (``q=0`` refuses one)."""
    accepted = set()
    for item in header.split(","):
        name, _, params = item.strip().partition(";")
        if name and params.replace(" ", "") not in ("q=0", "q=0.0", "q=0.00", "q=0.000"):
            accepted.add(name.strip().lower())
    return accepted


class _Handler(http.server.SimpleHTTPRequestHandler):
    extensions_map = {**http.server.SimpleHTTPRequestHandler.extensions_map, **_TYPES}

    def send_head(self):  # type: ignore[no-untyped-def]
        path = self.translate_path(self.path)
        if os.path.isdir(path):
            if not self.path.split("?", 1)[0].endswith("/"):
                return super().send_head()  # the redirect to "folder/"
            path = os.path.join(path, "index.html")
        accepted = _accepted_encodings(self.headers.get("Accept-Encoding", ""))
        for encoding, suffix in (("br", ".br"), ("gzip", ".gz")):
            if encoding in accepted and os.path.isfile(path + suffix):
                with open(path + suffix, "rb") as handle:
                    return self._send_encoded(path, handle.read(), encoding)
        wants_gzip = "gzip" in accepted
        if (
            not wants_gzip
            or Path(path).suffix not in _GZIP_SUFFIXES
            or not os.path.isfile(path)
        ):
            return super().send_head()
        return self._send_encoded(path, _gzipped(path), "gzip")

    def translate_path(self, path: str) -> str:
        # A file from outside the site at a fixed address (the tests' axe-core).
        extra = getattr(self.server, "extra_files", {}).get(urllib.parse.urlsplit(path).path.lstrip("/"))
        return str(extra) if extra is not None else super().translate_path(path)

    def end_headers(self) -> None:
        site_path = urllib.parse.unquote(urllib.parse.urlsplit(self.path).path).lstrip("/")
        self.send_header("Cache-Control", cache_control(site_path))
        super().end_headers()

    def _send_encoded(self, path: str, body: bytes, encoding: str) -> io.BytesIO:
        self.send_response(200)
        self.send_header("Content-Type", self.guess_type(path))
        self.send_header("Content-Encoding", encoding)
        self.send_header("Vary", "Accept-Encoding")
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        return io.BytesIO(body)

    def log_message(self, format: str, *args: object) -> None:
        if getattr(self.server, "verbose", False):
            super().log_message(format, *args)


class _Server(http.server.ThreadingHTTPServer):
    def handle_error(self, request, client_address):  # type: ignore[no-untyped-def]
        # A browser closing a tab mid-download is normal, not worth a traceback.
        if isinstance(sys.exc_info()[1], (BrokenPipeError, ConnectionResetError)):
            return
        super().handle_error(request, client_address)


def make_server(
    directory: Path, host: str = "127.0.0.1", port: int = 0, extra_files: Mapping[str, Path] | None = None
) -> http.server.ThreadingHTTPServer:
    """A threading HTTP server for ``directory``; port 0 picks a free port.

    ``extra_files`` maps site paths (``"__test-only__/axe.min.js"``) to files
    served at them from elsewhere.
    """
    handler = functools.partial(_Handler, directory=str(directory))
    server = _Server((host, port), handler)
    server.daemon_threads = True
    server.extra_files = dict(extra_files or {})  # type: ignore[attr-defined]
    return server


def serve_in_background(
    directory: Path, extra_files: Mapping[str, Path] | None = None
) -> tuple[http.server.ThreadingHTTPServer, str]:
    """Start serving ``directory`` on a free loopback port; return the server and its base URL."""
    server = make_server(directory, extra_files=extra_files)
    # shutdown() waits for the loop's next look: every 0.5 s by default, a
    # pause at the end of every test that starts a server of its own.
    threading.Thread(target=server.serve_forever, kwargs={"poll_interval": 0.02}, daemon=True).start()
    host, port = server.server_address[:2]
    return server, f"http://{host}:{port}/"


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description="Serve the built OIH Guide on loopback.")
    parser.add_argument("--dir", default="site", type=Path, help="the built site (default: site)")
    parser.add_argument("--host", default="127.0.0.1")
    parser.add_argument("--port", default=8000, type=int)
    args = parser.parse_args(argv)
    if not (args.dir / "index.html").exists():
        parser.error(f"{args.dir}/index.html not found: run `make build` first")
    server = make_server(args.dir, args.host, args.port)
    server.verbose = True  # type: ignore[attr-defined]
    print(f"Serving {args.dir} at http://{args.host}:{args.port}/ (Ctrl+C to stop)", flush=True)
    try:
        server.serve_forever()
    except KeyboardInterrupt:
        pass
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
