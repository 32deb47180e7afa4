"""Median time of one ``assess()`` call in CPython, on a realistic answer set,
and of one diary ``analyse()`` on a year of entries with several dose changes.

Run: ``.venv/bin/python bench/bench_assess.py [CALLS]``. Prints timings only;
there are no assertions (timings vary by machine).
"""

from __future__ import annotations

import statistics
import sys
import time
from datetime import date, timedelta
from typing import Callable
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from assessment import assess  # noqa: E402
from assessment.diary import analyse  # noqa: E402

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


def _samples(work: Callable[[], object], calls: int, warm_up: int) -> list[float]:
    """Seconds per call of ``work``, after ``warm_up`` untimed calls."""
    for _ in range(warm_up):
        work()
    samples = []
    for _ in range(calls):
        start = time.perf_counter()
        work()
        samples.append(time.perf_counter() - start)
    return samples


def timings(calls: int) -> list[float]:
    """Seconds per ``assess()`` + ``to_dict()`` call, after a warm-up."""
    return _samples(lambda: assess(ANSWERS).to_dict(), calls, warm_up=200)


def year_diary() -> dict:
    """365 days (about one in twelve missing), six dose changes up and down, withdrawal signs, notes."""
    first = date(2025, 1, 1)
    mg = (40, 60, 80, 60, 40, 30, 20)
    doses = [{"from": (first + timedelta(days=52 * step)).isoformat(),
              "medications": [{"opioid": "oxycodone", "daily_dose": dose}, {"opioid": "buprenorphine", "daily_dose": 2}]}
             for step, dose in enumerate(mg)]
    days = [{"date": (first + timedelta(days=offset)).isoformat(), "pain": 3 + (offset * 7) % 6,
             "withdrawal_signs": ["sweating", "yawning"] if offset % 11 == 0 else [],
             "note": "walked to the shop" if offset % 5 == 0 else None}
            for offset in range(365) if offset % 12 != 5]
    return {"version": 1, "doses": doses, "days": [{k: v for k, v in d.items() if v is not None} for d in days]}


def diary_timings(calls: int) -> list[float]:
    """Seconds per ``analyse()`` + ``to_dict()`` of :func:`year_diary`, after a warm-up."""
    diary = year_diary()
    return _samples(lambda: analyse(diary).to_dict(), calls, warm_up=5)


def main(calls: int = 5000) -> None:
    samples = timings(calls)
    median = statistics.median(samples)
    p95 = statistics.quantiles(samples, n=20)[-1]
    print(f"assess()+to_dict(): median {median * 1e6:.1f} us, p95 {p95 * 1e6:.1f} us "
          f"over {calls} calls (Python {sys.version.split()[0]})")
    diary_calls = max(20, calls // 50)
    diary = diary_timings(diary_calls)
    print(f"diary analyse()+to_dict(), a year of entries: median {statistics.median(diary) * 1e3:.2f} ms, "
          f"best {min(diary) * 1e3:.2f} ms over {diary_calls} calls")


if __name__ == "__main__":
    main(int(sys.argv[1]) if len(sys.argv) > 1 else 5000)
