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
        "data-diary-storage",
        "data-diary-backup-due",
        "data-diary-reminder",
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
    assert data["language"] == "en" and data["max_readings"] == 24
    assert data["backup_min_days"] == data["backup_every_days"] == 14
    assert data["max_import_bytes"] == MAX_IMPORT_BYTES
    assert data["windows"] == {"before": BEFORE.label, "early": EARLY.label, "late": LATE.label}
    assert data["responses"]["increase"]["lasting_relief"] == dict(
        (o.id, o.label) for o in QUESTIONS_BY_ID["after_increase"].options
    )["lasting_relief"]
    assert "style=" not in html and "<style" not in html


def test_a_reading_takes_a_time_a_moment_and_a_pain() -> None:
    from assessment.diary import MOMENTS

    _, controls = rendered()
    moments = [i["value"] for i in controls.inputs if i.get("name") == "moment"]
    assert moments == list(MOMENTS)
    assert [i["value"] for i in controls.inputs if i.get("name") == "reading-pain"] == [str(n) for n in range(11)]
    [time] = [i for i in controls.inputs if i.get("id") == "diary-reading-time"]
    assert time["type"] == "time"
    [reminder] = [i for i in controls.inputs if i.get("id") == "diary-reminder-time"]
    assert reminder["type"] == "time" and reminder["value"] == "20:00"


def test_nothing_durable_shows_before_the_diary_is_kept() -> None:
    html, _ = rendered()
    for hook in ("data-diary-storage", "data-diary-backup-due"):
        tag = re.search(rf"<[^>]*\b{hook}\b[^>]*>", html).group(0)
        assert " hidden" in tag and "data-persisted" not in tag, tag
    assert re.search(r'id="diary-keep-safe"[^>]*hidden', html)


def test_every_word_of_the_page_goes_through_the_catalog(monkeypatch) -> None:
    """With a catalog that marks every message, no visible text is left unmarked."""
    import sys
    import types

    from assessment import _i18n

    class Marked(dict):  # type: ignore[type-arg]
        def get(self, message: str, default: object = None) -> str:
            return f"\u00ab{message}\u00bb"

    module = types.ModuleType("assessment._messages.xx")
    module.MESSAGES = Marked()  # type: ignore[attr-defined]
    monkeypatch.setitem(sys.modules, "assessment._messages.xx", module)
    monkeypatch.setattr(_i18n, "LANGUAGES", (*_i18n.LANGUAGES, "xx"))
    html = render_diary(pages={}, language="xx")

    class Text(HTMLParser):
        def __init__(self) -> None:
            super().__init__()
            self.skip = 0
            self.texts: list[str] = []

        def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
            self.skip += tag == "script"

        def handle_endtag(self, tag: str) -> None:
            self.skip -= tag == "script"

        def handle_data(self, data: str) -> None:
            if not self.skip and data.strip():
                self.texts.append(data.strip())

    parser = Text()
    parser.feed(html)
    unmarked = [text for text in parser.texts if "\u00ab" not in text and not re.fullmatch(r"[\d]+", text)]
    assert unmarked == []
    data = json.loads(re.search(r'id="oih-diary-data">(.*?)</script>', html, re.DOTALL).group(1))
    assert data["language"] == "xx"
    assert all(label.startswith("\u00ab") for label in data["withdrawal_signs"].values())
    assert all(label.startswith("\u00ab") for label in data["windows"].values())


def test_the_diary_script_words_read_at_grade_8_or_below() -> None:
    from site_build.pages.readability import grade
    from site_build.pages.script_words import PATIENT_GROUPS, SCRIPT_WORDS

    assert {"diary", "diary_check"} <= set(PATIENT_GROUPS)
    for group in ("diary", "diary_check"):
        sentences = [text for key, text in SCRIPT_WORDS.items()
                     if key.split(".", 1)[0] == group and text.rstrip().endswith((".", "?"))]
        assert len(sentences) > 10
        assert grade(" ".join(sentences)) <= 8.0, group


def test_no_diary_script_holds_a_sentence_of_its_own() -> None:
    """The diary's scripts show words from oihWords and the report only: no English sentence in a string."""
    from pathlib import Path

    folder = Path(__file__).resolve().parents[3] / "content" / "assets" / "javascripts"
    for name in ("diary.js", "diary-report.js", "diary-self-check.js", "diary-store.js", "diary-python.js"):
        code = re.sub(r"/\*.*?\*/|(?<!\S)//\s[^\n]*", "", (folder / name).read_text(encoding="utf-8"), flags=re.DOTALL)
        strings = re.findall(r'"((?:[^"\\\n]|\\.)*)"', code)
        sentences = [text for text in strings if re.search(r"[A-Za-z]{2,} [a-z]{2,} [a-z]{2,}", text)]
        assert sentences == [], (name, sentences)


def test_every_diary_key_the_scripts_name_exists_and_every_one_is_used() -> None:
    from pathlib import Path

    from site_build.pages.script_words import SCRIPT_WORDS

    folder = Path(__file__).resolve().parents[3] / "content" / "assets" / "javascripts"
    code = "".join((folder / name).read_text(encoding="utf-8")
                   for name in ("diary.js", "diary-report.js", "diary-self-check.js", "diary-python.js"))
    named = {key for key in re.findall(r'"((?:diary|diary_check|tool)\.[a-z_.]+)"', code) if not key.endswith(".")}
    assert named and named <= set(SCRIPT_WORDS), named - set(SCRIPT_WORDS)
    # Keys put together in the scripts: the store's reasons, a reading's moment, "saved" with or without keeping.
    built = ("diary.store.", "diary.reading.item.", "diary.saved.", "diary.reading.saved")
    unused = [key for key in SCRIPT_WORDS if key.split(".", 1)[0] in ("diary", "diary_check")
              and key not in named and not key.startswith(built)]
    assert unused == []
