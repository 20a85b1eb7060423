"""Cold start, per function of template.yaml.

- Import time of the handler module against a bare `import boto3` in the same run: interleaved
  pairs, each import in a fresh interpreter set up as Lambda sets it up (siyu_local.imports),
  the median of the pairs' ratios of CPU time (on a shared machine wall time measures the
  neighbours), with the code compiled as the layer build compiles it; tracing on (Lambda
  with `Tracing: Active`: the X-Ray SDK loads and patches botocore and httplib) and off.
  Goal: <= 1.3. Beside them the floor: the libraries alone that a function's import needs
  (siyu_local.imports.FLOORS), none of Siyu's code, against the same boto3.
- Lambda-like cold start on the local platform: a new container process (siyu_local.container,
  started as the runtime starts one) to its first answer — the interpreter, the imports, the
  DynamoDB client, and one invocation: a GET route of the function (a member or admin token
  for protected routes) against moto; an empty batch for queue, stream and rule functions; the
  scheduled event for scheduled ones. The median of `COLD_RUNS`.

`SIYU_BENCH_IMPORT_RUNS` (9) and `SIYU_BENCH_COLD_RUNS` (3) set the repetitions;
`SIYU_BENCH_FUNCTIONS=MembersFunction,AuthFunction` measures only those."""

from __future__ import annotations

import os
import statistics
import sys
import time
import uuid
from typing import Any

from siyu_local import bench, imports
from siyu_local.template import Function, Stack, default_stack

RUNS = int(os.environ.get("SIYU_BENCH_IMPORT_RUNS", "9"))
COLD_RUNS = int(os.environ.get("SIYU_BENCH_COLD_RUNS", "3"))
GOAL = 1.3


def _selected(stack: Stack) -> list[Function]:
    only = {name for name in os.environ.get("SIYU_BENCH_FUNCTIONS", "").split(",") if name}
    return [fn for name, fn in sorted(stack.functions().items()) if not only or name in only]


def import_ratios(table: bench.Table, stack: Stack) -> None:
    imports.compile_code(stack)
    boto3_ms = []
    for kind, modules in imports.FLOORS.items():
        ratio, _, boto3 = imports.floor_ratio(stack, modules, RUNS)
        boto3_ms.append(boto3 * 1000)
        table.add("coldstart", f"floor: the libraries of an {kind} / boto3", ratio, f"<= {GOAL}")
    for fn in _selected(stack):
        for tracing in (True, False):
            ratio, _, boto3 = imports.interleaved_ratio(stack, fn, RUNS, tracing=tracing)
            boto3_ms.append(boto3 * 1000)
            state = "on" if tracing else "off"
            table.add("coldstart", f"import {fn.module} / boto3, tracing {state}", ratio, f"<= {GOAL}")
    if boto3_ms:
        median = statistics.median(boto3_ms)
        table.add("coldstart", "bare `import boto3`, CPU, median over the pairs (ms)", median)


# ---------------------------------------------------------------- container to first answer
def _http_event(fn: Function) -> dict[str, Any]:
    """A GET route of the function without path parameters (a member route before an admin
    one), with a token of the caller it expects."""
    from siyu.auth import tokens
    from siyu_local.apigw import http_event

    routes = [
        (str(e["Properties"]["Method"]).upper(), str(e["Properties"]["Path"]))
        for e in fn.events.values()
        if e["Type"] == "HttpApi"
    ]
    gets = [path for method, path in routes if method == "GET" and "{" not in path]
    path = sorted(gets, key=lambda p: (p.startswith("/v1/admin"), len(p)))[0] if gets else routes[0][1]
    method = "GET" if gets else routes[0][0]
    if path.startswith("/v1/admin"):
        token = tokens.issue("bench-admin", "admin", 600, role="owner")
    else:
        token = tokens.issue("bench-member", "access", 600)
    headers = {"authorization": f"Bearer {token}"}
    return http_event(method, path.replace("{", "").replace("}", ""), headers=headers)


def _first_event(stack: Stack, fn: Function) -> tuple[str, dict[str, Any]]:
    import json

    kinds = {e["Type"] for e in fn.events.values()}
    if "HttpApi" in kinds:
        return "GET route", _http_event(fn)
    if kinds & {"SQS", "DynamoDB"}:
        return "empty batch", {"Records": []}
    if "EventBridgeRule" in kinds:
        detail = {"id": "bench", "type": "BenchPing", "occurred_at": "2026-12-01T00:00:00Z", "data": {}}
        return "rule event", {"version": "0", "detail-type": "BenchPing", "source": "siyu", "detail": detail}
    for event in fn.events.values():
        if event["Type"] in ("ScheduleV2", "Schedule"):
            return "schedule", json.loads(str(stack.resolve(event["Properties"].get("Input", "{}"))))
    return "empty event", {}


def _cold_start(fn: Function, event: dict[str, Any]) -> tuple[float, float, bool]:
    """(ms from spawning a container to its first answer, ms of its init, answered without error)."""
    from siyu_local.lambdas import Container, LocalFunction

    local = LocalFunction(
        logical_id=fn.logical_id,
        name=fn.name,
        arn=fn.arn,
        handler=fn.handler,
        timeout=max(fn.timeout, 60),
        memory_mb=fn.memory_mb,
        environment=fn.environment,
        code_dir=str(fn.code_dir),
    )
    started = time.perf_counter()
    container = Container(local)
    try:
        reply = container.invoke(event, str(uuid.uuid4()))
        answered = (time.perf_counter() - started) * 1000
    finally:
        container.kill()
    return answered, container.init_ms, bool(reply and reply.get("ok"))


def first_answers(table: bench.Table, stack: Stack) -> None:
    from siyu_local.motoserver import MotoServer
    from siyu_local.resources import create_all
    from siyu_local.sandbox import KUAISHOU_TEST_SECRET, reset_caches

    moto = MotoServer().start()
    # The containers inherit file descriptor 2: their logs go where the cases' logs go.
    terminal = os.dup(2)
    os.dup2(sys.stderr.fileno(), 2)
    try:
        bench.quiet_environment(stack, {"AWS_ENDPOINT_URL": moto.url})
        reset_caches()
        create_all(stack, {stack.parameter("KuaishouSecretName"): KUAISHOU_TEST_SECRET})
        for fn in _selected(stack):
            what, event = _first_event(stack, fn)
            samples = [_cold_start(fn, event) for _ in range(COLD_RUNS)]
            answered = statistics.median(s[0] for s in samples)
            init = statistics.median(s[1] for s in samples)
            note = "" if all(s[2] for s in samples) else " (error)"
            table.add(
                "coldstart",
                f"first answer (ms): {fn.logical_id.removesuffix('Function')}, {what}{note}",
                answered,
                f"init {init:.0f} ms",
            )
    finally:
        os.dup2(terminal, 2)
        os.close(terminal)
        moto.stop()


def run(table: bench.Table) -> None:
    stack = default_stack()
    import_ratios(table, stack)
    first_answers(table, stack)
