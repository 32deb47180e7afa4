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

from ._i18n import N_

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


def _pair(view: str, region_of_side: str, stem: str, right: str, left: str) -> tuple[BodyArea, BodyArea]:
    """The person's right and left ``stem``, each with its own whole label.

    Each label is one message, so a language can place and agree the side
    word as it must ("Right thigh", "Muslo derecho").
    """
    return (
        BodyArea(f"right_{stem}", right, view, "right", region_of_side.replace("{side}", "right")),
        BodyArea(f"left_{stem}", left, view, "left", region_of_side.replace("{side}", "left")),
    )


def _centre(view: str, region: str, area_id: str, label: str) -> BodyArea:
    return BodyArea(area_id, label, view, "centre", region)


BODY_AREAS: tuple[BodyArea, ...] = (
    _centre("front", "head_neck", "face", N_("Face")),
    *_pair("front", "head_neck", "jaw", N_("Right jaw"), N_("Left jaw")),
    _centre("front", "head_neck", "front_of_neck", N_("Front of neck")),
    *_pair("front", "{side}_arm", "shoulder", N_("Right shoulder"), N_("Left shoulder")),
    *_pair("front", "chest_abdomen", "chest", N_("Right chest"), N_("Left chest")),
    _centre("front", "chest_abdomen", "abdomen", N_("Belly (abdomen)")),
    *_pair("front", "{side}_arm", "upper_arm", N_("Right upper arm"), N_("Left upper arm")),
    *_pair("front", "{side}_arm", "elbow", N_("Right elbow"), N_("Left elbow")),
    *_pair("front", "{side}_arm", "forearm", N_("Right forearm"), N_("Left forearm")),
    *_pair("front", "{side}_arm", "hand", N_("Right wrist and hand"), N_("Left wrist and hand")),
    *_pair("front", "lower_back_pelvis", "groin", N_("Right groin"), N_("Left groin")),
    *_pair("front", "{side}_leg", "thigh", N_("Right thigh"), N_("Left thigh")),
    *_pair("front", "{side}_leg", "knee", N_("Right knee"), N_("Left knee")),
    *_pair("front", "{side}_leg", "lower_leg", N_("Right lower leg (shin)"), N_("Left lower leg (shin)")),
    *_pair("front", "{side}_leg", "foot", N_("Right ankle and foot"), N_("Left ankle and foot")),
    _centre("back", "head_neck", "back_of_head", N_("Back of head")),
    _centre("back", "head_neck", "back_of_neck", N_("Back of neck")),
    *_pair("back", "{side}_arm", "back_of_shoulder", N_("Back of right shoulder"), N_("Back of left shoulder")),
    *_pair("back", "{side}_arm", "back_of_arm", N_("Back of right arm and hand"), N_("Back of left arm and hand")),
    *_pair("back", "upper_back", "upper_back", N_("Right upper back"), N_("Left upper back")),
    *_pair("back", "lower_back_pelvis", "lower_back", N_("Right lower back"), N_("Left lower back")),
    *_pair("back", "{side}_leg", "hip", N_("Right hip and buttock"), N_("Left hip and buttock")),
    *_pair("back", "{side}_leg", "back_of_thigh", N_("Back of right thigh"), N_("Back of left thigh")),
    *_pair("back", "{side}_leg", "back_of_knee", N_("Back of right knee"), N_("Back of left knee")),
    *_pair("back", "{side}_leg", "calf", N_("Right calf and heel"), N_("Left calf and heel")),
)

BODY_AREAS_BY_ID: dict[str, BodyArea] = {area.id: area for area in BODY_AREAS}
