"""The template's functions, invoked the way Lambda invokes them: one event, a context object
with the function's name, ARN, request id and deadline, and the function's timeout enforced.

Lambda's concurrency model: each function runs in containers — here worker processes
(`siyu_local.container`), each serving one invocation at a time, started on demand (cold start
logged) up to a per-function limit (the template's ReservedConcurrentExecutions, else
`max_containers`, default 4), reaped after `idle_seconds` unused, and killed when an
invocation times out. Module state is per container. Threads cannot be containers: the
Powertools resolver keeps the current event on a class attribute shared by the process.

A `LocalFunction` given a Python callable instead (runtime unit tests) runs in-process, one
invocation at a time."""

from __future__ import annotations

import contextlib
import itertools
import json
import logging
import os
import select
import subprocess
import sys
import threading
import time
import traceback
import uuid
from collections.abc import Callable, Mapping
from concurrent.futures import ThreadPoolExecutor
from concurrent.futures import TimeoutError as FutureTimeout
from dataclasses import dataclass, field
from datetime import UTC, datetime
from typing import Any

from siyu_local.template import Stack

Handler = Callable[[Any, Any], Any]
INIT_TIMEOUT = 120.0  # s for a container's imports (Lambda allows 10 s; a loaded 2-core machine needs more)
log = logging.getLogger("siyu_local")


@dataclass
class LocalFunction:
    logical_id: str
    name: str
    arn: str
    handler: Handler | str  # a callable (in-process) or "module.function" (containers)
    timeout: float = 10.0
    memory_mb: int = 512
    environment: dict[str, str] = field(default_factory=dict)
    code_dir: str = ""
    reserved_concurrency: int | None = None


class Container:
    """One worker process of one function (see siyu_local.container)."""

    _ids = itertools.count(1)

    def __init__(self, fn: LocalFunction) -> None:
        self.fn = fn
        self.id = next(self._ids)
        self.last_used = time.monotonic()
        self.invocations = 0
        paths = [fn.code_dir, *[p for p in sys.path if p and os.path.isdir(p)]]
        env = {
            **os.environ,
            **fn.environment,
            "PYTHONPATH": os.pathsep.join(dict.fromkeys(paths)),
            "AWS_LAMBDA_FUNCTION_NAME": fn.name,
            "AWS_LAMBDA_FUNCTION_MEMORY_SIZE": str(fn.memory_mb),
            "AWS_LAMBDA_FUNCTION_VERSION": "$LATEST",
            "AWS_LAMBDA_LOG_STREAM_NAME": f"container-{self.id}",
        }
        started = time.perf_counter()
        assert isinstance(fn.handler, str)
        self.process = subprocess.Popen(
            [sys.executable, "-m", "siyu_local.container", fn.handler],
            stdin=subprocess.PIPE,
            stdout=subprocess.PIPE,
            env=env,
            text=True,
            bufsize=1,
        )  # it exits when the runtime dies: its stdin closes
        hello = self._read(INIT_TIMEOUT)
        if hello is None or "init_error" in hello:
            self.kill()
            reason = (hello or {}).get("init_error", "no answer")
            raise RuntimeError(f"{fn.logical_id}: container failed to start: {reason}")
        self.init_ms = float(hello["init_ms"])  # the container's own init: imports and clients
        log.info(
            "%s: cold start, container %d (init %.0f ms, ready in %.0f ms)",
            fn.logical_id,
            self.id,
            hello["init_ms"],
            (time.perf_counter() - started) * 1000,
        )

    @property
    def pid(self) -> int:
        return self.process.pid

    def _read(self, timeout: float) -> dict[str, Any] | None:
        assert self.process.stdout is not None
        ready, _, _ = select.select([self.process.stdout], [], [], max(0.0, timeout))
        if not ready:
            return None
        line = self.process.stdout.readline()
        return json.loads(line) if line else None

    def invoke(self, payload: Any, request_id: str) -> dict[str, Any] | None:
        """The container's reply, or None when it timed out or died (it is then killed)."""
        from siyu import clock

        assert self.process.stdin is not None
        self.invocations += 1
        message = {
            "event": payload,
            "request_id": request_id,
            "function_name": self.fn.name,
            "function_arn": self.fn.arn,
            "memory_mb": self.fn.memory_mb,
            "timeout_ms": int(self.fn.timeout * 1000),
            "clock_offset": (clock.now() - datetime.now(UTC)).total_seconds(),
        }
        try:
            self.process.stdin.write(json.dumps(message) + "\n")
            self.process.stdin.flush()
            reply = self._read(self.fn.timeout)
        except (OSError, ValueError):
            reply = None
        self.last_used = time.monotonic()
        if reply is None:
            self.kill()
        return reply

    def alive(self) -> bool:
        return self.process.poll() is None

    def kill(self) -> None:
        if self.process.poll() is None:
            self.process.kill()
        with contextlib.suppress(subprocess.TimeoutExpired):
            self.process.wait(timeout=5)
        for stream in (self.process.stdin, self.process.stdout):
            if stream is not None:
                with contextlib.suppress(OSError):
                    stream.close()


class ContainerPool:
    """The containers of one function: reuse an idle one, else start one up to `limit`, else
    wait for one to be free (Lambda would throttle; a local runtime queues instead)."""

    def __init__(self, fn: LocalFunction, limit: int) -> None:
        self.fn = fn
        self.limit = max(1, limit)
        self.idle: list[Container] = []
        self.busy: set[Container] = set()
        self.starting = 0
        self.started = 0
        self.peak = 0
        self._cond = threading.Condition()

    def acquire(self, timeout: float) -> Container | None:
        deadline = time.monotonic() + timeout
        with self._cond:
            while True:
                while self.idle:
                    container = self.idle.pop()  # the warmest one, as Lambda prefers
                    if container.alive():
                        self.busy.add(container)
                        self.peak = max(self.peak, len(self.busy))
                        return container
                if len(self.busy) + self.starting < self.limit:
                    self.starting += 1
                    break
                if not self._cond.wait(max(0.0, deadline - time.monotonic())):
                    return None
        try:
            container = Container(self.fn)
        finally:
            with self._cond:
                self.starting -= 1
                self._cond.notify()
        with self._cond:
            self.started += 1
            self.busy.add(container)
            self.peak = max(self.peak, len(self.busy))
        return container

    def release(self, container: Container) -> None:
        with self._cond:
            self.busy.discard(container)
            if container.alive():
                self.idle.append(container)
            self._cond.notify()

    def reap(self, idle_seconds: float) -> int:
        now = time.monotonic()
        with self._cond:
            old = [c for c in self.idle if now - c.last_used > idle_seconds or not c.alive()]
            self.idle = [c for c in self.idle if c not in old]
        for container in old:
            container.kill()
        return len(old)

    def stop(self) -> None:
        with self._cond:
            containers = [*self.idle, *self.busy]
            self.idle, self.busy = [], set()
        for container in containers:
            container.kill()

    def describe(self) -> dict[str, Any]:
        with self._cond:
            return {
                "limit": self.limit,
                "warm": len(self.idle) + len(self.busy),
                "busy": len(self.busy),
                "started": self.started,
                "peak": self.peak,
                "pids": sorted(c.pid for c in [*self.idle, *self.busy]),
            }


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

    def __init__(
        self,
        functions: Mapping[str, LocalFunction],
        *,
        max_concurrency: int = 32,
        max_containers: int = 4,
        idle_seconds: float = 300.0,
    ) -> None:
        self._functions = dict(functions)
        self._by_name = {f.name: f for f in self._functions.values()}
        self._pool = ThreadPoolExecutor(max_concurrency, thread_name_prefix="lambda")
        self._lock = threading.Lock()
        # In-process functions (callables): one invocation at a time, as one container.
        self._in_process = {logical_id: threading.Lock() for logical_id in self._functions}
        self.containers = {
            logical_id: ContainerPool(fn, fn.reserved_concurrency or max_containers)
            for logical_id, fn in self._functions.items()
            if isinstance(fn.handler, str)
        }
        self.idle_seconds = idle_seconds
        self.invocations = 0
        self.on_invoked: Callable[[], None] | None = None  # after each container invocation
        self._running = 0
        self._last_ended = time.monotonic()

    @classmethod
    def from_stack(cls, stack: Stack, *, max_containers: int = 4, idle_seconds: float = 300.0) -> Functions:
        return cls(
            {
                logical_id: LocalFunction(
                    logical_id,
                    fn.name,
                    fn.arn,
                    fn.handler,
                    float(fn.timeout),
                    fn.memory_mb,
                    environment=fn.environment,
                    code_dir=str(fn.code_dir),
                    reserved_concurrency=fn.reserved_concurrency,
                )
                for logical_id, fn in stack.functions().items()
            },
            max_containers=max_containers,
            idle_seconds=idle_seconds,
        )

    def reap(self) -> int:
        """Stop containers idle for longer than `idle_seconds`."""
        return sum(pool.reap(self.idle_seconds) for pool in self.containers.values())

    def describe(self) -> dict[str, Any]:
        return {logical_id: pool.describe() for logical_id, pool in self.containers.items()}

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

    def quiet_for(self) -> float:
        """Seconds since the last invocation ended, 0 while one runs: how long nothing has
        happened (work in flight through streams, queues and rules is always an invocation)."""
        with self._lock:
            return 0.0 if self._running else time.monotonic() - self._last_ended

    def invoke(self, logical_id: str, event: Any) -> Invocation:
        with self._lock:
            self.invocations += 1
            self._running += 1
        try:
            return self._invoke(logical_id, event)
        finally:
            with self._lock:
                self._running -= 1
                self._last_ended = time.monotonic()

    def _invoke(self, logical_id: str, event: Any) -> Invocation:
        fn = self._functions[logical_id]
        if logical_id in self.containers:
            try:
                return self._invoke_container(self.containers[logical_id], event)
            finally:
                if self.on_invoked is not None:
                    self.on_invoked()
        request_id = str(uuid.uuid4())
        # A JSON round trip, as Lambda's payload is: handlers never share objects with the caller.
        payload = json.loads(json.dumps(event))
        started = time.perf_counter()
        container = self._in_process[logical_id]
        handler = fn.handler
        assert callable(handler)

        def run() -> Any:
            with container:
                return handler(payload, LambdaContext(fn, request_id))

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

    def _invoke_container(self, pool: ContainerPool, event: Any) -> Invocation:
        fn = pool.fn
        started = time.perf_counter()
        try:
            container = pool.acquire(timeout=INIT_TIMEOUT)
        except RuntimeError as exc:
            log.error("%s", exc)
            return Invocation(fn.logical_id, False, error=f"Runtime.InitError: {exc}")
        if container is None:
            log.error("%s: no container free within the wait (limit %d)", fn.logical_id, pool.limit)
            return Invocation(fn.logical_id, False, error="TooManyRequestsException: Rate Exceeded.")
        try:
            reply = container.invoke(event, str(uuid.uuid4()))
        finally:
            pool.release(container)
        ms = (time.perf_counter() - started) * 1000
        if reply is None:
            error = (
                f"Task timed out after {fn.timeout:.2f} seconds"
                if ms >= fn.timeout * 1000
                else "Runtime.ExitError: the container exited"
            )
            log.error("%s: %s (container %d stopped)", fn.logical_id, error, container.id)
            return Invocation(fn.logical_id, False, error=error, duration_ms=ms)
        if not reply["ok"]:
            log.error("%s raised %s", fn.logical_id, reply.get("traceback") or reply["error"])
            return Invocation(fn.logical_id, False, error=reply["error"], duration_ms=ms)
        return Invocation(fn.logical_id, True, result=reply["result"], duration_ms=ms)

    def shutdown(self) -> None:
        self._pool.shutdown(wait=False, cancel_futures=True)
        for pool in self.containers.values():
            pool.stop()
