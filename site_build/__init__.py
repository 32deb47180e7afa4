"""The OIH Guide build, one package per stage; ``build.py`` is the one entry point.

- ``pages``: the MkDocs hooks and everything generated into pages (the form,
  the body figure, tables, the quiz, the deck and the handbook);
- ``runtime``: the Pyodide runtime, the boot zip, the wheel and the offline
  scripts the pages load;
- ``publish``: the offline copy, the service worker, the manifest and icons,
  headers, precompression and the servers.

Imports point one way: ``publish`` may use ``pages`` and ``runtime``, ``pages``
may use ``runtime``, and ``runtime`` uses neither. ``chromium`` and
``reproducible_zip`` serve every stage.
"""

from pathlib import Path
from typing import Any

import yaml

PROJECT_ROOT = Path(__file__).resolve().parent.parent


def read_site_config(mkdocs_yml: Path = PROJECT_ROOT / "mkdocs.yml") -> dict[str, Any]:
    """``mkdocs.yml`` as data: the site's name, nav and policy, read by every stage.

    It uses no YAML tags, so a safe load reads all of it without MkDocs.
    """
    return yaml.safe_load(mkdocs_yml.read_text(encoding="utf-8"))
