"""The diary's browser calls (registered in ``assessment._json_bridge.CALLS``).

JSON text in, an envelope out; bad JSON or a bad diary is an error envelope,
never an exception, so the page always has a message to show.
"""

from __future__ import annotations

from collections.abc import Mapping

from .._envelope import error, loads, ok
from .csv_io import from_csv, to_csv
from .errors import InvalidDiary
from .report import analyse

__all__ = ["analyse_diary_json", "diary_to_csv_json", "diary_from_csv_json"]


def analyse_diary_json(diary_json: str) -> str:
    """``{"ok": true, "result": report}`` for a diary given as JSON text."""
    parsed, diary = loads(diary_json, "diary's contents")
    if not parsed:
        return error(diary)
    try:
        return ok(analyse(diary).to_dict())
    except InvalidDiary as problem:
        return error(str(problem))


def diary_to_csv_json(diary_json: str) -> str:
    """``{"ok": true, "result": csv_text}`` for a diary given as JSON text."""
    parsed, diary = loads(diary_json, "diary's contents")
    if not parsed:
        return error(diary)
    try:
        return ok(to_csv(diary))
    except InvalidDiary as problem:
        return error(str(problem))


def diary_from_csv_json(payload_json: str) -> str:
    """``{"ok": true, "result": diary}`` for ``{"text": csv_text}`` given as JSON text."""
    parsed, payload = loads(payload_json, "CSV call's contents")
    if not parsed:
        return error(payload)
    if not isinstance(payload, Mapping) or not isinstance(payload.get("text"), str):
        return error('csv: expected {"text": the CSV file\'s text}')
    try:
        return ok(from_csv(payload["text"]))
    except InvalidDiary as problem:
        return error(str(problem))
