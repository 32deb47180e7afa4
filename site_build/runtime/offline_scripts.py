"""Classic scripts for the tool's worker, online and from an offline copy on disk.

Pyodide 314 ships its Emscripten half only as an ES module, but the tool runs
Pyodide in a classic Web Worker (the offline copy cannot start module
workers). So at build time:

- ``pyodide.asm.mjs`` becomes ``pyodide.asm.js``, a classic script that sets a
  global, which the worker passes to ``loadPyodide`` as ``createPyodideModule``.

Under file://, Chromium also blocks fetch, XHR, workers loaded from files and
module imports; classic ``<script>`` tags still load. So the offline copy also
turns:

- each text file the worker is made of (``pyodide.js``, ``pyodide.asm.js``,
  ``assessment-worker.js``) into ``NAME.txt.js``, which stores the text in
  ``self.__oihTexts[NAME]``; the page joins them into a ``blob:`` worker;
- each binary file (the wasm, the boot zip) into ``NAME.js``, which stores the
  bytes as base64 in ``self.__oihFiles[NAME]``. The wasm is gzipped first: the
  worker inflates it with ``DecompressionStream('gzip')``, and the script is a
  third of the size of plain base64.

The worker's fetch shim (``assessment-worker.js``) answers Pyodide's requests
for those binaries from memory.
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
TEXTS_GLOBAL = "__oihTexts"
TEXT_SUFFIX = ".txt.js"

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
    # gone, so the script's own URL is captured while it loads (in a worker,
    # which has no document, the worker's URL stands in; Pyodide passes
    # locateFile, so the value is never used to find files).
    return (
        f"var {_URL_VARIABLE} = typeof document !== \"undefined\" && document.currentScript "
        "? document.currentScript.src : self.location.href;\n"
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


def text_script(name: str, text: str) -> str:
    """A classic script that registers ``text`` under ``name``."""
    return f"(self.{TEXTS_GLOBAL} = self.{TEXTS_GLOBAL} || {{}})[{json.dumps(name)}] = {json.dumps(text)};\n"


def write_classic_module(pyodide_dir: Path) -> Path:
    """Replace the vendored ``pyodide.asm.mjs`` with its classic rewrite; return the new file."""
    module = pyodide_dir / "pyodide.asm.mjs"
    classic = pyodide_dir / CLASSIC_MODULE_NAME
    classic.write_text(classic_module_script(module.read_text(encoding="utf-8")), encoding="utf-8")
    module.unlink()
    return classic


def write_offline_scripts(binaries: dict[Path, bool], texts: list[Path]) -> list[Path]:
    """Write the classic scripts next to their sources and delete the sources.

    ``binaries`` maps each binary file to whether it should be gzipped;
    ``texts`` are the worker's script files. Returns the new scripts.
    """
    written = []
    for path in texts:
        script = path.with_name(path.name + TEXT_SUFFIX)
        script.write_text(text_script(path.name, path.read_text(encoding="utf-8")), encoding="utf-8")
        path.unlink()
        written.append(script)
    for path, gzipped in binaries.items():
        script = path.with_name(path.name + ".js")
        script.write_text(data_script(path.name, path.read_bytes(), gzipped=gzipped), encoding="ascii")
        path.unlink()
        written.append(script)
    return written
