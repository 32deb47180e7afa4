"""MkDocs hooks: the one place the build extends MkDocs (see mkdocs.yml ``hooks``).

- Markdown stage: generated sections (references, glossary, rules table), the
  interactive self-test (pages with ``quiz: true``), the safety box, the sources-and-review footer, and ``[@id]`` citations.
- HTML stage: the self-check form and the diary's controls, rendered from
  ``assessment`` by Jinja2, and the download links (``pages.downloads``).

The hooks only transform pages. The runtime is staged before MkDocs runs and
copied in after it, and the downloads and publishing follow, all from
``site_build.build``; the runtime's folder reaches the pages through the
config (``extra.tool_paths``).
"""

from __future__ import annotations

import logging
import sys
from collections.abc import Callable
from pathlib import Path
from typing import Any

# MkDocs loads this file by path, so the project root is not importable by
# default; the hooks need ``site_build`` and ``assessment`` from this checkout.
PROJECT_ROOT = Path(__file__).resolve().parents[2]
if str(PROJECT_ROOT) not in sys.path:
    sys.path.insert(0, str(PROJECT_ROOT))

from mkdocs.exceptions import PluginError  # noqa: E402

from assessment import PATTERN_LABELS  # noqa: E402
from assessment._i18n import translator  # noqa: E402
from assessment.overdose import OVERDOSE_REASON_LABELS  # noqa: E402
from assessment.references import REFERENCES, reference_number  # noqa: E402
from site_build.pages import citations, downloads, page_parts  # noqa: E402
from site_build.pages.case_set import render_case_page_parts  # noqa: E402
from site_build.pages.diary_page import DIARY_MARKER, render_diary  # noqa: E402
from site_build.pages.diary_table import render_diary_table  # noqa: E402
from site_build.pages.form import render_form  # noqa: E402
from site_build.pages.glossary import read_terms, render_glossary  # noqa: E402
from site_build.pages.languages import alternate_for, link_english_pages  # noqa: E402
from site_build.pages.references_page import render_references  # noqa: E402
from site_build.pages.rules_table import render_rules_table, render_thresholds_table  # noqa: E402
from site_build.pages.script_preload import add_script_preloads  # noqa: E402
from site_build.pages.script_words import words_for_page  # noqa: E402
from site_build.pages.study import quiz, self_test  # noqa: E402

log = logging.getLogger("mkdocs.hooks.oih")

INCLUDES_DIR = PROJECT_ROOT / "includes"
CONTENT_DIR = PROJECT_ROOT / "content"
FORM_MARKER = "<!-- oih:assessment-form -->"
# Each marker's renderer takes the build's config (for its language).
_MARKDOWN_MARKERS: dict[str, Callable[[Any], str]] = {
    "<!-- oih:diary-table -->": lambda config: render_diary_table(),
    "<!-- oih:references -->": lambda config: render_references(language_of(config)),
    "<!-- oih:glossary -->": lambda config: render_glossary(read_terms(includes_dir(config) / "abbreviations.md")),
    "<!-- oih:rules-table -->": lambda config: render_rules_table(),
    "<!-- oih:thresholds-table -->": lambda config: render_thresholds_table(),
    "<!-- oih:case-set -->": lambda config: render_case_page_parts(),
}


def on_page_markdown(markdown: str, page: Any, config: Any, files: Any) -> str:
    src = page.file.src_uri
    problems = page_parts.missing_meta(page.meta)
    if problems:
        raise PluginError(f"{src}: front matter is missing or wrong: {', '.join(problems)}")

    for marker, render in _MARKDOWN_MARKERS.items():
        if marker in markdown:
            markdown = markdown.replace(marker, render(config))

    if page.meta.get("quiz"):
        try:
            markdown = quiz.render_quiz(markdown)
        except (self_test.SelfTestError, citations.UnknownReference) as error:
            raise PluginError(f"{src}: {error}") from None

    try:
        cited = citations.cited_ids(markdown)
    except citations.UnknownReference as error:
        raise PluginError(f"{src}: {error}") from None
    if not cited and src != "references.md":
        log.warning("%s cites no source: every page cites at least one work", src)

    if page.meta.get("safety_box"):
        markdown += "\n\n" + page_parts.safety_box(includes_dir(config), src) + "\n"
    if src != "references.md":
        markdown += "\n\n" + page_parts.page_footer(page.meta, cited, src, language_of(config)) + "\n"
    if language_of(config) != "en":
        # Links to pages that stay in English (the student pages).
        markdown = link_english_pages(markdown, page.url, language_of(config), config["extra"]["other_site"])
    return citations.link_citations(
        markdown, page_parts.relative_link("references.md", src)
    )


def _site_root(page: Any, files: Any) -> str:
    """The relative URL prefix from ``page`` to the site root: "", "../" and so on."""
    home = files.get_file_from_path("index.md").url_relative_to(page.file)
    return home.rsplit("/", 1)[0] + "/" if "/" in home else ""


def on_page_content(html: str, page: Any, config: Any, files: Any) -> str:
    site_root = _site_root(page, files)
    # The downloads live at the online site's root, which the Spanish edition shares.
    html = downloads.fill_blocks(html, site_root + config["extra"].get("shared_root", ""),
                                 offline=is_offline_copy(config), language=language_of(config))
    if not page.meta.get("tool"):
        return html
    page_urls = {
        file.src_uri: file.url_relative_to(page.file) for file in files.documentation_pages()
    }
    if DIARY_MARKER in html:
        return html.replace(DIARY_MARKER, render_diary(pages=page_urls, language=language_of(config)))
    if FORM_MARKER not in html:
        raise PluginError(f"{page.file.src_uri}: a tool page needs {FORM_MARKER} or {DIARY_MARKER}")
    translate = translator(language_of(config))
    tool_data = {
        "pages": page_urls,
        "patterns": {pattern: translate(label) for pattern, label in PATTERN_LABELS.items()},
        "overdose_reasons": {reason: translate(label) for reason, label in OVERDOSE_REASON_LABELS.items()},
        "references": {
            ref.id: {"number": reference_number(ref.id), "short": ref.short} for ref in REFERENCES
        },
    }
    form = render_form(tool_data=tool_data, language=language_of(config))
    return html.replace(FORM_MARKER, form)


def on_env(env: Any, config: Any, files: Any) -> Any:
    # The theme overrides' own words ({{ _("...") }}) come from the catalog too.
    translate = translator(language_of(config))
    env.add_extension("jinja2.ext.i18n")
    env.install_gettext_callables(
        gettext=translate,
        ngettext=lambda singular, plural, count: translate(singular if count == 1 else plural),
        newstyle=True,
    )
    return env


def on_page_context(context: dict[str, Any], page: Any, config: Any, nav: Any) -> dict[str, Any]:
    context["oih_words"] = words_for_page(page.meta, language_of(config))
    other_site = config["extra"].get("other_site")
    if other_site:
        # The other edition's docs: Spanish pages sit in content/es/, English ones in content/.
        other_docs = CONTENT_DIR / "es" if language_of(config) == "en" else CONTENT_DIR
        context["oih_alternate"] = alternate_for(
            page.file.src_uri, page.url, language_of(config), other_site, other_docs)
    return context


def on_template_context(context: dict[str, Any], template_name: str, config: Any) -> dict[str, Any]:
    # Pages without Markdown (404.html) run the every-page scripts too.
    context["oih_words"] = words_for_page({}, language_of(config))
    if template_name == "404.html":
        # A host serves the not-found page at any depth, so MkDocs writes its
        # links from the server's root; the Spanish one's root is its folder, /es/.
        context["base_url"] = config["extra"].get("url_path", "/")
    return context


def on_post_page(output: str, page: Any, config: Any) -> str:
    return add_script_preloads(output)


def on_files(files: Any, config: Any) -> Any:
    # The Spanish edition's pages live in content/es/; the site's own scripts,
    # styles and figures live once, in content/assets/, for both editions.
    if language_of(config) == "en":
        return files
    from mkdocs.structure.files import File

    # A file the edition has in its own assets/ (a figure with words in it) wins.
    assets = CONTENT_DIR / "assets"
    for path in sorted(assets.rglob("*")):
        relative = path.relative_to(CONTENT_DIR).as_posix()
        if path.is_file() and files.get_file_from_path(relative) is None:
            files.append(File(relative, str(CONTENT_DIR), config["site_dir"], config["use_directory_urls"]))
    return files


def on_config(config: Any) -> Any:
    if is_offline_copy(config) and config["use_directory_urls"]:
        # Folder URLs like what-is-oih/ do not open index.html from disk.
        raise PluginError("the offline copy needs the offline plugin, which turns off use_directory_urls")
    if not config["extra"].get("tool_paths"):
        # The runtime is staged before MkDocs, by the build, which names its folder here.
        raise PluginError("build the site with `python -m site_build.build` (add --pages-only for a quick check)")
    return config


# ---- what a build is: its language, its snippets, online or the copy ----------


def language_of(config: Any) -> str:
    """The language a build's pages are written in (the theme's, one per MkDocs build)."""
    return str(config["theme"]["language"])


def includes_dir(config: Any) -> Path:
    """The snippets (the glossary's tooltips, the safety box) in the build's language."""
    language = language_of(config)
    return INCLUDES_DIR if language == "en" else INCLUDES_DIR / language


def is_offline_copy(config: Any) -> bool:
    """True for the build that becomes the downloadable offline copy (mkdocs.offline.yml)."""
    return bool(config["extra"].get("offline_copy"))
