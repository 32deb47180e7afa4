"""The words readers see, and their translations: one catalog per language.

English is the source language. Every reader-facing sentence is written in
English in the Python data beside the logic that uses it, and marked with
:func:`N_`, so ``pybabel extract`` (``make messages``) collects it into
``locales/messages.pot``. Each other language keeps a gettext catalog,
``locales/<language>/LC_MESSAGES/messages.po``. The English text is the
message id, so when a sentence is corrected in English, ``pybabel update``
marks its translation fuzzy, and the catalog test fails until a translator
has checked it: a corrected English sentence can never keep a stale
translation.

At build time each catalog is compiled into a plain dictionary,
``assessment/_messages/<language>.py`` (``site_build.catalog``), so the
browser's boot zip needs no ``gettext``. :func:`translator` reads it.
"""

from __future__ import annotations

import importlib
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field

__all__ = [
    "DEFAULT_LANGUAGE", "LANGUAGES", "Message", "N_", "Translate", "UnknownLanguage", "join_words", "message",
    "placed", "translator",
]

# The languages every reader-facing string exists in.
LANGUAGES: tuple[str, ...] = ("en", "es")
DEFAULT_LANGUAGE = "en"

Translate = Callable[[str], str]


class UnknownLanguage(ValueError):
    """A language outside :data:`LANGUAGES`, or one whose catalog was not compiled."""


def N_(message: str) -> str:
    """Mark ``message`` as reader-facing, for extraction; translate it where it is shown."""
    return message


def _english(message: str) -> str:
    return message


def translator(language: str) -> Translate:
    """The function that turns an English message into ``language``."""
    if language == DEFAULT_LANGUAGE:
        return _english
    if language not in LANGUAGES:
        raise UnknownLanguage(f"language: {language!r} is not one of {', '.join(LANGUAGES)}")
    try:
        table: dict[str, str] = importlib.import_module(f"assessment._messages.{language}").MESSAGES
    except ImportError:
        raise UnknownLanguage(
            f"language: the {language!r} catalog is not compiled (run `make messages`)"
        ) from None
    # The catalog test guarantees every message is translated; English is the
    # fallback so that a gap can never break a result.
    return lambda message: table.get(message, message)


@dataclass(frozen=True)
class Message:
    """Words not yet put into a language: a catalog message and the values of its fields.

    A value may be a :class:`Message` too (a place such as "row 5, pain"
    inside a sentence about it); a plain value is shown as it is. Made where
    the problem is found, put into the reader's language where it is shown.
    """

    template: str
    values: Mapping[str, object] = field(default_factory=dict)

    def text(self, translate: Translate = _english) -> str:
        """The words in ``translate``'s language."""
        return translate(self.template).format_map(
            {name: value.text(translate) if isinstance(value, Message) else value
             for name, value in self.values.items()})

    def __str__(self) -> str:
        return self.text()


def message(template: str, **values: object) -> Message:
    """``Message(template, values)`` with the values as keywords."""
    return Message(template, values)


_PLACED = N_("{place}: {problem}")


def placed(place: object, problem: object) -> Message:
    """``place: problem``: an error message starts with where the problem is."""
    return Message(_PLACED, {"place": place, "problem": problem})


# "a, b and c": the last two joined by the language's word for "and".
_LIST = N_("{items} and {last}")


def join_words(words: list[str], translate: Translate) -> str:
    """``words`` as a list in a sentence, in ``translate``'s language."""
    if len(words) <= 1:
        return "".join(words)
    return translate(_LIST).format(items=", ".join(words[:-1]), last=words[-1])
