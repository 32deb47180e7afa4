"""How pain answered one dose change: the contract's response ids.

Each function takes the window means (None when a window has too few scored
days) and returns a self-check option id or ``NOT_ENOUGH_DATA``. The late
window is always needed: without it no one can tell relief that lasts from
relief that fades (chen2014), or withdrawal from a lasting effect (rieb2016).
"""

from __future__ import annotations

from .thresholds import change_direction

__all__ = ["NOT_ENOUGH_DATA", "INCREASE_RESPONSES", "DECREASE_RESPONSES", "after_increase", "after_decrease"]

NOT_ENOUGH_DATA = "not_enough_data"
INCREASE_RESPONSES = (
    "lasting_relief", "brief_relief_then_same", "brief_relief_then_worse", "no_change", "worse", NOT_ENOUGH_DATA,
)
DECREASE_RESPONSES = ("improved", "worse_with_withdrawal", "worse", "no_change", NOT_ENOUGH_DATA)

_BETTER, _SAME, _WORSE = -1, 0, 1


def after_increase(before: float | None, early: float | None, late: float | None) -> str:
    """The response to a dose increase.

    Better early: the late window says whether relief lasted, faded back to
    the same, or turned worse. Not better early: better late is still relief
    that lasts; worse late is worse; the same late is no change (a bad first
    week that settled is not counted).
    """
    if before is None or late is None:
        return NOT_ENOUGH_DATA
    late_way = change_direction(before, late)
    if early is not None and change_direction(before, early) == _BETTER:
        return {_BETTER: "lasting_relief", _SAME: "brief_relief_then_same", _WORSE: "brief_relief_then_worse"}[late_way]
    return {_BETTER: "lasting_relief", _SAME: "no_change", _WORSE: "worse"}[late_way]


def after_decrease(
    before: float | None, early: float | None, late: float | None, withdrawal_signs: bool
) -> str:
    """The response to a dose reduction.

    Only the late window (after the 2-week withdrawal allowance) is the
    lasting effect. Worse in the first week with withdrawal signs recorded,
    and not worse late, is ``worse_with_withdrawal``; better late is
    ``improved`` whatever the first weeks were like.
    """
    if before is None or late is None:
        return NOT_ENOUGH_DATA
    late_way = change_direction(before, late)
    if late_way == _BETTER:
        return "improved"
    if late_way == _WORSE:
        return "worse"
    if withdrawal_signs and early is not None and change_direction(before, early) == _WORSE:
        return "worse_with_withdrawal"
    return "no_change"
