"""The published case set: load it, run the engine on it, render the student page's parts.

The set lives in ``tests/cases/published_cases.json`` (a test runs it in
``make test``); the page "How the self-check was tested" shows the same run,
generated at build time, so the page cannot drift from the tests.

The rule for a case (the assessment contract, version 3): it names a work that
describes a patient (a case report or series, a trial's, cohort's or
volunteer study's participants, or a guideline's worked example), and carries
``source_facts``, short literal quotes from that work from which every answer
follows. An answer that needs an inference is listed in ``inferred`` and
explained in ``mapping_notes``. ``set`` records whether the case was in the
set while the engine's rules were being built ("build") or was added later as
a held-out check ("held_out"); agreement is reported for both separately.

Two raters wrote the expected patterns. The first rater's are ``expected``,
written from the source before the engine was run. The second rater's are
``expected_second`` (with ``why_second``), rated blind under rules fixed
beforehand; that rating was commissioned after the first rater's results on
the engine had been seen (the file's ``about`` says so). Agreement is reported
with each rater, with either (the engine's pattern is in either list), and
between the raters (their lists share a pattern).
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from assessment import PATTERNS, URGENT_FLAGS, assess
from assessment.references import REFERENCES_BY_ID
from site_build import PROJECT_ROOT
from site_build.pages.pipe_table import pipe_table

CASES_PATH = PROJECT_ROOT / "tests" / "cases" / "published_cases.json"
KINDS = ("typical", "thin", "conflicting", "urgent")
# Works that describe patients. Reviews, surveys of clinicians, guidelines'
# recommendations and lay articles describe none, so they cannot source a case.
SOURCE_KINDS = ("case report", "case series", "trial", "cohort", "volunteer study",
                "guideline example")
SETS = ("build", "held_out")
SET_LABELS = {"build": "used while building", "held_out": "held out"}
# Whose expected patterns an agreement figure is measured against.
RATERS = ("first", "second", "either")
# A thin case gives the engine three answers or fewer.
THIN_MAX_ANSWERS = 3
# A quote shorter than this is a phrase, not a fact a reader can find.
MIN_QUOTE_CHARS = 20


class BadCaseSet(ValueError):
    """The case file breaks its own rules; the message names the case."""


@dataclass(frozen=True)
class Case:
    """One patient (or group of patients) a published work describes, as form answers."""

    id: str
    title: str
    source: str
    basis: str
    kind: str
    answers: dict[str, Any]
    expected: tuple[str, ...]
    urgent: tuple[str, ...]
    source_kind: str = "case report"
    source_where: str = ""
    source_facts: tuple[str, ...] = ()
    inferred: tuple[str, ...] = ()
    mapping_notes: str = ""
    set: str = "held_out"
    expected_second: tuple[str, ...] = ()
    why_second: str = ""
    revised_after_rating: str = ""

    @property
    def raters_agree(self) -> bool:
        """The two raters' expected patterns share at least one pattern."""
        return bool(set(self.expected) & set(self.expected_second))


@dataclass(frozen=True)
class CaseRun:
    """One case and what the engine made of it."""

    case: Case
    pattern: str
    confidence: str
    urgent: tuple[str, ...]

    @property
    def agrees_first(self) -> bool:
        """The pattern is one the first rater expected."""
        return self.pattern in self.case.expected

    @property
    def agrees_second(self) -> bool:
        """The pattern is one the second rater expected."""
        return self.pattern in self.case.expected_second

    @property
    def agrees(self) -> bool:
        """The pattern is one that either rater expected."""
        return self.agrees_first or self.agrees_second

    def agrees_with(self, rater: str) -> bool:
        """Agreement with one rater ("first", "second") or with "either"."""
        if rater not in RATERS:
            raise ValueError(f"rater must be one of {', '.join(RATERS)}, not {rater!r}")
        return {"first": self.agrees_first, "second": self.agrees_second,
                "either": self.agrees}[rater]

    @property
    def urgent_missed(self) -> tuple[str, ...]:
        """Urgent flags the source calls for that the engine did not raise."""
        return tuple(flag for flag in self.case.urgent if flag not in self.urgent)


def _text(raw: dict, key: str, where: str) -> str:
    value = raw.get(key)
    if not isinstance(value, str) or not value.strip():
        raise BadCaseSet(f"{where}: needs a {key}")
    return value


def _strings(raw: dict, key: str, where: str) -> tuple[str, ...]:
    value = raw.get(key, [])
    if not isinstance(value, list) or not all(isinstance(item, str) for item in value):
        raise BadCaseSet(f"{where}: {key} must be a list of strings")
    return tuple(value)


def _source(raw: dict, where: str) -> str:
    source = raw.get("source")
    if source not in REFERENCES_BY_ID:
        raise BadCaseSet(f"{where}: source {source!r} is not in assessment/references.py")
    if REFERENCES_BY_ID[source].is_lay:
        raise BadCaseSet(f"{where}: source {source!r} is a lay article, which cannot source a case")
    if raw.get("source_kind") not in SOURCE_KINDS:
        raise BadCaseSet(f"{where}: source_kind must be one of {', '.join(SOURCE_KINDS)} "
                         "(a work that describes a patient)")
    return source


def _facts(raw: dict, where: str) -> tuple[str, ...]:
    facts = _strings(raw, "source_facts", where)
    if not facts:
        raise BadCaseSet(f"{where}: source_facts must quote the source at least once")
    short = [fact for fact in facts if len(fact.strip()) < MIN_QUOTE_CHARS]
    if short:
        raise BadCaseSet(f"{where}: source_facts must be quotes of {MIN_QUOTE_CHARS} "
                         f"characters or more, not {short[0]!r}")
    return facts


def _patterns(raw: dict, key: str, where: str) -> tuple[str, ...]:
    value = raw.get(key)
    if (not isinstance(value, list) or not value
            or not all(isinstance(item, str) and item in PATTERNS for item in value)):
        raise BadCaseSet(f"{where}: {key} must be a non-empty list of patterns")
    if len(set(value)) != len(value):
        raise BadCaseSet(f"{where}: {key} names a pattern twice")
    return tuple(value)


def _case(raw: Any, seen: set[str]) -> Case:
    if not isinstance(raw, dict) or not isinstance(raw.get("id"), str):
        raise BadCaseSet(f"case {raw!r:.40}: needs an id")
    where = f"case {raw['id']}"
    if raw["id"] in seen:
        raise BadCaseSet(f"{where}: duplicate id")
    source = _source(raw, where)
    expected = _patterns(raw, "expected", where)
    expected_second = _patterns(raw, "expected_second", where)
    why_second = _text(raw, "why_second", where)
    revised = raw.get("revised_after_rating", "")
    if not isinstance(revised, str):
        raise BadCaseSet(f"{where}: revised_after_rating must be a string")
    urgent = tuple(raw.get("urgent") or ())
    if not set(urgent) <= set(URGENT_FLAGS):
        raise BadCaseSet(f"{where}: unknown urgent flag in {urgent}")
    kind = raw.get("kind")
    if kind not in KINDS:
        raise BadCaseSet(f"{where}: kind must be one of {', '.join(KINDS)}")
    if raw.get("set") not in SETS:
        raise BadCaseSet(f"{where}: set must be one of {', '.join(SETS)}")
    answers = raw.get("answers")
    if not isinstance(answers, dict) or not answers:
        raise BadCaseSet(f"{where}: answers must be a non-empty object")
    if kind == "thin" and len(answers) > THIN_MAX_ANSWERS:
        raise BadCaseSet(f"{where}: a thin case gives {THIN_MAX_ANSWERS} answers or fewer")
    inferred = _strings(raw, "inferred", where)
    stray = [question for question in inferred if question not in answers]
    if stray:
        raise BadCaseSet(f"{where}: inferred names {stray[0]!r}, which is not answered")
    notes = raw.get("mapping_notes", "")
    if not isinstance(notes, str) or (inferred and not notes.strip()):
        raise BadCaseSet(f"{where}: inferred answers need mapping_notes saying why")
    seen.add(raw["id"])
    return Case(
        id=raw["id"], title=_text(raw, "title", where), source=source,
        basis=_text(raw, "basis", where), kind=kind, answers=answers, expected=expected,
        urgent=urgent, source_kind=raw["source_kind"],
        source_where=_text(raw, "source_where", where), source_facts=_facts(raw, where),
        inferred=inferred, mapping_notes=notes, set=raw["set"],
        expected_second=expected_second, why_second=why_second, revised_after_rating=revised,
    )


def load_cases(path: Path | None = None) -> tuple[Case, ...]:
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


def agreement(runs: tuple[CaseRun, ...], rater: str = "either") -> float:
    """The share of cases whose engine pattern the rater expected (0 for no cases).

    ``rater`` is "first", "second" or "either" (the pattern is in either list).
    """
    return sum(run.agrees_with(rater) for run in runs) / len(runs) if runs else 0.0


def inter_rater_agreement(runs: tuple[CaseRun, ...]) -> float:
    """The share of cases whose two raters' lists share a pattern (0 for no cases)."""
    return sum(run.case.raters_agree for run in runs) / len(runs) if runs else 0.0


def in_set(runs: tuple[CaseRun, ...], name: str) -> tuple[CaseRun, ...]:
    """The runs of the cases in one set ("build" or "held_out")."""
    return tuple(run for run in runs if run.case.set == name)


def _code(names: tuple[str, ...]) -> str:
    return ", ".join(f"`{name}`" for name in names) if names else "none"


def _count(agreed: int, total: int) -> str:
    share = agreed / total if total else 0.0
    return f"**{agreed} of {total}** ({share:.0%})"


def _figure(runs: tuple[CaseRun, ...], rater: str) -> str:
    return _count(sum(run.agrees_with(rater) for run in runs), len(runs))


def _raters_figure(runs: tuple[CaseRun, ...]) -> str:
    return _count(sum(run.case.raters_agree for run in runs), len(runs))


def _mark(run: CaseRun) -> str:
    if run.agrees_first and run.agrees_second:
        return "agrees with both raters"
    if run.agrees_first:
        return "agrees with rater 1 only"
    if run.agrees_second:
        return "agrees with rater 2 only"
    return "**differs** from both raters"


def render_summary(runs: tuple[CaseRun, ...]) -> str:
    """The headline figures: with each rater and with either, overall and per set; raters' overlap."""
    build, held_out = in_set(runs, "build"), in_set(runs, "held_out")
    flags = sum(len(run.case.urgent) for run in runs)
    missed = sum(len(run.urgent_missed) for run in runs)
    groups = (("Overall", runs), ("Cases used while building the engine", build),
              ("Held-out cases, added after the engine was built", held_out))
    lines = [
        f"- **{label}:** the engine's pattern was one that rater 1 expected in "
        f"{_figure(group, 'first')}, one that rater 2 expected in {_figure(group, 'second')}, "
        f"and one that either rater expected in {_figure(group, 'either')}."
        for label, group in groups
    ]
    lines += [
        f"- **The two raters with each other:** their lists share at least one pattern in "
        f"{_raters_figure(runs)} cases overall, in {_raters_figure(build)} of the cases used "
        f"while building and in {_raters_figure(held_out)} of the held-out ones.",
        f"- **Urgent flags:** the sources call for {flags} across the set; the engine "
        f"missed **{missed}** of them.",
    ]
    return "\n".join(lines)


def render_matrix(runs: tuple[CaseRun, ...], rater: str = "first") -> str:
    """Rows: the rater's first expected pattern for each case; columns: the engine's pattern."""
    if rater not in ("first", "second"):
        raise ValueError(f"rater must be 'first' or 'second', not {rater!r}")

    def first(run: CaseRun) -> str:
        return (run.case.expected if rater == "first" else run.case.expected_second)[0]

    rows = [p for p in PATTERNS if any(first(run) == p for run in runs)]
    columns = [p for p in PATTERNS if any(run.pattern == p for run in runs) or p in rows]
    table = []
    for row in rows:
        mine = [run for run in runs if first(run) == row]
        counts = [sum(1 for run in mine if run.pattern == column) for column in columns]
        table.append((f"`{row}`", *(str(n) if n else "" for n in counts), len(mine)))
    label = "Rater 1's first pattern" if rater == "first" else "Rater 2's first pattern"
    return pipe_table((label, *(f"engine `{p}`" for p in columns), "cases"), table)


def render_case_table(runs: tuple[CaseRun, ...]) -> str:
    """One row per case: set, kind, source, both raters' patterns, the engine's, urgent flags."""
    rows = []
    for run in runs:
        case = run.case
        rows.append((case.title, SET_LABELS[case.set], case.kind, f"[@{case.source}]",
                     _code(case.expected), _code(case.expected_second),
                     f"`{run.pattern}` ({run.confidence}; {_mark(run)})",
                     f"{_code(case.urgent)} / {_code(run.urgent)}"))
    header = ("Case", "Set", "Kind", "Source", "Rater 1", "Rater 2", "Engine",
              "Urgent flags (expected / engine)")
    return pipe_table(header, rows)


def render_differences(runs: tuple[CaseRun, ...]) -> str:
    """Cases the engine gets wrong by both raters, by one rater, and where the raters differ."""
    lines: list[str] = []
    neither = [run for run in runs if not run.agrees]
    if neither:
        lines += ["Cases where the engine's pattern is one that neither rater expected:", ""]
        lines += [
            f"- **{run.case.title}** ({SET_LABELS[run.case.set]}) [@{run.case.source}]: rater 1 "
            f"expected {_code(run.case.expected)}, rater 2 {_code(run.case.expected_second)}; "
            f"the engine gave `{run.pattern}`. {run.case.basis}"
            for run in neither
        ]
    else:
        lines.append("On this set, the engine gave a pattern that one rater or both expected "
                     "in every case.")
    one = [run for run in runs if run.agrees and not (run.agrees_first and run.agrees_second)]
    if one:
        lines += ["", "Cases where the engine's pattern is one that only one rater expected:", ""]
        lines += [
            f"- **{run.case.title}** ({SET_LABELS[run.case.set]}): the engine gave "
            f"`{run.pattern}`; rater 1 expected {_code(run.case.expected)}, rater 2 "
            f"{_code(run.case.expected_second)}."
            for run in one
        ]
    apart = [run for run in runs if not run.case.raters_agree]
    if apart:
        lines += ["", "Cases where the two raters' patterns share nothing:", ""]
        lines += [
            f"- **{run.case.title}**: rater 1 expected {_code(run.case.expected)}, rater 2 "
            f"{_code(run.case.expected_second)}. Rater 2's reason: {run.case.why_second}"
            for run in apart
        ]
    return "\n".join(lines)


def _answer(question: str, value: Any) -> str:
    if question == "medications":
        doses = ", ".join(f"{item['opioid']} {item['daily_dose']:g}" for item in value)
        return f"`medications`: {doses}"
    if isinstance(value, list):
        return f"`{question}`: " + (", ".join(f"`{item}`" for item in value) or "none")
    return f"`{question}`: `{value}`"


def render_case_details(runs: tuple[CaseRun, ...]) -> str:
    """Each case with its source, the quotes its answers rest on, the answers and both raters."""
    blocks = []
    for run in runs:
        case = run.case
        answers = "; ".join(
            _answer(q, v) + (" (inferred)" if q in case.inferred else "")
            for q, v in case.answers.items())
        quotes = "\n".join(f"    - “{fact}”" for fact in case.source_facts)
        lines = [
            f"**{case.title}** (`{case.id}`; {SET_LABELS[case.set]}; {case.kind})",
            "",
            f"- Source: [@{case.source}], a {case.source_kind}, read in its "
            f"{case.source_where}. {case.basis}",
            "- What the source says:",
            "",
            quotes,
            "",
            f"- Answers given: {answers}.",
        ]
        if case.mapping_notes:
            lines.append(f"- Mapping notes: {case.mapping_notes}")
        lines += [
            f"- Rater 1 expected {_code(case.expected)}, urgent {_code(case.urgent)}.",
            f"- Rater 2 expected {_code(case.expected_second)}: {case.why_second}",
        ]
        if case.revised_after_rating:
            lines.append(f"- Changed after both ratings: {case.revised_after_rating}")
        lines.append(
            f"- Engine: `{run.pattern}` ({run.confidence}; {_mark(run)}), urgent "
            f"{_code(run.urgent)}."
        )
        blocks.append("\n".join(lines))
    return "\n\n".join(blocks)


def render_case_page_parts() -> str:
    """Everything the page's marker stands for: figures, matrices, differences, cases."""
    runs = run_cases(load_cases())
    return "\n\n".join([
        render_summary(runs),
        "### Agreement matrices",
        "Each row counts the cases for which a rater named that pattern first; each "
        "column is the pattern the engine gave. Cases on the diagonal agree; a case "
        "off it may still agree when the rater accepted more than one pattern (see "
        "the table). First by rater 1, then by rater 2.",
        render_matrix(runs, "first"),
        render_matrix(runs, "second"),
        "### Where the engine and the raters differ",
        render_differences(runs),
        "### Every case at a glance",
        render_case_table(runs),
        "### The cases and their sources",
        "Each case gives the source's own words, the answers taken from them, where "
        "an answer needed an inference, why, and what each rater expected.",
        render_case_details(runs),
    ])
