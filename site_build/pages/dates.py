"""Dates as readers see them, in the page's language ("6 December 2026", "6 de diciembre de 2026")."""

from __future__ import annotations

import datetime as dt

from babel.dates import format_date

from assessment._i18n import N_, translator

__all__ = ["long_date"]

# The pattern is a message too (Unicode date fields, as Babel reads them), so
# each language writes the date its own way.
_LONG_DATE = N_("d MMMM y")


def long_date(day: dt.date, language: str) -> str:
    """``day`` written out in ``language``: day, month name, year."""
    return format_date(day, translator(language)(_LONG_DATE), locale=language)
