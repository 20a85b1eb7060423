"""Fixtures of the reviews tests: a frozen clock (10:00 in Shanghai, the morning bucket)."""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from siyu import clock

NOW = "2026-12-01T02:00:00.000Z"  # 10:00 in Shanghai


@pytest.fixture(autouse=True)
def _frozen_clock() -> Iterator[None]:
    clock.clock.freeze(clock.parse_iso(NOW))
    yield
    clock.clock.reset()
