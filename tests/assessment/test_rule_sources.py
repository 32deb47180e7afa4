"""No clinical rule of the self-check rests on a lay article.

Every scoring rule and every urgent flag must cite the primary literature, a
guideline or a government source, never a patient-facing lay article.

Expected to fail on the refs branch for the rules that still cite the lay
seed articles (seed-key-signs, seed-seven-truths, verywell-allodynia):
assessment/rules.py belongs to branch engine-v2, which is replacing those
sources. Once engine-v2 is merged this test passes; until then its failures
name exactly the rules left to fix.
"""

from __future__ import annotations

import pytest

from assessment.patterns import URGENT_DETAILS, UrgentDetail
from assessment.references import REFERENCES_BY_ID
from assessment.rules import RULES, Rule


@pytest.mark.parametrize("rule", RULES, ids=lambda r: r.id)
def test_scoring_rule_does_not_cite_a_lay_article(rule: Rule) -> None:
    reference = REFERENCES_BY_ID[rule.source]
    assert not reference.is_lay, f"rule {rule.id} cites the lay article {rule.source}"


@pytest.mark.parametrize("detail", list(URGENT_DETAILS.values()), ids=lambda d: d.flag)
def test_urgent_flag_does_not_cite_a_lay_article(detail: UrgentDetail) -> None:
    assert not REFERENCES_BY_ID[detail.source].is_lay
