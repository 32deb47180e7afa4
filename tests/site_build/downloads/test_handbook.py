"""The handbook's HTML: pages become chapters with prefixed ids and links that stay inside the document."""

from __future__ import annotations

import asyncio
import contextlib
import json
from pathlib import Path

import pytest

from site_build.downloads.handbook import (
    STUDY_DOWNLOADS_NOTE,
    HandbookError,
    built_file,
    chapter_key,
    document_html,
    handbook_pages,
    read_chapters,
    toc_html,
    toc_targets,
)

ROOT = Path(__file__).resolve().parents[3]

ARTICLE = """<html><body><nav>site navigation</nav>
<article class="md-content__inner md-typeset">
<h1 id="top">Mechanisms<a class="headerlink" href="#top" title="Permanent link">&para;</a></h1>
<p>See <a href="../differential-diagnosis/#tolerance">tolerance</a>, <a href="#nmda">below</a>,
<a href="../../what-can-help/">what can help</a>, <a href="https://doi.org/10.1/x">a DOI</a>
and <sup class="oih-cite">[<a href="../../references/#ref-chu2008">6</a>]</sup>.</p>
<h2 id="nmda">NMDA &amp; glutamate&#8217;s role</h2>
<details class="success"><summary>Worked answer</summary><p>Answer.</p></details>
<ul class="oih-study-downloads"><li><a href="../../downloads/x.apkg">deck</a></li></ul>
<p class="oih-download"><a href="../../downloads/oih-guide-offline.zip">zip</a></p>
<figure><img src="../../assets/images/figure.svg" alt="A figure"><svg viewBox="0 0 10 10"><rect id="r" width="5" height="5"/></svg></figure>
<script src="x.js"></script>
<section data-quiz-results hidden><h2 id="your-score">Your score</h2><p>0 of 26</p></section>
</article></body></html>"""


@pytest.fixture
def fake_site(tmp_path: Path) -> Path:
    pages = {
        "students/mechanisms/index.html": ARTICLE,
        "students/differential-diagnosis/index.html": '<article class="md-content__inner md-typeset"><h1 id="d">D</h1><h2 id="tolerance">T</h2></article>',
        "references/index.html": '<article class="md-content__inner md-typeset"><h1 id="references">References</h1><li id="ref-chu2008">Chu</li></article>',
    }
    for relative, html in pages.items():
        (tmp_path / relative).parent.mkdir(parents=True, exist_ok=True)
        (tmp_path / relative).write_text(html, encoding="utf-8")
    return tmp_path


PAGES = ["students/mechanisms.md", "students/differential-diagnosis.md", "references.md"]


def test_the_handbook_prints_the_student_section_then_the_glossary_and_references() -> None:
    pages = handbook_pages(ROOT / "mkdocs.yml")
    assert pages[0] == "students/index.md"
    assert "students/mechanisms.md" in pages and "students/self-test.md" in pages
    assert pages[-2:] == ["glossary.md", "references.md"]
    assert all(page.startswith("students/") for page in pages[:-2])


def test_built_files_follow_directory_urls() -> None:
    assert built_file("students/index.md") == "students/index.html"
    assert built_file("students/mechanisms.md") == "students/mechanisms/index.html"
    assert built_file("glossary.md") == "glossary/index.html"
    assert chapter_key("students/self-test.md") == "students-self-test"


def test_ids_get_the_chapter_prefix_and_links_stay_inside(fake_site: Path) -> None:
    chapter = read_chapters(fake_site, PAGES)[0]
    html = chapter.html
    assert 'id="students-mechanisms--nmda"' in html
    assert 'href="#students-differential-diagnosis--tolerance"' in html
    assert 'href="#students-mechanisms--nmda"' in html
    assert 'href="#references--ref-chu2008"' in html
    assert 'href="https://doi.org/10.1/x"' in html


def test_links_to_pages_outside_the_handbook_keep_only_their_text(fake_site: Path) -> None:
    html = read_chapters(fake_site, PAGES)[0].html
    assert "what can help" in html
    assert "what-can-help" not in html
    assert html.count("<a ") == html.count("</a>")


def test_print_changes(fake_site: Path) -> None:
    html = read_chapters(fake_site, PAGES)[0].html
    assert "<details class=\"success\" open>" in html
    assert "headerlink" not in html and "&para;" not in html
    assert "oih-guide-offline.zip" not in html and "x.apkg" not in html
    assert STUDY_DOWNLOADS_NOTE in html
    assert "<script" not in html and "site navigation" not in html
    assert "Your score" not in html
    # Figures keep their vector form: the SVG file from the site root, inline SVG as it was.
    assert 'src="assets/images/figure.svg"' in html
    assert '<rect id="students-mechanisms--r" width="5" height="5" />' in html


def test_headings_feed_the_contents(fake_site: Path) -> None:
    chapters = read_chapters(fake_site, PAGES)
    assert [(h.level, h.id, h.text) for h in chapters[0].headings] == [
        (1, "students-mechanisms--top", "Mechanisms"),
        (2, "students-mechanisms--nmda", "NMDA & glutamate\u2019s role"),
    ]
    assert chapters[0].title == "Mechanisms"
    assert toc_targets(chapters)[:2] == ["students-mechanisms--top", "students-mechanisms--nmda"]
    toc = toc_html(chapters, {"students-mechanisms--top": 3})
    assert '<a href="#students-mechanisms--top"><span class="toc-text">Mechanisms</span><span class="toc-page">3</span>' in toc
    assert '<span class="toc-text">NMDA &amp; glutamate\u2019s role</span><span class="toc-page"></span>' in toc


def test_the_document_wraps_each_chapter(fake_site: Path) -> None:
    document = document_html(read_chapters(fake_site, PAGES), "<p>cover</p>", "p{}")
    assert document.count('<section class="chapter"') == 3
    assert 'id="students-mechanisms" data-src="students/mechanisms.md"' in document


def test_a_missing_page_fails_with_its_name(fake_site: Path) -> None:
    with pytest.raises(HandbookError, match="glossary/index.html"):
        read_chapters(fake_site, [*PAGES, "glossary.md"])


# ---- handbook_pdf helpers -------------------------------------------------------------------


def test_structure_ids_are_renumbered_in_order_and_keep_their_width() -> None:
    from site_build.downloads.handbook_pdf import stable_node_ids

    first = b"<< /ID (node00012098) >> << /ID (node00012107) >> [ (node00012098) ]"
    later = b"<< /ID (node00000443) >> << /ID (node00000452) >> [ (node00000443) ]"
    assert stable_node_ids(first) == stable_node_ids(later)
    assert stable_node_ids(first) == b"<< /ID (node00000001) >> << /ID (node00000002) >> [ (node00000001) ]"
    assert len(stable_node_ids(first)) == len(first)


def test_a_bad_guess_file_is_ignored(tmp_path: Path) -> None:
    from site_build.downloads.handbook_pdf import _read_guess

    guess = tmp_path / "pages.json"
    assert _read_guess(None) is None and _read_guess(guess) is None
    guess.write_text("not json", encoding="utf-8")
    assert _read_guess(guess) is None
    guess.write_text('{"a--b": "3"}', encoding="utf-8")
    assert _read_guess(guess) is None
    guess.write_text('{"a--b": 3}', encoding="utf-8")
    assert _read_guess(guess) == {"a--b": 3}


def _playwright_open_here() -> bool:
    """True when a Playwright sync session (an asyncio loop) is already running in this thread."""
    try:
        asyncio.get_running_loop()
    except RuntimeError:
        return False
    return True


@pytest.mark.browser  # Chromium prints the PDF
def test_printing_works_while_another_playwright_session_is_open(fake_site: Path, tmp_path: Path) -> None:
    """A browser test session has Playwright open when its fixture builds the site."""
    import datetime as dt

    import pypdf
    from playwright.sync_api import sync_playwright

    from site_build.downloads.handbook_pdf import render_handbook

    (fake_site / "glossary/index.html").parent.mkdir(parents=True)
    (fake_site / "glossary/index.html").write_text(
        '<article class="md-content__inner md-typeset"><h1 id="glossary">Glossary</h1><dl><dt>OIH</dt></dl></article>',
        encoding="utf-8",
    )
    mkdocs_yml = tmp_path / "mkdocs.yml"
    mkdocs_yml.write_text(
        "nav:\n  - For students:\n      - Mechanisms: students/mechanisms.md\n"
        "      - Differential: students/differential-diagnosis.md\n",
        encoding="utf-8",
    )
    target = tmp_path / "out" / "handbook.pdf"
    guess = tmp_path / "pages.json"
    # In a full run the browser tests' session may already be open in this
    # thread; then that is the open session, and opening a second is refused.
    with contextlib.nullcontext() if _playwright_open_here() else sync_playwright():
        render_handbook(fake_site, mkdocs_yml, target, dt.date(2026, 1, 2), guess_file=guess)
    reader = pypdf.PdfReader(target)
    contents = reader.pages[1].extract_text()
    # Cover, contents, then one chapter a page: Mechanisms on 3, Differential 4, Glossary 5, References 6.
    assert len(reader.pages) == 6
    assert "Mechanisms 3" in contents and "Glossary 5" in contents and "References 6" in contents
    assert "6 of 6" in reader.pages[5].extract_text()
    assert reader.metadata["/CreationDate"] == "D:20260102000000+00'00'"
    assert not (fake_site / "_handbook-print.html").exists()
    assert json.loads(guess.read_text(encoding="utf-8"))["glossary--glossary"] == 5
