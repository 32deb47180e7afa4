"""Zip files that are the same bytes whenever their contents are the same.

Every entry gets one fixed timestamp and mode, in the order given, so a
rebuild from the same sources changes nothing (the wheel, the offline copy).
"""

from __future__ import annotations

import zipfile
from collections.abc import Iterable
from pathlib import Path

_EPOCH = (2020, 1, 1, 0, 0, 0)


def write_reproducible_zip(
    target: Path, entries: Iterable[tuple[str, bytes]], compresslevel: int | None = None
) -> Path:
    """Write ``(name, bytes)`` entries, deflated, to ``target``; return ``target``."""
    target.parent.mkdir(parents=True, exist_ok=True)
    with zipfile.ZipFile(target, "w") as archive:
        for name, data in entries:
            info = zipfile.ZipInfo(name, date_time=_EPOCH)
            info.compress_type = zipfile.ZIP_DEFLATED
            info.external_attr = 0o644 << 16
            archive.writestr(info, data, compresslevel=compresslevel)
    return target
