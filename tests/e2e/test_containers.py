"""Lambda's concurrency model in the local runtime: a function runs in worker processes
(containers), each serving one invocation at a time, so two requests of one function run at
the same time in two containers, and module state belongs to one container."""

from __future__ import annotations

from concurrent.futures import ThreadPoolExecutor

import pytest

from tests.e2e.conftest import RunningRuntime

pytestmark = pytest.mark.e2e


def test_two_requests_of_one_function_run_at_once_in_two_containers(probe_runtime: RunningRuntime) -> None:
    def call(i: int) -> dict:
        response = probe_runtime.get(f"/probe/overlap-{i}?sleep=2")
        assert response.status == 200, response.body
        return dict(response.json()["container"])

    with ThreadPoolExecutor(2) as pool:
        first, second = pool.map(call, range(2))

    assert first["pid"] != second["pid"]  # two processes
    assert first["started"] < second["ended"]
    assert second["started"] < first["ended"]
    containers = probe_runtime.get("/_local/containers").json()["ProbeFunction"]
    assert containers["started"] >= 2
    assert containers["peak"] >= 2
    assert containers["limit"] == 4  # no ReservedConcurrentExecutions: the runtime's default
    assert "ProbeFunction: cold start, container" in probe_runtime.log()


def test_a_warm_container_keeps_its_module_state(probe_runtime: RunningRuntime) -> None:
    served = [probe_runtime.get("/probe/warm").json()["container"] for _ in range(3)]
    pids = {c["pid"] for c in served}
    # Sequential requests reuse a warm container: its counter goes on from where it was.
    by_pid = {pid: [c["served"] for c in served if c["pid"] == pid] for pid in pids}
    assert any(len(counts) >= 2 and counts == sorted(counts) for counts in by_pid.values())
