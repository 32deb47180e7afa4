"""The body map's figure: our own drawing, one shape per area of ``assessment.BODY_AREAS``.

A plain, blocky figure standing with its arms a little away from the body,
seen from the front and from the back, in a 240 x 560 box per view. Shapes
are written once for the viewer's left half and mirrored for the other. On
the front view the person's right side is on the viewer's left; on the back
view their left side is. The template (``templates/body_map.html.j2``) draws
each shape with the area's id, label and state, so the drawing, the
checkboxes and the engine can never disagree; a test checks that every area
has a shape and every shape an area.
"""

from __future__ import annotations

from dataclasses import dataclass

from assessment import BODY_AREAS
from assessment._i18n import N_, Translate, translator

__all__ = ["VIEW_WIDTH", "VIEW_HEIGHT", "AreaShape", "FigureView", "figure_views", "SHAPES"]

VIEW_WIDTH = 240
VIEW_HEIGHT = 560

Points = tuple[tuple[float, float], ...]

# ---- Shapes on the viewer's left half (x < 120), top to bottom ----------------
_SHOULDER: Points = ((80, 118), (60, 120), (46, 132), (42, 164), (70, 164), (74, 135))
_UPPER_ARM: Points = ((42, 164), (70, 164), (64, 240), (36, 240))
_ELBOW: Points = ((36, 240), (64, 240), (61, 286), (31, 286))
_FOREARM: Points = ((31, 286), (61, 286), (55, 346), (26, 346))
_HAND: Points = ((26, 346), (55, 346), (59, 370), (50, 396), (30, 396), (21, 370))
_WHOLE_ARM: Points = (
    (42, 164), (70, 164), (64, 240), (61, 286), (55, 346), (59, 370), (50, 396),
    (30, 396), (21, 370), (26, 346), (31, 286), (36, 240),
)
_CHEST: Points = ((120, 118), (80, 118), (74, 135), (76, 200), (120, 200))
_LOWER_TRUNK: Points = ((76, 200), (120, 200), (120, 262), (80, 262))
_PELVIS: Points = ((80, 262), (120, 262), (120, 306), (76, 306))
_THIGH: Points = ((76, 306), (119, 306), (114.5, 394), (84.5, 394))
_KNEE: Points = ((84.5, 394), (114.5, 394), (113, 442), (85, 442))
_LOWER_LEG: Points = ((85, 442), (113, 442), (111, 510), (89, 510))
_FOOT: Points = ((89, 510), (111, 510), (117, 554), (81, 554))
_CALF_AND_HEEL: Points = ((85, 442), (113, 442), (111, 510), (117, 554), (81, 554), (89, 510))
# Centre shapes span both halves.
_ABDOMEN: Points = ((76, 200), (164, 200), (160, 262), (80, 262))
_NECK: Points = ((103, 84), (137, 84), (141, 118), (99, 118))

# The head: an ellipse centred at (120, 50), 36 wide and 44 tall each way. The
# front splits it at y = 60 into the face and the two halves of the jaw.
_HEAD_CX, _HEAD_CY, _HEAD_RX, _HEAD_RY = 120, 50, 36, 44
_JAW_Y = 60
_JAW_X = 35.06  # half the ellipse's width at y = 60
_HEAD_TOP, _HEAD_BOTTOM = _HEAD_CY - _HEAD_RY, _HEAD_CY + _HEAD_RY
_ARC = f"A {_HEAD_RX} {_HEAD_RY} 0"
_WHOLE_HEAD = (
    f"M {_HEAD_CX - _HEAD_RX} {_HEAD_CY} {_ARC} 1 1 {_HEAD_CX + _HEAD_RX} {_HEAD_CY} "
    f"{_ARC} 1 1 {_HEAD_CX - _HEAD_RX} {_HEAD_CY} Z"
)
_FACE = f"M {_HEAD_CX - _JAW_X} {_JAW_Y} {_ARC} 1 1 {_HEAD_CX + _JAW_X} {_JAW_Y} Z"
# The jaw on the viewer's left, then its mirror.
_JAW_VIEWER_LEFT = f"M {_HEAD_CX} {_JAW_Y} L {_HEAD_CX - _JAW_X} {_JAW_Y} {_ARC} 0 0 {_HEAD_CX} {_HEAD_BOTTOM} Z"
_JAW_VIEWER_RIGHT = f"M {_HEAD_CX} {_JAW_Y} L {_HEAD_CX + _JAW_X} {_JAW_Y} {_ARC} 0 1 {_HEAD_CX} {_HEAD_BOTTOM} Z"


def _path(points: Points) -> str:
    first, *rest = points
    return f"M {first[0]:g} {first[1]:g} " + " ".join(f"L {x:g} {y:g}" for x, y in rest) + " Z"


def _mirror(points: Points) -> Points:
    return tuple((VIEW_WIDTH - x, y) for x, y in points)


def _pair(stem: str, points: Points, viewer_left_side: str) -> dict[str, str]:
    """The two sides' paths for ``stem``: ``viewer_left_side`` gets ``points``."""
    other = "left" if viewer_left_side == "right" else "right"
    return {f"{viewer_left_side}_{stem}": _path(points), f"{other}_{stem}": _path(_mirror(points))}


def _front() -> dict[str, str]:
    # Facing us, the person's right is on our left.
    shapes = {
        "front_of_neck": _path(_NECK),
        "face": _FACE,
        "right_jaw": _JAW_VIEWER_LEFT,
        "left_jaw": _JAW_VIEWER_RIGHT,
        "abdomen": _path(_ABDOMEN),
    }
    for stem, points in (
        ("shoulder", _SHOULDER), ("chest", _CHEST), ("upper_arm", _UPPER_ARM), ("elbow", _ELBOW),
        ("forearm", _FOREARM), ("hand", _HAND), ("groin", _PELVIS), ("thigh", _THIGH),
        ("knee", _KNEE), ("lower_leg", _LOWER_LEG), ("foot", _FOOT),
    ):
        shapes.update(_pair(stem, points, "right"))
    return shapes


def _back() -> dict[str, str]:
    # From behind, the person's left is on our left.
    shapes = {"back_of_neck": _path(_NECK), "back_of_head": _WHOLE_HEAD}
    for stem, points in (
        ("back_of_shoulder", _SHOULDER), ("back_of_arm", _WHOLE_ARM), ("upper_back", _CHEST),
        ("lower_back", _LOWER_TRUNK), ("hip", _PELVIS), ("back_of_thigh", _THIGH),
        ("back_of_knee", _KNEE), ("calf", _CALF_AND_HEEL),
    ):
        shapes.update(_pair(stem, points, "left"))
    return shapes


SHAPES: dict[str, dict[str, str]] = {"front": _front(), "back": _back()}
"""View -> area id -> SVG path data."""


@dataclass(frozen=True)
class AreaShape:
    """One area as drawn: its id, label and path."""

    id: str
    label: str
    path: str


@dataclass(frozen=True)
class FigureView:
    """One view of the figure, with its words for the reader."""

    view: str
    heading: str
    cue: str
    viewer_left: str
    viewer_right: str
    areas: tuple[AreaShape, ...]
    # Each side's short name, for the small copies of the maps in the result.
    viewer_left_short: str = ""
    viewer_right_short: str = ""


_ENGLISH = translator("en")

# Per view: its heading, the cue, and the side on the viewer's left and right
# (the long name on the form's drawing, the short one on the result's copies).
_RIGHT = (N_("Your right"), N_("Right"))
_LEFT = (N_("Your left"), N_("Left"))
_WORDS = {
    "front": (
        N_("Front"),
        N_("You are looking at the front of your body. Your right side is on the left of the picture."),
        _RIGHT,
        _LEFT,
    ),
    "back": (
        N_("Back"),
        N_("You are looking at the back of your body. Your left side is on the left of the picture."),
        _LEFT,
        _RIGHT,
    ),
}


def figure_views(translate: Translate = _ENGLISH) -> tuple[FigureView, ...]:
    """The front and back views in ``translate``'s language, each area in ``BODY_AREAS`` order.

    Raises ``KeyError`` if an area of that view has no shape.
    """
    views = []
    for view, (heading, cue, (left, left_short), (right, right_short)) in _WORDS.items():
        areas = tuple(
            AreaShape(area.id, translate(area.label), SHAPES[view][area.id])
            for area in BODY_AREAS
            if area.view == view
        )
        views.append(FigureView(
            view, translate(heading), translate(cue), translate(left), translate(right), areas,
            translate(left_short), translate(right_short),
        ))
    return tuple(views)
