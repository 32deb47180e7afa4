"""Hypothesis strategies for valid diaries (any regimen, pain, signs and note)."""

from __future__ import annotations

from datetime import date, timedelta

from hypothesis import strategies as st

from assessment import OPIOIDS
from assessment.diary import MOMENTS, WITHDRAWAL_SIGN_IDS

_FIRST = date(2025, 6, 1)

MEDICATION = st.fixed_dictionaries({
    "opioid": st.sampled_from([o.id for o in OPIOIDS]),
    "daily_dose": st.sampled_from([2.5, 5, 10, 12.5, 20, 25, 37.5, 40, 60, 80, 100, 300]),
})


@st.composite
def diaries(draw: st.DrawFn, max_span: int = 200) -> dict:
    """A valid diary: days on distinct dates within ``max_span`` days, dose steps on distinct dates."""
    offsets = draw(st.sets(st.integers(0, max_span), max_size=120))
    days = []
    for offset in sorted(offsets):
        entry: dict = {"date": (_FIRST + timedelta(days=offset)).isoformat(), "pain": draw(st.integers(0, 10))}
        if draw(st.booleans()):
            entry["withdrawal_signs"] = draw(st.lists(st.sampled_from(WITHDRAWAL_SIGN_IDS), max_size=3))
        if draw(st.integers(0, 4)) == 0:
            entry["note"] = draw(st.text(max_size=40))
        days.append(entry)
    starts = draw(st.sets(st.integers(-30, max_span + 10), max_size=8))
    doses = [
        {"from": (_FIRST + timedelta(days=offset)).isoformat(), "medications": draw(st.lists(MEDICATION, max_size=3))}
        for offset in sorted(starts)
    ]
    return {"version": 1, "doses": doses, "days": days}


TIMES = st.builds(lambda hour, minute: f"{hour:02d}:{minute:02d}", st.integers(0, 23), st.integers(0, 59))
READING = st.fixed_dictionaries({
    "time": TIMES,
    "pain": st.integers(0, 10),
    "moment": st.sampled_from(MOMENTS),
})


@st.composite
def v2_diaries(draw: st.DrawFn, max_span: int = 200) -> dict:
    """A valid version 2 diary: some days with timed readings, some of those with no score of their own."""
    diary = draw(diaries(max_span))
    diary["version"] = 2
    for day in diary["days"]:
        if draw(st.integers(0, 2)) == 0:
            day["readings"] = draw(st.lists(READING, min_size=1, max_size=4))
            if draw(st.booleans()):
                del day["pain"]
    return diary
