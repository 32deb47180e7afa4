from __future__ import annotations

from pathlib import Path

from site_build.pages.glossary import read_terms, render_glossary

ROOT = Path(__file__).resolve().parents[3]


def test_terms_are_sorted_and_deduplicated(tmp_path: Path) -> None:
    source = tmp_path / "abbreviations.md"
    source.write_text("*[taper]: A slow plan.\n*[OIH]: Opioid pain.\n*[oih]: Duplicate.\nnot a term\n")
    assert read_terms(source) == [("OIH", "Opioid pain."), ("taper", "A slow plan.")]


def test_rendered_terms_have_anchors() -> None:
    rendered = render_glossary([("MME", "Morphine milligram equivalents.")])
    assert '<span id="term-mme"></span>MME\n:   Morphine milligram equivalents.' in rendered


def test_project_glossary_has_at_least_30_terms() -> None:
    assert len(read_terms(ROOT / "includes" / "abbreviations.md")) >= 30


def test_accented_terms_sort_and_anchor_as_plain_letters(tmp_path) -> None:
    from site_build.pages.glossary import read_terms, render_glossary

    path = tmp_path / "abbreviations.md"
    path.write_text("*[síndrome]: a.\n*[glía]: b.\n*[glutamato]: c.\n*[sumación]: d.\n", encoding="utf-8")
    terms = read_terms(path)
    assert [term for term, _ in terms] == ["glía", "glutamato", "síndrome", "sumación"]
    assert 'id="term-glia"' in render_glossary(terms)
