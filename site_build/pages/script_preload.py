"""Early fetches for a page's scripts, which a CSP <meta> would otherwise serialise.

Chromium's preload scanner, which fetches a page's scripts while the parser is
still busy, stops at a ``<meta http-equiv="Content-Security-Policy">``. The
site needs that meta (GitHub Pages sends no headers), so every script in the
body was requested only once the parser reached it, one after another: on the
self-check, eight round trips before the theme could start and, since Python
now boots after the load event, before Python could. The parser still acts on
``<link rel="preload">`` in the head at once, so each body script gets one,
at the end of the head: after the policy that governs it, and after the
style sheets, which the first paint needs first.
"""

from __future__ import annotations

import re

_CSP_META = re.compile(r'<meta http-equiv="Content-Security-Policy"[^>]*>')
_SCRIPT_SRC = re.compile(r'<script\b[^>]*\bsrc="([^"]+)"[^>]*>')


def add_script_preloads(html: str) -> str:
    """``html`` with a preload link for each script in its body, at the end of its head.

    A page without a CSP meta is returned unchanged: there the scanner works.
    """
    head_end = html.find("</head>")
    body = html.find("<body")
    if head_end < 0 or body < 0 or not _CSP_META.search(html, 0, head_end):
        return html
    sources = list(dict.fromkeys(_SCRIPT_SRC.findall(html, body)))
    if not sources:
        return html
    # Each source is copied as written in its double-quoted src attribute, so it
    # is already escaped (and holds no quote): escaping it again would double it.
    links = "".join(f'  <link rel="preload" href="{source}" as="script">\n' for source in sources)
    return html[:head_end] + links + html[head_end:]
