"""The diary's browser calls (registered in ``assessment._json_bridge.CALLS``).

JSON text in, an envelope out; bad JSON or a bad diary is an error envelope,
never an exception, so the page always has a message to show.

``analyse_diary`` takes the diary object itself (its words in English), or
``{"diary": <the diary object>, "language": "es"}`` for a report in another
language; no diary has a ``"diary"`` key, so the two cannot be confused.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from typing import Any

from .._envelope import error, loads, ok
from .._i18n import DEFAULT_LANGUAGE, LANGUAGES, translator
from .csv_io import from_csv, to_csv
from .errors import InvalidDiary
from .report import analyse

__all__ = ["analyse_diary_json", "diary_to_csv_json", "diary_from_csv_json"]


def _call(payload_json: str, what: str, work: Callable[[Any], Any], language: str) -> str:
    """The envelope; a problem is in English as ``error`` and in ``language`` as ``problem``."""
    parsed, payload = loads(payload_json, what)
    if not parsed:
        return error(payload)
    try:
        return ok(work(payload))
    except InvalidDiary as problem:
        # An unknown language is itself the problem being reported: say it in English.
        words = translator(language if language in LANGUAGES else DEFAULT_LANGUAGE)
        return error(str(problem), place=problem.place, problem=problem.text(words))


def _csv_text(payload: object) -> dict[str, Any]:
    if not isinstance(payload, Mapping) or not isinstance(payload.get("text"), str):
        raise InvalidDiary('csv: expected {"text": the CSV file\'s text}', place="csv")
    return from_csv(payload["text"])


def _analysed(payload: object, language: str) -> dict[str, Any]:
    if isinstance(payload, Mapping) and "diary" in payload:
        unknown = [key for key in payload if key not in ("diary", "language")]
        if unknown:
            raise InvalidDiary(f"call: unknown key {unknown[0]!r} (expected diary, language)", place="call")
        return analyse(payload["diary"], payload.get("language", language)).to_dict()
    return analyse(payload, language).to_dict()


def analyse_diary_json(diary_json: str, language: str = "en") -> str:
    """``{"ok": true, "result": report}`` for a diary (or ``{"diary", "language"}``) given as JSON text.

    The report's words are in ``language`` (the page's, from the bridge) unless
    the payload names its own.
    """
    return _call(diary_json, "diary's contents", lambda payload: _analysed(payload, language), language)


def diary_to_csv_json(diary_json: str, language: str = "en") -> str:
    """``{"ok": true, "result": csv_text}`` for a diary given as JSON text."""
    return _call(diary_json, "diary's contents", to_csv, language)


def diary_from_csv_json(payload_json: str, language: str = "en") -> str:
    """``{"ok": true, "result": diary}`` for ``{"text": csv_text}`` given as JSON text.

    A cell's problem (``row 5, pain: ...``) is in ``language`` as the envelope's ``problem``.
    """
    return _call(payload_json, "CSV call's contents", _csv_text, language)
