"""bench/html_check.py without Java: the strict parser on good and bad markup, and the Nu
checker's report read, sorted and printed from stand-in output."""

from __future__ import annotations

import json
import re
import zipfile
from pathlib import Path

import pytest

from bench import html_check
from bench.html_check import (
    CHECKER_FALSE_POSITIVES,
    KNOWN_FINDINGS,
    KNOWN_THEME_FINDINGS,
    Finding,
    check_html,
    format_nu,
    lex_attributes,
    offline_zips,
    parse_vnu,
    run_vnu,
    site_pages,
    sort_findings,
    summary,
    url_path,
    vnu_command,
    vnu_version,
)

ROOT = Path(__file__).resolve().parents[2]

# What the theme wrote for why-it-happens before its description was escaped.
BROKEN_META = (
    '<meta name="description" content="How long-term opioids can turn up the pain "volume" '
    'in your nerves and spinal cord, explained in plain words.">'
)


def page(head: str = "", body: str = "") -> str:
    return f'<!doctype html>\n<html lang="en">\n<head>\n<meta charset="utf-8">\n<title>t</title>\n{head}\n</head>\n<body>\n{body}\n</body>\n</html>\n'


def messages(text: str) -> list[str]:
    return [problem.message for problem in check_html(text)]


# --- the strict parser: what it must accept ------------------------------------------


def test_valid_page_with_what_html_allows() -> None:
    body = """
<p>One<p>Two, the first closed by the second.
<ul><li>a<li>b<ul><li>nested</li></ul></ul>
<dl><dt>term<dd>definition<dt>next<dd>more</dl>
<table><caption>c</caption><thead><tr><th>h<th>i<tbody><tr><td>1<td>2<tr><td>3<td>4</table>
<select><option value="">none<option value="a">a</select>
<input type="checkbox" id="x" checked disabled required data-diary-keep><label for="x">x</label>
<a href="f.zip" download>file</a> <details open><summary>s</summary>text</details>
<svg viewBox="0 0 10 10" aria-hidden="true"><path d="M0 0 L1 1 Z"/><circle cx="1" cy="1" r="1"/><title>t</title></svg>
<img alt="a &quot;quoted&quot; &amp; escaped description" src="x.svg" />
<meta name="description" content="the pain &#34;volume&#34; &amp; &lt;more&gt;">
<script type="application/json" id="data">{"a": "</p>"}</script>
<br><hr><div data-md-scrollfix></div>
"""
    assert check_html(page(body=body)) == []


def test_lex_attributes_keeps_names_values_quotes_and_spacing() -> None:
    assert lex_attributes('<a href="x" download class=\'c\' data-n=1 />') == [
        ("href", "x", '"', True),
        ("download", None, "", True),
        ("class", "c", "'", True),
        ("data-n", "1", "", True),
    ]
    assert lex_attributes('<p id="a"title="b">')[1] == ("title", "b", '"', False)


# --- the strict parser: what vnu would flag -------------------------------------------


def test_broken_meta_description_is_caught() -> None:
    found = messages(page(head=BROKEN_META))
    assert any("no space before attribute 'volume\"'" in m for m in found)
    assert any("'volume\"' is no attribute name" in m for m in found)
    assert any("bare word 'nerves'" in m for m in found)
    assert any("duplicate attribute 'in'" in m for m in found)
    assert any("'words.\"' is no attribute name" in m for m in found)
    # Every one of them points at the meta's line.
    assert {problem.line for problem in check_html(page(head=BROKEN_META))} == {6}


def test_escaped_meta_description_passes() -> None:
    escaped = '<meta name="description" content="turn up the pain &#34;volume&#34; in your nerves">'
    assert check_html(page(head=escaped)) == []


@pytest.mark.parametrize(
    ("snippet", "expected"),
    [
        ('<a href="x" href="y">a</a>', "duplicate attribute 'href'"),
        ('<a HREF="x" href="y">a</a>', "duplicate attribute 'href'"),
        ('<p id="a">1</p><p id="a">2</p>', "duplicate id 'a' (first at"),
        ('<p id="">1</p>', "must be non-empty"),
        ('<p id="two words">1</p>', "must be non-empty and hold no spaces"),
        ("<a href=x>a</a>", "attribute href=x is not in double quotes"),
        ("<a href='x'>a</a>", "attribute href='x' is not in double quotes"),
        ('<a href="x" title>a</a>', "bare word 'title'"),
        ('<a href="x"title="y">a</a>', "no space before attribute 'title'"),
        ('<a href="x" "y">a</a>', "is no attribute name"),
        ("<b><i>x</b></i>", "</b> closes <i>"),
        ("<div><span>x</div>", "</div> closes <span>"),
        ("<div>never closed", "</body> closes <div> (opened at 9:1), which is still open"),
        ("<p>x</p></span>", "</span> closes nothing"),
        ("<p>x</p></p>", "</p> closes nothing"),
        ("<div>a<p>b</div></p>", "</p> closes nothing"),
        ("<div/>", "<div/>: a non-void HTML element cannot close itself"),
        ("<br></br>", "</br>: a void element has no end tag"),
        ("<svg><g><path d=''></svg>", "</svg> closes <path>"),
    ],
)
def test_bad_snippets_fail(snippet: str, expected: str) -> None:
    found = messages(page(body=snippet))
    assert any(expected in message for message in found), found


def test_unclosed_at_the_end() -> None:
    assert messages("<!doctype html><div><section><p>x") == ["<div> is never closed", "<section> is never closed"]


def test_page_without_doctype() -> None:
    assert "the page starts without <!doctype html>" in messages("<html><body><p>x</p></body></html>")
    assert any("the doctype must be" in m for m in messages('<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0//EN"><p>x</p>'))


def test_problem_text_has_its_place() -> None:
    (problem,) = check_html(page(body='<a href="x" href="y">a</a>'))
    assert str(problem) == f"{problem.line}:{problem.column}: <a>: duplicate attribute 'href'"
    assert problem.line == 9 and problem.column == 1


# --- the pages ----------------------------------------------------------------------


def _write(path: Path, text: str = "x") -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(text, encoding="utf-8")
    return path


def test_pages_come_from_the_built_site(tmp_path: Path) -> None:
    site = tmp_path / "site"
    for name in ("index.html", "404.html", "about/index.html", "es/index.html", "es/about/index.html",
                 "assets/javascripts/x.html"):
        _write(site / name)
    assert [p.relative_to(site).as_posix() for p in site_pages(site)] == [
        "404.html", "about/index.html", "es/about/index.html", "es/index.html", "index.html"
    ]
    assert [url_path(site, p) for p in site_pages(site)] == ["/404.html", "/about/", "/es/about/", "/es/", "/"]
    for name in ("downloads/oih-guide-offline.zip", "es/downloads/oih-guia-offline.zip"):
        (site / name).parent.mkdir(parents=True, exist_ok=True)
        with zipfile.ZipFile(site / name, "w") as archive:
            archive.writestr("copy/index.html", "x")
    _write(site / "assets/other.zip")
    assert [p.relative_to(site).as_posix() for p in offline_zips(site)] == [
        "downloads/oih-guide-offline.zip", "es/downloads/oih-guia-offline.zip"
    ]
    folder = html_check.unpack(offline_zips(site)[0], tmp_path / "scratch")
    assert [p.relative_to(folder).as_posix() for p in site_pages(folder)] == ["copy/index.html"]


# --- the Nu checker's report ---------------------------------------------------------------


def vnu_message(message: str, markup: str, kind: str = "error", sub_type: str | None = None,
                url: str = "http://127.0.0.1:9/") -> dict[str, object]:
    extract = "before " + markup + " after"
    raw: dict[str, object] = {
        "type": kind, "url": url, "lastLine": 12, "lastColumn": 40, "message": message,
        "extract": extract, "hiliteStart": 7, "hiliteLength": len(markup),
    }
    if sub_type:
        raw["subType"] = sub_type
    return raw


THEME_TOGGLE = '<input class="md-toggle" data-md-toggle="drawer" type="checkbox" id="__drawer" autocomplete="off">'
AUTOCOMPLETE = "Attribute “autocomplete” is only allowed when the input type is “color”, “date”, …"
TOC_LABEL = "The value of the “for” attribute of the “label” element must be the ID of a non-hidden form control."
INLINE_CSP = "Inline script violates Content Security Policy (meta tag): blocked by “script-src” directive."


def test_parse_vnu_kinds_markup_and_page_names() -> None:
    report = {"messages": [
        vnu_message("Duplicate attribute “in”.", " in your "),
        vnu_message(INLINE_CSP, '<script id="__config" type="application/json">', "info", "warning"),
        vnu_message("Trailing slash on void elements has no effect.", "<img />", "info", url="file:/x/a.html"),
        {"type": "non-document-error", "subType": "io", "url": "http://127.0.0.1:9/gone/", "message": "Not Found"},
    ]}
    findings = parse_vnu(report, {"http://127.0.0.1:9/": "/", "file:/x/a.html": "copy:a.html"})
    assert [(f.page, f.kind) for f in findings] == [
        ("/", "error"), ("/", "warning"), ("copy:a.html", "info"), ("http://127.0.0.1:9/gone/", "io")
    ]
    assert findings[0].markup == " in your "
    assert (findings[0].line, findings[0].column) == (12, 40)
    assert [f.fails for f in findings] == [True, True, False, True]
    assert str(findings[0]) == "12:40 error: Duplicate attribute “in”.\n      in your"


def _finding(message: str, markup: str, kind: str = "error", page: str = "/") -> Finding:
    return Finding(page=page, kind=kind, message=message, line=1, column=1, markup=markup)


def test_theme_findings_are_excepted_only_on_the_theme_markup() -> None:
    ours_autocomplete = '<input type="checkbox" id="diary-keep" autocomplete="off">'
    ours_label = '<label class="oih" for="nothing">'
    result = sort_findings([
        _finding(AUTOCOMPLETE, THEME_TOGGLE),
        _finding(AUTOCOMPLETE, THEME_TOGGLE.replace("drawer", "search").replace("__drawer", "__search")),
        _finding(AUTOCOMPLETE, ours_autocomplete),
        _finding(TOC_LABEL, '<label class="md-nav__title" for="__toc">'),
        _finding(TOC_LABEL, ours_label),
    ])
    assert len(result.excepted["theme-toggle-autocomplete"]) == 2
    assert len(result.excepted["theme-toc-label"]) == 1
    assert [f.markup for f in result.failing] == [ours_autocomplete, ours_label]
    assert not result.ok


def test_json_data_blocks_are_excepted_from_the_csp_warning_but_inline_scripts_are_not() -> None:
    result = sort_findings([
        _finding(INLINE_CSP, '<script id="__config" type="application/json">', "warning"),
        _finding(INLINE_CSP, '<script type="application/json" id="oih-tool-data">', "warning"),
        _finding(INLINE_CSP, "<script>", "warning"),
        _finding(INLINE_CSP, '<script type="module">', "warning"),
        _finding("Trailing slash on void elements has no effect.", "<img />", "info"),
    ])
    assert len(result.excepted["json-data-block-csp"]) == 2
    assert [f.markup for f in result.failing] == ["<script>", '<script type="module">']
    assert len(result.notes) == 1


def test_every_exception_has_an_id_and_a_one_line_reason() -> None:
    ids = [k.id for k in KNOWN_FINDINGS]
    assert len(ids) == len(set(ids))
    assert KNOWN_FINDINGS == KNOWN_THEME_FINDINGS + CHECKER_FALSE_POSITIVES
    for known in KNOWN_FINDINGS:
        assert known.reason and "\n" not in known.reason and len(known.reason) < 250
        re.compile(known.message)
        re.compile(known.markup)


def test_nothing_of_ours_is_a_known_theme_finding() -> None:
    """The theme exceptions name only the theme's markup: its md- classes and its ids."""
    for known in KNOWN_THEME_FINDINGS:
        assert "md-" in known.markup and "oih" not in known.markup


def test_report_lists_failures_exceptions_and_notes() -> None:
    result = sort_findings([
        _finding("Duplicate attribute “in”.", " in your ", page="/why-it-happens/"),
        _finding(AUTOCOMPLETE, THEME_TOGGLE, page="/"),
        _finding("Trailing slash on void elements has no effect.", "<img />", "info", page="/what-is-oih/"),
    ])
    text = format_nu(result)
    assert "Nu checker: 1 finding(s) of ours:\n/why-it-happens/\n  1:1 error: Duplicate attribute “in”." in text
    assert "theme-toggle-autocomplete: 1 on 1 page(s)." in text
    assert "theme-toc-label: unused" in text
    assert "1 x Trailing slash on void elements has no effect. (/what-is-oih/)" in text
    data = json.loads(json.dumps(summary({}, result, 3)))
    assert data["nu_failing"] == {"/why-it-happens/": 1}
    assert data["nu_excepted"]["theme-toggle-autocomplete"] == 1
    assert data["ok"] is False
    clean = sort_findings([_finding(AUTOCOMPLETE, THEME_TOGGLE)])
    assert "no error or warning of ours" in format_nu(clean)
    assert summary({}, clean, 3)["ok"] is True
    assert summary({"/": []}, clean, 3)["ok"] is False


# --- running the checker (a stand-in for Java) ------------------------------------------


def test_vnu_command() -> None:
    command = vnu_command(Path("/x/vnu.jar"), ["http://127.0.0.1:9/", "/tmp/a.html"])
    assert command[0] == "java"
    assert "-Dnu.validator.servlet.allow-forbidden-hosts=true" in command
    assert command[command.index("-jar") + 1] == "/x/vnu.jar"
    assert command[-2:] == ["http://127.0.0.1:9/", "/tmp/a.html"]
    assert {"--format", "json", "--exit-zero-always"} <= set(command)


def _fake_java(tmp_path: Path, body: str) -> str:
    script = tmp_path / "fake-java"
    script.write_text("#!/bin/sh\n" + body + "\n", encoding="utf-8")
    script.chmod(0o755)
    return str(script)


def test_run_vnu_reads_its_json_from_stderr(tmp_path: Path) -> None:
    report = tmp_path / "report.json"
    report.write_text(json.dumps({"messages": [
        vnu_message(AUTOCOMPLETE, THEME_TOGGLE),
        vnu_message("Duplicate attribute “in”.", " in ", url="file:/site/a.html"),
    ]}), encoding="utf-8")
    java = _fake_java(tmp_path, f'cat {report} >&2')
    result = run_vnu(Path("vnu.jar"), ["a"], {"file:/site/a.html": "copy:a.html"}, java)
    assert result.error == ""
    assert [f.page for f in result.failing] == ["copy:a.html"]
    assert len(result.excepted["theme-toggle-autocomplete"]) == 1


def test_run_vnu_failures(tmp_path: Path) -> None:
    result = run_vnu(Path("vnu.jar"), ["a"], {}, _fake_java(tmp_path, "echo 'Error: Unable to access jarfile' >&2; exit 1"))
    assert result.error == "the Nu checker exited 1 without a JSON report: Error: Unable to access jarfile"
    assert not result.ok
    result = run_vnu(Path("vnu.jar"), ["a"], {}, str(tmp_path / "no-such-java"))
    assert result.error.startswith("the Nu checker did not run")
    io = tmp_path / "io.json"
    io.write_text(json.dumps({"messages": [{"type": "non-document-error", "url": "u", "message": "Forbidden host."}]}))
    result = run_vnu(Path("vnu.jar"), ["a"], {}, _fake_java(tmp_path, f"cat {io} >&2"))
    assert result.error == "the Nu checker could not read 1 page(s)"


def test_vnu_version(tmp_path: Path) -> None:
    jar = tmp_path / "vnu-jar" / "build" / "dist" / "vnu.jar"
    _write(jar)
    _write(tmp_path / "vnu-jar" / "package.json", '{"version": "26.9.27"}')
    assert vnu_version(jar) == "26.9.27"
    assert vnu_version(tmp_path / "vnu.jar") == "?"


# --- the command line, strict part only (no Java) ----------------------------------------


def test_main_strict_only(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    site = tmp_path / "site"
    _write(site / "index.html", page(body="<p>fine</p>"))
    _write(site / "about/index.html", page(head=BROKEN_META))
    (site / "downloads").mkdir()
    with zipfile.ZipFile(site / "downloads/oih-guide-offline.zip", "w") as archive:
        archive.writestr("oih-guide/index.html", page(body="<p>fine</p>"))
    assert html_check.main(["--site", str(site), "--strict-only"]) == 1
    out = capsys.readouterr().out
    assert "/about/\n" in out and "bare word 'nerves'" in out
    data = json.loads(out.strip().splitlines()[-1])
    assert data["pages"] == 3 and list(data["strict_problems"]) == ["/about/"] and data["ok"] is False
    _write(site / "about/index.html", page(body="<p>fixed</p>"))
    assert html_check.main(["--site", str(site), "--strict-only"]) == 0


def test_main_says_how_to_get_java(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    site = tmp_path / "site"
    _write(site / "index.html", page())
    jar = _write(tmp_path / "vnu.jar")
    with pytest.raises(SystemExit):
        html_check.main(["--site", str(site), "--jar", str(jar), "--java", "no-such-java-here"])
    assert "make java" in capsys.readouterr().err


# --- the build's wiring: pinned checker, Java only for make audit ---------------------------


def test_vnu_jar_is_a_pinned_dev_dependency() -> None:
    package = json.loads((ROOT / "package.json").read_text(encoding="utf-8"))
    version = package["devDependencies"]["vnu-jar"]
    assert re.fullmatch(r"\d+\.\d+\.\d+", version)
    lock = json.loads((ROOT / "package-lock.json").read_text(encoding="utf-8"))
    assert lock["packages"]["node_modules/vnu-jar"]["version"] == version


def _rule(makefile: str, target: str) -> str:
    match = re.search(rf"^{target}:.*(?:\n\t.*)*", makefile, re.M)
    assert match, target
    return match.group(0)


def test_make_audit_runs_the_checker_on_debian_java_and_make_test_needs_no_java() -> None:
    makefile = (ROOT / "Makefile").read_text(encoding="utf-8")
    audit = _rule(makefile, "audit")
    assert "java" in audit.splitlines()[0].split(":", 1)[1].split()
    assert "bench/html_check.py" in audit and "bench/audit.py" in audit
    assert "default-jre-headless" in _rule(makefile, "java")
    assert "$(SUDO) apt-get install" in _rule(makefile, "java")
    for target in ("test", "deps", "build"):
        assert "java" not in _rule(makefile, target).splitlines()[0].split(":", 1)[1].split()
    # vnu-jar's install script would fetch a Java runtime from the network.
    assert "npm ci --ignore-scripts" in makefile
