"""Live tests: the environment of the live functions (from template.yaml), a fake Kuaishou
whose limits the test chooses, and a pump that drives the reminder queue like Lambda's SQS
event source would."""

from __future__ import annotations

import os
from collections.abc import Iterator

import pytest

from siyu.live import reminders
from siyu_local.sandbox import reset_caches
from siyu_local.template import default_stack

LIVE_FUNCTIONS = ("LiveFunction", "LiveReminderTriggerFunction", "LiveReminderSenderFunction")


@pytest.fixture(autouse=True)
def live_env(monkeypatch: pytest.MonkeyPatch, fake_kuaishou) -> Iterator[None]:
    functions = default_stack().functions()
    for logical_id in LIVE_FUNCTIONS:
        for name, value in functions[logical_id].environment.items():
            if name.startswith("LIVE_"):
                monkeypatch.setenv(name, value)
    # Tests run the pipeline at full speed: the app-wide limit and the fake's QPS are lifted
    # (test_rate_limit puts both back to the real figures), retries wait no backoff.
    monkeypatch.setenv("KUAISHOU_MESSAGE_RATE", "100000")
    monkeypatch.setenv("LIVE_REMINDER_RETRY_BASE_SECONDS", "0")
    monkeypatch.setenv("KUAISHOU_BASE_URL", fake_kuaishou.base_url)
    qps = fake_kuaishou.message_qps
    fake_kuaishou.message_qps = 1_000_000
    reset_caches()
    reminders._limiter.cache_clear()
    yield
    fake_kuaishou.message_qps = qps
    fake_kuaishou.fail_messages()
    fake_kuaishou.delay(0)
    reminders._limiter.cache_clear()


@pytest.fixture
def settings_env(monkeypatch: pytest.MonkeyPatch):
    """Change a setting for one test: settings_env(NAME="value")."""

    def apply(**values: str) -> None:
        for name, value in values.items():
            monkeypatch.setenv(name, value)
        reset_caches()
        reminders._limiter.cache_clear()

    yield apply
    reset_caches()


assert "KUAISHOU_APP_ID" in os.environ
