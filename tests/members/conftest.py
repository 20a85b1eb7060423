from __future__ import annotations

from collections.abc import Iterator
from datetime import datetime

import pytest

from siyu import clock


@pytest.fixture(autouse=True)
def _clock_back() -> Iterator[None]:
    yield
    clock.clock.reset()


@pytest.fixture
def at():
    """Freeze the clock at an ISO instant (UTC unless the text says otherwise)."""

    def freeze(instant: str) -> datetime:
        moment = clock.parse_iso(instant)
        clock.clock.freeze(moment)
        return moment

    return freeze
