"""The published case set: load it, run the engine on it, render the student page's tables.

The set lives in ``tests/cases/published_cases.json`` (a test runs it in
``make test``); the page "How the self-check was tested" shows the same run,
generated at build time, so the page cannot drift from the tests.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Optional

from assessment import PATTERNS, URGENT_FLAGS, assess
from assessment.references import REFERENCES_BY_ID

from site_build import PROJECT_ROOT
from site_build.pages.pipe_table import pipe_table

CASES_PATH = PROJECT_ROOT / "tests" / "cases" / "published_cases.json"
KINDS = ("typical", "thin", "conflicting", "empty", "urgent")


class BadCaseSet(ValueError):
    """The case file breaks its own rules; the message names the case."""


@dataclass(frozen=True)
class Case:
    """One vignette: its source, the answers and what the source supports."""

    id: str
    title: str
    source: str
    basis: str
    kind: str
    answers: dict[str, Any]
    expected: tuple[str, ...]
    urgent: tuple[str, ...]


@dataclass(frozen=True)
class CaseRun:
    """One case and what the engine made of it."""

    case: Case
    pattern: str
    confidence: str
    urgent: tuple[str, ...]

    @property
    def agrees(self) -> bool:
        """The pattern is one the source supports."""
        return self.pattern in self.case.expected

    @property
    def urgent_missed(self) -> tuple[str, ...]:
        """Urgent flags the source calls for that the engine did not raise."""
        return tuple(flag for flag in self.case.urgent if flag not in self.urgent)


def _case(raw: Any, seen: set[str]) -> Case:
    if not isinstance(raw, dict) or not isinstance(raw.get("id"), str):
        raise BadCaseSet(f"case {raw!r:.40}: needs an id")
    where = f"case {raw['id']}"
    if raw["id"] in seen:
        raise BadCaseSet(f"{where}: duplicate id")
    if raw.get("source") not in REFERENCES_BY_ID:
        raise BadCaseSet(f"{where}: source {raw.get('source')!r} is not in assessment/references.py")
    expected = tuple(raw.get("expected") or ())
    if not expected or not set(expected) <= set(PATTERNS):
        raise BadCaseSet(f"{where}: expected must be a non-empty list of patterns")
    urgent = tuple(raw.get("urgent") or ())
    if not set(urgent) <= set(URGENT_FLAGS):
        raise BadCaseSet(f"{where}: unknown urgent flag in {urgent}")
    if raw.get("kind") not in KINDS:
        raise BadCaseSet(f"{where}: kind must be one of {', '.join(KINDS)}")
    for key in ("title", "basis"):
        if not isinstance(raw.get(key), str) or not raw[key]:
            raise BadCaseSet(f"{where}: needs a {key}")
    if not isinstance(raw.get("answers"), dict):
        raise BadCaseSet(f"{where}: answers must be an object")
    seen.add(raw["id"])
    return Case(raw["id"], raw["title"], raw["source"], raw["basis"], raw["kind"],
                raw["answers"], expected, urgent)


def load_cases(path: Optional[Path] = None) -> tuple[Case, ...]:
    """Every case in the file, checked (``BadCaseSet`` names the first bad one)."""
    data = json.loads((path or CASES_PATH).read_text(encoding="utf-8"))
    seen: set[str] = set()
    return tuple(_case(raw, seen) for raw in data["cases"])


def run_cases(cases: tuple[Case, ...]) -> tuple[CaseRun, ...]:
    """The engine's pattern, confidence and urgent flags for each case."""
    runs = []
    for case in cases:
        result = assess(case.answers)
        runs.append(CaseRun(case, result.pattern, result.confidence, tuple(result.urgent)))
    return tuple(runs)


def agreement(runs: tuple[CaseRun, ...]) -> float:
    """The share of cases whose engine pattern the source supports."""
    return sum(run.agrees for run in runs) / len(runs)


def _code(names: tuple[str, ...]) -> str:
    return ", ".join(f"`{name}`" for name in names) if names else "none"


def render_case_table(runs: tuple[CaseRun, ...]) -> str:
    """One row per case: source as a citation, expected and engine patterns, flags."""
    rows = []
    for run in runs:
        case = run.case
        mark = "agrees" if run.agrees else "**differs**"
        rows.append((case.title, case.kind, f"[@{case.source}]", case.basis, _code(case.expected),
                     f"`{run.pattern}` ({run.confidence}; {mark})", f"{_code(case.urgent)} / {_code(run.urgent)}"))
    header = ("Case", "Kind", "Source", "What the source describes", "Expected", "Engine",
              "Urgent flags (expected / engine)")
    return pipe_table(header, rows)


def render_matrix(runs: tuple[CaseRun, ...]) -> str:
    """Rows: the first expected pattern of each case; columns: the engine's pattern."""
    rows = [p for p in PATTERNS if any(run.case.expected[0] == p for run in runs)]
    columns = [p for p in PATTERNS if any(run.pattern == p for run in runs) or p in rows]
    table = []
    for row in rows:
        mine = [run for run in runs if run.case.expected[0] == row]
        counts = [sum(1 for run in mine if run.pattern == column) for column in columns]
        table.append((f"`{row}`", *(str(n) if n else "" for n in counts), len(mine)))
    return pipe_table(("Source's first pattern", *(f"engine `{p}`" for p in columns), "cases"), table)


def render_summary(runs: tuple[CaseRun, ...]) -> str:
    """The headline figures, in one paragraph."""
    agreed = sum(run.agrees for run in runs)
    flags = sum(len(run.case.urgent) for run in runs)
    missed = sum(len(run.urgent_missed) for run in runs)
    return (
        f"The engine's pattern was one the source supports in **{agreed} of {len(runs)}** "
        f"cases ({agreement(runs):.0%}). The sources call for {flags} urgent flags across "
        f"the set; the engine missed **{missed}** of them."
    )


def render_differences(runs: tuple[CaseRun, ...]) -> str:
    """The cases where the engine's pattern is not one the source supports."""
    differing = [run for run in runs if not run.agrees]
    if not differing:
        return "On this set, the engine gave a pattern the source supports in every case."
    lines = ["Cases where the engine's pattern is not one the source supports:", ""]
    for run in differing:
        case = run.case
        lines.append(
            f"- **{case.title}** [@{case.source}]: the source supports "
            f"{_code(case.expected)}; the engine gave `{run.pattern}`. {case.basis}"
        )
    return "\n".join(lines)


def render_case_page_parts() -> str:
    """Everything the page's marker stands for: summary, matrix, table."""
    runs = run_cases(load_cases())
    return "\n\n".join([
        render_summary(runs),
        "### Agreement matrix",
        "Each row counts the cases whose source names that pattern first; each "
        "column is the pattern the engine gave. Cases on the diagonal agree; a "
        "case off it may still agree when its source supports more than one pattern "
        "(see the table).",
        render_matrix(runs),
        "### Where the engine and the source differ",
        render_differences(runs),
        "### Every case",
        render_case_table(runs),
    ])
