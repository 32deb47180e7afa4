"""Shared fixtures for the assessment tests: realistic answer sets, one per pattern."""

from __future__ import annotations

import pytest

from tests.support.answers import PATTERN_CASES


@pytest.fixture
def cases() -> dict[str, dict]:
    """A fresh deep-enough copy of the realistic answer sets (tests/support/answers.py)."""
    return {name: {k: (list(v) if isinstance(v, list) else v) for k, v in answers.items()}
            for name, answers in PATTERN_CASES.items()}
