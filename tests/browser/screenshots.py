"""Screenshots of a built site, to look at: phone and desktop, light and dark, and print.

Not a test. It builds nothing: build first, then point it at the built site::

    .venv/bin/python -m site_build.build --site-dir /tmp/oih-site
    .venv/bin/python tests/browser/screenshots.py --site /tmp/oih-site --out /tmp/oih-screens

It writes, for each page below, ``<page>-<phone|desktop>-<light|dark>.png``
(whole page; the palette follows ``prefers-color-scheme``), then the
self-check's printed summary: ``assessment-result-print.png`` (print media on
an A4-wide window) and ``assessment-result-a4.pdf`` / ``-letter.pdf`` (what
Chromium would print), and prints how many pages each PDF has.

A whole phone page is too tall to read when shrunk to fit a screen; with
``--tiles`` each screenshot is also cut into screen-high pieces in
``<out>/tiles/``.
"""

from __future__ import annotations

import argparse
import re
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

from playwright.sync_api import Browser, Page, sync_playwright  # noqa: E402

from site_build.chromium import CHROMIUM, CHROMIUM_ARGS  # noqa: E402
from site_build.publish.serve import serve_in_background  # noqa: E402
from tests.support.answers import URGENT_WITH_MME  # noqa: E402
from tests.support.pages import RESULT_SHOWN, TOOL_READY, fill_form, wait_for  # noqa: E402

PHONE = {"viewport": {"width": 360, "height": 740}, "is_mobile": True, "has_touch": True, "device_scale_factor": 2}
DESKTOP = {"viewport": {"width": 1280, "height": 800}, "device_scale_factor": 1}
# A4 at 96 CSS px to the inch, for the print-media screenshot.
A4_WINDOW = {"viewport": {"width": 794, "height": 1123}, "device_scale_factor": 1}

PAGES = (
    ("home", ""),
    ("what-is-oih", "what-is-oih/"),
    ("assessment", "assessment/"),
    ("assessment-result", "assessment/"),
    ("students-cases", "students/cases/"),
)


def _open(page: Page, url: str, name: str) -> None:
    page.goto(url)
    if name.startswith("assessment"):
        wait_for(page, TOOL_READY)
    page.wait_for_load_state("networkidle")
    if name == "assessment-result":
        fill_form(page, URGENT_WITH_MME)
        page.click("#oih-submit")
        wait_for(page, RESULT_SHOWN)
    # Let the theme finish (sticky header, fonts, focus scroll) before capturing.
    page.evaluate("() => document.fonts.ready.then(() => true)")
    page.evaluate("() => window.scrollTo(0, 0)")
    time.sleep(0.3)


def _shoot(page: Page, path: Path, tiles: Path | None) -> None:
    page.screenshot(path=str(path), full_page=True)
    if tiles is None:
        return
    width, height = page.viewport_size["width"], page.viewport_size["height"]
    total = page.evaluate("() => document.documentElement.scrollHeight")
    tiles.mkdir(parents=True, exist_ok=True)
    for number, top in enumerate(range(0, total, height), start=1):
        clip = {"x": 0, "y": top, "width": width, "height": min(height, total - top)}
        page.screenshot(path=str(tiles / f"{path.stem}-{number:02d}.png"), full_page=True, clip=clip)


def _pdf_pages(path: Path) -> int:
    return len(re.findall(rb"/Type\s*/Page[^s]", path.read_bytes()))


def capture(browser: Browser, base_url: str, out: Path, tiles: bool) -> list[Path]:
    written: list[Path] = []
    tile_dir = out / "tiles" if tiles else None
    for device, options in (("phone", PHONE), ("desktop", DESKTOP)):
        for scheme in ("light", "dark"):
            context = browser.new_context(color_scheme=scheme, **options)
            page = context.new_page()
            for name, relative in PAGES:
                _open(page, base_url + relative, name)
                shown = page.get_attribute("body", "data-md-color-scheme")
                expected = "slate" if scheme == "dark" else "default"
                if shown != expected:
                    print(f"warning: {name} {device} {scheme}: palette is {shown!r}, not {expected!r}", file=sys.stderr)
                path = out / f"{name}-{device}-{scheme}.png"
                _shoot(page, path, tile_dir)
                written.append(path)
            context.close()

    context = browser.new_context(color_scheme="light", **A4_WINDOW)
    page = context.new_page()
    _open(page, base_url + "assessment/", "assessment-result")
    page.emulate_media(media="print")
    path = out / "assessment-result-print.png"
    _shoot(page, path, None)
    written.append(path)
    for paper in ("A4", "Letter"):
        pdf = out / f"assessment-result-{paper.lower()}.pdf"
        page.pdf(path=str(pdf), format=paper, print_background=True)
        written.append(pdf)
        print(f"{pdf.name}: {_pdf_pages(pdf)} page(s)")
    context.close()
    return written


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n", 1)[0])
    parser.add_argument("--site", default=ROOT / "site", type=Path, help="a built site (default: site/)")
    parser.add_argument(
        "--out", default=Path("/tmp/oih-screens"), type=Path, help="where to write (default: /tmp/oih-screens)"
    )
    parser.add_argument("--tiles", action="store_true", help="also cut each screenshot into screen-high tiles")
    args = parser.parse_args(argv)
    if not (args.site / "index.html").exists():
        parser.error(f"{args.site}/index.html not found: build the site first")
    args.out.mkdir(parents=True, exist_ok=True)
    server, base_url = serve_in_background(args.site)
    try:
        with sync_playwright() as playwright:
            browser = playwright.chromium.launch(executable_path=CHROMIUM, args=list(CHROMIUM_ARGS))
            try:
                written = capture(browser, base_url, args.out, args.tiles)
            finally:
                browser.close()
    finally:
        server.shutdown()
    for path in written:
        print(path)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
