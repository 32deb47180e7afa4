"""Command line: ``python -m assessment.diary FILE`` (or ``-`` for stdin).

Reads a diary (the contract's JSON, or a ``.csv`` file as the diary page
exports it) and prints ``analyse(...).to_dict()`` as JSON. On bad input it
prints one line to stderr and exits 2, never a traceback.
"""

from __future__ import annotations

import argparse
import json
import sys
from typing import Optional, Sequence

from .csv_io import from_csv
from .errors import InvalidDiary
from .report import analyse

EXIT_INVALID = 2


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="python -m assessment.diary",
        description="Analyse a pain and dose diary (JSON, or CSV as the diary page exports it) "
        "and print the report as JSON. The analysis informs; it does not diagnose.",
        epilog="Example: python -m assessment.diary my-diary.json",
    )
    parser.add_argument("file", help="a diary file (.json or .csv), or - to read JSON from stdin")
    parser.add_argument("--csv", action="store_true", help="read the input as CSV whatever its name")
    parser.add_argument("--indent", type=int, default=2, help="JSON indent (default 2)")
    return parser


def _fail(message: str) -> int:
    print("error: " + " ".join(str(message).split()), file=sys.stderr)
    return EXIT_INVALID


def main(argv: Optional[Sequence[str]] = None) -> int:
    """Run the CLI; returns the exit code."""
    args = _parser().parse_args(argv)
    name = "stdin" if args.file == "-" else args.file
    try:
        if args.file == "-":
            text = sys.stdin.read()
        else:
            with open(args.file, encoding="utf-8-sig") as handle:
                text = handle.read()
    except (OSError, UnicodeDecodeError) as error:
        reason = getattr(error, "strerror", None) or error.__class__.__name__
        return _fail(f"cannot read {args.file}: {reason}")
    try:
        if args.csv or name.lower().endswith(".csv"):
            diary = from_csv(text)
        else:
            try:
                diary = json.loads(text)
            except (ValueError, RecursionError) as error:
                return _fail(f"{name} is not valid JSON: {error}")
        report = analyse(diary)
    except InvalidDiary as error:
        return _fail(f"invalid diary: {error}")
    try:
        print(json.dumps(report.to_dict(), indent=args.indent, ensure_ascii=False))
        sys.stdout.flush()
    except BrokenPipeError:
        sys.stdout = None  # type: ignore[assignment]  # the reader went away; not our error
    return 0


if __name__ == "__main__":
    sys.exit(main())
