"""Push tests: the push functions' environment (from template.yaml), the limiter and the fake
platform's QPS lifted (the bench computes the real figure), the clock reset after each test."""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from siyu import clock, messaging
from siyu_local.sandbox import reset_caches
from siyu_local.template import default_stack

PUSH_FUNCTIONS = ("PushFunction", "PushSenderFunction", "PushReleaseFunction")


@pytest.fixture(autouse=True)
def push_env(monkeypatch: pytest.MonkeyPatch, aws: None, fake_kuaishou) -> Iterator[None]:
    functions = default_stack().functions()
    for logical_id in PUSH_FUNCTIONS:
        for name, value in functions[logical_id].environment.items():
            if name.startswith("PUSH_"):
                monkeypatch.setenv(name, value)
    monkeypatch.setenv("KUAISHOU_MESSAGE_RATE", "100000")
    monkeypatch.setenv("PUSH_RETRY_BASE_SECONDS", "0")
    qps = fake_kuaishou.message_qps
    fake_kuaishou.message_qps = 1_000_000
    reset_caches()
    messaging._limiter.cache_clear()
    yield
    fake_kuaishou.message_qps = qps
    fake_kuaishou.fail_messages()
    fake_kuaishou.delay(0)
    messaging._limiter.cache_clear()
    clock.clock.reset()
