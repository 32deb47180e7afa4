"""Package ``assessment`` as a pure-Python wheel using only the standard library.

Why not ``pyodide build``: it downloads a cross-build environment (this machine
reaches only package registries) and needs Python 3.12 or later, while a
pure-Python wheel needs no cross-compiling at all. Why not ``pip wheel``: it
would pull a build backend into the site build for what is a zip file with
three metadata files. The result is byte-for-byte reproducible: fixed entry
order and timestamps, so the same sources always give the same wheel.
"""

from __future__ import annotations

import base64
import hashlib
from pathlib import Path

from site_build.reproducible_zip import write_reproducible_zip


def wheel_filename(name: str, version: str) -> str:
    """The PEP 427 file name of a pure-Python, any-platform wheel."""
    return f"{name.replace('-', '_')}-{version}-py3-none-any.whl"


def build_wheel(package_dir: Path, out_dir: Path, version: str) -> Path:
    """Write a wheel of the package at ``package_dir`` into ``out_dir``; return its path."""
    name = package_dir.name
    dist_info = f"{name}-{version}.dist-info"
    files: list[tuple[str, bytes]] = [
        (f"{name}/{path.relative_to(package_dir).as_posix()}", path.read_bytes())
        for path in sorted(package_dir.rglob("*.py"))
        if "__pycache__" not in path.parts
    ]
    files.append((f"{dist_info}/METADATA", _metadata(name, version)))
    files.append((f"{dist_info}/WHEEL", _wheel_info()))
    record_name = f"{dist_info}/RECORD"
    record = "".join(f"{arcname},{_digest(data)},{len(data)}\n" for arcname, data in files)
    files.append((record_name, (record + f"{record_name},,\n").encode()))

    return write_reproducible_zip(out_dir / wheel_filename(name, version), files)


def _metadata(name: str, version: str) -> bytes:
    return (
        "Metadata-Version: 2.1\n"
        f"Name: {name}\n"
        f"Version: {version}\n"
        "Summary: OIH Guide self-check scoring (standard library only)\n"
        "Requires-Python: >=3.11\n"
    ).encode()


def _wheel_info() -> bytes:
    return (
        b"Wheel-Version: 1.0\n"
        b"Generator: oih-guide site_build\n"
        b"Root-Is-Purelib: true\n"
        b"Tag: py3-none-any\n"
    )


def _digest(data: bytes) -> str:
    digest = base64.urlsafe_b64encode(hashlib.sha256(data).digest()).rstrip(b"=")
    return "sha256=" + digest.decode()
