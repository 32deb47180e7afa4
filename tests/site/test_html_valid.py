"""Valid HTML on every built page, and every value our templates put into an attribute escaped.

The fast half of ``make audit``'s HTML check (bench/html_check.py): its strict
parser over every page of the online site and of every offline copy, found on
disk (both languages, once there are two). The Nu HTML Checker itself needs
Java, so it runs in ``make audit`` only.
"""

from __future__ import annotations

import re
from html.parser import HTMLParser
from pathlib import Path

import pytest
import yaml

from bench.html_check import format_strict, offline_zips, site_pages, strict_check_pages, unpack, url_path

ROOT = Path(__file__).resolve().parents[2]
CONTENT = ROOT / "content"
OVERRIDES = ROOT / "site_build" / "pages" / "overrides"
TEMPLATES = ROOT / "site_build" / "pages" / "templates"


def test_every_built_page_is_strict_html(built_site: Path, tmp_path_factory: pytest.TempPathFactory) -> None:
    pages = [(url_path(built_site, page), page) for page in site_pages(built_site)]
    copies = offline_zips(built_site)
    assert copies, "the site offers no offline copy"
    scratch = tmp_path_factory.mktemp("html-valid")
    for archive in copies:
        folder = unpack(archive, scratch)
        label = archive.relative_to(built_site).as_posix()
        pages += [(f"{label}:{page.relative_to(folder).as_posix()}", page) for page in site_pages(folder)]
    # Every English page online and in the copy, and the Spanish edition online.
    english = [page for page in CONTENT.rglob("*.md") if not page.relative_to(CONTENT).as_posix().startswith("es/")]
    assert len(pages) >= 2 * len(english) + len(list((CONTENT / "es").glob("*.md")))
    problems = strict_check_pages(pages)
    assert not problems, "\n" + format_strict(problems)


class _Meta(HTMLParser):
    def __init__(self) -> None:
        super().__init__()
        self.description: list[str | None] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        values = dict(attrs)
        if tag == "meta" and values.get("name") == "description":
            self.description.append(values.get("content"))


def test_every_description_is_one_attribute_with_the_front_matter_text(built_site: Path) -> None:
    """The front matter description reaches the page whole, quotes and all, as one attribute value."""
    checked = 0
    for source in sorted(CONTENT.rglob("*.md")):
        match = re.match(r"\A---\n(.*?)\n---\n", source.read_text(encoding="utf-8"), re.DOTALL)
        assert match, source
        description = yaml.safe_load(match.group(1))["description"]
        relative = source.relative_to(CONTENT).with_suffix("")
        folder = relative.parent if relative.name == "index" else relative
        parser = _Meta()
        parser.feed((built_site / folder / "index.html").read_text(encoding="utf-8"))
        assert parser.description == [description], source
        checked += 1
    assert checked > 20


# --- the templates: every interpolation in an attribute is escaped ----------------------------

# An attribute value in double quotes, which may hold {{ ... }} (with quotes inside).
_ATTRIBUTE_VALUE = re.compile(r'[\w:.-]+="((?:[^"{]|\{(?!\{)|\{\{.*?\}\})*)"', re.DOTALL)
_EXPRESSION = re.compile(r"\{\{-?(.*?)-?\}\}", re.DOTALL)
_ESCAPED = re.compile(r"\|\s*(e|escape)\s*\Z")


def unescaped_in_attributes(template: str) -> list[str]:
    """The ``{{ expressions }}`` inside attribute values of ``template`` that do not end in ``| e``."""
    template = re.sub(r"\{#.*?#\}", "", template, flags=re.DOTALL)
    return [
        expression.group(1).strip()
        for value in _ATTRIBUTE_VALUE.finditer(template)
        for expression in _EXPRESSION.finditer(value.group(1))
        if not _ESCAPED.search(expression.group(1).strip())
    ]


def test_the_lint_finds_an_unescaped_attribute() -> None:
    template = (
        '{# <meta content="{{ commented }}"> #}'
        '<meta name="description" content="{{ page.meta.description }}">'
        '<a href="{{ x | url }}" title="{{ y | e }}" data-n="{{ n|escape }}">{{ text }}</a>'
        '<a title="{{ lang.t("x") }}">'
    )
    assert unescaped_in_attributes(template) == ["page.meta.description", "x | url", 'lang.t("x")']


def _not_autoescaped_templates() -> list[Path]:
    """The templates that MkDocs (the theme overrides) and the quiz render without autoescaping."""
    return sorted(OVERRIDES.rglob("*.html")) + sorted(TEMPLATES.glob("*.md.j2"))


@pytest.mark.parametrize("template", _not_autoescaped_templates(), ids=lambda p: p.relative_to(ROOT).as_posix())
def test_every_attribute_value_in_a_template_is_escaped(template: Path) -> None:
    assert unescaped_in_attributes(template.read_text(encoding="utf-8")) == []


def test_which_environments_autoescape() -> None:
    """The .html.j2 templates render autoescaped; the quiz's .md.j2 do not, so the lint covers them."""
    from site_build.pages.form import TEMPLATES as HTML_TEMPLATES
    from site_build.pages.study.quiz import _ENVIRONMENT as QUIZ_TEMPLATES

    assert HTML_TEMPLATES.autoescape is True
    assert QUIZ_TEMPLATES.autoescape is False
    assert {p.name for p in TEMPLATES.iterdir() if p.suffix == ".j2"} == {
        *(p.name for p in TEMPLATES.glob("*.html.j2")), *(p.name for p in TEMPLATES.glob("*.md.j2"))
    }
