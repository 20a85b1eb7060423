"""Fixtures of the voucher tests: the vouchers function's environment, the fake local-life
platform (one per test session, on Siyu's clock), a shop with two stores bound to POIs, and
the merchant's authorisation."""

from __future__ import annotations

import os
import time
from collections.abc import Iterator

import pytest

from siyu import clock
from siyu.config import get_settings
from siyu_local.fake_locallife import FakeLocalLife
from siyu_local.sandbox import LOCALLIFE_TEST_SECRET, reset_caches
from tests.conftest import STACK
from tests.vouchers.support import setup_shop

_shared = STACK.environment()
os.environ.update(
    {
        k: v
        for k, v in STACK.functions()["VouchersFunction"].environment.items()
        if k not in _shared and k != "POWERTOOLS_SERVICE_NAME"
    }
)
os.environ["LOCALLIFE_TIMEOUT_SECONDS"] = "1"  # the timeout scenarios wait this long
get_settings.cache_clear()


@pytest.fixture(scope="session")
def locallife() -> Iterator[FakeLocalLife]:
    fake = FakeLocalLife(app_id=os.environ["LOCALLIFE_APP_ID"], app_secret=LOCALLIFE_TEST_SECRET).start()
    os.environ["LOCALLIFE_BASE_URL"] = fake.base_url
    reset_caches()
    yield fake
    fake.stop()


@pytest.fixture
def shop(aws: None, locallife: FakeLocalLife) -> Iterator[FakeLocalLife]:
    """Two stores bound to the merchant's POIs, the merchant's authorisation, the fake on Siyu's clock."""
    locallife.time_source = lambda: clock.now().timestamp()
    locallife.reset()
    setup_shop(locallife)
    yield locallife
    locallife.time_source = time.time
