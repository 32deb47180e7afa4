from __future__ import annotations

import base64
import hashlib
import json
import subprocess
import sys
import zipfile
from pathlib import Path

from site_build.runtime.wheel import build_wheel, wheel_filename

ROOT = Path(__file__).resolve().parents[3]


def test_wheel_name_follows_pep_427() -> None:
    assert wheel_filename("oih-assessment", "1.0.0") == "oih_assessment-1.0.0-py3-none-any.whl"


def test_wheel_is_reproducible(tmp_path: Path) -> None:
    first = build_wheel(ROOT / "assessment", tmp_path / "a", "1.0.0").read_bytes()
    second = build_wheel(ROOT / "assessment", tmp_path / "b", "1.0.0").read_bytes()
    assert first == second


def test_wheel_record_matches_its_contents(tmp_path: Path) -> None:
    wheel = build_wheel(ROOT / "assessment", tmp_path, "1.0.0")
    with zipfile.ZipFile(wheel) as archive:
        names = archive.namelist()
        assert "assessment/__init__.py" in names
        assert not [name for name in names if "__pycache__" in name or name.endswith(".pyc")]
        record = archive.read("assessment-1.0.0.dist-info/RECORD").decode()
        for line in record.splitlines():
            name, digest, size = line.rsplit(",", 2)
            if name.endswith("RECORD"):
                continue
            data = archive.read(name)
            expected = base64.urlsafe_b64encode(hashlib.sha256(data).digest()).rstrip(b"=").decode()
            assert digest == f"sha256={expected}" and int(size) == len(data), name


def test_unpacked_wheel_scores_answers_in_a_clean_interpreter(tmp_path: Path) -> None:
    wheel = build_wheel(ROOT / "assessment", tmp_path / "dist", "1.0.0")
    target = tmp_path / "site-packages"
    with zipfile.ZipFile(wheel) as archive:
        archive.extractall(target)
    code = "import json, sys; from assessment import assess; print(json.dumps(assess(json.load(sys.stdin)).to_dict()))"
    completed = subprocess.run(
        [sys.executable, "-I", "-c", f"import sys; sys.path.insert(0, {str(target)!r}); {code}"],
        input=json.dumps({"pain_spread": "yes"}),
        capture_output=True,
        text=True,
        check=True,
        cwd=tmp_path,
    )
    assert json.loads(completed.stdout)["pattern"] in {"unclear", "oih"}
