"""How hard a page's main prose is to read: Flesch-Kincaid (English), INFLESZ (Spanish).

The text measured is what a reader reads as sentences: code, tables, raw HTML,
citation markers, link targets and front matter are removed, and headings and
list items count as sentences of their own (a heading is not glued onto the
paragraph after it, which would inflate the grade). Both languages measure the
same text, cut by ``main_text``.

English pages: the Flesch-Kincaid grade (textstat), 8 or below on patient pages.

Spanish pages: the Szigriszt-Pazos perspicuity read on the INFLESZ scale,

    P = 206.835 - 62.3 * (syllables / words) - (words / sentences),

55 or more on patient pages ("normal" or easier). The scale is from
Barrio-Cantalejo IM, Simón-Lorda P, Melguizo M, Escalona I, Marijuán MI,
Hernando P. Validación de la Escala INFLESZ para evaluar la legibilidad de los
textos dirigidos a pacientes. An Sist Sanit Navar 2008;31(2):135-152 (title,
authors and issue seen on its SciELO page). Its bands, as legible.es gives them
citing that article (we did not see the article's own table): under 40 "muy
difícil", 40-55 "algo difícil", 55-65 "normal", 65-80 "bastante fácil", over
80 "muy fácil". Ballesteros-Peña and Fernández-Aedo (An Sist Sanit Navar
2013;36(3), abstract) likewise took a score above 55 as acceptable for
medicine leaflets.

Syllables are counted by ``spanish_syllables``, which applies the Spanish
spelling conventions for diphthongs, triphthongs and hiatus (RAE and ASALE,
Ortografía de la lengua española, 2010; RAE, Diccionario panhispánico de dudas,
entries "diptongo", "hiato" and "tilde"). Hyphenation dictionaries (pyphen) are
not used: they mark where a line may break, not where a syllable ends, and
undercount words such as "día", "país" and "leer".

What is not a plain word is measured the same way on every page:

- Numbers written in digits (911, 988, 2024, 1.5) are skipped: they are
  neither words nor syllables. A phone number must stay on a page, and the
  scale measures prose. (textstat counts a number as a one-syllable word, so
  neither measure penalises one.)
- Abbreviations a reader says in full (EE. UU., p. ej., Dr., Dra., Sr., Sra.,
  Ud., Uds., etc., aprox., núm., n.º) and the units mg, mcg and ml count as the
  words they stand for, so their full stops do not end a sentence.
- Initialisms (two or more letters, all capitals, no accent: OIH, FDA, CDC)
  are spelled letter by letter, as they are read: "OIH" is "o, i, hache", 4
  syllables. A word in capitals for emphasis is counted the same way unless it
  carries an accent (DÍA is a word: initialisms take none).
- Hyphens and apostrophes split words; a word with no vowel counts 1 syllable.

Run ``python -m site_build.pages.readability content/*.md`` to see each English
page's grade, and ``python -m site_build.pages.readability --language es
content/es/*.md`` to see each Spanish page's INFLESZ score and band.
"""

from __future__ import annotations

import argparse
import re
import sys
import unicodedata
from pathlib import Path

import textstat

from site_build.pages.markdown_source import FRONT_MATTER

PATIENT_GRADE_LIMIT = 8.0
PATIENT_INFLESZ_MINIMUM = 55.0

_FENCED_CODE = re.compile(r"^(```|~~~).*?^\1\s*$", re.DOTALL | re.MULTILINE)
_HTML_COMMENT = re.compile(r"<!--.*?-->", re.DOTALL)
_HTML_TAG = re.compile(r"<[^>]+>")
_CITATION = re.compile(r"\[@[^\]]+\]")
_IMAGE = re.compile(r"!\[[^\]]*\]\([^)]*\)(\{[^}]*\})?")
_LINK = re.compile(r"\[([^\]]+)\]\([^)]*\)(\{[^}]*\})?")
_ATTR_LIST = re.compile(r"\{[:#.][^}]*\}")
_INLINE_CODE = re.compile(r"`[^`]*`")
_ABBREVIATION = re.compile(r"^\*\[[^\]]+\]:.*$", re.MULTILINE)
_SNIPPET = re.compile(r"^-{2}8<-{2}.*$", re.MULTILINE)
_ADMONITION = re.compile(r'^\s*(!!!|\?\?\?\+?)\s*[\w-]+(?:\s+[\w-]+)*\s*(?:"([^"]*)")?\s*$', re.MULTILINE)
_LIST_MARKER = re.compile(r"^\s*(?:[-*+]|\d+[.)])\s+(?:\[[ xX]\]\s+)?")
_HEADING = re.compile(r"^#{1,6}\s+")
_EMPHASIS = re.compile(r"(\*\*|__|\*|_|~~|==|\^\^)")
_SENTENCE_END = (".", "!", "?", ":", ";")


def main_text(markdown: str) -> str:
    """The prose of a Markdown page, one sentence-like unit per line."""
    text = FRONT_MATTER.sub("", markdown)
    text = _FENCED_CODE.sub("", text)
    text = _HTML_COMMENT.sub("", text)
    text = _ABBREVIATION.sub("", text)
    text = _SNIPPET.sub("", text)
    text = _ADMONITION.sub(lambda m: "# " + m.group(2) if m.group(2) else "", text)
    text = _IMAGE.sub("", text)
    text = _CITATION.sub("", text)
    text = _LINK.sub(r"\1", text)
    text = _ATTR_LIST.sub("", text)
    text = _INLINE_CODE.sub("", text)
    text = _HTML_TAG.sub(" ", text)
    units: list[str] = []
    paragraph: list[str] = []

    def flush() -> None:
        if paragraph:
            units.append(_as_sentence(" ".join(paragraph)))
            paragraph.clear()

    for raw_line in text.splitlines():
        line = raw_line.strip()
        if not line or line.startswith("|"):
            flush()
            continue
        if _HEADING.match(line) or _LIST_MARKER.match(raw_line):
            flush()
            line = _LIST_MARKER.sub("", _HEADING.sub("", line))
            paragraph.append(line)
            flush()
            continue
        paragraph.append(line)
    flush()
    return "\n".join(unit for unit in units if unit)


def _as_sentence(unit: str) -> str:
    unit = _EMPHASIS.sub("", unit).strip()
    if unit and not unit.endswith(_SENTENCE_END):
        unit += "."
    return unit


def grade(text: str) -> float:
    """Flesch-Kincaid grade of ``text`` (textstat 0.7.3, which needs no download)."""
    return float(textstat.flesch_kincaid_grade(text))


def page_grade(path: Path) -> float:
    """Flesch-Kincaid grade of the main text of the Markdown page at ``path``."""
    return grade(main_text(path.read_text(encoding="utf-8")))


# --- Spanish: syllables and the INFLESZ score -------------------------------

# Open vowels, and any vowel with a written accent: each is a syllable's
# nucleus of its own. An accented i or u breaks a diphthong (día, país, baúl).
_NUCLEUS = frozenset("aeoáéóíú")
_ACCENTED = re.compile(r"[áéíóúü]")
_VOWEL_RUN = re.compile(r"[aeiouáéíóúü]+")
# The u of "gue", "gui", "que", "qui" is not pronounced (guiso, queso); with a
# diaeresis (pingüino) or a written accent (ambigúes) it is.
_SILENT_U = re.compile(r"(?<=[qg])u(?=[eiéí])")
# y is the vowel i when no vowel follows it (hoy, muy, Uruguay, "y" alone).
_VOWEL_Y = re.compile(r"y(?![aeiouáéíóúü])")
_FOREIGN_MARKS = str.maketrans("àâäèêëìîïòôöùû", "aaaeeeiiiooouu")
# Syllables in the Spanish names of the letters, for spelled initialisms
# (ye for y, as the Ortografía of 2010 recommends; uve doble for w).
_LETTER_NAME_SYLLABLES = {
    **dict.fromkeys("abcdeikopqtuy", 1),
    **dict.fromkeys("fhjlmnñrsvxz", 2),
    "g": 1,
    "w": 4,
}
_WORD = re.compile(r"[^\W\d_]+")
_SENTENCE_SPLIT = re.compile(r"(?<=[.!?…])[\"»”’)\]]*\s+")
_CAPITAL_START = r"(?=\s+[¿¡«\"(]?[A-ZÁÉÍÓÚÑÜ])"
# (pattern, words): the abbreviations a reader says in full. Those that can
# close a sentence keep their full stop when a capital letter follows.
_SPANISH_ABBREVIATIONS = (
    (re.compile(r"\bEE\.\s?UU\." + _CAPITAL_START), "Estados Unidos."),
    (re.compile(r"\bEE\.\s?UU\."), "Estados Unidos"),
    (re.compile(r"\betc\." + _CAPITAL_START), "etcétera."),
    (re.compile(r"\betc\."), "etcétera"),
    (re.compile(r"\baprox\." + _CAPITAL_START), "aproximadamente."),
    (re.compile(r"\baprox\."), "aproximadamente"),
    (re.compile(r"\b[pP]\.\s?ej\."), "por ejemplo"),
    (re.compile(r"\bDra\."), "doctora"),
    (re.compile(r"\bDr\."), "doctor"),
    (re.compile(r"\bSra\."), "señora"),
    (re.compile(r"\bSr\."), "señor"),
    (re.compile(r"\bUds\."), "ustedes"),
    (re.compile(r"\bUd\."), "usted"),
    (re.compile(r"\b[nN]úm\.|\b[nN]\.º"), "número"),
    (re.compile(r"\bmg\b"), "miligramos"),
    (re.compile(r"\b(?:mcg|µg)\b"), "microgramos"),
    (re.compile(r"\bm[lL]\b"), "mililitros"),
)


def spanish_syllables(word: str) -> int:
    """Syllables in one Spanish word, by the spelling conventions of the RAE.

    Within a run of vowels, every open vowel (a, e, o) and every vowel with a
    written accent is a nucleus of its own: two open vowels are in hiatus
    (le-er, po-e-ta) and an accented i or u stands apart (dí-a, pa-ís). An
    unaccented i or u joins the vowel beside it, making a diphthong (cie-lo,
    cau-sa) or a triphthong (buey, U-ru-guay); two different ones make one
    syllable (ciu-dad, rui-do), two equal ones two (chi-i-ta). An h between
    vowels changes nothing (bú-ho, tru-han). The u of gue, gui, que, qui is
    silent; y is the vowel i when no vowel follows it. Every word has at least
    one syllable. An initialism (all capitals, no accent) is spelled instead.
    """
    if len(word) > 1 and word.isupper() and not _ACCENTED.search(word.lower()):
        return sum(_LETTER_NAME_SYLLABLES.get(letter, 1) for letter in word.lower())
    text = unicodedata.normalize("NFC", word.lower()).translate(_FOREIGN_MARKS)
    text = _SILENT_U.sub("", text).replace("h", "")
    text = _VOWEL_Y.sub("i", text).replace("ü", "u")
    count = 0
    for run in _VOWEL_RUN.findall(text):
        nuclei = sum(1 for vowel in run if vowel in _NUCLEUS)
        if nuclei == 0:
            nuclei = 1 + sum(1 for a, b in zip(run, run[1:], strict=False) if a == b)
        count += nuclei
    return max(count, 1)


def expand_spanish_abbreviations(text: str) -> str:
    """``text`` with the abbreviations a reader says in full written out."""
    for pattern, words in _SPANISH_ABBREVIATIONS:
        text = pattern.sub(words, text)
    return text


def spanish_main_text(markdown: str) -> str:
    """``main_text`` of a Spanish page, its abbreviations written out."""
    return expand_spanish_abbreviations(main_text(markdown))


def spanish_counts(text: str) -> tuple[int, int, int]:
    """(syllables, words, sentences) of Spanish ``text``, as ``inflesz`` counts them.

    Each line is at least one sentence (``main_text`` puts one unit per line),
    split further after ., !, ? or … followed by a space. Words are runs of
    letters, so numbers in digits are skipped; a sentence with no word does
    not count.
    """
    syllables = words = sentences = 0
    for line in expand_spanish_abbreviations(text).splitlines():
        for sentence in _SENTENCE_SPLIT.split(line.strip()):
            tokens = _WORD.findall(sentence)
            if tokens:
                sentences += 1
                words += len(tokens)
                syllables += sum(spanish_syllables(token) for token in tokens)
    return syllables, words, sentences


def inflesz(text: str) -> float:
    """Szigriszt-Pazos perspicuity of Spanish ``text``, read on the INFLESZ scale."""
    syllables, words, sentences = spanish_counts(text)
    if not words:
        raise ValueError("no Spanish words to measure")
    return 206.835 - 62.3 * syllables / words - words / sentences


def inflesz_band(score: float) -> str:
    """The INFLESZ band of a score (Barrio-Cantalejo 2008, as legible.es gives it)."""
    if score < 40:
        return "muy difícil"
    if score < 55:
        return "algo difícil"
    if score < 65:
        return "normal"
    if score < 80:
        return "bastante fácil"
    return "muy fácil"


def page_inflesz(markdown: str | Path) -> float:
    """INFLESZ score of a Spanish page's main text; Markdown source or its path."""
    if isinstance(markdown, Path):
        markdown = markdown.read_text(encoding="utf-8")
    return inflesz(spanish_main_text(markdown))


def _main(argv: list[str]) -> int:
    parser = argparse.ArgumentParser(
        prog="python -m site_build.pages.readability",
        description="Readability of Markdown pages: Flesch-Kincaid grade (en) or INFLESZ score (es).",
    )
    parser.add_argument("--language", choices=("en", "es"), default="en")
    parser.add_argument("paths", nargs="+", metavar="page.md")
    args = parser.parse_args(argv)
    for name in args.paths:
        if args.language == "es":
            score = page_inflesz(Path(name))
            print(f"{score:5.1f}  {name}  ({inflesz_band(score)})")
        else:
            print(f"{page_grade(Path(name)):5.1f}  {name}")
    return 0


if __name__ == "__main__":
    sys.exit(_main(sys.argv[1:]))
