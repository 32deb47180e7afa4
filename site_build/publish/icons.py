"""The site's icon, drawn in code so the PNGs the web manifest needs are built,
not committed: an indigo rounded square with a small white chart whose line
wavers and then climbs (pain rising over time).
"""

from __future__ import annotations

import hashlib
import shutil
import struct
import zlib
from pathlib import Path

BACKGROUND = (0x3F, 0x51, 0xB5)  # mkdocs-material's indigo, the site's primary colour
FOREGROUND = (0xFF, 0xFF, 0xFF)
# Strokes on a 0-1 canvas (y grows downwards), each with its half-width.
AXES = (((0.2, 0.2), (0.2, 0.8), (0.82, 0.8)), 0.03)
CURVE = (((0.3, 0.56), (0.43, 0.64), (0.56, 0.5), (0.67, 0.56), (0.8, 0.28)), 0.05)
STROKES = (AXES, CURVE)
CORNER = 0.18
ICON_SIZES = (192, 512)

ICON_SVG = (
    '<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 100 100" role="img" aria-label="OIH Guide">'
    f'<rect width="100" height="100" rx="{CORNER * 100:g}" fill="#3f51b5"/>'
    + "".join(
        '<polyline points="' + " ".join(f"{x * 100:g},{y * 100:g}" for x, y in points) + '" '
        f'fill="none" stroke="#fff" stroke-width="{half * 200:g}" stroke-linecap="round" stroke-linejoin="round"/>'
        for points, half in STROKES
    )
    + "</svg>\n"
)


def _distance_to_segment(px: float, py: float, a: tuple[float, float], b: tuple[float, float]) -> float:
    (ax, ay), (bx, by) = a, b
    dx, dy = bx - ax, by - ay
    t = max(0.0, min(1.0, ((px - ax) * dx + (py - ay) * dy) / (dx * dx + dy * dy)))
    return ((px - ax - t * dx) ** 2 + (py - ay - t * dy) ** 2) ** 0.5


def _inside_rounded_square(x: float, y: float) -> bool:
    cx = min(max(x, CORNER), 1 - CORNER)
    cy = min(max(y, CORNER), 1 - CORNER)
    return (x - cx) ** 2 + (y - cy) ** 2 <= CORNER**2


# Each stroke's segments, with the box a point must be in to come within the
# stroke's half-width of it: most pixels are outside every box, and skip the
# distance sums (the same drawing, in under half the time).
_SEGMENTS = tuple(
    (a, b, half, (min(a[0], b[0]) - half, min(a[1], b[1]) - half, max(a[0], b[0]) + half, max(a[1], b[1]) + half))
    for points, half in STROKES
    for a, b in zip(points, points[1:], strict=False)
)


def _on_a_stroke(x: float, y: float) -> bool:
    return any(
        left <= x <= right and top <= y <= bottom and _distance_to_segment(x, y, a, b) <= half
        for a, b, half, (left, top, right, bottom) in _SEGMENTS
    )


def _coverage(size: int, column: int, row: int, samples: int = 2) -> tuple[float, float]:
    """Fractions of a pixel inside the square, and on the curve (supersampled)."""
    inside = on_curve = 0
    for i in range(samples):
        for j in range(samples):
            x = (column + (i + 0.5) / samples) / size
            y = (row + (j + 0.5) / samples) / size
            if _inside_rounded_square(x, y):
                inside += 1
                if _on_a_stroke(x, y):
                    on_curve += 1
    total = samples * samples
    return inside / total, on_curve / total


def icon_png(size: int) -> bytes:
    """The icon as an RGBA PNG of ``size`` x ``size`` pixels."""
    rows = []
    for row in range(size):
        line = bytearray(b"\x00")  # PNG filter type 0 for each scanline
        for column in range(size):
            inside, on_curve = _coverage(size, column, row)
            mix = on_curve / inside if inside else 0.0
            colour = bytes(round(b + (f - b) * mix) for b, f in zip(BACKGROUND, FOREGROUND, strict=True))
            line += colour + bytes([round(255 * inside)])
        rows.append(bytes(line))
    return _png(size, size, b"".join(rows))


def _png(width: int, height: int, raw: bytes) -> bytes:
    def chunk(kind: bytes, data: bytes) -> bytes:
        return struct.pack(">I", len(data)) + kind + data + struct.pack(">I", zlib.crc32(kind + data))

    header = struct.pack(">IIBBBBB", width, height, 8, 6, 0, 0, 0)
    return b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", header) + chunk(b"IDAT", zlib.compress(raw, 9)) + chunk(b"IEND", b"")


def write_icons(target_dir: Path, cache_dir: Path) -> list[Path]:
    """Write ``icon.svg`` and ``icon-SIZE.png`` files; PNGs are cached by this module's hash.

    Drawing pixel by pixel in pure Python takes seconds, so a rebuild reuses
    the last drawing unless this file changed.
    """
    key = hashlib.sha256(Path(__file__).read_bytes()).hexdigest()[:16]
    target_dir.mkdir(parents=True, exist_ok=True)
    svg = target_dir / "icon.svg"
    svg.write_text(ICON_SVG, encoding="utf-8")
    written = [svg]
    for size in ICON_SIZES:
        cached = cache_dir / f"icon-{size}-{key}.png"
        if not cached.exists():
            cache_dir.mkdir(parents=True, exist_ok=True)
            cached.write_bytes(icon_png(size))
        target = target_dir / f"icon-{size}.png"
        shutil.copyfile(cached, target)
        written.append(target)
    return written
