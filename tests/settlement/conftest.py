"""Fixtures of the settlement tests: the orders tests' shop, clock and callback bridge, the
settlement functions' environment, and the fake platform on Siyu's clock (its 3-day settle
rule and its bill follow the clock the test moves)."""

from __future__ import annotations

import os
import time
from collections.abc import Iterator

import pytest

from siyu import clock
from siyu.config import get_settings
from tests.conftest import STACK
from tests.orders.conftest import _callbacks_to_the_handler, _frozen_clock, notify_bridge  # noqa: F401

_shared = STACK.environment()
for _fn in ("SettlementSyncFunction", "SettlementSettleFunction"):
    os.environ.update(
        {
            k: v
            for k, v in STACK.functions()[_fn].environment.items()
            if k not in _shared and k not in ("POWERTOOLS_SERVICE_NAME", "ORDER_SYNC_QUEUE_URL")
        }
    )
get_settings.cache_clear()


@pytest.fixture(autouse=True)
def _platform_on_siyu_clock(fake_kuaishou) -> Iterator[None]:
    fake_kuaishou.time_source = lambda: clock.now().timestamp()
    fake_kuaishou.fail_calls()
    yield
    fake_kuaishou.fail_calls()
    fake_kuaishou.time_source = time.time
