"""The body map's areas: the contract's shape, unique ids, every region, both views."""

from __future__ import annotations

import re

from assessment import BODY_AREAS, BODY_AREAS_BY_ID, BODY_REGIONS, BodyArea
from assessment.body_areas import BODY_MAP_SOURCES, BODY_SIDES, BODY_VIEWS
from assessment.references import REFERENCES_BY_ID

# The ids are contract vocabulary: copied here so a rename anywhere fails.
PINNED_IDS = (
    "face", "right_jaw", "left_jaw", "front_of_neck", "right_shoulder", "left_shoulder",
    "right_chest", "left_chest", "abdomen", "right_upper_arm", "left_upper_arm",
    "right_elbow", "left_elbow", "right_forearm", "left_forearm", "right_hand", "left_hand",
    "right_groin", "left_groin", "right_thigh", "left_thigh", "right_knee", "left_knee",
    "right_lower_leg", "left_lower_leg", "right_foot", "left_foot",
    "back_of_head", "back_of_neck", "right_back_of_shoulder", "left_back_of_shoulder",
    "right_back_of_arm", "left_back_of_arm", "right_upper_back", "left_upper_back",
    "right_lower_back", "left_lower_back", "right_hip", "left_hip",
    "right_back_of_thigh", "left_back_of_thigh", "right_back_of_knee", "left_back_of_knee",
    "right_calf", "left_calf",
)
CONTRACT_REGIONS = (
    "head_neck", "chest_abdomen", "upper_back", "lower_back_pelvis",
    "left_arm", "right_arm", "left_leg", "right_leg",
)


def test_the_ids_are_the_pinned_contract_ids() -> None:
    assert tuple(area.id for area in BODY_AREAS) == PINNED_IDS


def test_at_least_30_areas_with_unique_snake_case_ids() -> None:
    ids = [area.id for area in BODY_AREAS]
    assert len(ids) >= 30
    assert len(set(ids)) == len(ids)
    assert all(re.fullmatch(r"[a-z]+(_[a-z]+)*", area_id) for area_id in ids)
    assert set(BODY_AREAS_BY_ID) == set(ids)
    assert all(isinstance(area, BodyArea) for area in BODY_AREAS)


def test_fields_take_only_contract_values() -> None:
    assert BODY_REGIONS == CONTRACT_REGIONS
    assert BODY_VIEWS == ("front", "back") and set(BODY_SIDES) == {"left", "right", "centre"}
    for area in BODY_AREAS:
        assert area.view in BODY_VIEWS, area
        assert area.side in BODY_SIDES, area
        assert area.region in BODY_REGIONS, area


def test_every_region_is_present_and_both_views_are_used() -> None:
    assert {area.region for area in BODY_AREAS} == set(CONTRACT_REGIONS)
    for view in BODY_VIEWS:
        assert sum(area.view == view for area in BODY_AREAS) >= 10, view


def test_labels_are_plain_non_empty_and_name_the_side() -> None:
    labels = [area.label for area in BODY_AREAS]
    assert len(set(labels)) == len(labels)
    for area in BODY_AREAS:
        assert area.label.strip() and area.label[0].isupper(), area
        words = area.label.lower().split()
        if area.side == "centre":
            assert "left" not in words and "right" not in words, area
        else:
            assert area.side in words, area
            assert area.id.startswith(area.side + "_"), area


def test_left_and_right_come_in_mirror_pairs_in_the_same_view_and_matching_regions() -> None:
    for area in BODY_AREAS:
        if area.side == "centre":
            continue
        other_side = "left" if area.side == "right" else "right"
        twin = BODY_AREAS_BY_ID[other_side + area.id[len(area.side):]]
        assert twin.view == area.view
        assert twin.region == area.region.replace(area.side, other_side)


def test_limb_regions_are_on_their_own_side() -> None:
    for area in BODY_AREAS:
        if area.region.endswith(("_arm", "_leg")):
            assert area.region.startswith(area.side + "_"), area


def test_the_basis_is_cited_from_the_bibliography() -> None:
    assert {"brummett2016", "scherrer2021"} <= set(BODY_MAP_SOURCES)
    for reference_id in BODY_MAP_SOURCES:
        assert reference_id in REFERENCES_BY_ID
    assert REFERENCES_BY_ID["brummett2016"].pmid == "26835782"
    assert REFERENCES_BY_ID["scherrer2021"].doi == "10.1097/PR9.0000000000000880"


def test_the_contract_copy_lists_every_area_as_it_is() -> None:
    from pathlib import Path

    doc = (Path(__file__).resolve().parents[2] / "docs" / "assessment-contract.md").read_text(encoding="utf-8")
    for area in BODY_AREAS:
        row = f"| `{area.id}` | {area.label} | `{area.view}` | `{area.side}` | `{area.region}` |"
        assert row in doc, f"regenerate the body map table row for {area.id}"
    front = sum(area.view == "front" for area in BODY_AREAS)
    back = len(BODY_AREAS) - front
    assert f"holds {len(BODY_AREAS)} areas,\n{front} on the front and {back} on the back" in doc
