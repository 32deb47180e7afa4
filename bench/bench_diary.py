"""Median time of one diary ``analyse()`` in CPython, on a year of entries with six dose changes.

Run: ``.venv/bin/python bench/bench_diary.py [CALLS]`` (``bench_assess.py``
runs it too). Prints timings only; there are no assertions (timings vary by
machine, and a loaded one doubles them).
"""

from __future__ import annotations

import statistics
import sys
import time
from datetime import date, timedelta
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from assessment.diary import analyse


def year_diary() -> dict:
    """365 days (one in twelve missing), six dose changes up and down, withdrawal signs, notes."""
    first = date(2025, 1, 1)
    doses = [{"from": (first + timedelta(days=52 * step)).isoformat(),
              "medications": [{"opioid": "oxycodone", "daily_dose": mg}, {"opioid": "buprenorphine", "daily_dose": 2}]}
             for step, mg in enumerate((40, 60, 80, 60, 40, 30, 20))]
    days = []
    for offset in range(365):
        if offset % 12 == 5:
            continue
        day = {"date": (first + timedelta(days=offset)).isoformat(), "pain": 3 + (offset * 7) % 6,
               "withdrawal_signs": ["sweating", "yawning"] if offset % 11 == 0 else []}
        if offset % 5 == 0:
            day["note"] = "walked to the shop"
        days.append(day)
    return {"version": 1, "doses": doses, "days": days}


def diary_timings(calls: int) -> list[float]:
    """Seconds per ``analyse()`` + ``to_dict()`` of :func:`year_diary`, after a warm-up."""
    diary = year_diary()
    for _ in range(5):
        analyse(diary).to_dict()
    samples = []
    for _ in range(calls):
        start = time.perf_counter()
        analyse(diary).to_dict()
        samples.append(time.perf_counter() - start)
    return samples


def main(calls: int = 100) -> None:
    samples = diary_timings(calls)
    print(f"diary analyse()+to_dict(), a year of entries: median {statistics.median(samples) * 1e3:.2f} ms, "
          f"best {min(samples) * 1e3:.2f} ms over {calls} calls (Python {sys.version.split()[0]})")


if __name__ == "__main__":
    main(int(sys.argv[1]) if len(sys.argv) > 1 else 100)
