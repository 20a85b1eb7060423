"""The template's functions, imported in-process and invoked the way Lambda invokes them:
one event, a context object with the function's name, ARN, request id and deadline, and the
function's timeout enforced (a timed-out invocation fails; its thread is left to finish)."""

from __future__ import annotations

import importlib
import json
import logging
import sys
import threading
import time
import traceback
import uuid
from collections.abc import Callable, Mapping
from concurrent.futures import ThreadPoolExecutor
from concurrent.futures import TimeoutError as FutureTimeout
from dataclasses import dataclass
from typing import Any

from siyu_local.template import Function, Stack

Handler = Callable[[Any, Any], Any]
log = logging.getLogger("siyu_local")


@dataclass
class LocalFunction:
    logical_id: str
    name: str
    arn: str
    handler: Handler
    timeout: float = 10.0
    memory_mb: int = 512


class LambdaContext:
    """What Lambda passes as `context` (the attributes Powertools and handlers read)."""

    function_version = "$LATEST"
    identity = None
    client_context = None

    def __init__(self, fn: LocalFunction, request_id: str) -> None:
        self.function_name = fn.name
        self.invoked_function_arn = fn.arn
        self.memory_limit_in_mb = fn.memory_mb
        self.aws_request_id = request_id
        self.log_group_name = f"/aws/lambda/{fn.name}"
        self.log_stream_name = f"{time.strftime('%Y/%m/%d')}/[$LATEST]{request_id[:32]}"
        self._deadline = time.monotonic() + fn.timeout

    def get_remaining_time_in_millis(self) -> int:
        return max(0, int((self._deadline - time.monotonic()) * 1000))


@dataclass
class Invocation:
    function: str
    ok: bool
    result: Any = None
    error: str | None = None  # "ErrorType: message", as Lambda reports a function error
    duration_ms: float = 0.0


def import_handler(fn: Function) -> Handler:
    """Import `module.function` from the function's CodeUri (module names are unique)."""
    if str(fn.code_dir) not in sys.path:
        sys.path.insert(0, str(fn.code_dir))
    module_name, attribute = fn.handler.rsplit(".", 1)
    module = importlib.import_module(module_name)
    handler: Handler = getattr(module, attribute)
    return handler


def _handler_traceback(exc: BaseException) -> str:
    """The traceback from the handler down, as Lambda logs it (no runtime or executor frames)."""
    frames = [
        f
        for f in traceback.extract_tb(exc.__traceback__)
        if "concurrent/futures" not in f.filename and not f.filename.endswith("siyu_local/lambdas.py")
    ]
    lines = ["Traceback (most recent call last):\n", *traceback.format_list(frames)]
    lines += traceback.format_exception_only(type(exc), exc)
    return "".join(lines).rstrip()


class Functions:
    """The functions of one stack, by logical id, name or ARN."""

    def __init__(self, functions: Mapping[str, LocalFunction], *, max_concurrency: int = 32) -> None:
        self._functions = dict(functions)
        self._by_name = {f.name: f for f in self._functions.values()}
        self._pool = ThreadPoolExecutor(max_concurrency, thread_name_prefix="lambda")
        self._lock = threading.Lock()
        # One warm container per function: Lambda never runs two events in one process at once,
        # and handlers rely on that (the Powertools resolver keeps the current event on `app`).
        self._containers = {logical_id: threading.Lock() for logical_id in self._functions}
        self.invocations = 0

    @classmethod
    def from_stack(cls, stack: Stack) -> Functions:
        return cls(
            {
                logical_id: LocalFunction(
                    logical_id, fn.name, fn.arn, import_handler(fn), float(fn.timeout), fn.memory_mb
                )
                for logical_id, fn in stack.functions().items()
            }
        )

    def __contains__(self, logical_id: object) -> bool:
        return logical_id in self._functions

    def __getitem__(self, logical_id: str) -> LocalFunction:
        return self._functions[logical_id]

    def names(self) -> list[str]:
        return sorted(self._functions)

    def for_arn(self, arn: str) -> LocalFunction | None:
        """By ARN (qualifier ignored) or bare function name."""
        parts = arn.split(":")
        name = parts[6] if arn.startswith("arn:") and len(parts) > 6 else arn
        return self._by_name.get(name)

    def invoke(self, logical_id: str, event: Any) -> Invocation:
        fn = self._functions[logical_id]
        request_id = str(uuid.uuid4())
        # A JSON round trip, as Lambda's payload is: handlers never share objects with the caller.
        payload = json.loads(json.dumps(event))
        started = time.perf_counter()
        with self._lock:
            self.invocations += 1
        container = self._containers[logical_id]

        def run() -> Any:
            with container:
                return fn.handler(payload, LambdaContext(fn, request_id))

        future = self._pool.submit(run)
        try:
            result = future.result(timeout=fn.timeout)
        except FutureTimeout:
            ms = (time.perf_counter() - started) * 1000
            log.error("%s: Task timed out after %.2f seconds", fn.logical_id, fn.timeout)
            return Invocation(
                logical_id, False, error=f"Task timed out after {fn.timeout:.2f} seconds", duration_ms=ms
            )
        except Exception as exc:
            ms = (time.perf_counter() - started) * 1000
            log.error("%s raised %s", fn.logical_id, _handler_traceback(exc))
            return Invocation(logical_id, False, error=f"{type(exc).__name__}: {exc}", duration_ms=ms)
        ms = (time.perf_counter() - started) * 1000
        try:
            result = json.loads(json.dumps(result))
        except (TypeError, ValueError) as exc:
            log.error("%s returned a value that is not JSON: %s", fn.logical_id, exc)
            return Invocation(logical_id, False, error=f"Runtime.MarshalError: {exc}", duration_ms=ms)
        return Invocation(logical_id, True, result=result, duration_ms=ms)

    def shutdown(self) -> None:
        self._pool.shutdown(wait=False, cancel_futures=True)
