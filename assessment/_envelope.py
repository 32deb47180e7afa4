"""The envelope every browser call returns.

``{"ok": true, "result": ...}``, or ``{"ok": false, "error": msg, "question":
id, "place": where, "problem": what to fix}``.

Shared by the self-check's and the diary's calls so both speak one shape.
"""

from __future__ import annotations

import json
from typing import Any


def ok(result: Any) -> str:
    """A success envelope as JSON text."""
    return json.dumps({"ok": True, "result": result})


def error(message: str, *, question: str | None = None, place: str | None = None,
          problem: str | None = None) -> str:
    """An error envelope as JSON text: the message, and the question and place it belongs to.

    ``question`` and ``place`` are ``null`` when the problem is not with one
    answer (text that is not JSON, say), so the page never has to read them
    out of the message. ``problem`` is what is wrong in the page's language
    where a reader can fix it (a dose they typed), else the message itself.
    """
    return json.dumps({"ok": False, "error": message, "question": question, "place": place,
                       "problem": problem if problem is not None else message})


def loads(payload_json: str, what: str) -> tuple[bool, Any]:
    """``(True, value)`` for JSON text, ``(False, message)`` for anything else."""
    try:
        return True, json.loads(payload_json)
    except (ValueError, RecursionError, TypeError) as problem:
        return False, f"the {what} are not valid JSON ({problem})"
