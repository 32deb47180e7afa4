"""Hand-made diaries: one dose change on day 20 of 63, with the pain set per window."""

from __future__ import annotations

from datetime import date, timedelta
from typing import Any

START = date(2026, 1, 1)
CHANGE = 20  # the day (offset from START) the new dose starts


def iso(offset: int) -> str:
    return (START + timedelta(days=offset)).isoformat()


def diary(
    pain: dict[str, int | None],
    direction: str = "increase",
    signs_early: list[str] | None = None,
    skip: tuple[int, ...] = (),
    length: int = 63,
) -> dict[str, Any]:
    """A diary whose pain is ``pain[window]`` in each window around the change on day 20.

    Windows by offset from the change: ``before`` -14..-1 (and earlier days),
    ``early`` 1..7, ``middle`` 0 and 8..14, ``late`` 15 on. A window set to
    None has no scores. ``signs_early`` are recorded on days 1..7.
    """
    days = []
    for offset in range(length):
        relative = offset - CHANGE
        window = ("before" if relative < 0 else "early" if 1 <= relative <= 7
                  else "late" if relative >= 15 else "middle")
        score = pain.get(window, pain.get("before"))
        if score is None or offset in skip:
            continue
        entry: dict[str, Any] = {"date": iso(offset), "pain": score}
        if signs_early is not None and window == "early":
            entry["withdrawal_signs"] = signs_early
        days.append(entry)
    low, high = 40, 60
    first, second = (low, high) if direction == "increase" else (high, low)
    doses = [
        {"from": iso(0), "medications": [{"opioid": "oxycodone", "daily_dose": first}]},
        {"from": iso(CHANGE), "medications": [{"opioid": "oxycodone", "daily_dose": second}]},
    ]
    return {"version": 1, "doses": doses, "days": days}


def steady(days: int = 30, pain: int = 5, opioid: str = "morphine", dose: float = 30) -> dict[str, Any]:
    """A diary with one regimen and the same pain every day."""
    return {
        "version": 1,
        "doses": [{"from": iso(0), "medications": [{"opioid": opioid, "daily_dose": dose}]}],
        "days": [{"date": iso(offset), "pain": pain} for offset in range(days)],
    }
