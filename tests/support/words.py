"""English left in a sentence meant for a Spanish reader.

The error messages of the self-check and the diary name ids (``dose_change``,
``withdrawal_signs``), JSON keys and what a person typed, the same in every
language; everything else in them is words, which must be Spanish.
"""

from __future__ import annotations

import re

from assessment.diary.validate import _DAY_KEYS, _DOSE_KEYS, _READING_KEYS, _TOP_KEYS
from assessment.opioids import OPIOIDS_BY_ID
from assessment.questions import QUESTIONS

# Words of the English messages that no Spanish one uses. Ids and keys
# (pain, date, note, version, days) are not among them.
ENGLISH_WORDS = frozenset({
    "row", "column", "missing", "expected", "is", "not", "the", "and", "or", "got", "of", "more", "than",
    "file", "empty", "too", "large", "number", "whole", "outside", "unknown", "appears", "twice", "must",
    "be", "filled", "but", "beyond", "last", "named", "readable", "as", "characters", "at", "most", "also",
    "on", "counted", "in", "from", "to", "dose", "which", "opioid", "this", "may", "diary", "list", "object",
    "with", "key", "option", "an", "question", "answer", "finite", "area", "body", "listed", "once", "entries",
    "has", "two", "need", "readings", "timed", "mapping", "rows", "some", "one",
})

# Ids, keys and Python's names of types are the same in every language.
_IDS = frozenset({
    *_TOP_KEYS, *_DAY_KEYS, *_DOSE_KEYS, *_READING_KEYS, "opioid", "daily_dose", *OPIOIDS_BY_ID,
    *(question.id for question in QUESTIONS), *(option for question in QUESTIONS for option in question.option_ids),
    "list", "dict", "str", "int", "float", "bool", "NoneType", "tuple",
})

# A quoted value is what the person typed, or a JSON shape: it stays as it was.
_QUOTED = re.compile(r"'[^']*'|\"[^\"]*\"")


def english_words_in(text: str) -> set[str]:
    """The English words in ``text``, leaving out quoted values and ids."""
    words = re.findall(r"\w+", _QUOTED.sub("", text))
    return {word for word in words if word in ENGLISH_WORDS and word not in _IDS}
