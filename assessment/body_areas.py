"""The body areas of the self-check's body map, as data.

One tuple drives the two map questions' options, the answer validator, the
figure drawn at build time and the contract document. ``left`` and ``right``
are always the person's own sides, as on a clinician's notes.

The granularity follows the published patient body maps: the Michigan Body
Map's 35 areas (Brummett 2016) and the CHOIR Body Map's 74 (Scherrer 2021),
both drawn front and back and scored as the number of areas marked. Like the
Widespread Pain Index (Wolfe 2010), the hip goes with the buttock and the
shoulder with the arm. Their drawings are not ours: the figure is our own
(``site_build/pages/body_figure.py``).
"""

from __future__ import annotations

from dataclasses import dataclass

__all__ = [
    "BodyArea",
    "BODY_AREAS",
    "BODY_AREAS_BY_ID",
    "BODY_REGIONS",
    "BODY_VIEWS",
    "BODY_SIDES",
    "BODY_MAP_SOURCES",
]

BODY_VIEWS: tuple[str, ...] = ("front", "back")
BODY_SIDES: tuple[str, ...] = ("left", "right", "centre")
BODY_REGIONS: tuple[str, ...] = (
    "head_neck",
    "chest_abdomen",
    "upper_back",
    "lower_back_pelvis",
    "left_arm",
    "right_arm",
    "left_leg",
    "right_leg",
)
# The works the areas are based on (ids in assessment/references.py).
BODY_MAP_SOURCES: tuple[str, ...] = ("brummett2016", "scherrer2021", "wolfe2010")


@dataclass(frozen=True)
class BodyArea:
    """One place on the body map. ``side`` is the person's own side."""

    id: str
    label: str
    view: str
    side: str
    region: str


def _paired(view: str, region_of_side: str, *names: tuple[str, str]) -> tuple[BodyArea, ...]:
    """Right and left copies of each ``(id stem, label stem)``; "{side}" in a
    label stem becomes "right" or "left" ("Back of {side} thigh")."""
    areas = []
    for stem, label in names:
        for side in ("right", "left"):
            text = label.replace("{side}", side) if "{side}" in label else f"{side} {label}"
            region = region_of_side.replace("{side}", side)
            areas.append(BodyArea(f"{side}_{stem}", text[0].upper() + text[1:], view, side, region))
    return tuple(areas)


def _centre(view: str, region: str, area_id: str, label: str) -> BodyArea:
    return BodyArea(area_id, label, view, "centre", region)


BODY_AREAS: tuple[BodyArea, ...] = (
    # --- front: head to foot ----------------------------------------------------
    _centre("front", "head_neck", "face", "Face"),
    *_paired("front", "head_neck", ("jaw", "jaw")),
    _centre("front", "head_neck", "front_of_neck", "Front of neck"),
    *_paired("front", "{side}_arm", ("shoulder", "shoulder")),
    *_paired("front", "chest_abdomen", ("chest", "chest")),
    _centre("front", "chest_abdomen", "abdomen", "Belly (abdomen)"),
    *_paired("front", "{side}_arm",
             ("upper_arm", "upper arm"), ("elbow", "elbow"), ("forearm", "forearm"),
             ("hand", "wrist and hand")),
    *_paired("front", "lower_back_pelvis", ("groin", "groin")),
    *_paired("front", "{side}_leg",
             ("thigh", "thigh"), ("knee", "knee"), ("lower_leg", "lower leg (shin)"),
             ("foot", "ankle and foot")),
    # --- back: head to heel -----------------------------------------------------
    _centre("back", "head_neck", "back_of_head", "Back of head"),
    _centre("back", "head_neck", "back_of_neck", "Back of neck"),
    *_paired("back", "{side}_arm",
             ("back_of_shoulder", "back of {side} shoulder"),
             ("back_of_arm", "back of {side} arm and hand")),
    *_paired("back", "upper_back", ("upper_back", "upper back")),
    *_paired("back", "lower_back_pelvis", ("lower_back", "lower back")),
    *_paired("back", "{side}_leg",
             ("hip", "hip and buttock"), ("back_of_thigh", "back of {side} thigh"),
             ("back_of_knee", "back of {side} knee"), ("calf", "calf and heel")),
)

BODY_AREAS_BY_ID: dict[str, BodyArea] = {area.id: area for area in BODY_AREAS}
