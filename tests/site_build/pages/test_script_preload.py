"""Body scripts are preloaded from the head, since a CSP <meta> stops Chromium's preload scanner."""

from __future__ import annotations

import re
from pathlib import Path

from site_build.pages.script_preload import add_script_preloads

POLICY = '<meta http-equiv="Content-Security-Policy" content="script-src \'self\'">'
PAGE = f"""<html><head>
{POLICY}
<script async src="boot.js"></script>
<link rel="stylesheet" href="main.css">
</head><body>
<script src="a.js"></script>
<script type="application/json" id="data">{{}}</script>
<script defer src="b.js" data-x="1"></script>
<script src="a.js"></script>
</body></html>"""


def test_each_body_script_is_preloaded_once_at_the_end_of_the_head() -> None:
    html = add_script_preloads(PAGE)
    head = html[: html.index("</head>")]
    assert re.findall(r'<link rel="preload" href="([^"]+)" as="script">', head) == ["a.js", "b.js"]
    # After the policy that governs them and after the style sheets the first paint needs.
    assert head.index(POLICY) < head.index("main.css") < head.index('rel="preload"')
    # The head's own async script is found by the parser at once: no preload.
    assert 'href="boot.js"' not in html
    assert html.replace("".join(re.findall(r'  <link rel="preload"[^\n]*\n', html)), "") == PAGE


def test_a_page_without_the_policy_meta_is_unchanged() -> None:
    page = PAGE.replace(POLICY, "")
    assert add_script_preloads(page) == page


def test_every_built_page_preloads_all_its_body_scripts(built_site: Path) -> None:
    problems = []
    pages = sorted(built_site.rglob("index.html"))
    assert pages
    for page in pages:
        html = page.read_text(encoding="utf-8")
        if "Content-Security-Policy" not in html:
            continue
        head, body = html.split("</head>", 1)
        wanted = set(re.findall(r'<script\b[^>]*\bsrc="([^"]+)"', body))
        preloaded = set(re.findall(r'<link rel="preload" href="([^"]+)" as="script">', head))
        if wanted - preloaded:
            problems.append(f"{page.relative_to(built_site)}: {sorted(wanted - preloaded)}")
    assert not problems, problems
