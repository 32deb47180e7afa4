"""Values with quotes, ``<`` and ``&`` reach the page as one valid attribute (or text), escaped once.

The theme overrides are rendered by a small MkDocs build of two pages with the
project's theme settings and overrides (without the hooks, which need the whole
content); the Python page parts are called directly.
"""

from __future__ import annotations

from html.parser import HTMLParser
from pathlib import Path

import markdown
import pytest
import yaml
from mkdocs.commands.build import build
from mkdocs.config import load_config

from assessment.references import REFERENCES_BY_ID, Kind, Reference
from bench.html_check import check_html
from site_build.pages import citations, downloads
from site_build.pages.study.quiz import render_question, render_results
from site_build.pages.study.self_test import Choice, Kind as QuizKind, Question, Topic

ROOT = Path(__file__).resolve().parents[2]
NASTY = 'the pain "volume" & <b>it\'s</b> &amp; more'
SITE_NAME = 'OIH "Guide" & <co>'


class _Elements(HTMLParser):
    """Every element's attributes (unescaped by the parser), and the text of <title>."""

    def __init__(self) -> None:
        super().__init__()
        self.elements: list[tuple[str, dict[str, str | None]]] = []
        self.title = ""
        self._in_title = False

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.elements.append((tag, dict(attrs)))
        self._in_title = tag == "title"

    def handle_endtag(self, tag: str) -> None:
        self._in_title = False

    def handle_data(self, data: str) -> None:
        if self._in_title:
            self.title += data

    def find(self, tag: str, **wanted: str) -> list[dict[str, str | None]]:
        return [attrs for name, attrs in self.elements if name == tag and all(attrs.get(k) == v for k, v in wanted.items())]


def _parsed(text: str) -> _Elements:
    parser = _Elements()
    parser.feed(text)
    parser.close()
    return parser


@pytest.fixture(scope="module")
def small_site(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """Two pages built by MkDocs with the site's theme and overrides and hostile values everywhere."""
    root = tmp_path_factory.mktemp("escaping")
    docs = root / "docs"
    docs.mkdir()
    front_matter = {
        "title": NASTY,
        "description": NASTY,
        "author": 'A "B" & C',
        "tool": True,
        "stylesheets": ["a&b.css"],
        "scripts": ['x"y.js'],
    }
    (docs / "index.md").write_text(f"---\n{yaml.safe_dump(front_matter)}---\n\n# Home\n\nText.\n", encoding="utf-8")
    (docs / "plain.md").write_text("# A heading with &amp; and \"quotes\"\n\nNo front matter.\n", encoding="utf-8")
    project = yaml.safe_load((ROOT / "mkdocs.yml").read_text(encoding="utf-8"))
    config = load_config(
        str(ROOT / "mkdocs.yml"),
        docs_dir=str(docs),
        site_dir=str(root / "site"),
        site_name=SITE_NAME,
        site_description='Site "description" & <more>',
        nav=[{"Home": "index.md"}, "plain.md"],
        hooks=[],
        markdown_extensions=["toc", "attr_list"],
        strict=False,
        extra={
            "content_security_policy": "default-src 'self'; script-src 'self'",
            "tool_paths": {"pyodide": 'py"o/', "stdlib": "s&t.zip", "worker": "w<k>.js", "timeout_ms": 5},
        },
        theme={**project["theme"], "custom_dir": str(ROOT / "site_build" / "pages" / "overrides")},
    )
    build(config)
    return root / "site"


def test_front_matter_values_are_one_attribute_each(small_site: Path) -> None:
    text = (small_site / "index.html").read_text(encoding="utf-8")
    assert check_html(text) == []
    page = _parsed(text)
    assert page.find("meta", name="description") == [{"name": "description", "content": NASTY}]
    assert page.find("meta", name="author") == [{"name": "author", "content": 'A "B" & C'}]
    assert 'content="the pain &#34;volume&#34; &amp; &lt;b&gt;it&#39;s&lt;/b&gt; &amp;amp; more"' in text
    # Page-named style sheets and scripts: their URLs escaped once.
    assert page.find("link", rel="stylesheet", href="assets/stylesheets/a&b.css")
    assert page.find("script", src='assets/javascripts/x"y.js')
    # The tool's data attributes, from the config.
    (boot,) = [a for a in page.find("script") if a.get("data-stdlib-url")]
    assert (boot["data-pyodide-base"], boot["data-stdlib-url"], boot["data-worker-url"]) == ('py"o/', "s&t.zip", "w<k>.js")
    (policy,) = page.find("meta", **{"http-equiv": "Content-Security-Policy"})
    assert policy["content"] == "default-src 'self'; script-src 'self'"


def test_titles_and_site_name_are_text_not_markup(small_site: Path) -> None:
    page = _parsed((small_site / "index.html").read_text(encoding="utf-8"))
    assert page.title == f"{NASTY} - {SITE_NAME}"
    logos = [a for a in page.find("a") if a.get("data-md-component") == "logo"]
    assert len(logos) == 2  # in the header and in the drawer
    assert all(logo["aria-label"] == logo["title"] == SITE_NAME for logo in logos)


def test_a_page_without_front_matter_takes_the_site_description_and_its_heading(small_site: Path) -> None:
    text = (small_site / "plain" / "index.html").read_text(encoding="utf-8")
    assert check_html(text) == []
    page = _parsed(text)
    assert page.find("meta", name="description") == [{"name": "description", "content": 'Site "description" & <more>'}]
    # The heading is Markdown's HTML; the title is its text, escaped once.
    assert page.title == f'A heading with & and "quotes" - {SITE_NAME}'


def test_every_small_site_page_passes_the_strict_parser(small_site: Path) -> None:
    assert [check_html(p.read_text(encoding="utf-8")) for p in sorted(small_site.rglob("*.html"))
            if "assets" not in p.parts] == [[], [], []]


# --- the Python page parts ------------------------------------------------------------


def test_citation_titles_survive_quotes_brackets_and_ampersands(monkeypatch: pytest.MonkeyPatch) -> None:
    short = 'Smith "Pain") & <Co> 2020'
    reference = Reference(id="smith2020", short=short, citation="Smith. Pain. 2020.", kind=Kind.JOURNAL,
                          no_id_reason="a test")
    monkeypatch.setitem(citations.REFERENCES_BY_ID, "smith2020", reference)
    monkeypatch.setattr(citations, "reference_number", lambda reference_id: 7)
    rendered = markdown.markdown(citations.link_citations("Claim [@smith2020; @chu2008].", "references.md"))
    assert check_html(f"<!doctype html><div>{rendered}</div>") == []
    links = _parsed(rendered).find("a")
    assert [(a["href"], a["title"]) for a in links] == [
        ("references.md#ref-smith2020", short),
        ("references.md#ref-chu2008", REFERENCES_BY_ID["chu2008"].short),
    ]


def test_download_links_escape_their_address() -> None:
    for block in (downloads.download_block('a&"b/', offline=False), downloads.study_block('a&"b/')):
        assert check_html(f"<!doctype html><div>{block}</div>") == []
        hrefs = [a["href"] for a in _parsed(block).find("a")]
        assert hrefs and all(h and h.startswith('a&"b/downloads/') for h in hrefs)


def _question(topic: Topic) -> Question:
    choices = (Choice("A", "A", 'say "yes" & <mean> it', True), Choice("B", "B", "no", False))
    return Question(
        id='q"1', number=1, title="T", anchor='1-t"', topic=topic, kind=QuizKind.MULTIPLE_CHOICE,
        prompt="Which?", choices=choices, explanation="Because.", answer_markdown="**A.** Because.",
        reference_ids=(), source_lines=(0, 1),
    )


def test_quiz_templates_escape_attributes_and_raw_text() -> None:
    topic = Topic('t"&<1', 'Q & A "<b>"')
    question = render_question(_question(topic))
    assert 'data-quiz-question="q&#34;1"' in question and 'data-quiz-topic="t&#34;&amp;&lt;1"' in question
    assert 'aria-labelledby="1-t&#34;"' in question and 'name="quiz-q&#34;1"' in question
    results = render_results((_question(topic),))
    assert check_html(f"<!doctype html>{results}") == []
    page = _parsed(results)
    assert page.find("tr", **{"data-quiz-topic-row": 't"&<1'})
    assert page.find("a", href='#t"&<1')
    assert 'Q &amp; A &#34;&lt;b&gt;&#34;</a>' in results
