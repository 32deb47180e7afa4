"""Dates in words, the same in CPython and Pyodide (no locale, no strftime)."""

from __future__ import annotations

from datetime import date

MONTHS = (
    "January", "February", "March", "April", "May", "June",
    "July", "August", "September", "October", "November", "December",
)


def long_date(day: date, with_year: bool) -> str:
    """``10 February`` or ``10 February 2026``."""
    text = f"{day.day} {MONTHS[day.month - 1]}"
    return f"{text} {day.year}" if with_year else text


def short_month(day: date) -> str:
    """``Feb``, for chart ticks."""
    return MONTHS[day.month - 1][:3]
