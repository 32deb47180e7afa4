"""Dates in words, the same in CPython and Pyodide (no locale, no strftime).

The month names and the order of day, month and year are messages of the
catalog, so each language writes dates its own way ("10 de febrero").
"""

from __future__ import annotations

from datetime import date

from .._i18n import N_, Translate

__all__ = ["MONTHS", "long_date", "short_date", "short_month", "month_year"]

MONTHS = (
    N_("January"), N_("February"), N_("March"), N_("April"), N_("May"), N_("June"),
    N_("July"), N_("August"), N_("September"), N_("October"), N_("November"), N_("December"),
)
# One message for the twelve, as "May" is both a month's name and its short form.
_SHORT_MONTHS = N_("Jan Feb Mar Apr May Jun Jul Aug Sep Oct Nov Dec")
_DAY_MONTH = N_("{day} {month}")
_DAY_MONTH_YEAR = N_("{day} {month} {year}")
_MONTH_YEAR = N_("{month} {year}")


def long_date(day: date, with_year: bool, translate: Translate) -> str:
    """``10 February`` or ``10 February 2026``."""
    month = translate(MONTHS[day.month - 1])
    if with_year:
        return translate(_DAY_MONTH_YEAR).format(day=day.day, month=month, year=day.year)
    return translate(_DAY_MONTH).format(day=day.day, month=month)


def short_month(day: date, translate: Translate) -> str:
    """``Feb``, for chart ticks."""
    names = translate(_SHORT_MONTHS).split()
    return names[day.month - 1] if len(names) == 12 else translate(MONTHS[day.month - 1])


def short_date(day: date, translate: Translate) -> str:
    """``10 Feb``, for chart ticks."""
    return translate(_DAY_MONTH).format(day=day.day, month=short_month(day, translate))


def month_year(day: date, translate: Translate) -> str:
    """``Jan 2026``, for chart ticks."""
    return translate(_MONTH_YEAR).format(month=short_month(day, translate), year=day.year)
