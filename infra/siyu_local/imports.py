"""What importing a handler costs, as Lambda imports it: a fresh interpreter with the function's
code folder first on the path and the function's environment from template.yaml. Read by the
import guard test (tests/unit/test_handler_imports.py: no module of `DENIED` at import) and by
`make bench` (case_coldstart: import time against a bare `import boto3`, interleaved pairs).

Handlers are found in template.yaml, so a new function is covered as soon as it is there."""

from __future__ import annotations

import json
import os
import statistics
import subprocess
import sys
from collections.abc import Callable, Iterable
from pathlib import Path

from siyu_local.template import Function, Stack

LAYER = Path(__file__).resolve().parents[2] / "layers" / "siyu"

# Modules no handler may load when it is imported (docs/DEVELOPING.md, "Import rules"): each
# costs tens to hundreds of milliseconds of every cold start and is needed by few requests or
# none. Each says what to do instead; mostly: load it inside the function that uses it.
DENIED: dict[str, str] = {
    "aws_xray_sdk": "the X-Ray SDK: created by the first invocation with tracing on (siyu.observability)",
    "pynamodb": "DynamoDB models: import the domain module in the route or handler body that uses it",
    "botocore.session": "AWS clients: siyu.aws creates them, and imports botocore's session, on first use",
    "botocore.client": "AWS clients: siyu.aws creates them on first use",
    "boto3": "the resource layer over botocore: Lambda code uses botocore clients (siyu.aws)",
    "s3transfer": "boto3's S3 transfer manager",
    "duckdb": "the local analytics engine: import it in the engine's run()",
    "pyarrow": "columnar files: bench and local analytics only",
    "numpy": "not a runtime dependency",
    "pandas": "not a runtime dependency",
    "requests": "not a runtime dependency (siyu.kuaishou uses urllib)",
    "aws_lambda_powertools.utilities.idempotency": "imports boto3: siyu.idempotency loads it on first use",
    "aws_lambda_powertools.event_handler.openapi.swagger_ui": "the Swagger UI page, never served here",
    "aws_lambda_powertools.event_handler.appsync": (
        "AppSync's resolver (and asyncio), loaded by Powertools' event_handler __init__: "
        "import siyu.lazy_powertools first"
    ),
    "aws_lambda_powertools.utilities.data_classes.code_pipeline_job_event": (
        "one of the event classes Powertools' data_classes __init__ loads: import siyu.lazy_powertools first"
    ),
    "moto": "tests only",
    "siyu_local": "the local runtime, never a handler's dependency",
    "yaml": "template reading: local runtime only",
}

_REPORT = (
    "import json, sys, time\n"
    "sys.path[:0] = {paths!r}\n"
    "started = time.process_time()\n"
    "import {module}\n"
    "seconds = time.process_time() - started\n"
    "print(json.dumps({{'seconds': seconds, 'modules': sorted(sys.modules)}}))\n"
)


def lambda_environment(stack: Stack, fn: Function | None, *, tracing: bool) -> dict[str, str]:
    """The environment of the function's container in Lambda: the template's variables, the
    variables Lambda sets (LAMBDA_TASK_ROOT: Powertools and the X-Ray SDK read it), and
    tracing on (as with `Tracing: Active`, a trace id per invocation) or off."""
    env = {k: v for k, v in os.environ.items() if not k.startswith(("POWERTOOLS_", "AWS_", "_X_AMZN"))}
    env.update(stack.environment())
    env.update(fn.environment if fn else {})
    env.update(
        {
            "AWS_REGION": stack.region,
            "AWS_DEFAULT_REGION": stack.region,
            "AWS_ACCESS_KEY_ID": "testing",
            "AWS_SECRET_ACCESS_KEY": "testing",
            "AWS_SESSION_TOKEN": "testing",
            "AWS_LAMBDA_FUNCTION_NAME": fn.name if fn else "bench",
            "AWS_LAMBDA_FUNCTION_MEMORY_SIZE": str(fn.memory_mb if fn else 128),
            "LAMBDA_TASK_ROOT": str(fn.code_dir if fn else Path.cwd()),
            "POWERTOOLS_TRACE_DISABLED": "false" if tracing else "true",
            "PYTHONDONTWRITEBYTECODE": "1",
        }
    )
    if tracing:
        env["_X_AMZN_TRACE_ID"] = "Root=1-6750e988-bd862e3fe1be46a994272793;Parent=53995c3f42cd8ad8;Sampled=1"
        env["AWS_XRAY_DAEMON_ADDRESS"] = "127.0.0.1:2000"
    return env


def import_in_fresh_process(
    module: str, paths: Iterable[str], env: dict[str, str]
) -> tuple[float, frozenset[str]]:
    """(CPU seconds the import took, modules loaded afterwards) in a new interpreter. CPU time,
    not wall time: importing is CPU-bound, and on a shared machine the wall clock mostly
    measures the neighbours."""
    code = _REPORT.format(paths=[str(p) for p in paths], module=module)
    out = subprocess.run([sys.executable, "-c", code], env=env, capture_output=True, text=True, check=False)
    if out.returncode != 0:
        raise RuntimeError(f"importing {module} failed:\n{out.stderr[-2000:]}")
    report = json.loads(out.stdout.strip().splitlines()[-1])
    return float(report["seconds"]), frozenset(report["modules"])


def compile_code(stack: Stack) -> None:
    """Compile the layer and the functions' code, as the layer build does for Lambda
    (layers/siyu/Makefile): the imports measured then read .pyc files, as a deployed cold
    start does, instead of compiling source that this machine never caches
    (PYTHONDONTWRITEBYTECODE)."""
    import compileall

    compileall.compile_dir(str(LAYER / "siyu"), quiet=1)
    for fn in stack.functions().values():
        compileall.compile_dir(str(fn.code_dir), quiet=1, maxlevels=0)


def handler_paths(fn: Function) -> list[str]:
    """What Lambda puts first on sys.path: the function's code, then the layer (/opt/python)."""
    return [str(fn.code_dir), str(LAYER)]


def import_handler(stack: Stack, fn: Function, *, tracing: bool) -> tuple[float, frozenset[str]]:
    return import_in_fresh_process(
        fn.module, handler_paths(fn), lambda_environment(stack, fn, tracing=tracing)
    )


def import_boto3(stack: Stack) -> float:
    return import_in_fresh_process("boto3", [], lambda_environment(stack, None, tracing=False))[0]


def denied(modules: Iterable[str]) -> dict[str, str]:
    """The deny-listed modules among those loaded, with why each is denied."""
    loaded = set(modules)
    return {name: why for name, why in DENIED.items() if name in loaded}


def interleaved_ratio(stack: Stack, fn: Function, runs: int, *, tracing: bool) -> tuple[float, float, float]:
    """Median over `runs` interleaved pairs of (handler import / bare boto3 import), each in a
    fresh interpreter; and the medians of both in seconds."""
    return _interleaved(stack, runs, lambda: import_handler(stack, fn, tracing=tracing)[0])


# What a handler's import cannot do without, by kind: the libraries alone, none of Siyu's
# code but the deferral of Powertools' package inits that every handler imports first. An
# HTTP function's import builds the route table (Powertools' resolver with request
# validation, which loads pydantic) and sets up logs and metrics; an event function's only
# the logs and metrics. DynamoDB (PynamoDB, botocore) is the first request's (DENIED above).
FLOORS: dict[str, tuple[str, ...]] = {
    "HTTP function (resolver with validation, pydantic, logs, metrics)": (
        "siyu.lazy_powertools",
        "aws_lambda_powertools.event_handler.api_gateway",
        "aws_lambda_powertools.event_handler.middlewares.openapi_validation",
        "aws_lambda_powertools.logging",
        "aws_lambda_powertools.metrics",
        "pydantic.main",
        "pydantic.fields",
    ),
    "event function (logs, metrics)": (
        "siyu.lazy_powertools",
        "aws_lambda_powertools.logging",
        "aws_lambda_powertools.metrics",
    ),
}


def floor_ratio(stack: Stack, modules: tuple[str, ...], runs: int) -> tuple[float, float, float]:
    """`interleaved_ratio` of importing only these library modules."""
    env = lambda_environment(stack, None, tracing=False)
    paths = [str(LAYER)]
    return _interleaved(stack, runs, lambda: import_in_fresh_process(", ".join(modules), paths, env)[0])


def _interleaved(stack: Stack, runs: int, measure: Callable[[], float]) -> tuple[float, float, float]:
    ratios, measured, boto3 = [], [], []
    for run in range(runs):
        # Which goes first alternates, so a machine slowing down or speeding up during the
        # pairs (a neighbour starting, a clock changing) weighs on both sides alike.
        if run % 2 == 0:
            base, seconds = import_boto3(stack), measure()
        else:
            seconds, base = measure(), import_boto3(stack)
        boto3.append(base)
        measured.append(seconds)
        ratios.append(seconds / base)
    return statistics.median(ratios), statistics.median(measured), statistics.median(boto3)


# One interpreter imports what every handler shares (none of it denied), then forks a child
# per handler: each child imports only its handler, with its own environment and path. Not
# the resolver: each handler must defer its package inits itself (siyu.lazy_powertools).
_FORKING = """
import json, os, sys
import aws_lambda_powertools.logging, aws_lambda_powertools.metrics
import pydantic
jobs = json.load(sys.stdin)
base = set(sys.modules)
for job in jobs:
    read, write = os.pipe()
    pid = os.fork()
    if pid == 0:
        os.close(read)
        status = 0
        try:
            os.environ.clear()
            os.environ.update(job["env"])
            sys.path[:0] = job["paths"]
            __import__(job["module"])
            report = {"modules": sorted(sys.modules)}
        except BaseException as exc:
            report, status = {"error": f"{type(exc).__name__}: {exc}"}, 1
        with os.fdopen(write, "w") as out:
            json.dump(report, out)
        os._exit(status)
    os.close(write)
    with os.fdopen(read) as answer:
        report = json.load(answer)
    os.waitpid(pid, 0)
    print(json.dumps({"id": job["id"], "base": sorted(base), **report}), flush=True)
"""


def modules_of_handlers(
    stack: Stack, functions: Iterable[Function], *, tracing: bool
) -> dict[str, frozenset[str]]:
    """The modules each function's handler module has loaded once imported, by logical id."""
    jobs = [
        {
            "id": fn.logical_id,
            "module": fn.module,
            "paths": handler_paths(fn),
            "env": lambda_environment(stack, fn, tracing=tracing),
        }
        for fn in functions
    ]
    env = lambda_environment(stack, None, tracing=False)
    out = subprocess.run(
        [sys.executable, "-c", _FORKING],
        input=json.dumps(jobs),
        env={**env, "PYTHONPATH": str(LAYER)},
        capture_output=True,
        text=True,
        check=False,
    )
    if out.returncode != 0:
        raise RuntimeError(f"the import probe failed:\n{out.stderr[-2000:]}")
    found: dict[str, frozenset[str]] = {}
    for line in out.stdout.splitlines():
        report = json.loads(line)
        if "error" in report:
            raise RuntimeError(f"{report['id']}: importing the handler failed: {report['error']}")
        if leaked := denied(report["base"]):
            raise RuntimeError(f"the probe's shared imports load denied modules: {sorted(leaked)}")
        found[report["id"]] = frozenset(report["modules"])
    return found
