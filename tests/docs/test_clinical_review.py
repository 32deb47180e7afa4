"""docs/clinical-review.md covers every English page, with known verdicts and a summary that adds up.

The review log has one ``## content/<path>`` section per page under content/ (not content/es/,
nor anything under assets/). Each section holds a table whose rows carry a verdict, or says
plainly that the page has no clinical claims or was not reviewed this round. The summary table's
counts are recounted here from the sections' tables.
"""

from __future__ import annotations

import re
from collections import Counter
from pathlib import Path

import pytest
import yaml

ROOT = Path(__file__).resolve().parents[2]
DOC = ROOT / "docs" / "clinical-review.md"
CONTENT = ROOT / "content"

# The six verdicts, and the two labels the logs use where none of them fits (defined in the doc).
VERDICTS = ("supported", "corrected", "softened", "marked", "re-sourced", "removed")
LABELS = ("added", "n/a")
ALLOWED = frozenset(VERDICTS + LABELS)
NO_TABLE = ("No clinical claims:", "Not reviewed this round:")
DATE = re.compile(r"^Reviewed (\d{4}-\d{2}-\d{2})\b", re.MULTILINE)


def english_pages() -> list[str]:
    pages = []
    for path in CONTENT.rglob("*.md"):
        relative = path.relative_to(CONTENT)
        if relative.parts[0] == "es" or "assets" in relative.parts:
            continue
        pages.append(f"content/{relative.as_posix()}")
    return sorted(pages)


def sections(text: str, level: str = "## ") -> list[tuple[str, str]]:
    """(heading, body) for each heading of exactly this level, body up to the next heading of this level or higher."""
    out: list[tuple[str, str]] = []
    heading, body = None, []
    depth = len(level) - 1
    for line in text.splitlines():
        match = re.match(r"^(#+) (.*)$", line)
        if match and len(match.group(1)) <= depth:
            if heading is not None:
                out.append((heading, "\n".join(body)))
            heading, body = (match.group(2).strip(), []) if len(match.group(1)) == depth else (None, [])
        elif heading is not None:
            body.append(line)
    if heading is not None:
        out.append((heading, "\n".join(body)))
    return out


def cells(line: str) -> list[str]:
    return [cell.strip() for cell in line.strip().strip("|").split("|")]


def tables(text: str) -> list[tuple[list[str], list[list[str]]]]:
    """(header cells, data rows) of every Markdown table in the text."""
    found = []
    lines = text.splitlines()
    i = 0
    while i < len(lines):
        if lines[i].startswith("|") and i + 1 < len(lines) and re.match(r"^\|[\s:|-]+\|$", lines[i + 1].strip()):
            header = cells(lines[i])
            rows = []
            i += 2
            while i < len(lines) and lines[i].startswith("|"):
                rows.append(cells(lines[i]))
                i += 1
            found.append((header, rows))
        else:
            i += 1
    return found


def verdicts(cell: str) -> list[str]:
    """The verdicts in a cell: notes in brackets dropped, then split on commas and spaced slashes ("n/a" stays whole)."""
    text = re.sub(r"\([^)]*\)", "", cell)
    return [part.strip().lower() for part in re.split(r",|\s+/\s+", text) if part.strip()]


def verdict_rows(body: str) -> list[tuple[list[str], list[str]]]:
    """(row cells, verdicts) for every row of every table with a "verdict" column."""
    out = []
    for header, rows in tables(body):
        if "verdict" not in header:
            continue
        column = header.index("verdict")
        for row in rows:
            assert len(row) == len(header), f"row has {len(row)} cells, header {len(header)}: {row}"
            out.append((row, verdicts(row[column])))
    return out


def plain(cell: str) -> str:
    """A summary cell without link, bold or code markup."""
    cell = re.sub(r"\[([^\]]*)\]\([^)]*\)", r"\1", cell)
    return cell.replace("**", "").replace("`", "").strip()


@pytest.fixture(scope="module")
def doc() -> str:
    return DOC.read_text(encoding="utf-8")


@pytest.fixture(scope="module")
def page_sections(doc: str) -> dict[str, list[str]]:
    found: dict[str, list[str]] = {}
    for heading, body in sections(doc):
        if heading.startswith("content/"):
            found.setdefault(heading, []).append(body)
    return found


def test_every_english_page_has_exactly_one_section(page_sections: dict[str, list[str]]) -> None:
    pages = english_pages()
    assert pages, "no pages found under content/"
    problems = [f"{page}: {len(page_sections.get(page, []))} sections" for page in pages
                if len(page_sections.get(page, [])) != 1]
    stale = sorted(set(page_sections) - set(pages))
    problems += [f"{page}: section for a page that does not exist" for page in stale]
    assert not problems, "docs/clinical-review.md needs one '## content/<path>' section per page:\n" + "\n".join(problems)


def test_sections_follow_the_site_order(page_sections: dict[str, list[str]], doc: str) -> None:
    def walk(items: object) -> list[str]:
        if isinstance(items, str):
            return [items]
        if isinstance(items, list):
            return [page for item in items for page in walk(item)]
        if isinstance(items, dict):
            return [page for value in items.values() for page in walk(value)]
        return []

    nav = ["content/" + page for page in walk(yaml.safe_load((ROOT / "mkdocs.yml").read_text(encoding="utf-8"))["nav"])]
    expected = [page for page in nav if not page.startswith("content/students/")]
    expected += [page for page in nav if page.startswith("content/students/")]
    expected += [page for page in english_pages() if page not in expected]
    actual = [heading for heading, _ in sections(doc) if heading.startswith("content/")]
    assert actual == expected, "page sections are not in the site's order (nav, students after the others)"


def test_each_section_has_a_verdict_table_or_says_why_not(page_sections: dict[str, list[str]]) -> None:
    problems = []
    for page in english_pages():
        for body in page_sections.get(page, []):
            has_statement = any(line.startswith(NO_TABLE) for line in body.splitlines())
            has_row = any(found and all(v in ALLOWED for v in found) for _, found in verdict_rows(body))
            if not (has_row or has_statement):
                problems.append(f"{page}: no table row with a verdict, and no 'No clinical claims:' or "
                                "'Not reviewed this round:' statement")
            if has_row and not DATE.search(body):
                problems.append(f"{page}: no 'Reviewed <date>' line")
    assert not problems, "\n".join(problems)


def test_no_verdict_outside_the_allowed_set(doc: str) -> None:
    problems = []
    for level in ("## ", "### ", "#### "):
        for heading, body in sections(doc, level):
            # Only the table directly under this heading: deeper headings are checked at their own level.
            own = re.split(rf"^#{{{len(level)},}} ", body, flags=re.MULTILINE)[0]
            for row, found in verdict_rows(own):
                bad = [v for v in found if v not in ALLOWED] or (["(empty)"] if not found else [])
                if bad:
                    problems.append(f"{heading}: {', '.join(bad)!r} in row {row[0]!r}")
    assert not problems, f"verdicts must be among {sorted(ALLOWED)}:\n" + "\n".join(problems)


def test_summary_counts_match_the_tables(doc: str, page_sections: dict[str, list[str]]) -> None:
    summary = dict(sections(doc)).get("Summary")
    assert summary is not None, "no '## Summary' section"
    summary_tables = [(header, rows) for header, rows in tables(summary) if header and header[0] == "page"]
    assert len(summary_tables) == 1, "the Summary section needs one table whose first column is 'page'"
    header, rows = summary_tables[0]
    missing = [name for name in ("reviewed", "claims", *VERDICTS, *LABELS) if name not in header]
    assert not missing, f"summary table lacks columns {missing}"

    problems = []
    listed: dict[str, list[str]] = {}
    total_row = None
    for row in rows:
        name = plain(row[0])
        if name.lower() == "total":
            total_row = row
        else:
            listed[name] = row
    if sorted(listed) != english_pages():
        problems.append(f"summary rows differ from the pages: missing {sorted(set(english_pages()) - set(listed))}, "
                        f"extra {sorted(set(listed) - set(english_pages()))}")

    totals: Counter[str] = Counter()
    for page in english_pages():
        bodies = page_sections.get(page, [])
        if len(bodies) != 1 or page not in listed:
            continue
        found = [v for _, v in verdict_rows(bodies[0])]
        expected: Counter[str] = Counter({"claims": len(found)})
        for row_verdicts in found:
            expected.update(set(row_verdicts))
        totals.update(expected)
        row = listed[page]
        for column in ("claims", *VERDICTS, *LABELS):
            shown = plain(row[header.index(column)])
            if shown != str(expected[column]):
                problems.append(f"{page}: summary says {column} = {shown}, the table has {expected[column]}")
        date = DATE.search(bodies[0])
        shown_date = plain(row[header.index("reviewed")])
        if date and shown_date != date.group(1):
            problems.append(f"{page}: summary date {shown_date}, section says {date.group(1)}")

    if total_row is None:
        problems.append("summary table has no 'total' row")
    else:
        for column in ("claims", *VERDICTS, *LABELS):
            shown = plain(total_row[header.index(column)])
            if shown != str(totals[column]):
                problems.append(f"total: summary says {column} = {shown}, the tables add up to {totals[column]}")
    assert not problems, "\n".join(problems)


def test_links_in_the_review_resolve(doc: str) -> None:
    def anchors(text: str) -> set[str]:
        return {re.sub(r"[^\w\- ]", "", heading.lower()).replace(" ", "-")
                for heading in re.findall(r"^#+ (.*)$", text, flags=re.MULTILINE)}

    problems = []
    for target in re.findall(r"\]\(([^)\s]+)\)", doc):
        if target.startswith(("http://", "https://")):
            continue
        path, _, anchor = target.partition("#")
        file = DOC.parent / path if path else DOC
        if not file.is_file():
            problems.append(f"{target}: no such file")
        elif anchor and anchor not in anchors(file.read_text(encoding="utf-8")):
            problems.append(f"{target}: no such heading")
    assert not problems, "\n".join(problems)
