"""The calls the browser makes: JSON text in, a JSON envelope out.

Only strings cross the JavaScript-Python boundary, so no Python object leaks
into the page. The envelope is ``{"ok": true, "result": ...}`` or
``{"ok": false, "error": message}`` for input the contract does not allow.

Every Python page reaches Python through :func:`call_json` with a call name
from :data:`CALLS`, so one boot module serves the self-check and the diary.
"""

from __future__ import annotations

import json
from typing import Callable

from ._envelope import error as _error
from ._envelope import loads as _loads
from .diary._bridge import analyse_diary_json, diary_from_csv_json, diary_to_csv_json
from .engine import assess
from .validation import InvalidAnswer


def assess_json(answers_json: str) -> str:
    """Score answers given as JSON text; return the envelope as JSON text."""
    parsed, answers = _loads(answers_json, "answers")
    if not parsed:
        return _error(answers)
    try:
        return json.dumps({"ok": True, "result": assess(answers).to_dict()})
    except InvalidAnswer as error:
        return _error(str(error))


# Call name -> function from JSON text to envelope text. Each Python feature
# adds its entry here; the browser names the call, never a Python path.
CALLS: dict[str, Callable[[str], str]] = {
    "assess": assess_json,
    "analyse_diary": analyse_diary_json,
    "diary_to_csv": diary_to_csv_json,
    "diary_from_csv": diary_from_csv_json,
}


def call_json(name: str, payload_json: str) -> str:
    """Run the call ``name`` on ``payload_json``; an unknown name is an error envelope."""
    function = CALLS.get(name)
    if function is None:
        return _error(f"unknown call {name!r}; known calls: {', '.join(sorted(CALLS))}")
    return function(payload_json)
