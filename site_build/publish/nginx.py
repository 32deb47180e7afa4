"""nginx configuration: the documented server block and the one `make serve-prod` runs.

``deploy/nginx.conf`` is rendered from the same policy as ``_headers``
(``site_build.publish.headers``); ``python -m site_build.publish.nginx``
rewrites it after a policy change, and a test fails while it is stale.
"""

from __future__ import annotations

import argparse
import os
from pathlib import Path

from site_build import PROJECT_ROOT, read_site_config
from site_build.publish.headers import HASHED_PATH, IMMUTABLE, NO_CACHE, security_headers
from site_build.publish.text_templates import TEXT_TEMPLATES

DEPLOY_CONF = PROJECT_ROOT / "deploy" / "nginx.conf"
BROTLI_MODULE = Path("/usr/lib/nginx/modules/ngx_http_brotli_static_module.so")
MIME_TYPES = Path("/etc/nginx/mime.types")


def _nginx_string(value: str) -> str:
    """A header value as an nginx double-quoted string."""
    return '"' + value.replace("\\", "\\\\").replace('"', '\\"') + '"'


def edition_folders(project_root: Path = PROJECT_ROOT) -> list[str]:
    """The site's folders that hold another edition, each with its own 404.html: ``["es"]``."""
    # mkdocs.yml says where the other edition's root is, from the English one's.
    other = str(read_site_config(project_root / "mkdocs.yml")["extra"].get("other_site") or "")
    return [other.strip("/")] if other.strip("/") else []


def render_server_block(project_root: Path = PROJECT_ROOT, *, listen: str = "80",
                        root: str = "/var/www/oih-guide", server_name: str = "_") -> str:
    """The cache map and the ``server { ... }`` block for a site folder at ``root``."""
    values = {**security_headers(project_root), "Cache-Control": "$oih_cache_control"}
    headers = {name: value if value.startswith("$") else _nginx_string(value) for name, value in values.items()}
    return TEXT_TEMPLATES.get_template("nginx-server.conf.j2").render(
        listen=listen, root=root, server_name=server_name, hashed_path=HASHED_PATH.pattern,
        headers=headers, immutable=IMMUTABLE, no_cache=NO_CACHE, editions=edition_folders(project_root),
    )


def render_main_config(server_block: Path, runtime_dir: Path) -> str:
    """A whole nginx.conf that runs in the foreground from ``runtime_dir``, for serve-prod and tests."""
    lines = []
    if BROTLI_MODULE.exists():
        lines.append(f"load_module {BROTLI_MODULE};")
    # As root, workers would run as "nobody" and could not read a checkout in /root.
    if os.geteuid() == 0:
        lines.append("user root;")
    temp = {name: runtime_dir / name for name in ("client_body", "proxy", "fastcgi", "uwsgi", "scgi")}
    lines += [
        "daemon off;",
        "worker_processes 1;",
        f"pid {runtime_dir / 'nginx.pid'};",
        "error_log stderr warn;",
        "events { worker_connections 256; }",
        "http {",
        f"    include {MIME_TYPES};",
        "    default_type application/octet-stream;",
        "    access_log off;",
        "    sendfile on;",
        f"    client_body_temp_path {temp['client_body']};",
        f"    proxy_temp_path {temp['proxy']};",
        f"    fastcgi_temp_path {temp['fastcgi']};",
        f"    uwsgi_temp_path {temp['uwsgi']};",
        f"    scgi_temp_path {temp['scgi']};",
        f"    include {server_block};",
        "}",
    ]
    return "\n".join(lines) + "\n"


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description="Rewrite deploy/nginx.conf from the header policy.")
    parser.add_argument("--check", action="store_true", help="exit 1 if deploy/nginx.conf is stale")
    args = parser.parse_args(argv)
    text = render_server_block()
    if args.check:
        current = DEPLOY_CONF.read_text(encoding="utf-8") if DEPLOY_CONF.exists() else ""
        return 0 if current == text else 1
    DEPLOY_CONF.parent.mkdir(parents=True, exist_ok=True)
    DEPLOY_CONF.write_text(text, encoding="utf-8")
    print(f"wrote {DEPLOY_CONF.relative_to(PROJECT_ROOT)}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
