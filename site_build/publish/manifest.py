"""The web manifest that makes the online site installable on a phone."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from site_build.publish.icons import ICON_SIZES

MANIFEST = "manifest.webmanifest"
ICON_DIR = "assets/images"
THEME_COLOUR = "#3f51b5"


def manifest(site_name: str, description: str) -> dict[str, Any]:
    """The manifest's fields; URLs are relative to the manifest, at the site root."""
    return {
        "name": site_name,
        "short_name": site_name,
        "description": " ".join(description.split()),
        "lang": "en",
        "start_url": "./",
        "scope": "./",
        "display": "standalone",
        "background_color": "#ffffff",
        "theme_color": THEME_COLOUR,
        "icons": [
            {"src": f"{ICON_DIR}/icon-{size}.png", "sizes": f"{size}x{size}", "type": "image/png", "purpose": "any"}
            for size in ICON_SIZES
        ]
        + [{"src": f"{ICON_DIR}/icon.svg", "sizes": "any", "type": "image/svg+xml"}],
    }


def write_manifest(site_dir: Path, site_name: str, description: str) -> Path:
    target = site_dir / MANIFEST
    target.write_text(json.dumps(manifest(site_name, description), indent=2) + "\n", encoding="utf-8")
    return target
