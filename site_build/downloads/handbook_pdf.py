"""Print the handbook to PDF with Debian's Chromium, through Playwright.

Why Chromium: the tests already install and drive it (no new system
packages), it prints SVG as vectors, embeds the fonts with their text (so the
PDF is searchable), writes an outline from the headings and a tagged PDF for
screen readers, and supports CSS page-margin boxes for page numbers.

It cannot number the contents in one pass (no ``target-counter()``), so the
document is printed until the contents agree with the PDF: a print's named
destinations (one per linked heading) say which page each heading landed on,
and the next print writes those numbers into the contents. The numbers take
the same line either way, so the pagination does not move between prints:
two prints from scratch, one when the last build's numbers (kept in
``.cache/``) still hold.

One file for A4 and US Letter: the page is 210 x 279.4 mm, A4's width and
Letter's height, so it prints at actual size on either paper with nothing cut
off and nothing scaled; the margins leave at least 16 mm on every side on both.
"""

from __future__ import annotations

import datetime as dt
import io
import json
import re
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

import pypdf

from site_build.chromium import CHROMIUM, CHROMIUM_ARGS
from site_build.downloads.handbook import Chapter, document_html, handbook_pages, read_chapters, toc_targets

# Written into the built site only while Chromium prints it, so its relative
# image and style-sheet URLs resolve; removed afterwards.
_SCRATCH_PAGE = "_handbook-print.html"

PRINT_CSS = """
@page {
  size: 210mm 279.4mm;
  margin: 18mm 17mm 20mm 17mm;
  @bottom-center { content: counter(page) " of " counter(pages); font: 8.5pt system-ui, sans-serif; color: #555; }
  @bottom-left { content: "OIH Guide: the student handbook"; font: 8.5pt system-ui, sans-serif; color: #555; }
}
@page :first { @bottom-center { content: none; } @bottom-left { content: none; } }
html { font-size: 15px; }
body { margin: 0; background: #fff; }
.md-typeset { font-size: 0.7rem; }
.cover { break-after: page; padding-top: 45mm; }
.cover h1 { font-size: 2.1rem; margin: 0 0 .6rem; color: #1a237e; }
.cover .subtitle { font-size: 1.05rem; margin: 0 0 2.5rem; }
.cover .small { font-size: .72rem; color: #444; max-width: 34em; }
.toc { break-after: page; }
.toc ol { list-style: none; margin: 0; padding: 0; }
.toc li { margin: 0; }
.md-typeset .toc a { display: flex; gap: .5em; color: inherit; text-decoration: none; padding: .12em 0; }
.toc .toc-text { flex: 1; }
.toc .toc-page { min-width: 2.5em; text-align: right; }
.toc .toc-chapter { font-weight: 600; margin-top: .55em; }
.toc .toc-section { padding-left: 1.4em; font-size: .95em; }
.chapter { break-before: page; }
.md-typeset h1, .md-typeset h2, .md-typeset h3, .md-typeset h4 { break-after: avoid; }
.md-typeset table, .md-typeset figure, .md-typeset svg, .md-typeset tr { break-inside: avoid; }
.md-typeset .md-typeset__table { display: block; }
.md-typeset table:not([class]) { font-size: .62rem; display: table; }
.md-typeset details { break-inside: auto; }
.md-typeset details > summary, .md-typeset .admonition-title { break-after: avoid; }
.md-typeset abbr { text-decoration: none; border: 0; cursor: auto; }
.md-typeset a { color: #283593; }
.md-typeset dl dt { font-weight: 700; break-after: avoid; }
.md-typeset dl dd { margin-top: .15em; margin-bottom: .5em; }
"""


class PrintFailed(RuntimeError):
    """Chromium could not print the handbook; says why."""


def _cover(built: dt.date) -> str:
    return (
        '<section class="cover">'
        "<h1>OIH Guide: the student handbook</h1>"
        '<p class="subtitle">Opioid-induced hyperalgesia for medical students and clinicians: '
        "mechanisms, differential diagnosis, testing, evidence, management, cases and a self-test, "
        "with the glossary and every reference.</p>"
        f'<p class="small">Printed from the OIH Guide website on {built:%d %B %Y}. Each claim carries a '
        "numbered citation that links to the references at the end. The guide informs; it does not "
        "diagnose. Nobody should change an opioid dose on their own. In an emergency, call your local "
        "emergency number.</p>"
        '<p class="small">Page size 210 x 279.4 mm: print at actual size (100%) on A4 or US Letter.</p>'
        "</section>"
    )


def _style_links(site_dir: Path) -> str:
    sheets = sorted(p.relative_to(site_dir).as_posix() for p in (site_dir / "assets/stylesheets").glob("main.*.css"))
    sheets.append("assets/stylesheets/oih.css")
    return "".join(f'<link rel="stylesheet" href="{s}">' for s in sheets if (site_dir / s).is_file())


def _page_numbers(pdf: bytes, targets: list[str]) -> dict[str, int]:
    """The 1-based page each linked id starts on, from the PDF's named destinations."""
    reader = pypdf.PdfReader(io.BytesIO(pdf))
    numbers = {}
    for name, destination in reader.named_destinations.items():
        key = str(name).lstrip("/")
        if key in targets:
            numbers[key] = reader.get_destination_page_number(destination) + 1
    return numbers


def render_handbook(
    site_dir: Path, mkdocs_yml: Path, target: Path, built: dt.date, guess_file: Path | None = None
) -> Path:
    """Assemble the handbook from the built site and print it to ``target``.

    ``guess_file`` keeps the last build's contents page numbers: when the
    pages have not moved, the first print already shows the right numbers and
    no second print is needed.

    Printing runs on a thread of its own: Playwright's sync API refuses to
    start where an event loop already runs, as in a test session whose
    browser fixture is open when the site is built.
    """
    with ThreadPoolExecutor(max_workers=1, thread_name_prefix="oih-handbook") as pool:
        return pool.submit(_print_handbook, site_dir, mkdocs_yml, target, built, guess_file).result()


def _print_handbook(
    site_dir: Path, mkdocs_yml: Path, target: Path, built: dt.date, guess_file: Path | None
) -> Path:
    from playwright.sync_api import Error as PlaywrightError
    from playwright.sync_api import sync_playwright

    chapters: list[Chapter] = read_chapters(site_dir, handbook_pages(mkdocs_yml))
    targets = toc_targets(chapters)
    head = _style_links(site_dir)
    scratch = site_dir / _SCRATCH_PAGE

    def html(numbers: dict[str, int] | None) -> str:
        document = document_html(chapters, _cover(built), PRINT_CSS, numbers)
        document = document.replace("<body>", '<body><div class="md-typeset">', 1).replace(
            "</body>", "</div></body>", 1
        )
        return document.replace("</title>", "</title>" + head, 1)

    shown = _read_guess(guess_file)
    try:
        with sync_playwright() as playwright:
            browser = playwright.chromium.launch(executable_path=CHROMIUM, args=list(CHROMIUM_ARGS))
            try:
                page = browser.new_page()
                for _ in range(3):
                    scratch.write_text(html(shown), encoding="utf-8")
                    page.goto(scratch.as_uri(), wait_until="load")
                    pdf = page.pdf(prefer_css_page_size=True, outline=True, tagged=True, print_background=True)
                    found = _page_numbers(pdf, targets)
                    if found == shown:
                        break
                    shown = found
                else:
                    raise PrintFailed("the contents' page numbers did not settle after three prints")
            finally:
                browser.close()
    except PlaywrightError as error:
        raise PrintFailed(f"Chromium ({CHROMIUM}) could not print the handbook: {error}") from None
    finally:
        scratch.unlink(missing_ok=True)
    missing = [t for t in targets if t not in found]
    if missing:
        raise PrintFailed(f"the handbook's contents link to headings the PDF has no page for: {missing[:5]}")
    if guess_file is not None:
        guess_file.parent.mkdir(parents=True, exist_ok=True)
        guess_file.write_text(json.dumps(found, sort_keys=True), encoding="utf-8")
    target.parent.mkdir(parents=True, exist_ok=True)
    target.write_bytes(_with_metadata(stable_node_ids(pdf), built))
    return target


_NODE_ID = re.compile(rb"\(node(\d{8})\)")


def stable_node_ids(pdf: bytes) -> bytes:
    """Renumber Chromium's structure-element ids (``(node00012098)``) in order of appearance.

    They count DOM nodes since the renderer started, so a second print of the
    same page would otherwise differ from a first. The width stays the same, so
    no byte offset moves.
    """
    numbers: dict[bytes, bytes] = {}

    def renumber(match: re.Match[bytes]) -> bytes:
        new = numbers.setdefault(match.group(1), b"%08d" % (len(numbers) + 1))
        return b"(node" + new + b")"

    return _NODE_ID.sub(renumber, pdf)


def _read_guess(guess_file: Path | None) -> dict[str, int] | None:
    try:
        guess = json.loads(guess_file.read_text(encoding="utf-8")) if guess_file else None
    except (OSError, ValueError):
        return None
    if not isinstance(guess, dict) or not all(isinstance(v, int) for v in guess.values()):
        return None
    return guess


_DATE = re.compile(rb"/(CreationDate|ModDate) \(D:\d{14}[+-]\d\d'\d\d'\)")
_TRAILER = re.compile(rb"trailer\s*<<(?P<body>.*?)>>\s*startxref\s*(?P<xref>\d+)\s*%%EOF\s*$", re.DOTALL)
_CATALOG = re.compile(rb"\n(?P<id>\d+) 0 obj\s*<<(?P<body>/Type /Catalog.*?)>>\s*endobj", re.DOTALL)


def _pdf_text(value: str) -> bytes:
    return b"(" + value.replace("\\", "\\\\").replace("(", "\\(").replace(")", "\\)").encode("latin-1") + b")"


def _with_metadata(pdf: bytes, built: dt.date) -> bytes:
    """The PDF with dates from the sources (not the clock), an author and subject, and its outline open.

    Chromium's dates are overwritten in place (same length); the rest is an
    incremental update appended to the file: a copy of the catalog with
    ``/PageMode /UseOutlines`` and a new document-information dictionary.
    Reading and rewriting the whole tagged PDF with pypdf would take about
    ten seconds; this takes none.
    """
    stamp = f"D:{built:%Y%m%d}000000+00'00'".encode()
    pdf = _DATE.sub(lambda match: b"/" + match.group(1) + b" (" + stamp + b")", pdf)
    trailer = _TRAILER.search(pdf)
    catalog = _CATALOG.search(pdf)
    size = re.search(rb"/Size (\d+)", trailer.group("body")) if trailer else None
    if trailer is None or catalog is None or size is None or b"/PageMode" in catalog.group("body"):
        return pdf  # not the layout Chromium writes: keep its file as it is
    info_id = int(size.group(1))
    catalog_object = b"%s 0 obj\n<<%s\n/PageMode /UseOutlines>>\nendobj\n" % (
        catalog.group("id"), catalog.group("body").rstrip()
    )
    info = {
        "Title": "OIH Guide: the student handbook",
        "Author": "The OIH Guide project",
        "Subject": "Opioid-induced hyperalgesia for medical students and clinicians",
    }
    info_object = (
        b"%d 0 obj\n<<" % info_id
        + b"".join(b"/%s %s\n" % (key.encode(), _pdf_text(value)) for key, value in info.items())
        + b"/CreationDate (" + stamp + b")\n/ModDate (" + stamp + b")>>\nendobj\n"
    )
    update = bytearray(pdf if pdf.endswith(b"\n") else pdf + b"\n")
    catalog_offset = len(update)
    update += catalog_object
    info_offset = len(update)
    update += info_object
    xref_offset = len(update)
    # The free-list head (object 0) too, as readers expect every section to start with it.
    update += b"xref\n0 1\n0000000000 65535 f \n%s 1\n%010d 00000 n \n%d 1\n%010d 00000 n \n" % (
        catalog.group("id"), catalog_offset, info_id, info_offset
    )
    update += b"trailer\n<</Size %d\n/Root %s 0 R\n/Info %d 0 R\n/Prev %s>>\nstartxref\n%d\n%%%%EOF\n" % (
        info_id + 1, catalog.group("id"), info_id, trailer.group("xref"), xref_offset
    )
    return bytes(update)
