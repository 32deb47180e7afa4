"""The calls the browser makes: JSON text in, a JSON envelope out.

Only strings cross the JavaScript-Python boundary, so no Python object leaks
into the page. The envelope is ``{"ok": true, "result": ...}`` or
``{"ok": false, "error": message, "question": id, "place": where}`` for input
the contract does not allow (``_envelope.error``).

Every Python page reaches Python through :func:`call_json` with a call name
from :data:`CALLS`, so one boot module serves the self-check and the diary.
"""

from __future__ import annotations

import json
from collections.abc import Callable

from ._envelope import error as _error
from ._envelope import loads as _loads
from ._i18n import DEFAULT_LANGUAGE, LANGUAGES, translator
from .engine import assess
from .validation import InvalidAnswer


def assess_json(answers_json: str, language: str = DEFAULT_LANGUAGE) -> str:
    """Score answers given as JSON text; return the envelope as JSON text, its words in ``language``."""
    parsed, answers = _loads(answers_json, "answers")
    if not parsed:
        return _error(answers)
    try:
        return json.dumps({"ok": True, "result": assess(answers, language).to_dict()})
    except InvalidAnswer as error:
        problem = error.problem_in(translator(language)) if language in LANGUAGES else str(error)
        return _error(str(error), question=error.question, place=error.place, problem=problem)


def _diary_call(name: str) -> Callable[[str, str], str]:
    """The diary's bridge function ``name``, imported on its first call.

    The self-check page then boots without the diary's modules (about 30 ms
    of Pyodide's start-up under Node); it needs them only if the reader asks
    it to use their diary.
    """

    def call(payload_json: str, language: str = DEFAULT_LANGUAGE) -> str:
        from .diary import _bridge

        function: Callable[[str, str], str] = getattr(_bridge, name)
        return function(payload_json, language)

    call.__name__ = call.__qualname__ = name
    return call


# Call name -> function from JSON text to envelope text. Each Python feature
# adds its entry here; the browser names the call, never a Python path.
CALLS: dict[str, Callable[[str, str], str]] = {
    "assess": assess_json,
    "analyse_diary": _diary_call("analyse_diary_json"),
    "diary_to_csv": _diary_call("diary_to_csv_json"),
    "diary_from_csv": _diary_call("diary_from_csv_json"),
}


def call_json(name: str, payload_json: str, language: str = DEFAULT_LANGUAGE) -> str:
    """Run the call ``name`` on ``payload_json``, its words in ``language``; an unknown name is an error envelope."""
    function = CALLS.get(name)
    if function is None:
        return _error(f"unknown call {name!r}; known calls: {', '.join(sorted(CALLS))}")
    return function(payload_json, language)
