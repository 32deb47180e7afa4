from __future__ import annotations

import pytest

from assessment.references import reference_number
from site_build.pages.citations import UnknownReference, cited_ids, link_citations


def test_cited_ids_keep_first_use_order_without_repeats() -> None:
    text = "A [@chu2008]. B [@chen2009; @chu2008]. C [@tompkins2011]."
    assert cited_ids(text) == ["chu2008", "chen2009", "tompkins2011"]


def test_citations_become_numbered_markdown_links() -> None:
    linked = link_citations("Claim [@chu2008; @chen2009].", "../references.md")
    assert linked == (
        'Claim <sup class="oih-cite">['
        f'[{reference_number("chu2008")}](../references.md#ref-chu2008 "Chu 2008"), '
        f'[{reference_number("chen2009")}](../references.md#ref-chen2009 "Chen 2009")'
        "]</sup>."
    )


@pytest.mark.parametrize("text", ["[@nobody1999]", "[@chu2008; @nobody1999]", "[@Chu 2008]"])
def test_unknown_or_malformed_ids_are_refused(text: str) -> None:
    with pytest.raises(UnknownReference):
        link_citations(text, "references.md")


def test_text_without_citations_is_unchanged() -> None:
    text = "An email like a@b.c and [a link](x.md) stay as they are."
    assert link_citations(text, "references.md") == text
