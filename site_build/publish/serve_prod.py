"""``make serve-prod``: the built site through Debian's nginx with ``deploy/nginx.conf``'s policy.

The server block is rendered from the same policy as ``deploy/nginx.conf``,
with this machine's port and site folder, and wrapped in a small main config
that keeps nginx in the foreground with its files in a temporary folder. Tests
start it the same way on a free port.
"""

from __future__ import annotations

import argparse
import os
import shutil
import socket
import subprocess
import tempfile
import time
import urllib.error
import urllib.request
from pathlib import Path

from site_build.publish.nginx import render_main_config, render_server_block


class NginxMissing(RuntimeError):
    """nginx is not installed (``make serve-prod`` installs it)."""


def _write_config(site_dir: Path, port: int, runtime_dir: Path) -> Path:
    server_block = runtime_dir / "oih-guide.conf"
    server_block.write_text(
        render_server_block(listen=f"127.0.0.1:{port}", root=str(site_dir.resolve()), server_name="localhost"),
        encoding="utf-8",
    )
    main_config = runtime_dir / "nginx.conf"
    main_config.write_text(render_main_config(server_block, runtime_dir), encoding="utf-8")
    return main_config


def nginx_command(site_dir: Path, port: int, runtime_dir: Path) -> list[str]:
    """The command that runs nginx in the foreground for ``site_dir`` on ``port``."""
    nginx = shutil.which("nginx") or ("/usr/sbin/nginx" if Path("/usr/sbin/nginx").exists() else None)
    if nginx is None:
        raise NginxMissing("nginx is not installed: run `make serve-prod`, which installs it")
    config = _write_config(site_dir, port, runtime_dir)
    return [nginx, "-e", "stderr", "-p", str(runtime_dir), "-c", str(config)]


def free_port() -> int:
    """A free TCP port on loopback."""
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


def start_in_background(site_dir: Path, port: int | None = None,
                        timeout: float = 20.0) -> tuple[subprocess.Popen[bytes], str, Path]:
    """Start nginx for ``site_dir``; return the process, its base URL and its runtime folder.

    Waits until the home page answers; the caller stops the process.
    """
    port = port or free_port()
    runtime_dir = Path(tempfile.mkdtemp(prefix="oih-nginx-"))
    process = subprocess.Popen(nginx_command(site_dir, port, runtime_dir), stderr=subprocess.PIPE)
    url = f"http://127.0.0.1:{port}/"
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if process.poll() is not None:
            raise RuntimeError(f"nginx exited: {process.stderr.read().decode(errors='replace') if process.stderr else ''}")
        try:
            with urllib.request.urlopen(url, timeout=2):
                return process, url, runtime_dir
        except (urllib.error.URLError, ConnectionError):
            time.sleep(0.1)
    process.kill()
    raise RuntimeError(f"nginx did not answer at {url} within {timeout:g} s")


def stop(process: subprocess.Popen[bytes], runtime_dir: Path) -> None:
    """Stop nginx (a graceful quit, then a kill) and remove its runtime folder."""
    process.terminate()
    try:
        process.wait(timeout=10)
    except subprocess.TimeoutExpired:
        process.kill()
        process.wait()
    shutil.rmtree(runtime_dir, ignore_errors=True)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description="Serve the built site through nginx, as in production.")
    parser.add_argument("--dir", default="site", type=Path, help="the built site (default: site)")
    parser.add_argument("--port", default=int(os.environ.get("PORT", "8080")), type=int)
    args = parser.parse_args(argv)
    if not (args.dir / "index.html").exists():
        parser.error(f"{args.dir}/index.html not found: run `make build` first")
    runtime_dir = Path(tempfile.mkdtemp(prefix="oih-nginx-"))
    try:
        command = nginx_command(args.dir, args.port, runtime_dir)
    except NginxMissing as error:
        parser.error(str(error))
    print(f"Serving {args.dir} through nginx at http://127.0.0.1:{args.port}/ (Ctrl+C to stop)", flush=True)
    try:
        return subprocess.call(command)
    except KeyboardInterrupt:
        return 0
    finally:
        shutil.rmtree(runtime_dir, ignore_errors=True)


if __name__ == "__main__":
    raise SystemExit(main())
