"""The one exception the diary raises for input it does not accept."""

from __future__ import annotations

from .._i18n import Message, Translate, placed

__all__ = ["InvalidDiary", "Place"]

# A place in a message: a path in a JSON file (``days[3].pain``, the same in
# every language), or words for a spreadsheet's cell (``row 5, pain``).
Place = str | Message


class InvalidDiary(ValueError):
    """A diary the contract does not allow. The message names the place first.

    For example ``days[3].pain: 11 is outside 0-10``, or for a CSV file
    ``row 5, pain: 11 is outside 0-10``, so the page can say what to fix.
    ``place`` is that place (``days[3].pain``) as an attribute, for the page to
    point at without reading the message. ``words`` is the message as catalog
    words, where it has them, so :meth:`text` can say it in the reader's
    language; the message itself is always English.
    """

    def __init__(self, message: str, *, place: str | None = None, words: Message | None = None) -> None:
        super().__init__(message)
        self.place = place
        self.words = words

    @classmethod
    def at(cls, place: Place, problem: Message) -> InvalidDiary:
        """The error for ``place``: the place starts the message and is its attribute.

        ``problem`` is catalog words, so the page can say it in the reader's language.
        """
        words = placed(place, problem)
        return cls(words.text(), place=str(place), words=words)

    def text(self, translate: Translate) -> str:
        """The message in ``translate``'s language (English where it has no catalog words)."""
        return self.words.text(translate) if self.words is not None else str(self)
