"""What the package's command lines share: reading the input, one-line errors, JSON out.

Bad input is one line on stderr and exit 2, never a traceback, so the
commands suit scripts and people who are not programmers.
"""

from __future__ import annotations

import json
import sys
from typing import Any

EXIT_INVALID = 2


def fail(message: str) -> int:
    """Print ``message`` as one line on stderr; return the exit code for invalid input."""
    # One line only: collapse any newlines a message might carry.
    print("error: " + " ".join(str(message).split()), file=sys.stderr)
    return EXIT_INVALID


def read_input(file: str) -> str | int:
    """The text of ``file`` (``-`` = stdin), or the exit code after a one-line error."""
    try:
        if file == "-":
            return sys.stdin.read()
        # utf-8-sig: a file saved by a spreadsheet or Notepad may start with a byte-order mark.
        with open(file, encoding="utf-8-sig") as handle:
            return handle.read()
    except (OSError, UnicodeDecodeError) as error:
        reason = getattr(error, "strerror", None) or error.__class__.__name__
        return fail(f"cannot read {file}: {reason}")


def parse_json(text: str, file: str) -> tuple[bool, Any]:
    """``(True, value)``, or ``(False, exit code)`` after a one-line error naming the input."""
    try:
        return True, json.loads(text)
    except (ValueError, RecursionError) as error:
        name = "stdin" if file == "-" else file
        return False, fail(f"{name} is not valid JSON: {error}")


def print_json(data: Any, indent: int) -> int:
    """Print ``data`` as JSON; return 0."""
    try:
        print(json.dumps(data, indent=indent, ensure_ascii=False))
        sys.stdout.flush()
    except BrokenPipeError:
        # The reader (e.g. `| head`) went away; that is not an error of ours.
        # Stop the flush at exit.
        sys.stdout = None
    return 0
