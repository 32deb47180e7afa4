"""``python -m assessment.diary``: a diary file in, the report as JSON out; bad input is one line, exit 2."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

from assessment.diary import analyse, to_csv

from .conftest import diary

ROOT = Path(__file__).resolve().parents[3]
DIARY = diary({"before": 6, "early": 4, "middle": 5, "late": 8})


def _run(*args: str, stdin: str | None = None) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, "-m", "assessment.diary", *args], cwd=ROOT, input=stdin,
                          capture_output=True, text=True, timeout=60)


def test_stdin_prints_the_report() -> None:
    done = _run("-", stdin=json.dumps(DIARY))
    assert done.returncode == 0 and done.stderr == ""
    assert json.loads(done.stdout) == json.loads(json.dumps(analyse(DIARY).to_dict()))


def test_a_json_file_and_a_csv_file_give_the_same_report(tmp_path: Path) -> None:
    (tmp_path / "d.json").write_text(json.dumps(DIARY), encoding="utf-8")
    (tmp_path / "d.csv").write_text(to_csv(DIARY), encoding="utf-8")
    from_json, from_csv = _run(str(tmp_path / "d.json")), _run(str(tmp_path / "d.csv"))
    assert from_json.returncode == from_csv.returncode == 0
    assert json.loads(from_json.stdout) == json.loads(from_csv.stdout)
    assert json.loads(from_json.stdout)["events"][0]["response"] == "brief_relief_then_worse"


def test_help() -> None:
    done = _run("--help")
    assert done.returncode == 0 and "python -m assessment.diary" in done.stdout


@pytest.mark.parametrize(("args", "stdin", "words"), [
    (("-",), "{not json", ("stdin is not valid JSON",)),
    (("-",), "", ("not valid JSON",)),
    (("-",), '{"version": 1, "days": [{"date": "2026-01-01", "pain": 11}]}',
     ("invalid diary", "days[0].pain: 11 is outside 0-10")),
    (("-",), '{"version": 3}', ("invalid diary", "version")),
    (("-",), '[1, 2]', ("invalid diary", "diary")),
    (("-", "--csv"), "date,pain\n2026-01-01,eleven\n", ("invalid diary", "row 2, pain")),
    (("/no/such/diary.json",), None, ("cannot read /no/such/diary.json",)),
    (("-",), "[" * 100_000, ("not valid JSON",)),
])
def test_bad_input_is_one_line_and_exit_2(args: tuple[str, ...], stdin: str | None, words: tuple[str, ...]) -> None:
    done = _run(*args, stdin=stdin)
    assert done.returncode == 2 and done.stdout == ""
    assert "Traceback" not in done.stderr
    lines = done.stderr.strip().splitlines()
    assert len(lines) == 1, done.stderr
    for word in words:
        assert word in lines[0]


def test_an_unknown_language_is_one_line_naming_language(tmp_path, capsys) -> None:
    import json as _json

    from assessment.diary.__main__ import main

    path = tmp_path / "d.json"
    path.write_text(_json.dumps({"version": 1}), encoding="utf-8")
    assert main([str(path), "--language", "xx"]) == 2
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and "language: 'xx'" in err
    assert main([str(path), "--language", "en"]) == 0
