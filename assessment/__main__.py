"""Command line: ``python -m assessment FILE`` (or ``-`` for stdin).

Reads one answer set as JSON and prints ``Result.to_dict()`` as JSON. On any
bad input (unreadable file, invalid JSON, an answer the contract does not
allow) it prints one line to stderr and exits 2, never a traceback, so it can
be used in scripts and by people who are not programmers.
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Sequence

from ._cli import EXIT_INVALID, fail, parse_json, print_json, read_input
from .engine import assess
from .validation import InvalidAnswer

__all__ = ["main", "EXIT_INVALID"]


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="python -m assessment",
        description="Score one set of OIH self-check answers (JSON) and print the "
        "result as JSON. The check informs; it does not diagnose.",
        epilog='Example: echo \'{"pain_spread": "yes"}\' | python -m assessment -',
    )
    parser.add_argument("file", help="a JSON file of answers, or - to read stdin")
    parser.add_argument("--indent", type=int, default=2, help="JSON indent (default 2)")
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    """Run the CLI; returns the exit code."""
    args = _parser().parse_args(argv)
    text = read_input(args.file)
    if isinstance(text, int):
        return text
    parsed, answers = parse_json(text, args.file)
    if not parsed:
        return int(answers)
    try:
        result = assess(answers)
    except InvalidAnswer as error:
        return fail(f"invalid answer: {error}")
    return print_json(result.to_dict(), args.indent)


if __name__ == "__main__":
    sys.exit(main())
