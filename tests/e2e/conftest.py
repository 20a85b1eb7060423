"""End-to-end fixtures: `probe_runtime`, tests/e2e/fixtures/template.yaml with a probe function
wired to every kind of event source (session-scoped). The demo runtime (`local_runtime`) and
`start_runtime(...)` come from tests/conftest.py; the helpers from tests/support/runtime.py,
re-exported here for the tests that import them from this module."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from tests.support import wait_for
from tests.support.runtime import ROOT, Response, RunningRuntime, free_port, start

__all__ = ["ROOT", "Response", "RunningRuntime", "free_port", "start", "wait_for"]

PROBE_TEMPLATE = Path(__file__).parent / "fixtures" / "template.yaml"


@pytest.fixture(scope="session")
def probe_runtime(runtime_logs: Path) -> Iterator[RunningRuntime]:
    runtime = start(runtime_logs, "--template", str(PROBE_TEMPLATE), "--no-demo", name="probe")
    yield runtime
    runtime.stop()
