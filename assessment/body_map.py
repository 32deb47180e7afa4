"""From the two body maps to the spread answer the rules read.

The contract (docs/assessment-contract.md, "Body map"): when both maps are
answered, the areas marked now that were not marked when the pain began are
the new areas. New areas mean ``pain_spread`` "yes"; both maps with no new
area mean "no". The map wins over the person's own ``pain_spread`` answer,
and the reasons say so. The rules only ever see ``pain_spread``; the map's
details travel in :class:`BodyMap` for the reason's wording and the result.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any

from ._i18n import N_, Translate, join_words, translator
from .body_areas import BODY_AREAS_BY_ID, BODY_REGIONS

__all__ = ["BodyMap", "apply_body_map", "area_names", "spread_reason", "same_place_reason"]

FIRST = "pain_areas_first"
NOW = "pain_areas_now"
SPREAD = "pain_spread"

_english = translator("en")

# More names than this make the reason hard to read; the map shows them all.
_NAMES_SHOWN = 8


@dataclass(frozen=True)
class BodyMap:
    """The two maps as answered, and what they say about spread.

    ``first`` and ``now`` are ``None`` when not answered. ``spread`` is the
    answer the maps give ("yes", "no"), or ``None`` unless both are answered.
    ``stated`` is the person's own ``pain_spread`` answer, if any.
    """

    first: tuple[str, ...] | None
    now: tuple[str, ...] | None
    stated: str | None = None

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
    def spread(self) -> str | None:
        if self.first is None or self.now is None:
            return None
        return "yes" if self.new else "no"

    @property
    def overrides(self) -> bool:
        """True when the maps answer spread differently from the person."""
        return self.spread is not None and self.stated is not None and self.stated != self.spread

    def summary(self, translate: Translate = _english) -> str:
        """One sentence for the result's maps: what they show about spread."""
        if not self.first or not self.now:
            return translate(_MARK_BOTH)
        new = self.new
        if not new:
            return translate(_NO_NEW)
        places = area_names(new, translate)
        if len(new) == 1:
            return translate(_ONE_NEW).format(places=places)
        return translate(_MANY_NEW).format(count=len(new), places=places)

    def to_dict(self, translate: Translate = _english) -> dict[str, Any]:
        return {
            "first": list(self.first or ()),
            "now": list(self.now or ()),
            "new": list(self.new),
            "regions_now": list(self.regions_now),
            "summary": self.summary(translate),
        }


_MARK_BOTH = N_("Mark both maps, where it hurt at first and where it hurts now, to see if the pain has spread.")
_NO_NEW = N_("No new places since the pain began.")
_ONE_NEW = N_("1 new place since the pain began: {places}.")
_MANY_NEW = N_("{count} new places since the pain began: {places}.")
_MORE = N_("{count} more")


def area_names(area_ids: tuple[str, ...], translate: Translate = _english, limit: int = _NAMES_SHOWN) -> str:
    """Areas in plain words for a sentence: "left thigh, right knee and neck"."""
    names = [_in_sentence(translate(BODY_AREAS_BY_ID[area].label)) for area in area_ids]
    if len(names) > limit:
        names = names[:limit] + [translate(_MORE).format(count=len(names) - limit)]
    return join_words(names, translate)


def _in_sentence(label: str) -> str:
    return label[0].lower() + label[1:]


def apply_body_map(answers: Mapping[str, Any]) -> tuple[dict[str, Any], BodyMap | None]:
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
    "yes": N_("You said your pain has spread."),
    "no": N_("You said your pain is in the same place."),
    "unsure": N_("You were not sure if your pain has spread."),
}
_MAPS_WIN = N_("When the two differ, this check goes by the maps.")
_ONE_NEW_PLACE = N_("Your body maps show pain in 1 new place: {places}.")
_NEW_PLACES = N_("Your body maps show pain in {count} new places: {places}.")
_NO_NEW_PLACES = N_("Your body maps show no new places: it hurts now only where it hurt at first.")


def _override_note(body_map: BodyMap, translate: Translate) -> str:
    if not body_map.overrides or body_map.stated is None:
        return ""
    return " " + translate(_STATED[body_map.stated]) + " " + translate(_MAPS_WIN)


def spread_reason(body_map: BodyMap | None, translate: Translate = _english) -> str | None:
    """The spread reason in plain words when the maps gave "yes", else ``None``."""
    if body_map is None or body_map.spread != "yes":
        return None
    new = body_map.new
    places = area_names(new, translate)
    if len(new) == 1:
        text = translate(_ONE_NEW_PLACE).format(places=places)
    else:
        text = translate(_NEW_PLACES).format(count=len(new), places=places)
    return text + _override_note(body_map, translate)


def same_place_reason(body_map: BodyMap | None, translate: Translate = _english) -> str | None:
    """The "same place" reason when the maps gave "no", else ``None``."""
    if body_map is None or body_map.spread != "no":
        return None
    return translate(_NO_NEW_PLACES) + _override_note(body_map, translate)
