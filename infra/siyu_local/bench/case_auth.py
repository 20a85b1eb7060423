"""Cold-start import cost of every handler module, and DynamoDB calls per login."""

from __future__ import annotations

import os
import statistics
import subprocess
import sys

from siyu_local import bench
from siyu_local.sandbox import configure_environment
from siyu_local.template import default_stack

RUNS = 5
_IMPORT = (
    "import time, sys; sys.path.insert(0, {path!r}); t = time.perf_counter(); import {module}; "
    "print(time.perf_counter() - t)"
)


def _import_seconds(module: str, path: str, env: dict[str, str]) -> float:
    """Median wall time of importing a module in a fresh interpreter."""
    samples = []
    for _ in range(RUNS):
        out = subprocess.run(
            [sys.executable, "-c", _IMPORT.format(path=path, module=module)],
            env=env,
            capture_output=True,
            text=True,
            check=True,
        )
        samples.append(float(out.stdout.strip().splitlines()[-1]))
    return statistics.median(samples)


def import_ratios(table: bench.Table) -> None:
    stack = default_stack()
    configure_environment(stack)
    env = dict(os.environ)
    boto3 = _import_seconds("boto3", ".", env)
    table.add("imports", "bare `import boto3` (ms)", boto3 * 1000)
    for _, fn in sorted(stack.functions().items()):
        module = fn.handler.rsplit(".", 1)[0]
        for tracing in ("on", "off"):
            env_t = {**env, "POWERTOOLS_TRACE_DISABLED": "false" if tracing == "on" else "true"}
            seconds = _import_seconds(module, str(fn.code_dir), env_t)
            table.add("imports", f"{module} / boto3, tracing {tracing}", seconds / boto3, "<= 1.3")


def login_calls(table: bench.Table) -> None:
    """DynamoDB calls per login of a returning member, counted with a botocore event hook."""
    from siyu_local.fake_kuaishou import FakeKuaishou
    from siyu_local.sandbox import KUAISHOU_TEST_SECRET, moto_stack, reset_caches

    stack = default_stack()
    fake = FakeKuaishou(app_id=os.environ["KUAISHOU_APP_ID"], app_secret=KUAISHOU_TEST_SECRET, port=0)
    fake.start()
    bench.quiet_environment(stack, {"KUAISHOU_BASE_URL": fake.base_url})
    reset_caches()
    try:
        with bench.dynamodb_calls() as calls, moto_stack(stack):
            from siyu.auth import login

            login.login(fake.issue_login_code(open_id="bench"))
            calls.clear()
            login.login(fake.issue_login_code(open_id="bench"))
            table.add("auth", "DynamoDB calls per login, returning member", len(calls), "<= 2")
            calls.clear()
            login.login(fake.issue_login_code(open_id="bench-new"))
            table.add("auth", "DynamoDB calls per login, new member", len(calls))
    finally:
        fake.stop()


def run(table: bench.Table) -> None:
    import_ratios(table)
    login_calls(table)
