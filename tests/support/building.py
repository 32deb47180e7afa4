"""The site's build for a test session, started as the session starts.

From an empty cache the build takes about 40 s, most of it compressing
Pyodide's wasm. Run in a process of its own from the session's first test,
it overlaps the tests that need no site (the engine's, the build stages'),
which leave the second core idle; the first test that needs the site waits
for it. The build is the README's (``python -m site_build.build``), from the
current sources, into a folder of this session's own.
"""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]


class BackgroundBuild:
    """``python -m site_build.build --site-dir SITE_DIR`` running beside the tests."""

    def __init__(self, site_dir: Path) -> None:
        self.site_dir = site_dir
        self.log = site_dir.with_name(site_dir.name + "-build.log")
        with self.log.open("wb") as log:
            self._process = subprocess.Popen(
                [sys.executable, "-m", "site_build.build", "--site-dir", str(site_dir)],
                cwd=ROOT,
                stdin=subprocess.DEVNULL,
                stdout=log,
                stderr=subprocess.STDOUT,
            )

    def wait(self) -> str | None:
        """Wait for the build; None when it succeeded, else what it printed."""
        if self._process.wait() == 0:
            return None
        return self.log.read_text(encoding="utf-8", errors="replace")

    def stop(self) -> None:
        """End a build no test waited for (a session stopped early)."""
        if self._process.poll() is None:
            self._process.kill()
            self._process.wait()
