"""Powertools Logger, Tracer and Metrics, set up once per container.

Tracing: on Lambda with active tracing (template.yaml `Tracing: Active`) Lambda itself records
each invocation's segment; Powertools' Tracer (the X-Ray SDK) adds the handler's subsegment and
one per AWS call. The SDK is loaded only where it can send anything — in a Lambda container
with tracing not turned off (`POWERTOOLS_TRACE_DISABLED`) — and patches only the libraries
Siyu calls out through (`TRACED_MODULES`), not every library it finds installed. Elsewhere
(tests, the local runtime, benchmarks) `tracer` is a no-op with the same decorators, so
neither the SDK nor its botocore data is imported there."""

from __future__ import annotations

import functools
import os
from collections.abc import Callable
from typing import Any

from aws_lambda_powertools import Logger, Metrics

# botocore: every DynamoDB, SQS, EventBridge, Firehose, Scheduler and Secrets Manager call
# (PynamoDB goes through botocore too); httplib: the Kuaishou client (urllib).
TRACED_MODULES = ("botocore", "httplib")
_TRUTHY = {"1", "true", "yes", "on", "y", "t"}


def tracing_enabled() -> bool:
    """Whether X-Ray can receive anything: in a Lambda container (not SAM's emulator), unless
    `POWERTOOLS_TRACE_DISABLED` says otherwise — the conditions Powertools' Tracer applies."""
    if os.getenv("POWERTOOLS_TRACE_DISABLED", "false").strip().lower() in _TRUTHY:
        return False
    in_lambda = bool(os.getenv("LAMBDA_TASK_ROOT"))
    emulated = bool(os.getenv("AWS_SAM_LOCAL") or os.getenv("AWS_CHALICE_CLI_MODE"))
    return in_lambda and not emulated


class NoTracer:
    """What `tracer` is when tracing is off: Powertools Tracer's decorators, doing nothing."""

    disabled = True

    def capture_lambda_handler(self, lambda_handler: Callable[..., Any] | None = None, **_: Any) -> Any:
        if lambda_handler is None:
            return lambda fn: fn
        return lambda_handler

    def capture_method(self, method: Callable[..., Any] | None = None, **_: Any) -> Any:
        if method is None:
            return lambda fn: fn
        return method

    def put_annotation(self, key: str, value: Any) -> None:
        return None

    def put_metadata(self, key: str, value: Any, namespace: str | None = None) -> None:
        return None


class LazyTracer:
    """What `tracer` is when tracing is on: Powertools' Tracer, created by the first invocation
    instead of at import. Creating it loads the X-Ray SDK and patches botocore (which imports
    botocore's client) — a third of a cold import; deferred, it is paid by the first request,
    which talks to AWS and so loads botocore anyway. Patching wraps botocore's client class, so
    clients made before the patch are traced as well."""

    disabled = False

    def __init__(self) -> None:
        self._tracer: Any = None

    @property
    def real(self) -> Any:
        if self._tracer is None:
            from aws_lambda_powertools import Tracer

            self._tracer = Tracer(patch_modules=TRACED_MODULES)
        return self._tracer

    def capture_lambda_handler(self, lambda_handler: Callable[..., Any] | None = None, **options: Any) -> Any:
        if lambda_handler is None:
            return lambda fn: self.capture_lambda_handler(fn, **options)
        handler = lambda_handler
        traced: list[Callable[..., Any]] = []

        @functools.wraps(handler)
        def invoke(event: Any, context: Any) -> Any:
            if not traced:
                traced.append(self.real.capture_lambda_handler(handler, **options))
            return traced[0](event, context)

        return invoke

    def put_annotation(self, key: str, value: Any) -> None:
        self.real.put_annotation(key, value)

    def put_metadata(self, key: str, value: Any, namespace: str | None = None) -> None:
        self.real.put_metadata(key, value, namespace)


def make_tracer() -> NoTracer | LazyTracer:
    """Powertools' Tracer, created on first use, when tracing is on (see the module docstring),
    else a `NoTracer`."""
    return LazyTracer() if tracing_enabled() else NoTracer()


logger = Logger()
tracer = make_tracer()
metrics = Metrics(namespace="Siyu")
