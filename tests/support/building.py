"""The site's build for a test session, started as the session starts.

From an empty cache the build takes about 40 s, most of it compressing
Pyodide's wasm. Run in a process of its own from the session's first test,
it overlaps the tests that need no site (the engine's, the build stages'),
which run first (tests/conftest.py); the first test that needs the site
waits for it. The build is the README's (``python -m site_build.build``),
from the current sources, into a folder of this session's own.

Every later test waits for the build, so it goes first: once it has
started, the test process lowers its own priority
(:func:`let_the_build_go_first`), and the build gets both cores when it can
use them, the tests what is left. From an empty cache, every test outside
tests/browser and the every-page walk took 94 s this way, against 102 s at
equal priority and 112 s in folder order (docs/performance.md, 2026-12-07).
"""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
# How far the test process steps back (nice(2)): 10 gives a thread about a
# tenth of a core against one at the default priority.
TESTS_NICENESS = 10


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


def let_the_build_go_first() -> None:
    """Lower this thread's priority, and that of everything it starts from now on (Chromium).

    The build started before it keeps the default priority. Where nothing
    else runs, a lower priority costs nothing once the build is done.
    """
    try:
        os.nice(TESTS_NICENESS)
    except OSError:
        pass  # a sandbox that forbids it: the tests only wait a little longer
