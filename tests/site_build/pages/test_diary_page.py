"""The diary page's controls come from assessment's data, never retyped."""

from __future__ import annotations

import json
import re
from html.parser import HTMLParser

from assessment import OPIOIDS, QUESTIONS_BY_ID
from assessment.diary import BEFORE, EARLY, LATE
from site_build.pages.diary_page import MAX_IMPORT_BYTES, diary_data, render_diary
from site_build.pages.form import MEDICATION_ROWS


class _Controls(HTMLParser):
    def __init__(self) -> None:
        super().__init__()
        self.inputs: list[dict[str, str | None]] = []
        self.options: list[dict[str, str | None]] = []
        self.labels_for: set[str | None] = set()
        self.hooks: set[str] = set()

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        attributes = dict(attrs)
        self.hooks |= {name for name in attributes if name.startswith("data-diary")}
        if tag == "input":
            self.inputs.append(attributes)
        elif tag == "option":
            self.options.append(attributes)
        elif tag == "label":
            self.labels_for.add(attributes.get("for"))


def rendered() -> tuple[str, _Controls]:
    html = render_diary(pages={"assessment.md": "../assessment/"})
    parser = _Controls()
    parser.feed(html)
    return html, parser


def test_the_pain_scale_is_eleven_radios_from_0_to_10() -> None:
    _, controls = rendered()
    pains = [i["value"] for i in controls.inputs if i.get("name") == "pain"]
    assert pains == [str(n) for n in range(11)]
    assert all(i["type"] == "radio" for i in controls.inputs if i.get("name") == "pain")


def test_medicine_rows_offer_the_self_checks_opioids_with_their_units() -> None:
    _, controls = rendered()
    chosen = [o for o in controls.options if o.get("value")]
    assert [o["value"] for o in chosen] == [o.id for o in OPIOIDS] * MEDICATION_ROWS
    assert [o["data-unit"] for o in chosen[: len(OPIOIDS)]] == [o.unit for o in OPIOIDS]


def test_withdrawal_signs_are_the_self_checks_options() -> None:
    _, controls = rendered()
    signs = [i["value"] for i in controls.inputs if i.get("name") == "withdrawal_signs"]
    assert signs == list(QUESTIONS_BY_ID["withdrawal_signs"].option_ids)


def test_every_control_has_a_label_and_the_contracts_hooks_are_there() -> None:
    _, controls = rendered()
    unlabelled = [i.get("id") for i in controls.inputs if i.get("id") not in controls.labels_for]
    assert unlabelled == []
    assert {
        "data-diary-keep",
        "data-diary-import",
        "data-diary-export",
        "data-diary-report",
        "data-diary-delete",
        "data-diary-delete-confirm",
    } <= controls.hooks
    [file_input] = [i for i in controls.inputs if "data-diary-import" in i]
    assert file_input["type"] == "file"


def test_nothing_is_kept_until_asked_so_keep_starts_unticked() -> None:
    _, controls = rendered()
    [keep] = [i for i in controls.inputs if "data-diary-keep" in i]
    assert keep["type"] == "checkbox" and "checked" not in keep


def test_the_scripts_data_carries_labels_windows_and_the_size_limit() -> None:
    html, _ = rendered()
    match = re.search(r'<script type="application/json" id="oih-diary-data">(.*?)</script>', html, re.DOTALL)
    assert match
    data = json.loads(match.group(1))
    assert data == json.loads(json.dumps(diary_data({"assessment.md": "../assessment/"})))
    assert data["max_import_bytes"] == MAX_IMPORT_BYTES
    assert data["windows"] == {"before": BEFORE.label, "early": EARLY.label, "late": LATE.label}
    assert data["responses"]["increase"]["lasting_relief"] == dict(
        (o.id, o.label) for o in QUESTIONS_BY_ID["after_increase"].options
    )["lasting_relief"]
    assert "style=" not in html and "<style" not in html
