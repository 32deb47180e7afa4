"""Command line: ``python -m assessment FILE`` (or ``-`` for stdin).

Reads one answer set as JSON and prints ``Result.to_dict()`` as JSON. On any
bad input (unreadable file, invalid JSON, an answer the contract does not
allow) it prints one line to stderr and exits 2, never a traceback, so it can
be used in scripts and by people who are not programmers.
"""

from __future__ import annotations

import argparse
import json
import sys
from typing import Optional, Sequence

from .engine import assess
from .validation import InvalidAnswer

EXIT_INVALID = 2


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


def _fail(message: str) -> int:
    # One line only: collapse any newlines a message might carry.
    print("error: " + " ".join(str(message).split()), file=sys.stderr)
    return EXIT_INVALID


def main(argv: Optional[Sequence[str]] = None) -> int:
    """Run the CLI; returns the exit code."""
    args = _parser().parse_args(argv)
    try:
        if args.file == "-":
            text = sys.stdin.read()
        else:
            with open(args.file, encoding="utf-8") as handle:
                text = handle.read()
    except (OSError, UnicodeDecodeError) as error:
        reason = getattr(error, "strerror", None) or error.__class__.__name__
        return _fail(f"cannot read {args.file}: {reason}")
    try:
        answers = json.loads(text)
    except (ValueError, RecursionError) as error:
        name = "stdin" if args.file == "-" else args.file
        return _fail(f"{name} is not valid JSON: {error}")
    try:
        result = assess(answers)
    except InvalidAnswer as error:
        return _fail(f"invalid answer: {error}")
    try:
        print(json.dumps(result.to_dict(), indent=args.indent, ensure_ascii=False))
        sys.stdout.flush()
    except BrokenPipeError:
        # The reader (e.g. `| head`) went away; that is not an error of ours.
        sys.stdout = None  # type: ignore[assignment]  # stop the flush at exit
    return 0


if __name__ == "__main__":
    sys.exit(main())
