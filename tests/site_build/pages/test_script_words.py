"""The page scripts' words: every key they use is in the catalog, and no script holds a sentence."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from site_build.pages.script_words import GROUPS, SCRIPT_WORDS, groups_for_page, words_for_page

SCRIPTS = Path(__file__).resolve().parents[3] / "content" / "assets" / "javascripts"
_STRING = re.compile(r'"((?:[^"\\\n]|\\.)*)"')
_COMMENT = re.compile(r"/\*.*?\*/|//[^\n]*", re.DOTALL)
_KEY = re.compile(r"[a-z_]+(?:\.[a-z_]+)+\.?")


def _sources() -> dict[str, str]:
    return {path.name: _COMMENT.sub("", path.read_text(encoding="utf-8")) for path in sorted(SCRIPTS.glob("*.js"))}


def _literals() -> list[tuple[str, str]]:
    return [(name, literal) for name, text in _sources().items() for literal in _STRING.findall(text)]


def test_every_key_a_script_uses_is_in_the_catalog_and_every_word_is_used() -> None:
    # Any literal of the key's shape in a group the catalog has; one ending in
    # "." is a prefix a script completes at run time (t("map.view." + view)).
    literals = [literal for _, literal in _literals()]
    keys = {literal for literal in literals if _KEY.fullmatch(literal) and literal.split(".")[0] in GROUPS}
    used = {key for key in keys if not key.endswith(".")}
    prefixes = {key for key in keys if key.endswith(".")}
    # A suffix a script adds to a key it names (base + "_not_kept").
    suffixes = {literal for literal in literals if re.fullmatch(r"_[a-z_]+", literal)}
    completed = {key + suffix for key in used for suffix in suffixes}
    assert used - set(SCRIPT_WORDS) == set(), "keys the scripts use that script_words.py lacks"
    unused = {key for key in SCRIPT_WORDS
              if key not in used | completed and not key.startswith(tuple(prefixes))}
    assert unused == set(), "words no script shows"


# Strings of plain words that are not for readers: each named, with why.
_NOT_WORDS = {
    "use strict",  # the directive
    "script, style, foreignObject, iframe, a",  # a selector of elements the chart copy drops
    "a[href], button, input, select, textarea, [tabindex]",  # a selector of focusable elements
    "admonition danger oih-urgent",  # the urgent box's classes
    "from assessment._json_bridge import call_json\\ncall_json",  # the worker's one line of Python
    "classic worker probe refused",  # thrown to Pyodide's own probe inside the worker, never shown
}
_PLAIN_WORD = re.compile(r"[A-Za-z\u2019']+[,.;:!?)]?|\(?[A-Za-z]+")


def _is_sentence(literal: str) -> bool:
    """Two or more plain words (not class names, selectors or keys): text a reader would see."""
    if literal.strip() in _NOT_WORDS:
        return False
    plain = [token for token in literal.split() if _PLAIN_WORD.fullmatch(token)]
    return len(plain) >= 2


def test_the_sentence_finder_tells_words_from_markup() -> None:
    assert _is_sentence("Your diary is kept in this browser on this device.")
    assert _is_sentence(" seconds to start") and _is_sentence("the diary's checker")
    assert not _is_sentence("oih-area is-marked is-new") and not _is_sentence("md-button md-button--primary")
    assert not _is_sentence(":scope > title") and not _is_sentence("tool.status.ready")


def test_no_script_holds_a_sentence_of_its_own() -> None:
    found = [(name, literal) for name, literal in _literals() if _is_sentence(literal)]
    assert found == []


def test_a_page_gets_the_groups_its_scripts_use() -> None:
    assert groups_for_page({}) == ("page",)
    assert "quiz" in groups_for_page({"quiz": True}) and "tool" not in groups_for_page({"quiz": True})
    tool = groups_for_page({"tool": True})
    assert {"page", "python", "tool", "map"} <= set(tool) and "quiz" not in tool
    assert set(GROUPS) >= set(tool)


def test_the_words_are_in_the_language_asked_for() -> None:
    words = words_for_page({"tool": True}, "en")
    assert words["tool.status.ready"] == SCRIPT_WORDS["tool.status.ready"]
    assert not any(key.startswith("quiz.") for key in words)
    with pytest.raises(ValueError, match="language"):
        words_for_page({}, "xx")
