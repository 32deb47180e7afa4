"""The References page shows everything a reader needs to follow each work."""

from __future__ import annotations

import datetime as dt
import re

from assessment.references import REFERENCES, Kind
from site_build.pages.references_page import LAY_LABEL, accessed_text, render_references

ITEM = re.compile(r'<li id="ref-([a-z0-9-]+)">(.*?)</li>', re.DOTALL)


def items() -> dict[str, str]:
    return dict(ITEM.findall(render_references()))


def test_one_item_per_work_in_order() -> None:
    assert [item_id for item_id, _ in ITEM.findall(render_references())] == [r.id for r in REFERENCES]


def test_doi_and_pubmed_links_both_appear_when_both_exist() -> None:
    rendered = items()
    for ref in REFERENCES:
        body = rendered[ref.id]
        if ref.doi:
            assert f'href="https://doi.org/{ref.doi}"' in body
        if ref.pmid:
            assert f'href="https://pubmed.ncbi.nlm.nih.gov/{ref.pmid}/"' in body
            assert f"PMID {ref.pmid}" in body
    both = [ref for ref in REFERENCES if ref.doi and ref.pmid]
    assert both, "expected works with both identifiers"


def test_web_sources_show_address_and_access_date() -> None:
    rendered = items()
    web = [ref for ref in REFERENCES if ref.url]
    assert web
    for ref in web:
        assert f'href="{ref.url}"' in rendered[ref.id]
        assert ref.accessed and accessed_text(ref.accessed) in rendered[ref.id]


def test_kinds_reasons_and_lay_label_are_shown() -> None:
    rendered = items()
    for ref in REFERENCES:
        body = rendered[ref.id]
        label = LAY_LABEL if ref.kind is Kind.LAY else ref.kind.value
        assert f'<span class="oih-ref-kind">{label}.</span>' in body
        if ref.no_id_reason:
            assert 'class="oih-ref-missing"' in body
    lay = [ref.id for ref in REFERENCES if ref.kind is Kind.LAY]
    assert lay and all("not peer reviewed" in rendered[ref_id] for ref_id in lay)
    assert sum("not peer reviewed" in body for body in rendered.values()) >= len(lay)


def test_access_date_reads_as_words() -> None:
    assert accessed_text(dt.date(2026, 11, 29)) == "accessed 29 November 2026"
