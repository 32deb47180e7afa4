from __future__ import annotations

import struct
import zlib
from pathlib import Path
from xml.etree import ElementTree

import pytest

from site_build.publish import icons
from site_build.publish.icons import BACKGROUND, FOREGROUND, ICON_SVG, icon_png, write_icons

SIZE = 32
SVG = "{http://www.w3.org/2000/svg}"


def _chunks(png: bytes) -> list[tuple[bytes, bytes, int]]:
    """``(kind, data, stored crc)`` for each chunk after the signature."""
    chunks, at = [], 8
    while at < len(png):
        (length,) = struct.unpack(">I", png[at : at + 4])
        kind, data = png[at + 4 : at + 8], png[at + 8 : at + 8 + length]
        (crc,) = struct.unpack(">I", png[at + 8 + length : at + 12 + length])
        chunks.append((kind, data, crc))
        at += 12 + length
    return chunks


@pytest.fixture(scope="module")
def png() -> bytes:
    return icon_png(SIZE)


@pytest.fixture(scope="module")
def pixels(png: bytes) -> list[list[tuple[int, int, int, int]]]:
    raw = zlib.decompress(b"".join(data for kind, data, _ in _chunks(png) if kind == b"IDAT"))
    stride = 1 + 4 * SIZE
    assert len(raw) == SIZE * stride
    rows = []
    for row in range(SIZE):
        line = raw[row * stride : (row + 1) * stride]
        assert line[0] == 0, "filter type 0 (none) on every scanline"
        rows.append([tuple(line[1 + 4 * column : 5 + 4 * column]) for column in range(SIZE)])
    return rows


def test_the_png_signature(png: bytes) -> None:
    assert png[:8] == b"\x89PNG\r\n\x1a\n"


def test_the_chunks_are_ihdr_idat_iend(png: bytes) -> None:
    assert [kind for kind, _, _ in _chunks(png)] == [b"IHDR", b"IDAT", b"IEND"]


def test_every_chunk_crc_is_right(png: bytes) -> None:
    for kind, data, crc in _chunks(png):
        assert zlib.crc32(kind + data) == crc, kind


def test_the_header_is_size_by_size_8_bit_rgba(png: bytes) -> None:
    kind, data, _ = _chunks(png)[0]
    width, height, depth, colour_type, compression, filtering, interlace = struct.unpack(">IIBBBBB", data)
    assert (width, height) == (SIZE, SIZE)
    assert (depth, colour_type) == (8, 6)
    assert (compression, filtering, interlace) == (0, 0, 0)


def test_another_size_has_that_width_and_height() -> None:
    _, data, _ = _chunks(icon_png(10))[0]
    assert struct.unpack(">II", data[:8]) == (10, 10)


@pytest.mark.parametrize("row, column", [(0, 0), (0, SIZE - 1), (SIZE - 1, 0), (SIZE - 1, SIZE - 1)])
def test_the_corners_are_transparent(pixels: list, row: int, column: int) -> None:
    assert pixels[row][column][3] == 0


def test_an_edge_midpoint_is_opaque(pixels: list) -> None:
    assert pixels[0][SIZE // 2][3] == 255


def test_the_centre_is_opaque_indigo_or_white(pixels: list) -> None:
    red, green, blue, alpha = pixels[SIZE // 2][SIZE // 2]
    assert alpha == 255
    assert (red, green, blue) in (BACKGROUND, FOREGROUND)


def test_the_background_is_the_sites_indigo(pixels: list) -> None:
    # Top middle, well inside the square and away from every stroke.
    assert pixels[SIZE // 4][SIZE // 2] == (*BACKGROUND, 255)


def test_the_vertical_axis_is_white(pixels: list) -> None:
    # The axis runs down x = 0.2 from y = 0.2 to y = 0.8.
    assert pixels[SIZE // 2][int(0.2 * SIZE)] == (*FOREGROUND, 255)


def test_the_svg_is_xml_with_a_square_view_box() -> None:
    root = ElementTree.fromstring(ICON_SVG)
    assert root.tag == f"{SVG}svg"
    assert root.get("viewBox") == "0 0 100 100"


def test_the_svg_draws_the_square_and_both_strokes() -> None:
    root = ElementTree.fromstring(ICON_SVG)
    assert root.find(f"{SVG}rect").get("fill") == "#3f51b5"
    assert len(root.findall(f"{SVG}polyline")) == 2


def test_the_svg_is_labelled() -> None:
    assert ElementTree.fromstring(ICON_SVG).get("aria-label") == "OIH Guide"


@pytest.fixture
def small_sizes(monkeypatch: pytest.MonkeyPatch) -> tuple[int, int]:
    monkeypatch.setattr(icons, "ICON_SIZES", (16, 24))
    return (16, 24)


def test_writing_writes_the_svg_and_one_png_per_size(small_sizes: tuple[int, int], tmp_path: Path) -> None:
    written = write_icons(tmp_path / "images", tmp_path / "cache")
    assert [path.name for path in written] == ["icon.svg", "icon-16.png", "icon-24.png"]
    assert (tmp_path / "images" / "icon.svg").read_text(encoding="utf-8") == ICON_SVG
    assert (tmp_path / "images" / "icon-16.png").read_bytes() == icon_png(16)
    assert (tmp_path / "images" / "icon-24.png").read_bytes() == icon_png(24)


def test_writing_again_reuses_the_cached_drawings(
    small_sizes: tuple[int, int], tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    write_icons(tmp_path / "first", tmp_path / "cache")

    def no_drawing(size: int) -> bytes:
        raise AssertionError(f"drew icon-{size} again")

    monkeypatch.setattr(icons, "icon_png", no_drawing)
    write_icons(tmp_path / "second", tmp_path / "cache")
    assert (tmp_path / "second" / "icon-16.png").read_bytes() == (tmp_path / "first" / "icon-16.png").read_bytes()
    assert (tmp_path / "second" / "icon-24.png").read_bytes() == (tmp_path / "first" / "icon-24.png").read_bytes()


def test_an_empty_cache_draws_the_icons(small_sizes: tuple[int, int], tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    drawn = []
    monkeypatch.setattr(icons, "icon_png", lambda size: drawn.append(size) or b"png")
    write_icons(tmp_path / "images", tmp_path / "cache")
    assert drawn == [16, 24]
