"""Median time of one ``assess()`` call in CPython, on a realistic answer set.

``assess()`` always works out ``sharpen``. On the full form there is nothing
left to try; ``SPARSE_ANSWERS`` is the costly case for it (two answers, so
every other question the rules read is tried), timed separately.

Run: ``.venv/bin/python bench/bench_assess.py [CALLS]``. Prints timings only;
there are no assertions (timings vary by machine).
"""

from __future__ import annotations

import statistics
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from assessment import assess

# A full form: the seed's 58-year-old on oxycodone whose pain spread.
ANSWERS = {
    "overdose_signs": [],
    "neurotoxicity_signs": [],
    "self_harm_thoughts": "prefer_not_to_say",
    "duration": "over_12_months",
    "dose_trend": "increased",
    "medications": [
        {"opioid": "oxycodone", "daily_dose": 80},
        {"opioid": "oxycodone", "daily_dose": 40},
        {"opioid": "buprenorphine", "daily_dose": 2},
    ],
    "pain_trend": "worse",
    "after_increase": "brief_relief_then_worse",
    "after_decrease": "not_applicable",
    "pain_timing": "constant",
    "pain_spread": "yes",
    "new_pain_quality": "yes",
    "allodynia": ["clothing_or_bedding", "light_touch"],
    "condition_change": "stable",
    "activity_change": "same",
    "withdrawal_signs": ["yawning"],
    "sensitization_conditions": ["migraine"],
}


# Two answers: sharpen tries every other question the rules read.
SPARSE_ANSWERS = {"after_increase": "worse", "pain_trend": "worse"}


def timings(calls: int, answers: dict = ANSWERS) -> list[float]:
    """Seconds per ``assess()`` + ``to_dict()`` call, after a warm-up."""
    for _ in range(200):
        assess(answers).to_dict()
    samples = []
    for _ in range(calls):
        start = time.perf_counter()
        assess(answers).to_dict()
        samples.append(time.perf_counter() - start)
    return samples


def main(calls: int = 5000) -> None:
    for label, answers in (("full form", ANSWERS), ("sparse form, sharpen tries all", SPARSE_ANSWERS)):
        samples = timings(calls, answers)
        median = statistics.median(samples)
        p95 = statistics.quantiles(samples, n=20)[-1]
        print(f"assess()+to_dict(), {label}: median {median * 1e6:.1f} us, p95 {p95 * 1e6:.1f} us "
              f"over {calls} calls (Python {sys.version.split()[0]})")


if __name__ == "__main__":
    main(int(sys.argv[1]) if len(sys.argv) > 1 else 5000)
    from bench.bench_diary import main as diary_main  # the diary's analyse(), timed the same way

    diary_main()
