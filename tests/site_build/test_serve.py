from __future__ import annotations

import urllib.request
from pathlib import Path

from site_build.serve import serve_in_background


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
