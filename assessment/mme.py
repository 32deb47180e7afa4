"""Morphine milligram equivalents (MME), by the CDC 2022 factors.

MME = daily dose x factor, summed over the opioids taken (cdc2022). It is a
rough marker of overdose risk, used here for two things only: the naloxone
advice at 50 MME/day or more (cdc2022) and Chen 2009's clinical factor of
75 MME/day or more. It is never used to swap one opioid for another.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from typing import Any

from ._i18n import Translate, translator
from .opioids import OPIOIDS_BY_ID

_english = translator("en")

__all__ = [
    "Medication",
    "MMEItem",
    "MMEExcluded",
    "MMEResult",
    "NALOXONE_MME",
    "CHEN_MME",
    "calculate_mme",
]

# CDC 2022: offer naloxone at 50 MME/day or more.
NALOXONE_MME = 50.0
# Chen 2009, Table 4: OIH more likely at an average of 75 MME/day or more.
CHEN_MME = 75.0


@dataclass(frozen=True)
class Medication:
    """One validated medication row: an opioid id and its daily dose.

    ``daily_dose`` is in the opioid's unit: mg/day, or mcg/hr for the
    fentanyl patch.
    """

    opioid: str
    daily_dose: float


@dataclass(frozen=True)
class MMEItem:
    """One counted opioid: its dose, the factor used and the MME it gives."""

    opioid: str
    daily_dose: float
    unit: str
    factor: float
    mme: float

    def to_dict(self) -> dict[str, Any]:
        return {
            "opioid": self.opioid,
            "daily_dose": self.daily_dose,
            "unit": self.unit,
            "factor": self.factor,
            "mme": self.mme,
        }


@dataclass(frozen=True)
class MMEExcluded:
    """An opioid listed but not counted (buprenorphine, "other"), and why."""

    opioid: str
    reason: str

    def to_dict(self, translate: Translate = _english) -> dict[str, Any]:
        return {"opioid": self.opioid, "reason": translate(self.reason)}


@dataclass(frozen=True)
class MMEResult:
    """The total MME/day and how it was reached."""

    total: float
    items: tuple[MMEItem, ...]
    excluded: tuple[MMEExcluded, ...]

    @property
    def naloxone(self) -> bool:
        """True at 50 MME/day or more, when CDC 2022 advises offering naloxone."""
        return self.total >= NALOXONE_MME

    def to_dict(self, translate: Translate = _english) -> dict[str, Any]:
        return {
            "total": self.total,
            "items": [item.to_dict() for item in self.items],
            "excluded": [item.to_dict(translate) for item in self.excluded],
            "naloxone": self.naloxone,
        }


def _round(value: float) -> float:
    # Two decimals hides float noise (0.2 * 3 = 0.6000000000000001) without
    # losing anything a person could act on.
    return round(value, 2)


def calculate_mme(medications: Iterable[Medication]) -> MMEResult | None:
    """The MME of validated medication rows, or None if there are none.

    Rows of the same opioid are counted separately (for example a long-acting
    and a short-acting oxycodone) and summed. Opioids without a CDC factor are
    listed in ``excluded`` with the reason and add nothing to the total.
    """
    rows = tuple(medications)
    if not rows:
        return None
    items: list[MMEItem] = []
    excluded: list[MMEExcluded] = []
    total = 0.0
    for row in rows:
        opioid = OPIOIDS_BY_ID[row.opioid]
        if opioid.factor is None:
            excluded.append(MMEExcluded(opioid.id, opioid.excluded_reason))
            continue
        mme = row.daily_dose * opioid.factor
        total += mme
        items.append(
            MMEItem(opioid.id, float(row.daily_dose), opioid.unit, opioid.factor, _round(mme))
        )
    return MMEResult(_round(total), tuple(items), tuple(excluded))
