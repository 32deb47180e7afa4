from __future__ import annotations

import json
from pathlib import Path

from site_build.publish.manifest import MANIFEST, manifest, write_manifest

NAME = "OIH Guide"
DESCRIPTION = "A sourced guide\n  to opioid-induced   hyperalgesia.\n"


def _png_icons() -> dict[str, dict]:
    return {icon["sizes"]: icon for icon in manifest(NAME, DESCRIPTION)["icons"] if icon["type"] == "image/png"}


def test_the_name_and_short_name_are_the_site_name() -> None:
    fields = manifest(NAME, DESCRIPTION)
    assert fields["name"] == NAME
    assert fields["short_name"] == NAME


def test_the_app_starts_at_the_site_root() -> None:
    fields = manifest(NAME, DESCRIPTION)
    assert fields["start_url"] == "./"
    assert fields["scope"] == "./"


def test_the_app_opens_standalone() -> None:
    assert manifest(NAME, DESCRIPTION)["display"] == "standalone"


def test_there_is_a_192_and_a_512_png_icon() -> None:
    icons = _png_icons()
    assert icons["192x192"]["src"] == "assets/images/icon-192.png"
    assert icons["512x512"]["src"] == "assets/images/icon-512.png"


def test_png_icons_are_for_any_purpose() -> None:
    assert {icon["purpose"] for icon in _png_icons().values()} == {"any"}


def test_the_svg_icon_is_listed() -> None:
    svg = [icon for icon in manifest(NAME, DESCRIPTION)["icons"] if icon["type"] == "image/svg+xml"]
    assert svg == [{"src": "assets/images/icon.svg", "sizes": "any", "type": "image/svg+xml"}]


def test_the_description_whitespace_is_collapsed() -> None:
    assert manifest(NAME, DESCRIPTION)["description"] == "A sourced guide to opioid-induced hyperalgesia."


def test_the_theme_colour_is_the_sites_indigo() -> None:
    assert manifest(NAME, DESCRIPTION)["theme_color"] == "#3f51b5"


def test_writing_puts_the_fields_at_the_site_root_as_json(tmp_path: Path) -> None:
    target = write_manifest(tmp_path, NAME, DESCRIPTION)
    assert target == tmp_path / MANIFEST == tmp_path / "manifest.webmanifest"
    assert json.loads(target.read_text(encoding="utf-8")) == manifest(NAME, DESCRIPTION)
