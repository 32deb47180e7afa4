"""The publish stage's Jinja2 environment: plain-text templates (the service worker, nginx)."""

from __future__ import annotations

import jinja2

# Not HTML, so nothing is escaped; a missing value fails the build instead of
# leaving a blank in a config file or a script.
TEXT_TEMPLATES = jinja2.Environment(
    loader=jinja2.PackageLoader("site_build.publish", "templates"),
    autoescape=False,
    undefined=jinja2.StrictUndefined,
    keep_trailing_newline=True,
)
