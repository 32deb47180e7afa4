"""From normalised answers to a pattern: the scores, the gates and the thresholds.

No reasons and no wording here, so the same code serves :func:`assessment.assess`
and the fast trials of :mod:`assessment.sharpen`. The procedure (also in
docs/assessment-contract.md, "How the decision works"):

1. Score: every rule that fires adds its weight to its pattern ("for") or
   takes it away ("against"). A score never goes below 0.
2. Gates, from the sources:
   a. **OIH needs an OIH sign.** Without a rule marked ``oih_sign`` (spread,
      new kind of pain, allodynia, worse or brief relief then worse after an
      increase, better after a planned reduction), "oih" cannot win and
      "mixed" cannot be named: long use, a high dose, constant pain and pain
      that rose with the dose are common to every pattern on long-term
      opioids, so they strengthen OIH but never name it (Chen 2009, Table 4,
      lists them as the authors' proposed clinical factors, not signs; Chu
      2008's suspicion rests on unexplained pain, allodynia and waning effect
      without disease progression).
   b. **Disease first.** A worse or new underlying problem (a ``disease``
      rule) with no OIH sign gives "other_cause": further disease has to be
      ruled out before OIH is considered (Chu 2008; Silverman 2009). With an
      OIH sign as well, the scores decide, and the result names the
      condition first (engine.py).
   c. **The direction of a dose change** (v3, issue 22). Pain that got worse
      after a reduction (``after_decrease`` ``worse`` or
      ``worse_with_withdrawal``), and not after an increase, rules out "oih"
      and "mixed" (the rule ``worse-after-reduction-not-oih`` carries
      ``excludes``), and the OIH pain signs that come with it (spread, a new
      kind of pain, allodynia) score for "withdrawal" instead
      (``signs-after-reduction``). Why: stopping or cutting an opioid can
      itself cause hyperalgesia and allodynia. In volunteers, a skin area
      that already hurt to the touch grew larger within 30 minutes of
      stopping a 90-minute remifentanil infusion, and ketamine prevented it
      (Angst 2003); in 12 patients on long-term opioids, the more opioid was
      withdrawn, the more their cold pain tolerance fell (Younger 2008);
      healed injury sites can hurt again when opioids stop, for a median of
      14 days with a wide spread (Rieb 2016, a recalled, self-selected
      series); and while a dose is lowered, "patients may experience
      transient increases in pain or mild withdrawal" (Silverman 2009). OIH
      behaves the other way: the authors' list of clinical factors has
      "opioid dose reduction: improved opioid analgesia" (Chen 2009, Table
      4), and the FDA's 2023 notice describes OIH as distinct from withdrawal
      (FDA 2023). The exception: when the pain also got worse after an
      increase, the answers show the OIH dose response as well, so nothing is
      ruled out and the scores decide (often "unclear" when they conflict).
   d. **A neurotoxicity sign rules out "not_suggestive"** (v3). Muscle jerks,
      confusion, hallucinations, agitation or a seizure can come with OIH
      (Tompkins 2011, Table 1, after Angst & Clark 2006: "OIH can be
      associated with delirium, agitation, seizures, and myoclonus"), and of
      the 46 cases behind the FDA's 2023 label change, 10 reported clonus or
      myoclonus (Kang 2024, an FDA poster). So the tool never reassures
      someone who has them; the urgent flag sends them to same-day care
      either way.
3. Pick the pattern among those the gates allow:
   a. the top score below ``MIN_LEAD_SCORE``: "unclear" (nothing strong);
   b. OIH and tolerance both at least ``MIXED_MIN``, at most
      ``MIXED_MARGIN`` apart, and one of them top: "mixed";
   c. the top score less than ``LEAD_MARGIN`` ahead of the next: "unclear"
      (the answers conflict);
   d. otherwise the top pattern.
4. Confidence from the winning score and its lead (see ``_confidence``).
   Fewer than ``MIN_CORE_ANSWERED`` core answers keep it "low": sparse
   answers can name a pattern, but only tentatively. (engine.py then caps an
   "oih" or "mixed" confidence for a sensitising condition and lowers it one
   step for use under a month.)

Two v3 choices that are not gates, explained here because they shape results:

- **Short-term use re-weighed.** ``short-term-use`` (under a month) was a
  strong clue (3) that named "not_suggestive" on its own. The FDA's 2023
  notice says OIH "can occur at any opioid dosage" and "may occur more often
  with higher doses and longer-term use"; of the 46 cases it reviewed, 8
  followed short-term use of 12 weeks or less (Kang 2024). Reviews describe
  OIH after brief high doses, "seen often in postoperative periods"
  (Tompkins 2011, Table 1), and volunteers became hyperalgesic on
  withdrawal after a 90-minute infusion (Angst 2003). So short use now weighs 2
  ("less likely, still possible"): it names "not_suggestive" only together
  with another agreeing clue, never alone, and it lowers the confidence of an
  OIH reading instead of cancelling it.
- **Withdrawal signs with pain no worse after a reduction**
  (``no-worse-after-reduction``, against "withdrawal", 2). The signs show
  physical dependence, but pain that did not get worse when the dose came
  down is not pain driven by withdrawal (the contract's "withdrawal":
  "pain tied to dose timing and withdrawal"), so the signs are cancelled as
  evidence for that pattern. With the pain the same, the reduction test for
  OIH came out negative (``decrease-no-change``, Chen 2009 Table 4), so the
  result is "not_suggestive", whose contract meaning ("nothing here
  suggests OIH") is what these answers say; the withdrawal signs get a next
  step of their own (engine.py). With the pain *better* after the reduction
  the pattern stays what the scores say, usually "oih" at low confidence:
  improvement on a planned reduction is itself the OIH clue the sources
  describe (Chen 2009, Table 4; Silverman 2009: "reduce or eliminate the
  opioid and evaluate (OIH)"), and the withdrawal signs neither add to it
  nor make the answer "unclear". This departs from the brief of issue 22,
  which asked for "not OIH" in both cases; see the review log
  (docs/clinical-review/engine-v3.md).
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from typing import Any

from .patterns import SCORED_PATTERNS
from .rules import AGAINST, RULES, Facts, Rule

__all__ = [
    "CORE_QUESTIONS",
    "MIN_CORE_ANSWERED",
    "MIN_LEAD_SCORE",
    "LEAD_MARGIN",
    "MIXED_MIN",
    "MIXED_MARGIN",
    "HIGH_SCORE",
    "HIGH_MARGIN",
    "HIGH_MIN_CORE",
    "MODERATE_SCORE",
    "MODERATE_MARGIN",
    "Decision",
    "decide",
    "raw_totals",
]

# The questions about the pain and its history that the patterns rest on.
# Safety questions, medications and sensitising conditions are left out: they
# matter, but alone they cannot tell one pattern from another.
CORE_QUESTIONS: tuple[str, ...] = (
    "duration",
    "dose_trend",
    "pain_trend",
    "after_increase",
    "after_decrease",
    "pain_timing",
    "pain_spread",
    "new_pain_quality",
    "allodynia",
    "condition_change",
    "activity_change",
    "withdrawal_signs",
)
# Below a third of the core questions, a pattern may still be named but only
# at "low" confidence: two or three answers cannot show that nothing else
# points the other way.
MIN_CORE_ANSWERED = 4
# One strong clue (weight 3: a dose response, a worse or new problem, use
# under a month) is the least that can name a pattern; so are two agreeing
# clues of weight 2 (e.g. spread and allodynia). A single weight-2 clue or
# general context alone is too common to name anything.
MIN_LEAD_SCORE = 3.0
# The winner must be ahead by at least one supporting clue; closer than that,
# the answers conflict and "unclear" is the honest result.
LEAD_MARGIN = 1.0
# "mixed" needs real evidence on both sides (a strong clue each) that is close:
# within one pain-character clue (weight 2) of each other.
MIXED_MIN = 3.0
MIXED_MARGIN = 2.0
# "high": several agreeing clues, well ahead, from a mostly complete form.
HIGH_SCORE = 7.0
HIGH_MARGIN = 4.0
HIGH_MIN_CORE = 8
MODERATE_SCORE = 4.0
MODERATE_MARGIN = 2.0


@dataclass(frozen=True)
class Decision:
    """The pattern for one answer set, with what the reasons need."""

    pattern: str
    confidence: str
    scores: dict[str, float]
    fired: tuple[Rule, ...]
    oih_sign: bool
    disease: bool
    # Patterns ruled out by a fired rule's ``excludes`` (gate c and d).
    excluded: frozenset[str] = frozenset()


def raw_totals(fired: Iterable[Rule]) -> dict[str, float]:
    """Each scored pattern's total before the floor at 0."""
    totals = {pattern: 0.0 for pattern in SCORED_PATTERNS}
    for rule in fired:
        totals[rule.supports] += -rule.weight if rule.effect == AGAINST else rule.weight
    return totals


def _confidence(score: float, margin: float, core_answered: int) -> str:
    if core_answered < MIN_CORE_ANSWERED:
        return "low"
    if score >= HIGH_SCORE and margin >= HIGH_MARGIN and core_answered >= HIGH_MIN_CORE:
        return "high"
    if score >= MODERATE_SCORE and margin >= MODERATE_MARGIN:
        return "moderate"
    return "low"


def _decide(scores: Mapping[str, float], core_answered: int, oih_sign: bool = True,
            disease: bool = False, excluded: Iterable[str] = ()) -> tuple[str, str]:
    """The pattern and confidence for ``scores`` and the gates (steps 2-4).

    ``excluded`` holds the patterns a fired rule rules out: "oih" (and with it
    "mixed") after pain got worse on a reduction only, "not_suggestive" with
    a neurotoxicity sign. They are never named, whatever their score.
    """
    excluded = frozenset(excluded)
    oih_possible = oih_sign and "oih" not in excluded and "mixed" not in excluded
    allowed = [p for p in SCORED_PATTERNS
               if p not in excluded and (oih_sign or p != "oih")]
    if disease and not oih_sign:
        score = scores["other_cause"]
        rest = max(scores[p] for p in allowed if p != "other_cause")
        return "other_cause", _confidence(score, score - rest, core_answered)
    ranked = sorted(allowed, key=lambda p: (-scores[p], SCORED_PATTERNS.index(p)))
    top, runner_up = ranked[0], ranked[1]
    top_score = scores[top]
    if top_score < MIN_LEAD_SCORE:
        return "unclear", "low"
    oih, tolerance = scores["oih"], scores["tolerance"]
    if (
        oih_possible
        and oih >= MIXED_MIN
        and tolerance >= MIXED_MIN
        and abs(oih - tolerance) <= MIXED_MARGIN
        and max(oih, tolerance) >= top_score
    ):
        rest = max(scores[p] for p in allowed if p not in ("oih", "tolerance"))
        low = min(oih, tolerance)
        return "mixed", _confidence(low, low - rest, core_answered)
    margin = top_score - scores[runner_up]
    if margin < LEAD_MARGIN:
        return "unclear", "low"
    return top, _confidence(top_score, margin, core_answered)


def decide_fired(fired: tuple[Rule, ...], answers: Mapping[str, Any]) -> Decision:
    """The decision once the fired rules are known (sharpen reuses this)."""
    totals = raw_totals(fired)
    # Clamp at 0: "against" evidence can cancel a pattern, not make it negative.
    scores = {pattern: max(0.0, value) for pattern, value in totals.items()}
    oih_sign = any(rule.oih_sign for rule in fired)
    disease = any(rule.disease for rule in fired)
    excluded = frozenset(pattern for rule in fired for pattern in rule.excludes)
    core_answered = sum(1 for q in CORE_QUESTIONS if q in answers)
    pattern, confidence = _decide(scores, core_answered, oih_sign, disease, excluded)
    return Decision(pattern, confidence, scores, fired, oih_sign, disease, excluded)


def decide(facts: Facts) -> Decision:
    """Score ``facts`` with every rule and decide."""
    fired = tuple(rule for rule in RULES if rule.fires(facts))
    return decide_fired(fired, facts.answers)
