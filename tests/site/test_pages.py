"""Every page of the built site: reviewed, sourced, readable, safe, and linked correctly."""

from __future__ import annotations

import re
from html.parser import HTMLParser
from pathlib import Path

import pytest
import yaml

from assessment.references import REFERENCES
from site_build.pages.readability import PATIENT_GRADE_LIMIT, PATIENT_INFLESZ_MINIMUM, page_grade, page_inflesz

CONTENT = Path(__file__).resolve().parents[2] / "content"
SPANISH = CONTENT / "es"  # the Spanish edition; absent until its pages land
MARKDOWN_PAGES = sorted(CONTENT.rglob("*.md"))


def front_matter(path: Path) -> dict:
    text = path.read_text(encoding="utf-8")
    match = re.match(r"\A---\n(.*?)\n---\n", text, re.DOTALL)
    assert match, f"{path} has no front matter"
    return yaml.safe_load(match.group(1))


def built_html(site: Path, md_path: Path) -> str:
    relative = md_path.relative_to(CONTENT).with_suffix("")
    target = site / "index.html" if relative.name == "index" and relative.parent == Path(".") else (
        site / relative.parent / "index.html" if relative.name == "index" else site / relative / "index.html"
    )
    return target.read_text(encoding="utf-8")


def page_id(path: Path) -> str:
    return path.relative_to(CONTENT).as_posix()


def language(path: Path) -> str:
    return "es" if path.is_relative_to(SPANISH) else "en"


class _Collector(HTMLParser):
    def __init__(self) -> None:
        super().__init__()
        self.ids: set[str] = set()
        self.hrefs: list[str] = []
        self.images: list[dict[str, str | None]] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        attributes = dict(attrs)
        if attributes.get("id"):
            self.ids.add(attributes["id"])  # type: ignore[arg-type]
        if tag == "a" and attributes.get("href"):
            self.hrefs.append(attributes["href"])  # type: ignore[arg-type]
        if tag == "img":
            self.images.append(attributes)


def parse(html: str) -> _Collector:
    collector = _Collector()
    collector.feed(html)
    return collector


PATIENT_PAGES = [p for p in MARKDOWN_PAGES if front_matter(p).get("audience") == "patient"]
STUDENT_PAGES = [p for p in MARKDOWN_PAGES if front_matter(p).get("audience") == "student"]
# Flesch-Kincaid measures English; Spanish pages are measured on the INFLESZ scale.
ENGLISH_PATIENT_PAGES = [p for p in PATIENT_PAGES if not p.is_relative_to(SPANISH)]
SPANISH_PATIENT_PAGES = [p for p in PATIENT_PAGES if p.is_relative_to(SPANISH)]


def test_every_page_outside_students_is_for_patients_or_reference() -> None:
    for path in MARKDOWN_PAGES:
        audience = front_matter(path)["audience"]
        if page_id(path).startswith("students/"):
            assert audience == "student", page_id(path)
        else:
            assert audience in {"patient", "reference"}, page_id(path)
    assert len(PATIENT_PAGES) >= 11


@pytest.mark.parametrize("path", ENGLISH_PATIENT_PAGES, ids=page_id)
def test_patient_page_reads_at_grade_8_or_below(path: Path) -> None:
    grade = page_grade(path)
    assert grade <= PATIENT_GRADE_LIMIT, f"{page_id(path)} reads at grade {grade:.1f}"


def test_spanish_patient_pages_score_55_or_more_on_the_inflesz_scale() -> None:
    """Every Spanish patient page reads "normal" or easier; none yet while content/es/ is absent."""
    scores = {page_id(path): page_inflesz(path) for path in SPANISH_PATIENT_PAGES}
    failing = [f"{page} scores {score:.1f}" for page, score in scores.items() if score < PATIENT_INFLESZ_MINIMUM]
    assert not failing, f"below INFLESZ {PATIENT_INFLESZ_MINIMUM:.0f}: " + "; ".join(failing)


@pytest.mark.parametrize("path", MARKDOWN_PAGES, ids=page_id)
def test_page_shows_last_reviewed_date_and_sources(built_site: Path, path: Path) -> None:
    html = built_html(built_site, path)
    if path.name == "references.md":
        return
    assert {"en": "Last reviewed on", "es": "se revisó por última vez"}[language(path)] in html
    assert re.search(r'href="[^"]*references/#ref-[a-z0-9-]+"', html), "cites no source"
    assert 'class="oih-page-meta"' in html


def test_references_page_has_at_least_40_numbered_works_with_links(built_site: Path) -> None:
    html = (built_site / "references" / "index.html").read_text(encoding="utf-8")
    items = re.findall(r'<li id="ref-([a-z0-9-]+)">(.*?)</li>', html, re.DOTALL)
    assert [item_id for item_id, _ in items] == [ref.id for ref in REFERENCES]
    assert len(items) >= 40
    linked = [body for _, body in items if "https://doi.org/" in body or "pubmed.ncbi.nlm.nih.gov" in body]
    assert len(linked) >= 30
    bodies = dict(items)
    for ref in REFERENCES:
        if ref.doi:
            assert f'href="https://doi.org/{ref.doi}"' in bodies[ref.id], ref.id
        if ref.pmid:
            assert f'href="https://pubmed.ncbi.nlm.nih.gov/{ref.pmid}/"' in bodies[ref.id], ref.id
        if ref.url:
            assert "accessed" in bodies[ref.id], ref.id
        if ref.is_lay:
            assert "Lay article" in bodies[ref.id], ref.id


def test_every_citation_on_the_site_resolves_to_a_listed_work(built_site: Path) -> None:
    listed = parse((built_site / "references" / "index.html").read_text(encoding="utf-8")).ids
    cited = set()
    for html_file in built_site.rglob("*.html"):
        for href in parse(html_file.read_text(encoding="utf-8")).hrefs:
            match = re.search(r"references/#(ref-[a-z0-9-]+)$", href)
            if match:
                cited.add(match.group(1))
    assert cited, "no citations found at all"
    assert cited <= listed, f"cited but not listed: {sorted(cited - listed)}"


_DOSE_TALK = {
    "en": re.compile(r"\b(dose|doses|dosing|taper|tapering|stop taking)\b", re.IGNORECASE),
    "es": re.compile(r"\b(dosis|reducción gradual|dejar de tomar)\b", re.IGNORECASE),
}
# The box's title, the crisis line and naloxone, in the page's language.
_SAFETY_BOX_WORDS = {"en": ("Stay safe", "988", "naloxone"), "es": ("Manténgase a salvo", "988", "naloxona")}


@pytest.mark.parametrize("path", PATIENT_PAGES + STUDENT_PAGES, ids=page_id)
def test_pages_that_discuss_dose_carry_the_safety_box(built_site: Path, path: Path) -> None:
    body = re.sub(r"\A---\n.*?\n---\n", "", path.read_text(encoding="utf-8"), flags=re.DOTALL)
    if not _DOSE_TALK[language(path)].search(body):
        return
    assert front_matter(path).get("safety_box") is True, f"{page_id(path)} discusses dose without a safety box"
    html = built_html(built_site, path)
    assert all(word in html for word in _SAFETY_BOX_WORDS[language(path)]), page_id(path)


# A sentence that tells the reader to change a dose, unless it is negated or
# routed through the clinician.
_DOSE_CHANGE = {
    "en": re.compile(
        r"\b(stop|reduce|lower|increase|raise|cut|skip|double|change)\s+(taking\s+)?(your|the)\s+"
        r"(dose|doses|opioids?|medicine|pills?)\b",
        re.IGNORECASE,
    ),
    # The instruction to a reader: an imperative and "your" (su, sus).
    "es": re.compile(
        r"\b(deje|suspenda|baje|reduzca|aumente|suba|cambie|sáltese|duplique)\s+(de\s+tomar\s+)?(su|sus)\s+"
        r"(dosis|opioides?|medicamentos?|pastillas?)\b",
        re.IGNORECASE,
    ),
}
_SAFE_CONTEXT = {
    "en": re.compile(
        r"\b(not|never|don't|do not|without|won't|can't|only|clinician|doctor|prescriber|"
        r"team|together|plan|supervis\w*|ask|talk|should i|if|when|may|might|whether|before)\b",
        re.IGNORECASE,
    ),
    "es": re.compile(
        r"\b(no|nunca|sin|solo|sólo|profesional|médico|médica|equipo|juntos|plan|supervis\w*|"
        r"pregunte|hable|consulte|si|cuando|puede|podría|antes)\b",
        re.IGNORECASE,
    ),
}


@pytest.mark.parametrize("path", PATIENT_PAGES, ids=page_id)
def test_no_patient_page_tells_anyone_to_change_a_dose_alone(path: Path) -> None:
    text = path.read_text(encoding="utf-8")
    for sentence in re.split(r"(?<=[.!?])\s+", text):
        if _DOSE_CHANGE[language(path)].search(sentence):
            assert _SAFE_CONTEXT[language(path)].search(sentence), f"{page_id(path)}: {sentence.strip()}"


@pytest.mark.parametrize("path", STUDENT_PAGES, ids=page_id)
def test_student_pages_are_marked_for_students(path: Path) -> None:
    assert '!!! info "For students and clinicians"' in path.read_text(encoding="utf-8")


def test_figures_are_accessible_svgs_used_with_alt_text(built_site: Path) -> None:
    figures = sorted((CONTENT / "assets" / "figures").glob("*.svg"))
    assert len(figures) >= 2
    for figure in figures:
        svg = figure.read_text(encoding="utf-8")
        assert "<title" in svg and "<desc" in svg, figure.name
    used = {}
    for html_file in built_site.rglob("*.html"):
        for image in parse(html_file.read_text(encoding="utf-8")).images:
            assert (image.get("alt") or "").strip(), f"{html_file}: image without alt text"
            used[Path(str(image.get("src"))).name] = image["alt"]
    assert {"dose-response.svg", "pain-spread.svg"} <= set(used)


def test_glossary_lists_the_abbreviations_and_pages_show_tooltips(built_site: Path) -> None:
    glossary = (built_site / "glossary" / "index.html").read_text(encoding="utf-8")
    assert glossary.count("<dt") >= 30
    what_is = (built_site / "what-is-oih" / "index.html").read_text(encoding="utf-8")
    assert re.search(r'<abbr title="[^"]+">OIH</abbr>', what_is)


def test_home_page_offers_the_three_ways_in(built_site: Path) -> None:
    links = parse((built_site / "index.html").read_text(encoding="utf-8")).hrefs
    for target in ("what-is-oih/", "assessment/", "students/"):
        assert target in links, target
