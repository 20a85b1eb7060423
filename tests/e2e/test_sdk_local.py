"""The JS SDK (clients/sdk) against the local runtime: pytest owns the runtime (the shared
`local_runtime` fixture) and runs the SDK's Node integration tests with its URL."""

from __future__ import annotations

import os
import shutil
import subprocess

import pytest

from tests.e2e.conftest import ROOT, RunningRuntime

pytestmark = pytest.mark.e2e

SDK = ROOT / "clients" / "sdk"


def test_sdk_against_the_local_runtime(local_runtime: RunningRuntime) -> None:
    node = shutil.which("node")
    assert node, "node is needed for the SDK tests"
    assert (SDK / "dist" / "index.js").exists(), "build the SDK first: make sdk"
    env = {**os.environ, "SIYU_API_URL": local_runtime.url}
    run = subprocess.run(
        [node, "--test", "--test-reporter=spec", "test/integration/"],
        cwd=SDK,
        env=env,
        capture_output=True,
        text=True,
        timeout=300,
    )
    assert run.returncode == 0, run.stdout[-6000:] + run.stderr[-3000:]
    assert "skipped 0" in run.stdout.replace("ℹ ", ""), run.stdout[-3000:]
