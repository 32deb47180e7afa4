"""The message catalogs: one per language, complete, current, and compiled for the engine."""

from __future__ import annotations

import importlib
import re
from pathlib import Path

import pytest
import textstat

from assessment import LANGUAGES
from assessment._i18n import N_, UnknownLanguage, join_words, translator
from site_build.pages.readability import PATIENT_GRADE_LIMIT
from site_build.pages.script_words import PATIENT_GROUPS, SCRIPT_WORDS
from site_build.runtime.catalog import (
    catalog_languages,
    catalog_problems,
    compile_catalogs,
    extracted_messages,
    template_messages,
)

_PO_HEADER = 'msgid ""\nmsgstr ""\n"Content-Type: text/plain; charset=utf-8\\n"\n\n'


def test_the_template_holds_exactly_the_marked_messages() -> None:
    # `make messages` regenerates it; a message marked in code but missing here
    # (or left here after its code went) would never reach a translator.
    extracted, template = extracted_messages(), template_messages()
    assert extracted - template == set(), "run `make messages`: new messages are not in locales/messages.pot"
    assert template - extracted == set(), "run `make messages`: locales/messages.pot holds messages no code uses"
    assert len(template) > 300


def test_every_language_but_english_has_a_complete_catalog() -> None:
    assert set(catalog_languages()) == set(LANGUAGES) - {"en"}
    for language in catalog_languages():
        assert catalog_problems(language) == [], language


def test_the_catalog_check_finds_missing_fuzzy_untranslated_and_stale_entries(tmp_path: Path) -> None:
    (tmp_path / "locales" / "xx" / "LC_MESSAGES").mkdir(parents=True)
    (tmp_path / "locales" / "messages.pot").write_text(
        _PO_HEADER + 'msgid "One"\nmsgstr ""\n\nmsgid "Two"\nmsgstr ""\n\nmsgid "Three"\nmsgstr ""\n\n'
        'msgid "Four"\nmsgstr ""\n', encoding="utf-8")
    (tmp_path / "locales" / "xx" / "LC_MESSAGES" / "messages.po").write_text(
        _PO_HEADER + 'msgid "One"\nmsgstr "Uno"\n\n#, fuzzy\nmsgid "Two"\nmsgstr "Dos"\n\n'
        'msgid "Three"\nmsgstr ""\n\nmsgid "Gone"\nmsgstr "Ido"\n', encoding="utf-8")
    problems = catalog_problems("xx", tmp_path)
    assert sorted(problem.split(":")[0] for problem in problems) == ["fuzzy", "missing", "no longer used", "untranslated"]
    assert "missing: 'Four'" in problems and "fuzzy: 'Two'" in problems


def test_a_catalog_compiles_to_the_module_the_engine_reads(tmp_path: Path) -> None:
    (tmp_path / "locales" / "xx" / "LC_MESSAGES").mkdir(parents=True)
    (tmp_path / "assessment" / "_messages").mkdir(parents=True)
    (tmp_path / "locales" / "xx" / "LC_MESSAGES" / "messages.po").write_text(
        _PO_HEADER + 'msgid "Now"\nmsgstr "Ahora"\n\n#, fuzzy\nmsgid "Later"\nmsgstr "Luego"\n\n'
        'msgid "{count} new places"\nmsgstr "{count} lugares nuevos"\n', encoding="utf-8")
    (tmp_path / "assessment" / "_messages" / "zz.py").write_text("MESSAGES = {}\n")
    assert compile_catalogs(tmp_path) == ["xx"]
    compiled = (tmp_path / "assessment" / "_messages" / "xx.py").read_text(encoding="utf-8")
    namespace: dict = {}
    exec(compiled, namespace)
    # Fuzzy entries never ship: English stands in until a translator checks them.
    assert namespace["MESSAGES"] == {"Now": "Ahora", "{count} new places": "{count} lugares nuevos"}
    assert not (tmp_path / "assessment" / "_messages" / "zz.py").exists(), "a language without a catalog is removed"


def test_english_is_the_identity_and_an_unknown_language_is_named() -> None:
    assert translator("en")("Your result") == "Your result"
    with pytest.raises(UnknownLanguage, match="language"):
        translator("xx")
    assert N_("marked") == "marked"


def test_a_list_in_a_sentence_uses_the_catalogs_and() -> None:
    english = translator("en")
    assert join_words([], english) == ""
    assert join_words(["a"], english) == "a"
    assert join_words(["a", "b"], english) == "a and b"
    assert join_words(["a", "b", "c"], english) == "a, b and c"


def test_the_compiled_modules_ship_in_the_package() -> None:
    # The boot zip carries assessment/, so the compiled dictionaries reach the browser.
    package = importlib.import_module("assessment._messages")
    assert Path(package.__file__).parent.name == "_messages"


# ---- every sentence a reader can see is held to the patient pages' grade ----------

# A field's format may differ by language ("{limit:,}" is 3,660 in English,
# "{limit}" 3660 in Spanish); its name may not.
_PLACEHOLDER = re.compile(r"\{(\w+)(?::[^{}]*)?\}|%\((\w+)\)s")
_FILLERS = {"count": "3", "total": "90", "places": "left knee", "signs": "sweating", "number": "2"}


def _readable(message: str) -> str:
    return _PLACEHOLDER.sub(lambda m: _FILLERS.get(m.group(1) or m.group(2), "it"), message)


def _patient_messages() -> list[str]:
    student_only = {text for key, text in SCRIPT_WORDS.items() if key.split(".", 1)[0] not in PATIENT_GROUPS}
    return sorted(template_messages() - student_only)


def test_every_patient_message_together_reads_at_grade_8_or_below() -> None:
    text = " ".join(_readable(message).rstrip(".") + "." for message in _patient_messages())
    assert float(textstat.flesch_kincaid_grade(text)) <= PATIENT_GRADE_LIMIT


@pytest.mark.parametrize("message", [m for m in _patient_messages() if len(m.split()) >= 15])
def test_each_long_patient_message_reads_at_grade_8_or_below(message: str) -> None:
    assert float(textstat.flesch_kincaid_grade(_readable(message))) <= PATIENT_GRADE_LIMIT


def _translations(language: str) -> dict[str, str]:
    from site_build.runtime.catalog import read_catalog

    catalog = read_catalog(Path(__file__).resolve().parents[3] / "locales" / language / "LC_MESSAGES" / "messages.po")
    return {message.id: message.string for message in catalog if message.id and isinstance(message.string, str)}


@pytest.mark.parametrize("language", [language for language in LANGUAGES if language != "en"])
def test_every_translation_keeps_its_placeholders(language: str) -> None:
    for english, translated in _translations(language).items():
        assert sorted(_PLACEHOLDER.findall(translated)) == sorted(_PLACEHOLDER.findall(english)), english


def test_the_spanish_patient_messages_read_at_inflesz_55_or_more() -> None:
    from site_build.pages.readability import PATIENT_INFLESZ_MINIMUM, inflesz

    spanish = _translations("es")
    messages = [spanish[message] for message in _patient_messages() if spanish.get(message)]
    text = " ".join(_readable(message).rstrip(".") + "." for message in messages)
    assert inflesz(text) >= PATIENT_INFLESZ_MINIMUM
    long = [message for message in messages if len(message.split()) >= 15]
    hard = [(round(inflesz(_readable(m)), 1), m) for m in long if inflesz(_readable(m)) < PATIENT_INFLESZ_MINIMUM]
    assert hard == []
