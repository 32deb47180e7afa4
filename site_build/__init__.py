"""The OIH Guide build, one package per stage; ``build.py`` is the one entry point.

In the order ``build.py`` runs them:

- ``runtime``: the Pyodide runtime, the boot zip, the wheel and the offline
  scripts the pages load, staged before MkDocs;
- ``pages``: the MkDocs hooks and everything generated into pages (the form,
  the body figure, tables, the references, the quiz);
- ``downloads``: the Anki deck and the PDF handbook, made from the built pages;
- ``publish``: the offline copy's zip, the service worker, the manifest and
  icons, headers, precompression and the servers.

Imports point one way, each stage using only those before it: ``runtime``
uses none, ``pages`` may use ``runtime``, ``downloads`` ``pages`` and
``runtime``, ``publish`` all three. ``chromium`` and ``reproducible_zip``
serve every stage.
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
