"""Runs inside Pyodide, under Node, at build time (see ``pyc_stdlib.py``).

Boots the same way the browser does, exercises the self-check, then writes the
zip the browser boots from: the stdlib modules that were imported and the
``assessment`` package itself, precompiled to unchecked-hash ``.pyc`` by
Pyodide's own CPython. Compiling the stdlib from source is most of a cold boot;
loading bytecode skips it. With the package in the same zip, the browser
imports it straight away, with no wheel to fetch and unpack. The ``.pyc`` files
are "unchecked" because the zip carries no sources to check them against.
They keep line numbers but no column positions (``pyc_stdlib.mjs`` starts
Pyodide with ``PYTHONNODEBUGRANGES``; ``build`` refuses to run without it).

Exposes ``build(out_path) -> str`` (a JSON report) to the Node driver.
"""

import ast
import importlib
import importlib.util
import json
import marshal
import sys
import zipfile
from importlib._bootstrap_external import _code_to_hash_pyc
from pathlib import Path
from types import CodeType

_EPOCH = (2020, 1, 1, 0, 0, 0)


def _stdlib_zip() -> str:
    return next(entry for entry in sys.path if entry.endswith(".zip"))


def _answer_sets() -> list:
    """Every option of every question, plus bad input, so every code path imports what it needs."""
    from assessment import OPIOIDS, QUESTIONS

    sets: list = [{}]
    for question in QUESTIONS:
        if question.kind == "single":
            sets.extend({question.id: option.id} for option in question.options)
        elif question.kind in ("multi", "areas"):
            sets.append({question.id: []})
            sets.append({question.id: [option.id for option in question.options]})
        else:
            sets.append({question.id: [{"opioid": o.id, "daily_dose": 100} for o in OPIOIDS]})
    full = {}
    for answers in sets:
        full.update(answers)
    sets.append(full)
    # The body maps: new places (spread), the same places, and a map that
    # overrides the stated answer, so the map's reasons are worded here too.
    sets.append({"pain_areas_first": ["face"], "pain_areas_now": ["face", "left_knee"], "pain_spread": "no"})
    sets.append({"pain_areas_first": ["face"], "pain_areas_now": ["face"], "pain_spread": "yes"})
    sets += [{"no_such_question": "x"}, {"pain_spread": 3}, {"pain_areas_now": ["face", "face"]}, [], "text", {"medications": [{"opioid": "x"}]}]
    return sets


def _exercise_engine() -> None:
    from assessment._json_bridge import assess_json

    for answers in _answer_sets():
        json.loads(assess_json(json.dumps(answers)))
    json.loads(assess_json("{not json"))


def _sample_diary() -> dict:
    """Ten weeks with a rise, a reduction, signs, notes and no-opioid days: every diary path."""
    days = [
        {"date": f"2026-{month:02d}-{day:02d}", "pain": (day + month) % 11,
         "withdrawal_signs": ["sweating"] if day % 5 == 0 else [], "note": "=walked" if day == 1 else "ok"}
        for month in (1, 2, 3) for day in range(1, 29) if day % 9
    ]
    doses = [
        {"from": "2026-01-01", "medications": [{"opioid": "oxycodone", "daily_dose": 40}, {"opioid": "buprenorphine", "daily_dose": 2}]},
        {"from": "2026-02-01", "medications": [{"opioid": "fentanyl_patch", "daily_dose": 37.5}]},
        {"from": "2026-03-01", "medications": []},
    ]
    return {"version": 1, "doses": doses, "days": days}


def _exercise_diary() -> None:
    from assessment._json_bridge import call_json

    diary = _sample_diary()
    report = json.loads(call_json("analyse_diary", json.dumps(diary)))
    assert report["ok"], report
    csv_text = json.loads(call_json("diary_to_csv", json.dumps(diary)))["result"]
    again = json.loads(call_json("diary_from_csv", json.dumps({"text": csv_text})))
    assert again["ok"], again
    bad = [{"version": 2}, {"version": 1, "days": [{"date": "2026-02-30", "pain": 3}]}, [], "x"]
    for diary in bad:
        json.loads(call_json("analyse_diary", json.dumps(diary)))
    for text in ("date,pain\n2026-01-01,eleven\n", "a;b\n", '"unclosed\n'):
        json.loads(call_json("diary_from_csv", json.dumps({"text": text})))
    json.loads(call_json("analyse_diary", "{not json"))


# The package's modules that no page runs. A ``__main__`` is a command line
# (``python -m assessment``), and ``_cli`` its helpers: their imports (argparse,
# and gettext behind it) would only add bytes to every phone's download. The
# bibliography renders the References page and checks the rules' sources at
# build time; the browser gets the few labels it shows in the page's data.
NOT_FOR_THE_BROWSER = frozenset({"__main__.py", "_cli.py", "references.py"})


def _browser_sources(package: str) -> list[Path]:
    """The package's modules that can run in the browser: all but ``NOT_FOR_THE_BROWSER``."""
    root = Path(importlib.import_module(package).__file__).parent
    return sorted(path for path in root.rglob("*.py") if path.name not in NOT_FOR_THE_BROWSER)


def _names_the_package_imports(package: str) -> list[str]:
    """Every absolute import in the package's browser modules, including ones inside functions."""
    names = []
    for path in _browser_sources(package):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.Import):
                names += [alias.name for alias in node.names]
            elif isinstance(node, ast.ImportFrom) and node.level == 0 and node.module:
                names.append(node.module)
    return sorted(set(names))


def _import_everything_the_package_names(package: str) -> list[str]:
    names = _names_the_package_imports(package)
    for name in names:
        importlib.import_module(name)
    return names


# Pyodide's start-up imports these, but only optionally (zipfile's extra
# compressors, asyncio's ssl: each inside try/except) or for features no page
# uses. Measured: left out of the zip, Pyodide still boots and the self-check
# and the diary answer. ``ssl`` imports ``base64``, so with base64 left out
# ssl could not import in the browser anyway (asyncio then sets ssl = None);
# ``_ssl`` is Pyodide's stub behind it. Each stays in if the package itself
# imports it.
OPTIONAL_AT_START_UP = frozenset({"_ssl", "base64", "bz2", "compression", "lzma", "ssl"})

# Imported by this build step only, never by a page: zipfile decodes the
# wheel's and the stdlib zip's member names with cp437 as this step reads them.
BUILD_STEP_ONLY = frozenset({"encodings.cp437"})


def _imported_members(stdlib_zip: str, needed: list[str]) -> list[str]:
    """The zip members of every imported stdlib module but the optional ones ``needed`` does not name."""
    prefix = stdlib_zip + "/"
    kept_anyway = {name.split(".")[0] for name in needed}
    members = set()
    for name, module in list(sys.modules.items()):
        if name.split(".")[0] in OPTIONAL_AT_START_UP - kept_anyway or name in BUILD_STEP_ONLY:
            continue
        origin = getattr(getattr(module, "__spec__", None), "origin", None) or ""
        if origin.startswith(prefix) and origin.endswith(".py"):
            members.add(origin[len(prefix):])
    return sorted(members)


# Docstrings and asserts out: neither the package nor Pyodide's start-up reads
# a docstring or relies on an assert, and every phone downloads the bytes.
OPTIMIZE = 2


def _unchecked_pyc(source: bytes, filename: str) -> bytes:
    """``source`` compiled by this (Pyodide's) CPython, as an unchecked-hash ``.pyc``."""
    code = compile(source, filename, "exec", dont_inherit=True, optimize=OPTIMIZE)
    return bytes(_code_to_hash_pyc(code, importlib.util.source_hash(source), checked=False))


def _stored_entry(name: str) -> zipfile.ZipInfo:
    # Stored, not deflated: zipimport then skips inflating every module at
    # boot, and the server's gzip compresses the whole file better.
    info = zipfile.ZipInfo(name, date_time=_EPOCH)
    info.compress_type = zipfile.ZIP_STORED
    info.external_attr = 0o644 << 16
    return info


def _stdlib_members(stdlib_zip: str, members: list[str]) -> list[tuple[str, bytes]]:
    with zipfile.ZipFile(stdlib_zip) as source:
        return [(member, source.read(member)) for member in members]


def _package_members(package: str) -> list[tuple[str, bytes]]:
    root = Path(importlib.import_module(package).__file__).parent
    return [(path.relative_to(root.parent).as_posix(), path.read_bytes()) for path in _browser_sources(package)]


def _write_pyc_zip(sources: list[tuple[str, bytes]], stdlib_zip: str, out_path: str) -> int:
    """Each ``(member, source)`` as ``member + "c"``, a legacy ``.pyc`` that zipimport loads.

    The browser mounts this zip where the stdlib zip was, so tracebacks name
    files under ``stdlib_zip``.
    """
    written = 0
    with zipfile.ZipFile(out_path, "w") as out:
        for member, source in sources:
            data = _unchecked_pyc(source, f"{stdlib_zip}/{member}")
            out.writestr(_stored_entry(member + "c"), data)
            written += len(data)
    return written


def _nested_codes(code: CodeType) -> list[CodeType]:
    codes = [code]
    for constant in code.co_consts:
        if isinstance(constant, CodeType):
            codes += _nested_codes(constant)
    return codes


def _positions_in(pyc_zip: str) -> dict[str, int]:
    """How many instructions in the written ``.pyc`` files carry a line number, and how many a column.

    Read back from the zip, so it counts what the browser gets. Columns must
    be 0 (see ``pyc_stdlib.mjs``); lines must not, or tracebacks lose them.
    """
    lines = columns = 0
    with zipfile.ZipFile(pyc_zip) as archive:
        for name in archive.namelist():
            for code in _nested_codes(marshal.loads(archive.read(name)[16:])):
                for line, _end_line, column, _end_column in code.co_positions():
                    lines += line is not None
                    columns += column is not None
    return {"lines": lines, "columns": columns}


def build(out_path: str) -> str:
    if next(compile("x = 1", "<probe>", "exec").co_positions())[2] is not None:
        # Not silently: a runtime that ignores the setting would ship the column tables again.
        raise RuntimeError("this Pyodide compiles column positions: PYTHONNODEBUGRANGES was not set or not honoured")
    _exercise_engine()
    _exercise_diary()
    named = _import_everything_the_package_names("assessment")
    stdlib_zip = _stdlib_zip()
    members = _imported_members(stdlib_zip, named)
    package = _package_members("assessment")
    pyc_bytes = _write_pyc_zip(_stdlib_members(stdlib_zip, members) + package, stdlib_zip, out_path)
    return json.dumps(
        {
            "python": sys.version.split()[0],
            "modules": members,
            "package_modules": [member for member, _ in package],
            "pyc_bytes": pyc_bytes,
            "positions": _positions_in(out_path),
        }
    )
