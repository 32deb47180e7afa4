"""The message catalogs: what ``make messages`` extracts, and what the build compiles.

- ``locales/messages.pot``: every reader-facing English message, extracted by
  ``pybabel extract`` with ``babel.cfg`` from the Python data (``N_(...)``)
  and the templates (``_("...")``).
- ``locales/<language>/LC_MESSAGES/messages.po``: one catalog per other language.
- At build time (the first step of ``site_build.build``, before the runtime is
  staged, because the boot zip carries the result), each catalog becomes
  ``assessment/_messages/<language>.py``, a plain dictionary, so the browser
  needs no ``gettext``.

``python -m site_build.runtime.catalog check`` prints what is missing, fuzzy or stale.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from babel.messages.catalog import Catalog
from babel.messages.extract import extract_from_dir
from babel.messages.frontend import parse_mapping_cfg
from babel.messages.pofile import read_po

from site_build import PROJECT_ROOT

LOCALES = "locales"
TEMPLATE = f"{LOCALES}/messages.pot"
MAPPING = "babel.cfg"
SOURCES = ("assessment", "site_build")
COMPILED = "assessment/_messages"

__all__ = [
    "catalog_languages",
    "catalog_problems",
    "compile_catalogs",
    "extracted_messages",
    "read_catalog",
    "template_messages",
]


def _ids(catalog: Catalog) -> set[str]:
    return {message.id for message in catalog if message.id and isinstance(message.id, str)}


def extracted_messages(root: Path = PROJECT_ROOT) -> set[str]:
    """Every message the sources mark today, as ``pybabel extract`` finds them."""
    with open(root / MAPPING, encoding="utf-8") as mapping:
        method_map, options_map = parse_mapping_cfg(mapping)
    found: set[str] = set()
    for source in SOURCES:
        for filename, _line, message, _comments, _context in extract_from_dir(
            root / source, method_map, options_map
        ):
            # The patterns in babel.cfg are relative to the project root, extract_from_dir's to the folder.
            del filename
            if isinstance(message, str):
                found.add(message)
    return found


def read_catalog(path: Path) -> Catalog:
    with open(path, "rb") as file:
        return read_po(file)


def template_messages(root: Path = PROJECT_ROOT) -> set[str]:
    """The messages in the committed template."""
    return _ids(read_catalog(root / TEMPLATE))


def catalog_languages(root: Path = PROJECT_ROOT) -> list[str]:
    """The languages with a catalog, by folder name."""
    return sorted(path.parent.parent.name for path in (root / LOCALES).glob("*/LC_MESSAGES/messages.po"))


def catalog_problems(language: str, root: Path = PROJECT_ROOT) -> list[str]:
    """Why ``language``'s catalog is not ready to ship: missing, untranslated, fuzzy or stale entries."""
    catalog = read_catalog(root / LOCALES / language / "LC_MESSAGES" / "messages.po")
    template = template_messages(root)
    problems = [f"missing: {message!r}" for message in sorted(template - _ids(catalog))]
    for message in catalog:
        if not message.id:
            continue
        if message.fuzzy:
            problems.append(f"fuzzy: {message.id!r}")
        elif not message.string:
            problems.append(f"untranslated: {message.id!r}")
        if message.id not in template:
            problems.append(f"no longer used: {message.id!r}")
    problems += [f"obsolete: {key!r}" for key in catalog.obsolete]
    return problems


def compile_catalogs(root: Path = PROJECT_ROOT) -> list[str]:
    """Write ``assessment/_messages/<language>.py`` for every catalog; return the languages."""
    out = root / COMPILED
    languages = catalog_languages(root)
    for stale in out.glob("[a-z][a-z].py"):
        if stale.stem not in languages:
            stale.unlink()
    for language in languages:
        catalog = read_catalog(root / LOCALES / language / "LC_MESSAGES" / "messages.po")
        table = {
            message.id: message.string
            for message in catalog
            if message.id and message.string and not message.fuzzy and isinstance(message.string, str)
        }
        lines = [f'"""Generated from {LOCALES}/{language}/LC_MESSAGES/messages.po; do not edit."""', "", "MESSAGES = {"]
        lines += [f"    {key!r}: {table[key]!r}," for key in sorted(table)]
        lines.append("}")
        target = out / f"{language}.py"
        text = "\n".join(lines) + "\n"
        if not target.exists() or target.read_text(encoding="utf-8") != text:
            target.write_text(text, encoding="utf-8")
    return languages


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description="Check or compile the message catalogs.")
    parser.add_argument("action", choices=("check", "compile"))
    args = parser.parse_args(argv)
    if args.action == "compile":
        print("compiled:", ", ".join(compile_catalogs()) or "no catalogs")
        return 0
    problems = sorted(extracted_messages() ^ template_messages())
    failed = bool(problems)
    if problems:
        print(f"{TEMPLATE} is out of date (run `make messages`): {len(problems)} messages differ")
    for language in catalog_languages():
        found = catalog_problems(language)
        failed |= bool(found)
        print(f"{language}: " + ("ready" if not found else f"{len(found)} problems"))
        for problem in found:
            print("  " + problem)
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
