"""The body figure: one shape per area and one area per shape, drawn in the form from the same data."""

from __future__ import annotations

import re
from html.parser import HTMLParser

from assessment import BODY_AREAS, BODY_AREAS_BY_ID, QUESTIONS
from site_build.pages.body_figure import SHAPES, VIEW_HEIGHT, VIEW_WIDTH, figure_views
from site_build.pages.form import render_form

MAP_QUESTIONS = [q.id for q in QUESTIONS if q.kind == "areas"]
_NUMBER = re.compile(r"-?\d+(?:\.\d+)?")


def _coordinates(path: str) -> list[tuple[float, float]]:
    """The end points of a path made of M, L and A commands (A's radii are skipped)."""
    points: list[tuple[float, float]] = []
    for command, args in re.findall(r"([MLAZ])([^MLAZ]*)", path):
        numbers = [float(n) for n in _NUMBER.findall(args)]
        if command in "ML":
            points += list(zip(numbers[::2], numbers[1::2], strict=True))
        elif command == "A":
            points.append((numbers[5], numbers[6]))
    return points


def test_every_area_has_a_shape_and_every_shape_an_area() -> None:
    assert set(SHAPES) == {"front", "back"}
    drawn = [(view, area_id) for view, shapes in SHAPES.items() for area_id in shapes]
    assert len(drawn) == len(set(area_id for _, area_id in drawn)), "an area is drawn twice"
    assert {area_id for _, area_id in drawn} == set(BODY_AREAS_BY_ID)
    for view, area_id in drawn:
        assert BODY_AREAS_BY_ID[area_id].view == view, area_id


def test_shapes_are_closed_and_inside_the_view() -> None:
    for shapes in SHAPES.values():
        for area_id, path in shapes.items():
            assert path.startswith("M ") and path.endswith("Z"), area_id
            for x, y in _coordinates(path):
                assert 0 <= x <= VIEW_WIDTH and 0 <= y <= VIEW_HEIGHT, (area_id, x, y)


def _centre_x(path: str) -> float:
    xs = [x for x, _ in _coordinates(path)]
    return (min(xs) + max(xs)) / 2


def test_sides_are_drawn_where_the_person_sees_them() -> None:
    # Front: the person's right is on the viewer's left. Back: their left is.
    for area in BODY_AREAS:
        x = _centre_x(SHAPES[area.view][area.id])
        if area.side == "centre":
            assert abs(x - VIEW_WIDTH / 2) < 1, area.id
            continue
        on_viewer_left = x < VIEW_WIDTH / 2
        expected_left = "right" if area.view == "front" else "left"
        assert on_viewer_left == (area.side == expected_left), area.id


def test_views_name_the_sides_and_say_which_side_you_see() -> None:
    views = {view.view: view for view in figure_views()}
    assert views["front"].cue.startswith("You are looking at the front of your body")
    assert views["back"].cue.startswith("You are looking at the back of your body")
    assert (views["front"].viewer_left, views["front"].viewer_right) == ("Your right", "Your left")
    assert (views["back"].viewer_left, views["back"].viewer_right) == ("Your left", "Your right")
    assert [a.id for v in figure_views() for a in v.areas] == [
        a.id for view in ("front", "back") for a in BODY_AREAS if a.view == view
    ]


class _Figure(HTMLParser):
    def __init__(self) -> None:
        super().__init__()
        self.question: str | None = None
        self.shapes: dict[str, list[dict[str, str | None]]] = {}
        self.boxes: dict[str, list[str | None]] = {}
        self.svgs: list[dict[str, str | None]] = []
        self.details: list[dict[str, str | None]] = []
        self.headings: list[str] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        attributes = dict(attrs)
        if tag == "fieldset":
            self.question = attributes.get("data-question")
        elif tag == "path" and attributes.get("data-area"):
            self.shapes.setdefault(self.question or "", []).append(attributes)
        elif tag == "input" and attributes.get("name") in MAP_QUESTIONS:
            self.boxes.setdefault(attributes["name"] or "", []).append(attributes.get("value"))
        elif tag == "svg" and "oih-bodymap__svg" in (attributes.get("class") or ""):
            self.svgs.append(attributes)
        elif tag == "details":
            self.details.append(attributes)


def test_the_form_draws_each_map_from_the_same_areas_as_its_checkboxes() -> None:
    html = render_form(tool_data={})
    figure = _Figure()
    figure.feed(html)
    assert MAP_QUESTIONS == ["pain_areas_first", "pain_areas_now"]
    for question in MAP_QUESTIONS:
        shapes = figure.shapes[question]
        assert sorted(s["data-area"] for s in shapes) == sorted(BODY_AREAS_BY_ID)
        assert sorted(figure.boxes[question]) == sorted(BODY_AREAS_BY_ID)
        for shape in shapes:
            assert shape["data-label"] == BODY_AREAS_BY_ID[shape["data-area"] or ""].label
            assert shape["d"] == SHAPES[BODY_AREAS_BY_ID[shape["data-area"] or ""].view][shape["data-area"] or ""]
    # Without JavaScript each view is a named picture and the list is open.
    assert len(figure.svgs) == 2 * len(MAP_QUESTIONS)
    for svg in figure.svgs:
        assert svg["role"] == "img" and svg["aria-labelledby"]
        for element_id in (svg["aria-labelledby"] or "").split():
            assert f'id="{element_id}"' in html
    assert len(figure.details) == len(MAP_QUESTIONS)
    assert all("open" in details for details in figure.details)
    assert html.count("You are looking at the front of your body") == len(MAP_QUESTIONS)
    assert html.count(">Your left<") == 2 * len(MAP_QUESTIONS)
    # The hatch patterns every drawing refers to are defined once.
    assert html.count('id="oih-hatch"') == 1 and html.count('id="oih-hatch-new"') == 1
