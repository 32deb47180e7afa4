"""The bibliography: every work can be followed to its source, and nothing dangles.

A student must be able to check every claim. So each journal article carries
its DOI and PubMed id, or says why one is missing; each web page carries its
address and the date it was seen there; identifiers are well formed; and lay
articles are marked and only ever cited as lay articles.
"""

from __future__ import annotations

import datetime as dt
import re
from pathlib import Path

import pytest

from assessment.patterns import URGENT_DETAILS
from assessment.references import REFERENCES, REFERENCES_BY_ID, Kind, Reference, reference_number
from assessment.rules import RULES
from site_build.pages.citations import cited_ids

# Crossref's advice for matching modern DOIs: "10.", a 4-9 digit registrant, "/", a suffix.
DOI = re.compile(r"10\.\d{4,9}/[-._;()/:A-Za-z0-9]+")
PMID = re.compile(r"[1-9]\d{0,8}")
ID = re.compile(r"[a-z0-9][a-z0-9-]*")

CONTENT = Path(__file__).resolve().parents[2] / "content"
PAGES = sorted(CONTENT.rglob("*.md"))
JOURNAL = [ref for ref in REFERENCES if ref.kind is Kind.JOURNAL]
WEB = [ref for ref in REFERENCES if ref.kind is Kind.WEB]
GUIDELINES = [ref for ref in REFERENCES if ref.kind is Kind.GUIDELINE]
LAY = [ref for ref in REFERENCES if ref.kind is Kind.LAY]


def by_id(ref: Reference) -> str:
    return ref.id


def test_the_list_is_long_enough_and_ids_are_unique_well_formed_and_sorted() -> None:
    ids = [ref.id for ref in REFERENCES]
    assert len(ids) >= 40
    assert len(set(ids)) == len(ids), "duplicate ids"
    assert all(ID.fullmatch(reference_id) for reference_id in ids)
    assert ids == sorted(ids), "REFERENCES is numbered in alphabetical order of id"
    assert list(REFERENCES_BY_ID) == ids
    assert [reference_number(reference_id) for reference_id in ids] == list(range(1, len(ids) + 1))


def test_most_works_are_journal_articles_with_both_identifiers() -> None:
    both = [ref for ref in JOURNAL if ref.doi and ref.pmid]
    assert len(JOURNAL) >= 30
    assert len(both) >= 15


@pytest.mark.parametrize("ref", JOURNAL, ids=by_id)
def test_journal_article_has_doi_and_pmid_or_says_why_not(ref: Reference) -> None:
    if ref.doi and ref.pmid:
        assert not ref.no_id_reason, "a reason for a missing id that is not missing"
    else:
        assert len(ref.no_id_reason) > 20, "a journal article without DOI and PMID must say why"


@pytest.mark.parametrize("ref", [r for r in REFERENCES if r.doi], ids=by_id)
def test_doi_is_well_formed(ref: Reference) -> None:
    assert DOI.fullmatch(ref.doi or ""), ref.doi
    assert not ref.doi.lower().startswith(("doi:", "http")), "store the bare DOI"


@pytest.mark.parametrize("ref", [r for r in REFERENCES if r.pmid], ids=by_id)
def test_pmid_is_well_formed(ref: Reference) -> None:
    assert PMID.fullmatch(ref.pmid or ""), ref.pmid


@pytest.mark.parametrize("ref", WEB, ids=by_id)
def test_web_page_has_its_address_and_access_date(ref: Reference) -> None:
    assert ref.url and ref.url.startswith("https://"), ref.url
    assert isinstance(ref.accessed, dt.date)
    assert ref.accessed <= dt.date.today()


@pytest.mark.parametrize("ref", GUIDELINES, ids=by_id)
def test_guideline_can_be_found_or_says_why_not(ref: Reference) -> None:
    assert (ref.url and ref.accessed) or ref.doi or ref.no_id_reason


@pytest.mark.parametrize("ref", [r for r in REFERENCES if r.url or r.accessed], ids=by_id)
def test_an_address_always_comes_with_its_access_date(ref: Reference) -> None:
    assert ref.url and ref.url.startswith("https://") and " " not in ref.url
    assert isinstance(ref.accessed, dt.date)


@pytest.mark.parametrize("ref", LAY, ids=by_id)
def test_lay_articles_are_marked_and_carry_no_scholarly_ids(ref: Reference) -> None:
    assert ref.is_lay
    assert not ref.doi and not ref.pmid
    assert (ref.url and ref.accessed) or ref.no_id_reason


def _all_next_steps():
    from assessment import engine
    from assessment.mme import Medication, calculate_mme
    from assessment.questions import QUESTIONS_BY_ID
    answers = {"overdose_risks": QUESTIONS_BY_ID["overdose_risks"].option_ids,
               "withdrawal_signs": ("yawning",)}
    mme = calculate_mme([Medication("morphine", 90)])
    return engine._next_steps("oih", answers, mme, [], True)


@pytest.mark.parametrize("ref_id", sorted({
    ref for detail in URGENT_DETAILS.values() for ids in detail.action_sources for ref in ids}))
def test_urgent_action_sources_are_in_the_bibliography_and_not_lay(ref_id: str) -> None:
    assert ref_id in REFERENCES_BY_ID and not REFERENCES_BY_ID[ref_id].is_lay


def test_next_step_sources_are_in_the_bibliography_and_not_lay() -> None:
    for step in _all_next_steps():
        for ref_id in step.sources:
            assert ref_id in REFERENCES_BY_ID and not REFERENCES_BY_ID[ref_id].is_lay, ref_id


def test_every_work_on_the_list_is_cited_somewhere() -> None:
    cited: set[str] = set()
    for page in PAGES:
        cited.update(cited_ids(page.read_text(encoding="utf-8")))
    cited.update(rule.source for rule in RULES)
    cited.update(detail.source for detail in URGENT_DETAILS.values())
    # v3: the urgent actions and the next steps carry their own sources.
    cited.update(ref for detail in URGENT_DETAILS.values() for ids in detail.action_sources
                 for ref in ids)
    cited.update(ref for step in _all_next_steps() for ref in step.sources)
    assert {ref.id for ref in REFERENCES} - cited == set()


# On the site a lay article is cited only in a sentence that says it is one.
# (The Spanish pages: "artículo(s) para pacientes".)
_SAYS_LAY = re.compile(r"\blay\b|patient article|patient-facing|art[ií]culos? para pacientes", re.IGNORECASE)


@pytest.mark.parametrize("page", PAGES, ids=lambda p: p.relative_to(CONTENT).as_posix())
def test_a_lay_article_is_cited_only_where_the_text_says_so(page: Path) -> None:
    lay_ids = {ref.id for ref in LAY}
    for number, line in enumerate(page.read_text(encoding="utf-8").splitlines(), start=1):
        for sentence in re.split(r"(?<=[.!?])\s+", line):
            if lay_ids & set(cited_ids(sentence)):
                assert _SAYS_LAY.search(sentence), f"line {number}: {sentence[:120]}"


def test_the_audit_corrections_hold() -> None:
    assert "survey-us2020" not in REFERENCES_BY_ID and "albutt1870" not in REFERENCES_BY_ID
    kum = REFERENCES_BY_ID["kum2020"]
    assert kum.citation.startswith("Kum E, Buckley N") and kum.pmid == "32028382"
    assert "US" not in kum.short and "US" not in kum.citation
    assert REFERENCES_BY_ID["allbutt1870"].citation.startswith("Allbutt TC.")
    assert "first" not in REFERENCES_BY_ID["allbutt1870"].note.lower()
    assert REFERENCES_BY_ID["survey-canada2020"].citation.startswith(
        "Opioid induced hyperalgesia, a research phenomenon or a clinical reality?"
    )
