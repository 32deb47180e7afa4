"""Check that every built page is valid HTML: a strict parser here, and the Nu HTML Checker.

Run by ``make audit`` (after the build, before Lighthouse)::

    python bench/html_check.py [--site site] [--jar node_modules/vnu-jar/build/dist/vnu.jar]

The pages are whatever the build wrote, found on disk, never a hand list: every
``*.html`` of the online site outside ``assets/``, the 404 page included, and
every page of each offline copy the site offers (``downloads/*.zip``, unpacked),
in every language the build produced.

Two checkers, in this order:

1. **The strict parser** (``check_html``), the fast one that ``make test`` also
   runs (tests/site/test_html_valid.py). Python's ``html.parser`` accepts
   anything, so this one re-reads each start tag itself and reports what the Nu
   checker would report of our markup: attributes that are not ``name="value"``
   pairs (a bare word that is not a boolean attribute, a quote in a name,
   attributes run together, unquoted values), duplicate attributes, duplicate
   ids, stray, unclosed and misnested elements, a self-closing ``<div/>``, and a
   page without a doctype. A front matter description with an unescaped quote
   in it trips several of these at once.
2. **The Nu HTML Checker** (``vnu.jar``, the pinned npm devDependency
   ``vnu-jar``, run with Debian's Java: ``make java`` installs
   ``default-jre-headless``). The online site is checked as served, over
   loopback HTTP (``site_build.publish.serve``), so its Content-Security-Policy's
   ``'self'`` means the site; the offline copy, which has no policy, is checked
   from its files, as a student opens it.

The Nu checker's errors and warnings fail the check, except the theme's own
known findings in ``KNOWN_THEME_FINDINGS``: mkdocs-material markup we do not
write, each matched by message and by the markup it highlights, each with its
reason. Our own markup gets no exception; ``CHECKER_FALSE_POSITIVES`` lists
where the checker itself is wrong, whoever wrote the markup. Its plain notes
(``info`` without ``warning``) are counted and listed, not failed.

Prints what each checker found per page, the exceptions used, a summary, and,
as its last line, the summary as JSON. Exits 1 if either checker finds
anything not excepted, or the Nu checker cannot run.
"""

from __future__ import annotations

import argparse
import html
import json
import re
import shutil
import subprocess
import sys
import tempfile
import time
import zipfile
from collections import Counter
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from html.parser import HTMLParser
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

VNU_JAR = ROOT / "node_modules" / "vnu-jar" / "build" / "dist" / "vnu.jar"
VNU_TIMEOUT_S = 600


# --- the strict parser ---------------------------------------------------------

VOID_ELEMENTS = frozenset(
    "area base br col embed hr img input link meta source track wbr".split()
)
# Elements whose end tag HTML lets a page leave out; closing them implicitly is no error.
OPTIONAL_END = frozenset(
    "html head body p li dt dd option optgroup tr td th thead tbody tfoot colgroup caption rb rt rtc rp".split()
)
# Start tags that close an open <p> (HTML's "close a p element" list).
CLOSES_P = frozenset(
    """address article aside blockquote details dialog div dl fieldset figcaption figure footer form
    h1 h2 h3 h4 h5 h6 header hgroup hr main menu nav ol p pre search section summary table ul""".split()
)
# Which open element a start tag closes when it is the current one: (current, closed by).
_IMPLIED_CLOSE = (
    ("li", frozenset({"li"})),
    ("dt", frozenset({"dt", "dd"})),
    ("dd", frozenset({"dt", "dd"})),
    ("option", frozenset({"option", "optgroup"})),
    ("optgroup", frozenset({"optgroup"})),
    ("td", frozenset({"td", "th", "tr", "tbody", "thead", "tfoot"})),
    ("th", frozenset({"td", "th", "tr", "tbody", "thead", "tfoot"})),
    ("tr", frozenset({"tr", "tbody", "thead", "tfoot"})),
    ("thead", frozenset({"tbody", "tfoot"})),
    ("tbody", frozenset({"tbody", "tfoot"})),
    ("caption", frozenset({"thead", "tbody", "tfoot", "tr", "colgroup", "col"})),
    ("colgroup", frozenset({"thead", "tbody", "tfoot", "tr", "colgroup"})),
)
FOREIGN_ROOTS = frozenset({"svg", "math"})
# Attributes HTML allows without a value (boolean ones, and those whose empty
# value means something). Any data-* attribute may be bare too. Any other bare
# word in a tag is stray text, as when a quote ends a value too early.
BARE_ATTRIBUTES = frozenset(
    """allowfullscreen async autofocus autoplay checked controls crossorigin default defer disabled
    download formnovalidate hidden inert ismap itemscope loop multiple muted nomodule novalidate open
    playsinline readonly required reversed selected""".split()
)
_ATTRIBUTE_NAME = re.compile(r"[A-Za-z_:][-A-Za-z0-9_:.]*\Z")
# One attribute of a start tag, as HTML's tokenizer splits it: a name up to
# whitespace, "/", ">" or "=", then optionally "=" and a value.
_ATTRIBUTE = re.compile(
    r"""(?P<space>\s*)(?P<name>[^\s/>=][^\s/>=]*|=[^\s/>=]*)"""
    r"""(?:\s*=\s*(?P<value>"[^"]*"|'[^']*'|[^\s>]+))?"""
)
_TAG_NAME = re.compile(r"<[A-Za-z][^\s/>]*")


@dataclass(frozen=True)
class Problem:
    """One thing the strict parser objects to, where it is in the page."""

    line: int
    column: int
    message: str

    def __str__(self) -> str:
        return f"{self.line}:{self.column}: {self.message}"


@dataclass
class _Open:
    tag: str
    line: int
    column: int
    foreign: bool


def lex_attributes(start_tag: str) -> list[tuple[str, str | None, str, bool]]:
    """The attributes of ``start_tag`` (``<tag ...>`` as written) as
    ``(name, raw value or None, quote, preceded by space)``; quote is ``"``, ``'`` or ''."""
    match = _TAG_NAME.match(start_tag)
    body = start_tag[match.end() if match else 1 :]
    body = body[:-1] if body.endswith(">") else body
    # A self-closing "/" at the end is syntax, not an attribute (any other "/" is stray text).
    body = re.sub(r"\s*/\Z", "", body)
    attributes = []
    position = 0
    while position < len(body):
        found = _ATTRIBUTE.match(body, position)
        if not found or not found.group("name"):
            if body[position:].strip():
                attributes.append((body[position:].strip(), None, "", True))
            break
        value = found.group("value")
        quote = value[0] if value and value[0] in "\"'" else ""
        raw = value[1:-1] if quote else value
        attributes.append((found.group("name"), raw, quote, bool(found.group("space"))))
        position = found.end()
    return attributes


class StrictChecker(HTMLParser):
    """An ``html.parser`` that records, instead of forgiving, the errors the Nu checker reports."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.problems: list[Problem] = []
        self._stack: list[_Open] = []
        self._ids: dict[str, tuple[int, int]] = {}
        self._seen_doctype = False
        self._seen_element = False

    # -- helpers --
    def _problem(self, message: str, where: tuple[int, int] | None = None) -> None:
        line, column = where or self.getpos()
        self.problems.append(Problem(line, column + 1, message))

    def _foreign(self) -> bool:
        return bool(self._stack) and self._stack[-1].foreign

    def _check_attributes(self, tag: str) -> None:
        start_tag = self.get_starttag_text() or ""
        seen: set[str] = set()
        for index, (name, raw, quote, spaced) in enumerate(lex_attributes(start_tag)):
            lower = name.lower()
            if index and not spaced:
                self._problem(f"<{tag}>: no space before attribute {name!r} (a quote ended the value before it?)")
            if not _ATTRIBUTE_NAME.match(name):
                self._problem(f"<{tag}>: {name!r} is no attribute name (stray text from a broken attribute value?)")
            elif raw is None and lower not in BARE_ATTRIBUTES and not lower.startswith("data-"):
                self._problem(f"<{tag}>: bare word {name!r} where an attribute name=\"value\" belongs")
            if lower in seen:
                self._problem(f"<{tag}>: duplicate attribute {name!r}")
            seen.add(lower)
            if raw is not None and quote != '"':
                shown = f"{quote}{raw}{quote}"
                self._problem(f"<{tag}>: attribute {name}={shown} is not in double quotes")
            if lower == "id" and raw is not None:
                value = html.unescape(raw)
                if not value or any(c.isspace() for c in value):
                    self._problem(f"<{tag}>: id {value!r} must be non-empty and hold no spaces")
                elif value in self._ids:
                    line, column = self._ids[value]
                    self._problem(f"<{tag}>: duplicate id {value!r} (first at {line}:{column + 1})")
                else:
                    self._ids[value] = self.getpos()

    def _close_implied(self, tag: str) -> None:
        """Pop the open elements that ``tag``'s start tag closes without an error."""
        changed = True
        while changed and self._stack and not self._stack[-1].foreign:
            changed = False
            current = self._stack[-1].tag
            if current == "p" and tag in CLOSES_P:
                self._stack.pop()
                changed = True
                continue
            for open_tag, closers in _IMPLIED_CLOSE:
                if current == open_tag and tag in closers:
                    self._stack.pop()
                    changed = True
                    break

    # -- html.parser callbacks --
    def handle_decl(self, decl: str) -> None:
        if decl.lower().startswith("doctype"):
            if self._seen_element:
                self._problem("the doctype comes after an element")
            if decl.lower() != "doctype html":
                self._problem(f"<!{decl}>: the doctype must be <!doctype html>")
            self._seen_doctype = True

    def _start(self, tag: str, self_closing: bool) -> None:
        if not self._seen_element and not self._seen_doctype:
            self._problem("the page starts without <!doctype html>")
        self._seen_element = True
        self._check_attributes(tag)
        foreign = self._foreign() or tag in FOREIGN_ROOTS
        if foreign:
            if not self_closing:
                self._stack.append(_Open(tag, *self.getpos(), foreign=True))
            return
        self._close_implied(tag)
        if tag in VOID_ELEMENTS:
            return
        if self_closing:
            self._problem(f"<{tag}/>: a non-void HTML element cannot close itself; it stays open")
        self._stack.append(_Open(tag, *self.getpos(), foreign=False))

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self._start(tag, self_closing=False)

    def handle_startendtag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self._start(tag, self_closing=True)

    def handle_endtag(self, tag: str) -> None:
        if tag in VOID_ELEMENTS and not self._foreign():
            self._problem(f"</{tag}>: a void element has no end tag")
            return
        for depth in range(len(self._stack) - 1, -1, -1):
            if self._stack[depth].tag == tag:
                break
        else:
            self._problem(f"</{tag}> closes nothing: no <{tag}> is open")
            return
        for left in self._stack[depth + 1 :]:
            if left.foreign or left.tag not in OPTIONAL_END:
                self._problem(
                    f"</{tag}> closes <{left.tag}> (opened at {left.line}:{left.column + 1}), "
                    "which is still open: misnested or unclosed"
                )
        del self._stack[depth:]

    def close(self) -> None:
        super().close()
        for left in self._stack:
            if left.foreign or left.tag not in OPTIONAL_END:
                self._problem(f"<{left.tag}> is never closed", (left.line, left.column))
        self._stack.clear()


def check_html(text: str) -> list[Problem]:
    """What the strict parser finds wrong in a page (an empty list if nothing)."""
    checker = StrictChecker()
    checker.feed(text)
    checker.close()
    return checker.problems


# --- the pages ---------------------------------------------------------------------


def site_pages(site: Path) -> list[Path]:
    """Every page the build wrote under ``site``: each ``*.html`` outside ``assets/``, sorted."""
    return sorted(
        path for path in site.rglob("*.html")
        if not path.relative_to(site).as_posix().startswith("assets/")
    )


def offline_zips(site: Path) -> list[Path]:
    """The offline copies the site offers (``downloads/*.zip`` under any language's folder)."""
    return sorted(path for path in site.rglob("*.zip") if path.parent.name == "downloads")


def unpack(archive: Path, target: Path) -> Path:
    """Unzip ``archive`` into a new folder under ``target``; that folder."""
    folder = target / archive.stem
    folder.mkdir(parents=True)
    with zipfile.ZipFile(archive) as opened:
        opened.extractall(folder)
    return folder


def url_path(site: Path, page: Path) -> str:
    """A built file's address on the server: ``x/index.html`` is ``/x/``, ``404.html`` is ``/404.html``."""
    relative = page.relative_to(site).as_posix()
    if relative == "index.html":
        return "/"
    if relative.endswith("/index.html"):
        return "/" + relative.removesuffix("index.html")
    return "/" + relative


def strict_check_pages(pages: Iterable[tuple[str, Path]]) -> dict[str, list[Problem]]:
    """``check_html`` on each ``(name, file)``; only the pages with problems."""
    found = {}
    for name, path in pages:
        problems = check_html(path.read_text(encoding="utf-8"))
        if problems:
            found[name] = problems
    return found


# --- the Nu HTML Checker ----------------------------------------------------------


@dataclass(frozen=True)
class KnownFinding:
    """A Nu finding in the theme's markup that we accept: its message and the markup it points at."""

    id: str
    message: str  # a regex, searched in the checker's message
    markup: str  # a regex, searched in the markup the checker highlights
    reason: str

    def matches(self, finding: Finding) -> bool:
        return bool(re.search(self.message, finding.message) and re.search(self.markup, finding.markup))


# The theme's own findings (mkdocs-material 9.8.1 markup that no template of ours
# writes). Each names the markup exactly, so the same mistake in our own markup
# still fails. Review them when the theme is upgraded; unused ones are reported.
KNOWN_THEME_FINDINGS: tuple[KnownFinding, ...] = (
    KnownFinding(
        "theme-toggle-autocomplete",
        r"^Attribute “autocomplete” is only allowed when the input type is",
        r'^<input class="md-toggle" data-md-toggle="(drawer|search)" type="checkbox"',
        "mkdocs-material's base.html gives its drawer and search checkboxes autocomplete=\"off\" "
        "so Back never reopens them; HTML allows the attribute on text-like inputs only.",
    ),
    KnownFinding(
        "theme-toc-label",
        r"^The value of the “for” attribute of the “label” element must be the ID of a non-hidden form control",
        r'^<label class="md-nav__title" for="__toc">$',
        "mkdocs-material's partials/toc.html labels the __toc toggle, which its nav leaves out "
        "on a section's index page (navigation.indexes), as on /students/.",
    ),
)

# Findings where the checker is wrong, whoever wrote the markup. Each is as
# narrow as the theme's: a real mistake of the same kind still fails.
CHECKER_FALSE_POSITIVES: tuple[KnownFinding, ...] = (
    KnownFinding(
        "json-data-block-csp",
        r"^Inline script violates Content Security Policy",
        r'^<script\b[^>]*\btype="application/json"[^>]*>$',
        "a <script type=\"application/json\"> data block (the theme's __config, the tool's data) is never "
        "run: HTML's \"prepare the script element\" stops at its type before any CSP check, but the "
        "checker flags every <script> without src.",
    ),
)

KNOWN_FINDINGS = KNOWN_THEME_FINDINGS + CHECKER_FALSE_POSITIVES


@dataclass(frozen=True)
class Finding:
    """One message of the Nu checker about one page."""

    page: str
    kind: str  # "error", "warning" (vnu's info with subType warning), "info", or "io" (could not check)
    message: str
    line: int | None
    column: int | None
    markup: str

    @property
    def fails(self) -> bool:
        return self.kind != "info"

    def __str__(self) -> str:
        where = f"{self.line}:{self.column}" if self.line is not None else "-"
        markup = re.sub(r"\s+", " ", self.markup).strip()
        shown = markup if len(markup) <= 160 else markup[:159] + "…"
        return f"{where} {self.kind}: {self.message}" + (f"\n      {shown}" if shown else "")


def vnu_command(jar: Path, targets: Sequence[str], java: str = "java") -> list[str]:
    """The Nu checker's command line for ``targets`` (files or URLs), JSON on stderr.

    The checker refuses loopback hosts unless told; the site is served on 127.0.0.1.
    """
    return [
        java,
        "-Dnu.validator.servlet.allow-forbidden-hosts=true",
        "-jar",
        str(jar),
        "--format",
        "json",
        "--exit-zero-always",
        *targets,
    ]


def parse_vnu(report: dict[str, Any], names: dict[str, str]) -> list[Finding]:
    """The findings in the Nu checker's JSON ``report``; ``names`` maps its URLs to page names."""
    findings = []
    for message in report.get("messages", []):
        kind = message.get("type", "")
        if kind == "info":
            kind = "warning" if message.get("subType") == "warning" else "info"
        elif kind == "non-document-error":
            kind = "io"
        else:
            kind = "error"
        extract = message.get("extract", "")
        start = message.get("hiliteStart")
        length = message.get("hiliteLength")
        markup = extract[start : start + length] if isinstance(start, int) and isinstance(length, int) else extract
        url = message.get("url", "")
        findings.append(
            Finding(
                page=names.get(url, url),
                kind=kind,
                message=message.get("message", ""),
                line=message.get("lastLine"),
                column=message.get("lastColumn"),
                markup=markup,
            )
        )
    return findings


def vnu_version(jar: Path) -> str:
    """The vnu-jar package's version, from the package.json beside ``build/dist/vnu.jar``, or "?"."""
    try:
        return str(json.loads((jar.parents[2] / "package.json").read_text(encoding="utf-8"))["version"])
    except (OSError, IndexError, KeyError, ValueError):
        return "?"


def file_url(path: Path) -> str:
    """The URL the Nu checker reports for a file it was given by path."""
    return "file:" + str(path.resolve())


@dataclass
class NuResult:
    """What the Nu checker said, sorted into what fails, what is excepted and what is only a note."""

    failing: list[Finding] = field(default_factory=list)
    excepted: dict[str, list[Finding]] = field(default_factory=dict)
    notes: list[Finding] = field(default_factory=list)
    error: str = ""

    @property
    def ok(self) -> bool:
        return not self.error and not self.failing


def sort_findings(findings: Iterable[Finding], known: Sequence[KnownFinding] = KNOWN_FINDINGS) -> NuResult:
    """Each finding is a note (info), excepted (a known finding), or failing."""
    result = NuResult(excepted={exception.id: [] for exception in known})
    for finding in findings:
        if not finding.fails:
            result.notes.append(finding)
            continue
        exception = next((k for k in known if k.matches(finding)), None)
        if exception:
            result.excepted[exception.id].append(finding)
        else:
            result.failing.append(finding)
    return result


def run_vnu(jar: Path, targets: Sequence[str], names: dict[str, str], java: str = "java") -> NuResult:
    """Run the Nu checker over ``targets``; a failure to run becomes ``NuResult.error``."""
    try:
        completed = subprocess.run(
            vnu_command(jar, targets, java), capture_output=True, text=True, timeout=VNU_TIMEOUT_S, check=False
        )
    except (OSError, subprocess.TimeoutExpired) as error:
        return NuResult(error=f"the Nu checker did not run: {error}")
    try:
        report = json.loads(completed.stderr)
    except json.JSONDecodeError:
        tail = " / ".join((completed.stderr or completed.stdout).strip().splitlines()[-5:])
        return NuResult(error=f"the Nu checker exited {completed.returncode} without a JSON report: {tail}")
    result = sort_findings(parse_vnu(report, names))
    unread = {f.page for f in result.failing if f.kind == "io"}
    if unread:
        result.error = f"the Nu checker could not read {len(unread)} page(s)"
    return result


# --- output ------------------------------------------------------------------------


def _by_page(findings: Iterable[Finding]) -> dict[str, list[Finding]]:
    pages: dict[str, list[Finding]] = {}
    for finding in findings:
        pages.setdefault(finding.page, []).append(finding)
    return pages


def format_strict(problems: dict[str, list[Problem]]) -> str:
    """The strict parser's problems, page by page."""
    lines = []
    for page, found in problems.items():
        lines.append(f"{page}")
        lines += [f"  {problem}" for problem in found]
    return "\n".join(lines)


def format_nu(result: NuResult) -> str:
    """The Nu checker's failing findings page by page, then the exceptions used and the notes."""
    lines = []
    if result.error:
        lines.append(f"Nu checker: {result.error}")
    if result.failing:
        lines.append(f"Nu checker: {len(result.failing)} finding(s) of ours:")
        for page, findings in _by_page(result.failing).items():
            lines.append(f"{page}")
            lines += [f"  {finding}" for finding in findings]
    else:
        lines.append("Nu checker: no error or warning of ours.")
    for title, known in (("The theme's known findings", KNOWN_THEME_FINDINGS),
                         ("The checker's false positives", CHECKER_FALSE_POSITIVES)):
        lines.append(f"\n{title} (excepted):")
        for exception in known:
            found = result.excepted.get(exception.id, [])
            pages = len({f.page for f in found})
            status = f"{len(found)} on {pages} page(s)" if found else "unused: remove it if no longer needed"
            lines.append(f"  {exception.id}: {status}. {exception.reason}")
    if result.notes:
        counts = Counter(f.message for f in result.notes)
        lines.append("\nNotes (info, not failed):")
        for message, count in counts.most_common():
            pages = sorted({f.page for f in result.notes if f.message == message})
            lines.append(f"  {count} x {message} ({', '.join(pages)})")
    return "\n".join(lines)


def summary(strict: dict[str, list[Problem]], nu: NuResult | None, pages: int, **extra: Any) -> dict[str, Any]:
    """The JSON last line: counts per checker and whether the pages pass."""
    data: dict[str, Any] = {
        **extra,
        "pages": pages,
        "strict_problems": {page: len(found) for page, found in strict.items()},
    }
    if nu is not None:
        data["nu_failing"] = {page: len(found) for page, found in _by_page(nu.failing).items()}
        data["nu_excepted"] = {key: len(found) for key, found in nu.excepted.items()}
        data["nu_notes"] = len(nu.notes)
        data["nu_error"] = nu.error
    data["ok"] = not strict and (nu is None or nu.ok)
    return data


# --- the command line ------------------------------------------------------------------


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description="Check every built page of the OIH Guide for valid HTML.")
    parser.add_argument("--site", type=Path, default=ROOT / "site", help="the built site (default: site/)")
    parser.add_argument("--jar", type=Path, default=VNU_JAR, help="vnu.jar (default: the pinned npm vnu-jar)")
    parser.add_argument("--java", default="java", help="the Java runtime (default: java on PATH; `make java`)")
    parser.add_argument("--strict-only", action="store_true", help="run only the strict parser (no Java)")
    args = parser.parse_args(argv)

    if not (args.site / "index.html").exists():
        parser.error(f"{args.site}/index.html not found: run `make build` first")
    if not args.strict_only:
        if not args.jar.exists():
            parser.error(f"{args.jar} not found: run `npm ci` (or `make deps`)")
        if not shutil.which(args.java):
            parser.error(f"{args.java} not found: run `make java` (Debian's default-jre-headless)")

    from site_build.publish.serve import serve_in_background

    started = time.perf_counter()
    with tempfile.TemporaryDirectory(prefix="oih-html-check-") as scratch:
        online = site_pages(args.site)
        named: list[tuple[str, Path]] = [(url_path(args.site, page), page) for page in online]
        offline_files: list[tuple[str, Path]] = []
        for archive in offline_zips(args.site):
            folder = unpack(archive, Path(scratch))
            label = archive.relative_to(args.site).as_posix()
            offline_files += [
                (f"{label}:{page.relative_to(folder).as_posix()}", page) for page in site_pages(folder)
            ]
        every_page = named + offline_files
        print(f"{len(named)} online pages, {len(offline_files)} offline-copy pages "
              f"({len(offline_zips(args.site))} copies)")

        strict = strict_check_pages(every_page)
        print("Strict parser: " + ("no problem." if not strict else
              f"{sum(map(len, strict.values()))} problem(s) on {len(strict)} page(s):\n" + format_strict(strict)))

        nu: NuResult | None = None
        if not args.strict_only:
            server, base = serve_in_background(args.site)
            try:
                urls = {base.rstrip("/") + name: name for name, _ in named}
                files = {file_url(path): name for name, path in offline_files}
                nu = run_vnu(args.jar, [*urls, *(str(path) for _, path in offline_files)],
                             {**urls, **files}, args.java)
            finally:
                server.shutdown()
                server.server_close()
            print()
            print(format_nu(nu))
    seconds = time.perf_counter() - started
    data = summary(strict, nu, len(every_page), vnu=vnu_version(args.jar) if nu else None,
                   seconds=round(seconds, 1))
    print("\nEvery page is valid HTML." if data["ok"] else "\nInvalid HTML: see above.")
    print(json.dumps(data, ensure_ascii=False))
    return 0 if data["ok"] else 1


if __name__ == "__main__":
    raise SystemExit(main())
