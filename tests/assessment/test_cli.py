"""``python -m assessment``: JSON in, JSON out; bad input is one line on stderr, exit 2."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]


def _run(*args: str, stdin: str | None = None) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, "-m", "assessment", *args], cwd=ROOT, input=stdin,
                          capture_output=True, text=True, timeout=60)


def test_stdin(cases: dict) -> None:
    done = _run("-", stdin=json.dumps(cases["oih"]))
    assert done.returncode == 0, done.stderr
    out = json.loads(done.stdout)
    assert out["pattern"] == "oih" and done.stderr == ""


def test_file(tmp_path: Path, cases: dict) -> None:
    path = tmp_path / "answers.json"
    path.write_text(json.dumps(cases["withdrawal"]), encoding="utf-8")
    done = _run(str(path))
    assert done.returncode == 0
    assert json.loads(done.stdout)["pattern"] == "withdrawal"


def test_help() -> None:
    done = _run("--help")
    assert done.returncode == 0 and "python -m assessment" in done.stdout


def _assert_clean_failure(done: subprocess.CompletedProcess[str], *words: str) -> None:
    assert done.returncode == 2
    assert done.stdout == ""
    assert "Traceback" not in done.stderr
    lines = done.stderr.strip().splitlines()
    assert len(lines) == 1, done.stderr
    for word in words:
        assert word in lines[0]


@pytest.mark.parametrize(("stdin", "words"), [
    ("{not json", ("not valid JSON",)),
    ("", ("not valid JSON",)),
    ('{"duration": "forever"}', ("invalid answer", "duration")),
    ('{"unknown": 1}', ("unknown",)),
    ('["duration"]', ("answers",)),
    ('{"medications": [{"opioid": "oxycodone", "daily_dose": NaN}]}', ("dose",)),
    ('{"medications": [{"opioid": "unobtanium", "daily_dose": 5}]}', ("opioid",)),
    ("[" * 100_000, ("not valid JSON",)),
])
def test_bad_input(stdin: str, words: tuple[str, ...]) -> None:
    _assert_clean_failure(_run("-", stdin=stdin), *words)


def test_missing_file(tmp_path: Path) -> None:
    _assert_clean_failure(_run(str(tmp_path / "nope.json")), "cannot read")


def test_directory(tmp_path: Path) -> None:
    _assert_clean_failure(_run(str(tmp_path)), "cannot read")


def test_binary_file(tmp_path: Path) -> None:
    path = tmp_path / "bad.json"
    path.write_bytes(b"\xff\xfe\x00garbage")
    _assert_clean_failure(_run(str(path)))
