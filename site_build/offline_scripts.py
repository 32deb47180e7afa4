"""Classic scripts that let the tool boot from an offline copy opened from disk.

Under file://, Chromium blocks fetch, XHR and ES-module imports, so Pyodide's
normal loading fails. Classic ``<script>`` tags still load. This module turns
the pinned npm files into classic scripts at build time:

- ``pyodide.asm.mjs`` becomes ``pyodide.asm.js``, which sets a global that the
  page passes to ``loadPyodide`` as ``createPyodideModule``;
- each binary file (the wasm, the boot zip) becomes ``NAME.js``,
  which stores the bytes as base64 in ``self.__oihFiles[NAME]``. The wasm is
  gzipped first: the browser inflates it with ``DecompressionStream('gzip')``,
  and the script is a third of the size of plain base64.

The page's fetch shim (``assessment-boot.js``) answers Pyodide's requests for
those names from memory.
"""

from __future__ import annotations

import base64
import gzip
import json
import re
from pathlib import Path

CLASSIC_MODULE_NAME = "pyodide.asm.js"
MODULE_GLOBAL = "__oihCreatePyodideModule"
FILES_GLOBAL = "__oihFiles"

# The only module syntax the pinned file uses (checked, so a new Pyodide that
# uses more fails the build instead of failing in a student's browser).
_EXPORT = "export default _createPyodideModule;"
_META_URL = "import.meta.url"
_URL_VARIABLE = "__oihPyodideAsmUrl"
# An export or a static import statement: at the very start, or after a
# statement or block ends (minified code puts no newline or space before it).
# Dynamic ``import(...)`` and ``import.meta`` are not matched.
_MODULE_STATEMENT = re.compile(r"""(?:^|[;}\n])\s*(?:export\b|import\b\s*[\w$*{"'])""")


class UnexpectedModuleSyntax(ValueError):
    """``pyodide.asm.mjs`` uses module syntax the rewrite does not handle."""


def classic_module_script(module_source: str) -> str:
    """Rewrite ``pyodide.asm.mjs`` as a classic script that defines a global."""
    if module_source.count(_EXPORT) != 1 or not module_source.rstrip().endswith(_EXPORT):
        raise UnexpectedModuleSyntax(f"expected one trailing {_EXPORT!r}")
    body = module_source.rstrip()[: -len(_EXPORT)]
    if "import.meta" in body.replace(_META_URL, ""):
        raise UnexpectedModuleSyntax("import.meta is used for more than .url")
    if _MODULE_STATEMENT.search(body):
        raise UnexpectedModuleSyntax("a second export or a static import")
    body = body.replace(_META_URL, _URL_VARIABLE)
    # import.meta.url is read when the function runs, after currentScript is
    # gone, so the script's own URL is captured while it loads.
    return (
        f"var {_URL_VARIABLE} = document.currentScript && document.currentScript.src;\n"
        f"{body}\nself.{MODULE_GLOBAL} = _createPyodideModule;\n"
    )


def data_script(name: str, data: bytes, *, gzipped: bool) -> str:
    """A classic script that registers ``data`` (base64, optionally gzipped) under ``name``."""
    payload = gzip.compress(data, compresslevel=9, mtime=0) if gzipped else data
    entry = {"gzip": gzipped, "base64": base64.b64encode(payload).decode("ascii")}
    return (
        f"(self.{FILES_GLOBAL} = self.{FILES_GLOBAL} || {{}})[{json.dumps(name)}] = "
        f"{json.dumps(entry)};\n"
    )


def write_offline_scripts(pyodide_dir: Path, binaries: dict[Path, bool]) -> list[Path]:
    """Write the classic scripts next to their sources and delete the sources.

    ``pyodide_dir`` holds the vendored ``pyodide.asm.mjs``; ``binaries`` maps
    each binary file to whether it should be gzipped. Returns the new scripts.
    """
    written = []
    module = pyodide_dir / "pyodide.asm.mjs"
    classic = pyodide_dir / CLASSIC_MODULE_NAME
    classic.write_text(classic_module_script(module.read_text(encoding="utf-8")), encoding="utf-8")
    module.unlink()
    written.append(classic)
    for path, gzipped in binaries.items():
        script = path.with_name(path.name + ".js")
        script.write_text(data_script(path.name, path.read_bytes(), gzipped=gzipped), encoding="ascii")
        path.unlink()
        written.append(script)
    return written
