"""The opioids the medication rows accept, with CDC 2022 MME factors.

The factors are exactly those of the CDC 2022 guideline (cdc2022), which
changed two of the 2016 values: hydromorphone is 5 (was 4) and tramadol 0.2
(was 0.1). Methadone uses one factor (4.7) at every dose, as in 2022.
MME is a rough guide to overdose risk, not a way to swap one opioid for
another, so nothing here converts doses between opioids.
"""

from __future__ import annotations

from dataclasses import dataclass

from ._i18n import N_

__all__ = ["Opioid", "OPIOIDS", "OPIOIDS_BY_ID", "MG_PER_DAY", "MCG_PER_HOUR"]

MG_PER_DAY = "mg/day"
MCG_PER_HOUR = "mcg/hr"


@dataclass(frozen=True)
class Opioid:
    """One selectable opioid. ``factor`` is None when CDC gives no MME factor."""

    id: str
    label: str
    unit: str
    factor: float | None
    excluded_reason: str = ""


OPIOIDS: tuple[Opioid, ...] = (
    Opioid("codeine", N_("Codeine"), MG_PER_DAY, 0.15),
    # The patch is dosed by strength (mcg/hr), so its factor applies to that.
    Opioid("fentanyl_patch", N_("Fentanyl patch"), MCG_PER_HOUR, 2.4),
    Opioid("hydrocodone", N_("Hydrocodone"), MG_PER_DAY, 1.0),
    Opioid("hydromorphone", N_("Hydromorphone"), MG_PER_DAY, 5.0),
    Opioid("methadone", N_("Methadone"), MG_PER_DAY, 4.7),
    Opioid("morphine", N_("Morphine"), MG_PER_DAY, 1.0),
    Opioid("oxycodone", N_("Oxycodone"), MG_PER_DAY, 1.5),
    Opioid("oxymorphone", N_("Oxymorphone"), MG_PER_DAY, 3.0),
    Opioid("tapentadol", N_("Tapentadol"), MG_PER_DAY, 0.4),
    Opioid("tramadol", N_("Tramadol"), MG_PER_DAY, 0.2),
    Opioid(
        "buprenorphine",
        N_("Buprenorphine"),
        MG_PER_DAY,
        None,
        excluded_reason=N_("Buprenorphine is not counted. It works differently from "
        "other opioids, so the CDC does not give it an MME number."),
    ),
    Opioid(
        "other",
        N_("Another opioid"),
        MG_PER_DAY,
        None,
        excluded_reason=N_("This medicine is not counted, because this tool has no "
        "MME number for it. Ask your clinician or pharmacist."),
    ),
)

OPIOIDS_BY_ID: dict[str, Opioid] = {o.id: o for o in OPIOIDS}
