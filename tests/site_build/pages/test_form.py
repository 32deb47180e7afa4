from __future__ import annotations

from html.parser import HTMLParser

from assessment import OPIOIDS, QUESTIONS
from site_build.pages.form import MEDICATION_ROWS, render_form


class _Controls(HTMLParser):
    def __init__(self) -> None:
        super().__init__()
        self.fieldsets: list[str] = []
        self.legends = 0
        self.inputs: list[dict[str, str | None]] = []
        self.selects: list[str | None] = []
        self.labels_for: set[str | None] = set()
        self.root: dict[str, str | None] = {}

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        attributes = dict(attrs)
        if tag == "fieldset":
            self.fieldsets.append(attributes["data-question"] or "")
        elif tag == "legend":
            self.legends += 1
        elif tag == "input":
            self.inputs.append(attributes)
        elif tag == "select":
            self.selects.append(attributes.get("name"))
        elif tag == "label":
            self.labels_for.add(attributes.get("for"))
        elif tag == "div" and attributes.get("id") == "oih-tool":
            self.root = attributes


def rendered() -> _Controls:
    parser = _Controls()
    parser.feed(render_form(tool_data={"pages": {}}))
    return parser


def test_every_question_is_a_fieldset_with_a_legend_in_order() -> None:
    form = rendered()
    assert form.fieldsets == [question.id for question in QUESTIONS]
    assert form.legends == len(QUESTIONS)


def test_controls_use_contract_names_and_values() -> None:
    form = rendered()
    for question in QUESTIONS:
        controls = [i for i in form.inputs if i.get("name") == question.id]
        if question.kind == "single":
            assert {c["type"] for c in controls} == {"radio"}
            assert [c["value"] for c in controls] == list(question.option_ids)
        elif question.kind == "multi":
            assert {c["type"] for c in controls} == {"checkbox"}
            assert [c["value"] for c in controls] == list(question.option_ids)
            assert any(i.get("name") == f"{question.id}-none" for i in form.inputs)
        elif question.kind == "areas":
            # A body map: one checkbox per area, no "none of these".
            assert {c["type"] for c in controls} == {"checkbox"}
            assert sorted(c["value"] for c in controls) == sorted(question.option_ids)
            assert not any(i.get("name") == f"{question.id}-none" for i in form.inputs)
        else:
            assert question.kind == "medications", question.kind


def test_medication_rows_offer_every_opioid() -> None:
    form = rendered()
    assert form.selects == [f"medications-{row}-opioid" for row in range(MEDICATION_ROWS)]
    html = render_form(tool_data={})
    for opioid in OPIOIDS:
        assert f'value="{opioid.id}"' in html


def test_every_control_has_a_label() -> None:
    form = rendered()
    ids = [i.get("id") for i in form.inputs] + [f"medications-{r}-opioid" for r in range(MEDICATION_ROWS)]
    assert set(ids) <= form.labels_for


def test_root_starts_loading_with_a_deadline() -> None:
    form = rendered()
    assert form.root["data-state"] == "loading"
    assert int(form.root["data-timeout-ms"]) >= 60_000


def test_text_is_escaped() -> None:
    html = render_form(tool_data={"x": "</script>"})
    assert "</script>\"" not in html
