"""The header policy, the ``_headers`` file and deploy/nginx.conf all say the same thing."""

from __future__ import annotations

import re
from pathlib import Path

import yaml

from site_build.publish import headers, nginx

ROOT = Path(__file__).resolve().parents[3]
# A versioned runtime folder as the build names it: the Pyodide version and a hash.
RUNTIME = "assets/pyodide/314.0.7-0123456789"


def _meta_policy() -> list[str]:
    config = yaml.safe_load((ROOT / "mkdocs.yml").read_text(encoding="utf-8"))
    return [part.strip() for part in config["extra"]["content_security_policy"].split(";")]


def test_the_header_policy_is_the_pages_policy_plus_frame_ancestors() -> None:
    directives = [part.strip() for part in headers.content_security_policy(ROOT).split(";")]
    assert directives == [*_meta_policy(), "frame-ancestors 'none'"]


def test_security_headers_turn_off_what_the_site_never_uses() -> None:
    sent = headers.security_headers(ROOT)
    assert sent["X-Content-Type-Options"] == "nosniff"
    assert sent["Referrer-Policy"] == "no-referrer"
    for feature in ("camera", "microphone", "geolocation", "payment", "usb"):
        assert f"{feature}=()" in sent["Permissions-Policy"]


def test_only_content_hashed_paths_are_immutable() -> None:
    assert headers.cache_control("assets/javascripts/bundle.a5f9d56c.min.js") == headers.IMMUTABLE
    assert headers.cache_control("assets/stylesheets/main.57a0d79d.min.css") == headers.IMMUTABLE
    assert headers.cache_control(f"{RUNTIME}/pyodide.asm.wasm") == headers.IMMUTABLE
    assert headers.cache_control(f"{RUNTIME}/python_stdlib.pyc.zip") == headers.IMMUTABLE
    for path in ("assets/pyodide/314.0.7/pyodide.asm.wasm", "assets/pyodide/314.0.7-abc/pyodide.js",
                 f"{RUNTIME}/deeper/file.js", "x/assets/pyodide.js"):
        assert headers.cache_control(path) == headers.NO_CACHE, path
    for path in ("index.html", "sw.js", "assets/javascripts/assessment-tool.js",
                 "assets/pyodide/pyodide.asm.wasm", "assets/stylesheets/oih.css", "bundle.min.js"):
        assert headers.cache_control(path) == headers.NO_CACHE, path


def _rules(text: str) -> dict[str, dict[str, str]]:
    rules: dict[str, dict[str, str]] = {}
    current = None
    for line in text.splitlines():
        if not line or line.startswith("#"):
            continue
        if not line.startswith(" "):
            assert line not in rules, f"{line} has two rules"
            current = rules.setdefault(line, {})
        else:
            name, _, value = line.strip().partition(": ")
            assert current is not None
            current[name] = value
    return rules


SITE_PATHS = [
    "index.html", "404.html", "what-is-oih/index.html", "students/cases/index.html", "sw.js",
    "assets/javascripts/bundle.a5f9d56c.min.js", "assets/javascripts/assessment-tool.js",
    "assets/pyodide/pyodide.asm.wasm", "assets/pyodide/pyodide.asm.wasm.br", f"{RUNTIME}/pyodide.asm.wasm",
    "manifest.webmanifest",
]


def test_the_headers_file_sets_cache_control_once_per_file_and_security_for_all() -> None:
    rules = _rules(headers.render_headers_file(ROOT, SITE_PATHS))
    assert rules["/*"] == headers.security_headers(ROOT)
    assert rules["/"] == {"Cache-Control": "no-cache"}
    assert rules["/what-is-oih/"] == {"Cache-Control": "no-cache"}
    assert rules["/404.html"] == {"Cache-Control": "no-cache"}
    assert rules["/sw.js"] == {"Cache-Control": "no-cache"}
    assert rules["/assets/javascripts/bundle.a5f9d56c.min.js"] == {"Cache-Control": headers.IMMUTABLE}
    assert rules[f"/{RUNTIME}/pyodide.asm.wasm"] == {"Cache-Control": headers.IMMUTABLE}
    # Left to the hosts' default (max-age=0, must-revalidate), which is what no-cache asks.
    assert "/assets/pyodide/pyodide.asm.wasm" not in rules
    assert not any(url.endswith(".br") for url in rules)


def test_the_built_headers_file_fits_cloudflare_pages_limit(built_site: Path) -> None:
    rules = _rules((built_site / headers.HEADERS_FILE).read_text(encoding="utf-8"))
    assert 20 < len(rules) <= headers.MAX_HEADER_RULES
    pages = [p.relative_to(built_site).as_posix() for p in built_site.rglob("index.html")]
    for page in pages:
        url = "/" + page[: -len("index.html")]
        assert rules[url] == {"Cache-Control": "no-cache"}, url


def test_deploy_nginx_conf_is_current() -> None:
    assert nginx.main(["--check"]) == 0, "run `python -m site_build.publish.nginx` and commit deploy/nginx.conf"


def test_nginx_conf_sends_the_same_policy() -> None:
    text = (ROOT / "deploy" / "nginx.conf").read_text(encoding="utf-8")
    sent = dict(re.findall(r'^\s*add_header (\S+) "(.*)" always;$', text, flags=re.MULTILINE))
    assert sent == headers.security_headers(ROOT)
    assert "add_header Cache-Control $oih_cache_control always;" in text
    assert f'default "{headers.NO_CACHE}";' in text
    assert f'"~{headers.HASHED_PATH.pattern}" "{headers.IMMUTABLE}";' in text
    assert "brotli_static on;" in text and "gzip_static on;" in text


def test_pages_carry_the_referrer_policy_for_hosts_without_headers(built_site: Path) -> None:
    for page in built_site.rglob("*.html"):
        assert '<meta name="referrer" content="no-referrer">' in page.read_text(encoding="utf-8"), page
