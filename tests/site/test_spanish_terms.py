"""The Spanish edition keeps to its words (docs/spanish-terms.md): usted, no banned word, HIO spelled out first."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from babel.messages.pofile import read_po

ROOT = Path(__file__).resolve().parents[2]
TERMS = ROOT / "docs" / "spanish-terms.md"
SPANISH_FILES = sorted((ROOT / "content" / "es").glob("*.md")) + sorted((ROOT / "includes" / "es").glob("*.md"))
CATALOG = ROOT / "locales" / "es" / "LC_MESSAGES" / "messages.po"

# The informal "tú" and its pronouns; the site speaks to every reader as usted.
INFORMAL = frozenset({"tú", "tu", "tus", "te", "ti", "contigo", "tuyo", "tuya"})


def _table_after(heading: str) -> list[list[str]]:
    """The rows of the first table under ``heading`` in docs/spanish-terms.md."""
    text = TERMS.read_text(encoding="utf-8").split(f"## {heading}\n", 1)[1]
    rows = []
    for line in text.splitlines():
        if line.startswith("## "):
            break
        if line.startswith("|") and not set(line) <= set("|- "):
            rows.append([cell.strip() for cell in line.strip("|").split("|")])
    return rows[1:]  # without the header row


def banned_words() -> dict[str, list[str]]:
    """Each banned word and the phrases it may still appear in."""
    return {row[0]: [phrase.strip() for phrase in row[2].split(";") if phrase.strip()]
            for row in _table_after("Words we never use")}


def _sources() -> dict[str, list[str]]:
    """Every Spanish text a reader sees, by file: the pages and snippets, and the catalog's translations."""
    sources = {path.relative_to(ROOT).as_posix(): [path.read_text(encoding="utf-8")] for path in SPANISH_FILES}
    with CATALOG.open("rb") as handle:
        sources[CATALOG.relative_to(ROOT).as_posix()] = [str(message.string) for message in read_po(handle)
                                                         if message.id]
    return sources


def _words(text: str) -> list[str]:
    # Link targets, citation ids and heading ids are not words a reader sees.
    text = re.sub(r"\]\([^)]*\)|\[@[^\]]*\]|\{#[^}]*\}|`[^`]*`", " ", text)
    return [word.lower() for word in re.findall(r"[^\W\d_]+", text)]


def test_the_terms_page_has_its_tables() -> None:
    assert len(_table_after("Fixed terms")) >= 20
    assert {"droga", "opiáceos", "retirada"} <= set(banned_words())


def test_the_checker_finds_what_it_looks_for() -> None:
    assert "tu" in _words("Hable con tu médico [@cdc2022].")
    assert "cdc" not in _words("Hable con su médico [@cdc2022].")
    assert "droga" in _words("Una droga.")


@pytest.mark.parametrize(("where", "texts"), _sources().items(), ids=lambda value: str(value)[:40])
def test_usted_and_no_banned_word(where: str, texts: list[str]) -> None:
    problems = []
    for text in texts:
        words = set(_words(text))
        if INFORMAL & words:
            problems.append(f"informal {sorted(INFORMAL & words)} in {text[:80]!r}")
        for banned, allowed in banned_words().items():
            remaining = text
            for phrase in allowed:
                remaining = remaining.replace(phrase, " ")
            if banned in _words(remaining):
                problems.append(f"{banned!r} in {text[:80]!r}")
    assert problems == [], f"{where} (see docs/spanish-terms.md): " + "; ".join(problems)


@pytest.mark.parametrize("path", sorted((ROOT / "content" / "es").glob("*.md")), ids=lambda path: path.name)
def test_hio_is_spelled_out_before_it_is_used_alone(path: Path) -> None:
    # The running text: headings stay short ("¿Qué es la HIO?"), as the English ones do.
    body = path.read_text(encoding="utf-8").split("\n---\n", 1)[-1]
    body = "\n".join(line for line in body.splitlines() if not line.startswith("#"))
    body = re.sub(r"\]\([^)]*\)|\{#[^}]*\}", " ", body)
    first_bare = re.search(r"(?<!\()\bHIO\b", body)
    if first_bare is None:
        return
    spelled = body.find("hiperalgesia inducida por opioides (HIO)")
    if spelled == -1:
        spelled = body.find("Hiperalgesia inducida por opioides (HIO)")
    assert spelled != -1 and spelled < first_bare.start(), (
        f"{path.name}: 'HIO' at {body[max(0, first_bare.start() - 40):first_bare.end() + 20]!r} "
        "comes before 'hiperalgesia inducida por opioides (HIO)'"
    )


# Spain's 024: its hours are confirmed only by the media, not by a government
# page (docs/crisis-lines.md), so no text next to it says it answers at every hour.
_EVERY_HOUR = re.compile(r"a (?:toda|cualquier) hora|24 horas|24/7|todos los días", re.IGNORECASE)
# Lines whose hours an official page confirms: the US 988 and Bogotá's 106.
_CONFIRMED_AROUND_THE_CLOCK = ("988", "106")


def _says_024_answers_at_every_hour(text: str) -> list[str]:
    """The clauses of ``text``'s paragraphs that mention 024 and give hours no confirmed line carries."""
    found = []
    for paragraph in text.splitlines():
        if not re.search(r"\b024\b", paragraph):
            continue
        for clause in re.split(r"[.;:]\s", paragraph):
            if _EVERY_HOUR.search(clause) and not any(line in clause for line in _CONFIRMED_AROUND_THE_CLOCK):
                found.append(clause.strip())
    return found


def test_the_024_check_finds_hours_given_to_every_line_but_not_988s_own() -> None:
    assert _says_024_answers_at_every_hour(
        "Puede pedir ayuda a una línea de crisis a cualquier hora. En España, llame al 024.")
    assert _says_024_answers_at_every_hour("En España, llame al 024. Atiende las 24 horas.")
    assert not _says_024_answers_at_every_hour(
        "Llame al 988 a cualquier hora; tiene atención en español. En España, llame al 024.")
    assert not _says_024_answers_at_every_hour("Atiende a toda hora.\n\nEn España, llame al 024.")


@pytest.mark.parametrize(("where", "texts"), _sources().items(), ids=lambda value: str(value)[:40])
def test_no_text_says_spains_024_answers_at_every_hour(where: str, texts: list[str]) -> None:
    found = [clause for text in texts for clause in _says_024_answers_at_every_hour(text)]
    assert found == [], f"{where} (see docs/crisis-lines.md): {found}"
