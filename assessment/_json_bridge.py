"""The one call the browser makes: answers as JSON text in, a JSON envelope out.

Only strings cross the JavaScript-Python boundary, so no Python object leaks
into the page. The envelope is ``{"ok": true, "result": Result.to_dict()}`` or
``{"ok": false, "error": message}`` for answers the contract does not allow.
"""

from __future__ import annotations

import json

from .engine import assess
from .validation import InvalidAnswer


def assess_json(answers_json: str) -> str:
    """Score answers given as JSON text; return the envelope as JSON text."""
    try:
        answers = json.loads(answers_json)
    except (ValueError, RecursionError) as error:
        return json.dumps({"ok": False, "error": f"the answers are not valid JSON ({error})"})
    try:
        return json.dumps({"ok": True, "result": assess(answers).to_dict()})
    except InvalidAnswer as error:
        return json.dumps({"ok": False, "error": str(error)})
