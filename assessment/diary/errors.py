"""The one exception the diary raises for input it does not accept."""

from __future__ import annotations

__all__ = ["InvalidDiary"]


class InvalidDiary(ValueError):
    """A diary the contract does not allow. The message names the place first.

    For example ``days[3].pain: 11 is outside 0-10``, or for a CSV file
    ``row 5, pain: 11 is outside 0-10``, so the page can say what to fix.
    ``place`` is that place (``days[3].pain``) as an attribute, for the page to
    point at without reading the message.
    """

    def __init__(self, message: str, *, place: str | None = None) -> None:
        super().__init__(message)
        self.place = place
