from __future__ import annotations

import base64
import gzip
import json
import re
import shutil
import subprocess
import time
from pathlib import Path

import pytest

from site_build.runtime.offline_scripts import (
    CLASSIC_MODULE_NAME,
    UnexpectedModuleSyntax,
    classic_module_script,
    data_script,
    text_script,
    write_classic_module,
    write_offline_scripts,
)

ROOT = Path(__file__).resolve().parents[3]
REAL_MODULE = ROOT / "node_modules" / "pyodide" / "pyodide.asm.mjs"
EXPORT = "export default _createPyodideModule;"
FUNCTION = 'async function _createPyodideModule(m={}){return new URL("a.wasm",import.meta.url).href}'
SOURCE = FUNCTION + EXPORT + "\n"
_DATA_SCRIPT = re.compile(r'\(self\.__oihFiles = self\.__oihFiles \|\| \{\}\)\[(".*?")\] = (\{.*\});\n')
_TEXT_SCRIPT = re.compile(r'\(self\.__oihTexts = self\.__oihTexts \|\| \{\}\)\[(".*?")\] = (".*");\n', re.DOTALL)

requires_node = pytest.mark.skipif(shutil.which("node") is None, reason="needs node")


def _registered(script: str) -> tuple[str, dict]:
    match = _DATA_SCRIPT.fullmatch(script)
    assert match is not None, script[:200]
    return json.loads(match.group(1)), json.loads(match.group(2))


def _classic_check(tmp_path: Path, source: str) -> subprocess.CompletedProcess[str]:
    """Parse ``source`` as a classic script, as a browser's ``<script>`` tag does, without running it.

    Not ``node --check file.js``: this Node detects module syntax in .js files
    and would accept the unrewritten module.
    """
    script = tmp_path / "check.js"
    script.write_text(source, encoding="utf-8")
    parse = "new (require('vm').Script)(require('fs').readFileSync(process.argv[1], 'utf8'))"
    return subprocess.run(["node", "-e", parse, str(script)], capture_output=True, text=True)


# classic_module_script: synthetic sources


def test_the_default_export_is_removed() -> None:
    assert "export" not in classic_module_script(SOURCE)


def test_the_factory_becomes_a_global() -> None:
    assert classic_module_script(SOURCE).endswith("\nself.__oihCreatePyodideModule = _createPyodideModule;\n")


def test_import_meta_url_is_replaced() -> None:
    result = classic_module_script(SOURCE)
    assert "import.meta" not in result
    assert 'new URL("a.wasm",__oihPyodideAsmUrl)' in result


def test_the_script_url_is_captured_while_the_script_loads() -> None:
    first_line = classic_module_script(SOURCE).splitlines()[0]
    assert first_line == (
        'var __oihPyodideAsmUrl = typeof document !== "undefined" && document.currentScript '
        "? document.currentScript.src : self.location.href;"
    )


@requires_node
def test_the_rewrite_runs_in_a_worker_which_has_no_document(tmp_path: Path) -> None:
    script = tmp_path / "classic.js"
    script.write_text(classic_module_script(SOURCE), encoding="utf-8")
    runner = (
        "globalThis.self = globalThis; self.location = {href: 'http://x/assets/pyodide/w.js'};"
        "eval(require('fs').readFileSync(process.argv[1], 'utf8'));"
        "self.__oihCreatePyodideModule().then((url) => process.stdout.write(url));"
    )
    completed = subprocess.run(["node", "-e", runner, str(script)], capture_output=True, text=True)
    assert completed.returncode == 0, completed.stderr
    assert completed.stdout == "http://x/assets/pyodide/a.wasm"


def test_trailing_whitespace_after_the_export_is_accepted() -> None:
    assert classic_module_script(FUNCTION + EXPORT + "\n\n  \n") == classic_module_script(FUNCTION + EXPORT)


def test_dynamic_imports_are_left_alone() -> None:
    source = 'async function _createPyodideModule(){const fs=await import("node:fs");return fs}' + EXPORT
    assert 'await import("node:fs")' in classic_module_script(source)


def test_a_missing_export_is_rejected() -> None:
    with pytest.raises(UnexpectedModuleSyntax, match="trailing"):
        classic_module_script(FUNCTION)


def test_an_export_that_is_not_last_is_rejected() -> None:
    with pytest.raises(UnexpectedModuleSyntax, match="trailing"):
        classic_module_script(FUNCTION + EXPORT + "var after = 1;")


def test_a_repeated_default_export_is_rejected() -> None:
    with pytest.raises(UnexpectedModuleSyntax, match="trailing"):
        classic_module_script(FUNCTION + EXPORT + "\n" + EXPORT)


@pytest.mark.parametrize(
    "extra",
    [
        "export const version = 1;\n",
        "var a = 1;export const version = 1;",
        "function f(){}export{f as g};",
    ],
    ids=["own-line", "after-semicolon", "minified-after-brace"],
)
def test_a_second_export_is_rejected(extra: str) -> None:
    with pytest.raises(UnexpectedModuleSyntax, match="second export or a static import"):
        classic_module_script(extra + FUNCTION + EXPORT)


@pytest.mark.parametrize(
    "extra",
    [
        'import x from "y";\n',
        'var a = 1;\nimport x from "y";\n',
        'var a = 1;import{b}from"c";',
        'import * as z from "z";\n',
        'import "side-effect";\n',
    ],
    ids=["first-line", "own-line", "minified", "namespace", "bare"],
)
def test_a_static_import_is_rejected(extra: str) -> None:
    with pytest.raises(UnexpectedModuleSyntax, match="second export or a static import"):
        classic_module_script(extra + FUNCTION + EXPORT)


def test_other_import_meta_properties_are_rejected() -> None:
    source = 'async function _createPyodideModule(){return import.meta.resolve("a")}' + EXPORT
    with pytest.raises(UnexpectedModuleSyntax, match=r"import\.meta"):
        classic_module_script(source)


def test_import_meta_alone_is_rejected() -> None:
    source = "async function _createPyodideModule(){return import.meta}" + EXPORT
    with pytest.raises(UnexpectedModuleSyntax, match=r"import\.meta"):
        classic_module_script(source)


@requires_node
def test_a_rewritten_synthetic_module_is_a_classic_script(tmp_path: Path) -> None:
    checked = _classic_check(tmp_path, classic_module_script(SOURCE))
    assert checked.returncode == 0, checked.stderr


# classic_module_script: the pinned Pyodide file


@pytest.fixture(scope="module")
def real_classic() -> str:
    return classic_module_script(REAL_MODULE.read_text(encoding="utf-8"))


def test_the_real_module_loses_its_export(real_classic: str) -> None:
    assert "export default" not in real_classic


def test_the_real_module_loses_import_meta(real_classic: str) -> None:
    assert "import.meta" not in real_classic


def test_the_real_module_defines_the_global(real_classic: str) -> None:
    assert real_classic.rstrip().endswith("self.__oihCreatePyodideModule = _createPyodideModule;")


@requires_node
def test_the_real_module_parses_as_a_classic_script(real_classic: str, tmp_path: Path) -> None:
    checked = _classic_check(tmp_path, real_classic)
    assert checked.returncode == 0, checked.stderr[-2000:]


@requires_node
def test_the_real_module_does_not_parse_as_a_classic_script_before_the_rewrite(tmp_path: Path) -> None:
    # Guards the check above: it really does reject module syntax.
    checked = _classic_check(tmp_path, REAL_MODULE.read_text(encoding="utf-8"))
    assert checked.returncode != 0


# data_script


def test_plain_data_round_trips() -> None:
    data = bytes(range(256)) * 3
    name, entry = _registered(data_script("python_stdlib.zip", data, gzipped=False))
    assert name == "python_stdlib.zip"
    assert entry["gzip"] is False
    assert base64.b64decode(entry["base64"]) == data


def test_gzipped_data_round_trips() -> None:
    data = b"\x00asm" + bytes(range(256)) * 40
    name, entry = _registered(data_script("pyodide.asm.wasm", data, gzipped=True))
    assert name == "pyodide.asm.wasm"
    assert entry["gzip"] is True
    assert gzip.decompress(base64.b64decode(entry["base64"])) == data


def test_gzipping_shrinks_repetitive_data() -> None:
    data = b"a" * 10_000
    plain = data_script("f", data, gzipped=False)
    packed = data_script("f", data, gzipped=True)
    assert len(packed) < len(plain) / 10


def test_gzipped_output_does_not_depend_on_the_clock(monkeypatch: pytest.MonkeyPatch) -> None:
    data = bytes(range(256)) * 10
    monkeypatch.setattr(time, "time", lambda: 1_000_000.0)
    first = data_script("f", data, gzipped=True)
    monkeypatch.setattr(time, "time", lambda: 2_000_000_000.0)
    second = data_script("f", data, gzipped=True)
    assert first == second


def test_the_name_is_json_escaped() -> None:
    name, _ = _registered(data_script('odd "name".whl', b"x", gzipped=False))
    assert name == 'odd "name".whl'


def test_a_data_script_is_ascii() -> None:
    assert data_script("f", bytes(range(256)), gzipped=True).isascii()


@requires_node
def test_data_scripts_register_their_bytes_side_by_side_when_run(tmp_path: Path) -> None:
    first, second = tmp_path / "first.js", tmp_path / "second.js"
    first.write_text(data_script("a.bin", b"hello", gzipped=False), encoding="ascii")
    second.write_text(data_script("b.bin", b"world", gzipped=False), encoding="ascii")
    runner = (
        "globalThis.self = globalThis;"
        "const fs = require('fs');"
        "for (const file of process.argv.slice(1)) eval(fs.readFileSync(file, 'utf8'));"
        "process.stdout.write(JSON.stringify(self.__oihFiles));"
    )
    completed = subprocess.run(["node", "-e", runner, str(first), str(second)], capture_output=True, text=True)
    assert completed.returncode == 0, completed.stderr
    files = json.loads(completed.stdout)
    assert base64.b64decode(files["a.bin"]["base64"]) == b"hello"
    assert base64.b64decode(files["b.bin"]["base64"]) == b"world"


# text_script


def _text_registered(script: str) -> tuple[str, str]:
    match = _TEXT_SCRIPT.fullmatch(script)
    assert match is not None, script[:200]
    return json.loads(match.group(1)), json.loads(match.group(2))


def test_text_round_trips_with_quotes_newlines_and_script_tags() -> None:
    text = 'var a = "b";\n// </script> \u2028 \\ done\n'
    assert _text_registered(text_script("pyodide.js", text)) == ("pyodide.js", text)


@requires_node
def test_text_scripts_register_their_text_when_run(tmp_path: Path) -> None:
    script = tmp_path / "t.js"
    script.write_text(text_script("w.js", "self.x = 1;\n"), encoding="utf-8")
    runner = (
        "globalThis.self = globalThis; eval(require('fs').readFileSync(process.argv[1], 'utf8'));"
        "process.stdout.write(JSON.stringify(self.__oihTexts));"
    )
    completed = subprocess.run(["node", "-e", runner, str(script)], capture_output=True, text=True)
    assert completed.returncode == 0, completed.stderr
    assert json.loads(completed.stdout) == {"w.js": "self.x = 1;\n"}


# write_classic_module and write_offline_scripts


@pytest.fixture
def vendored(tmp_path: Path) -> tuple[Path, Path, Path]:
    pyodide_dir = tmp_path / "pyodide"
    pyodide_dir.mkdir()
    (pyodide_dir / "pyodide.asm.mjs").write_text(SOURCE, encoding="utf-8")
    wasm = pyodide_dir / "pyodide.asm.wasm"
    wasm.write_bytes(b"\x00asm" + bytes(range(256)) * 4)
    stdlib = tmp_path / "tool" / "python_stdlib.pyc.zip"
    stdlib.parent.mkdir()
    stdlib.write_bytes(b"PK\x03\x04 zip bytes")
    return pyodide_dir, wasm, stdlib


def test_the_classic_module_replaces_the_es_module(vendored: tuple[Path, Path, Path]) -> None:
    pyodide_dir, _, _ = vendored
    written = write_classic_module(pyodide_dir)
    assert written == pyodide_dir / CLASSIC_MODULE_NAME
    assert written.read_text(encoding="utf-8") == classic_module_script(SOURCE)
    assert not (pyodide_dir / "pyodide.asm.mjs").exists()


def test_a_bad_module_leaves_the_source_in_place(tmp_path: Path) -> None:
    (tmp_path / "pyodide.asm.mjs").write_text('import x from "y";\n' + SOURCE, encoding="utf-8")
    with pytest.raises(UnexpectedModuleSyntax):
        write_classic_module(tmp_path)
    assert (tmp_path / "pyodide.asm.mjs").exists()
    assert not (tmp_path / CLASSIC_MODULE_NAME).exists()


def test_writing_returns_the_new_scripts(vendored: tuple[Path, Path, Path]) -> None:
    pyodide_dir, wasm, stdlib = vendored
    classic = write_classic_module(pyodide_dir)
    written = write_offline_scripts({wasm: True, stdlib: False}, [classic])
    assert written == [
        pyodide_dir / "pyodide.asm.js.txt.js",
        pyodide_dir / "pyodide.asm.wasm.js",
        stdlib.parent / "python_stdlib.pyc.zip.js",
    ]
    assert all(path.is_file() for path in written)


def test_writing_deletes_the_sources(vendored: tuple[Path, Path, Path]) -> None:
    pyodide_dir, wasm, stdlib = vendored
    classic = write_classic_module(pyodide_dir)
    write_offline_scripts({wasm: True, stdlib: False}, [classic])
    assert not classic.exists()
    assert not wasm.exists()
    assert not stdlib.exists()


def test_the_written_text_script_holds_the_text(vendored: tuple[Path, Path, Path]) -> None:
    pyodide_dir, _, _ = vendored
    classic = write_classic_module(pyodide_dir)
    (script,) = write_offline_scripts({}, [classic])
    assert _text_registered(script.read_text(encoding="utf-8")) == (CLASSIC_MODULE_NAME, classic_module_script(SOURCE))


def test_the_written_data_scripts_hold_each_files_bytes(vendored: tuple[Path, Path, Path]) -> None:
    _, wasm, stdlib = vendored
    wasm_bytes, stdlib_bytes = wasm.read_bytes(), stdlib.read_bytes()
    wasm_script, stdlib_script = write_offline_scripts({wasm: True, stdlib: False}, [])
    name, entry = _registered(wasm_script.read_text(encoding="ascii"))
    assert (name, entry["gzip"]) == ("pyodide.asm.wasm", True)
    assert gzip.decompress(base64.b64decode(entry["base64"])) == wasm_bytes
    name, entry = _registered(stdlib_script.read_text(encoding="ascii"))
    assert (name, entry["gzip"]) == (stdlib.name, False)
    assert base64.b64decode(entry["base64"]) == stdlib_bytes
