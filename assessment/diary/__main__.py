"""Command line: ``python -m assessment.diary FILE`` (or ``-`` for stdin).

Reads a diary (the contract's JSON, or a ``.csv`` file as the diary page
exports it) and prints ``analyse(...).to_dict()`` as JSON. On bad input it
prints one line to stderr and exits 2, never a traceback.
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Sequence

from .._cli import fail, parse_json, print_json, read_input
from .csv_io import from_csv
from .errors import InvalidDiary
from .report import analyse


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="python -m assessment.diary",
        description="Analyse a pain and dose diary (JSON, or CSV as the diary page exports it) "
        "and print the report as JSON. The analysis informs; it does not diagnose.",
        epilog="Example: python -m assessment.diary my-diary.json",
    )
    parser.add_argument("file", help="a diary file (.json or .csv), or - to read JSON from stdin")
    parser.add_argument("--csv", action="store_true", help="read the input as CSV whatever its name")
    parser.add_argument("--language", default="en", help="the language of the report's words (default en)")
    parser.add_argument("--indent", type=int, default=2, help="JSON indent (default 2)")
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    """Run the CLI; returns the exit code."""
    args = _parser().parse_args(argv)
    text = read_input(args.file)
    if isinstance(text, int):
        return text
    try:
        if args.csv or args.file.lower().endswith(".csv"):
            diary = from_csv(text)
        else:
            parsed, diary = parse_json(text, args.file)
            if not parsed:
                code: int = diary
                return code
        report = analyse(diary, args.language)
    except InvalidDiary as error:
        return fail(f"invalid diary: {error}")
    return print_json(report.to_dict(), args.indent)


if __name__ == "__main__":
    sys.exit(main())
