"""MME: CDC 2022 factors, the fentanyl patch, exclusions and the naloxone threshold."""

from __future__ import annotations

import pytest

from assessment import OPIOIDS, Medication, assess, calculate_mme
from assessment.opioids import MCG_PER_HOUR, MG_PER_DAY, OPIOIDS_BY_ID

CDC_2022 = {
    "codeine": 0.15,
    "fentanyl_patch": 2.4,
    "hydrocodone": 1,
    "hydromorphone": 5,   # 4 in 2016: must not be used
    "methadone": 4.7,
    "morphine": 1,
    "oxycodone": 1.5,
    "oxymorphone": 3,
    "tapentadol": 0.4,
    "tramadol": 0.2,      # 0.1 in 2016: must not be used
}


def test_factors_are_exactly_cdc_2022() -> None:
    counted = {o.id: o.factor for o in OPIOIDS if o.factor is not None}
    assert counted == CDC_2022


def test_buprenorphine_and_other_are_excluded_with_a_reason() -> None:
    for opioid_id in ("buprenorphine", "other"):
        opioid = OPIOIDS_BY_ID[opioid_id]
        assert opioid.factor is None
        assert opioid.excluded_reason.endswith(".")
    assert "CDC" in OPIOIDS_BY_ID["buprenorphine"].excluded_reason


def test_units() -> None:
    assert OPIOIDS_BY_ID["fentanyl_patch"].unit == MCG_PER_HOUR
    assert {o.unit for o in OPIOIDS if o.id != "fentanyl_patch"} == {MG_PER_DAY}


def test_no_medications_gives_none() -> None:
    assert calculate_mme([]) is None
    assert assess({}).to_dict()["mme"] is None
    assert assess({"medications": []}).to_dict()["mme"] is None


@pytest.mark.parametrize(("opioid", "dose", "expected"), [
    ("oxycodone", 60, 90.0),
    ("hydromorphone", 8, 40.0),
    ("tramadol", 200, 40.0),
    ("codeine", 240, 36.0),
    ("methadone", 20, 94.0),
    ("fentanyl_patch", 25, 60.0),   # 25 mcg/hr x 2.4
    ("tapentadol", 300, 120.0),
    ("oxymorphone", 10, 30.0),
])
def test_single_opioid(opioid: str, dose: float, expected: float) -> None:
    result = calculate_mme([Medication(opioid, dose)])
    assert result is not None
    assert result.total == pytest.approx(expected)
    assert result.items[0].mme == pytest.approx(expected)
    assert result.items[0].factor == CDC_2022[opioid]


def test_totals_add_and_excluded_are_listed_not_converted() -> None:
    mme = assess({"medications": [
        {"opioid": "oxycodone", "daily_dose": 60},
        {"opioid": "oxycodone", "daily_dose": 10},
        {"opioid": "buprenorphine", "daily_dose": 8},
        {"opioid": "other", "daily_dose": 5},
    ]}).to_dict()["mme"]
    assert mme["total"] == 105.0
    assert [i["opioid"] for i in mme["items"]] == ["oxycodone", "oxycodone"]
    assert [e["opioid"] for e in mme["excluded"]] == ["buprenorphine", "other"]
    assert all(e["reason"] for e in mme["excluded"])
    assert set(mme["items"][0]) >= {"opioid", "daily_dose", "factor", "mme"}


def test_only_buprenorphine_gives_zero_total() -> None:
    mme = assess({"medications": [{"opioid": "buprenorphine", "daily_dose": 16}]}).to_dict()["mme"]
    assert mme == {"total": 0.0, "items": [], "excluded": [mme["excluded"][0]], "naloxone": False}


def test_float_noise_is_rounded() -> None:
    result = calculate_mme([Medication("tramadol", 3)])
    assert result is not None and result.total == 0.6


@pytest.mark.parametrize(("dose", "naloxone"), [(33.3, False), (33.34, True), (40, True)])
def test_naloxone_at_50_mme(dose: float, naloxone: bool) -> None:
    # oxycodone x 1.5: 33.3 -> 49.95, 33.34 -> 50.01
    out = assess({"medications": [{"opioid": "oxycodone", "daily_dose": dose}]}).to_dict()
    assert out["mme"]["naloxone"] is naloxone
    mentions = any("naloxone" in step for step in out["next_steps"])
    assert mentions is naloxone


def test_exactly_50_offers_naloxone() -> None:
    out = assess({"medications": [{"opioid": "morphine", "daily_dose": 50}]}).to_dict()
    assert out["mme"]["naloxone"] is True


@pytest.mark.parametrize(("dose", "fires"), [(49.9, False), (50, True)])
def test_chen_75_mme_reason_names_the_number(dose: float, fires: bool) -> None:
    out = assess({"medications": [{"opioid": "oxycodone", "daily_dose": dose}]}).to_dict()
    reasons = [r for r in out["reasons"] if r["rule"] == "high-mme"]
    assert bool(reasons) is fires
    if fires:
        assert "75" in reasons[0]["text"]
        assert reasons[0]["answer"] == "75 MME/day"
        assert reasons[0]["question"] == "medications"
