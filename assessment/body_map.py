"""From the two body maps to the spread answer the rules read.

The contract (docs/assessment-contract.md, "Body map"): when both maps are
answered, the areas marked now that were not marked when the pain began are
the new areas. New areas mean ``pain_spread`` "yes"; both maps with no new
area mean "no". The map wins over the person's own ``pain_spread`` answer,
and the reasons say so. The rules only ever see ``pain_spread``; the map's
details travel in :class:`BodyMap` for the reason's wording and the result.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any, Mapping, Optional

from ._i18n import N_
from .body_areas import BODY_AREAS_BY_ID, BODY_REGIONS

__all__ = ["BodyMap", "apply_body_map", "area_names", "spread_reason", "same_place_reason"]

FIRST = "pain_areas_first"
NOW = "pain_areas_now"
SPREAD = "pain_spread"

# More names than this make the reason hard to read; the map shows them all.
_NAMES_SHOWN = 8


@dataclass(frozen=True)
class BodyMap:
    """The two maps as answered, and what they say about spread.

    ``first`` and ``now`` are ``None`` when not answered. ``spread`` is the
    answer the maps give ("yes", "no"), or ``None`` unless both are answered.
    ``stated`` is the person's own ``pain_spread`` answer, if any.
    """

    first: Optional[tuple[str, ...]]
    now: Optional[tuple[str, ...]]
    stated: Optional[str] = None

    @property
    def new(self) -> tuple[str, ...]:
        """Areas marked now and not when the pain began, in body-map order."""
        if self.first is None or self.now is None:
            return ()
        before = set(self.first)
        return tuple(area for area in self.now if area not in before)

    @property
    def regions_now(self) -> tuple[str, ...]:
        touched = {BODY_AREAS_BY_ID[area].region for area in self.now or ()}
        return tuple(region for region in BODY_REGIONS if region in touched)

    @property
    def spread(self) -> Optional[str]:
        if self.first is None or self.now is None:
            return None
        return "yes" if self.new else "no"

    @property
    def overrides(self) -> bool:
        """True when the maps answer spread differently from the person."""
        return self.spread is not None and self.stated is not None and self.stated != self.spread

    @property
    def summary(self) -> str:
        """One sentence for the result's maps: what they show about spread."""
        if not self.first or not self.now:
            return _MARK_BOTH
        new = self.new
        if not new:
            return _NO_NEW
        if len(new) == 1:
            return _ONE_NEW.format(places=area_names(new))
        return _MANY_NEW.format(count=len(new), places=area_names(new))

    def to_dict(self) -> dict[str, Any]:
        return {
            "first": list(self.first or ()),
            "now": list(self.now or ()),
            "new": list(self.new),
            "regions_now": list(self.regions_now),
            "summary": self.summary,
        }


_MARK_BOTH = N_("Mark both maps, where it hurt at first and where it hurts now, to see if the pain has spread.")
_NO_NEW = N_("No new places since the pain began.")
_ONE_NEW = N_("1 new place since the pain began: {places}.")
_MANY_NEW = N_("{count} new places since the pain began: {places}.")


def area_names(area_ids: tuple[str, ...], limit: int = _NAMES_SHOWN) -> str:
    """Areas in plain words for a sentence: "left thigh, right knee and neck"."""
    names = [_in_sentence(BODY_AREAS_BY_ID[area].label) for area in area_ids]
    if len(names) > limit:
        rest = len(names) - limit
        names = names[:limit] + [f"{rest} more"]
    if len(names) <= 2:
        return " and ".join(names)
    return ", ".join(names[:-1]) + " and " + names[-1]


def _in_sentence(label: str) -> str:
    return label[0].lower() + label[1:]


def apply_body_map(answers: Mapping[str, Any]) -> tuple[dict[str, Any], Optional[BodyMap]]:
    """``answers`` (normalised) with ``pain_spread`` as the maps give it.

    Returns the answers unchanged and ``None`` when neither map is answered.
    """
    clean = dict(answers)
    if FIRST not in clean and NOW not in clean:
        return clean, None
    body_map = BodyMap(first=clean.get(FIRST), now=clean.get(NOW), stated=clean.get(SPREAD))
    if body_map.spread is not None:
        clean[SPREAD] = body_map.spread
    return clean, body_map



_STATED = {
    "yes": "You said your pain has spread",
    "no": "You said your pain is in the same place",
    "unsure": "You were not sure if your pain has spread",
}


def _override_note(body_map: BodyMap) -> str:
    if not body_map.overrides or body_map.stated is None:
        return ""
    return f" {_STATED[body_map.stated]}. When the two differ, this check goes by the maps."


def spread_reason(body_map: Optional[BodyMap]) -> Optional[str]:
    """The spread reason in plain words when the maps gave "yes", else ``None``."""
    if body_map is None or body_map.spread != "yes":
        return None
    new = body_map.new
    places = "1 new place" if len(new) == 1 else f"{len(new)} new places"
    return f"Your body maps show pain in {places}: {area_names(new)}." + _override_note(body_map)


def same_place_reason(body_map: Optional[BodyMap]) -> Optional[str]:
    """The "same place" reason when the maps gave "no", else ``None``."""
    if body_map is None or body_map.spread != "no":
        return None
    return (
        "Your body maps show no new places: it hurts now only where it hurt at first."
        + _override_note(body_map)
    )
