"""One Lambda container: `python -m siyu_local.container module.handler`, started by
`lambdas.Functions`. It imports the handler once (the cold start, timed and reported), then
serves one invocation at a time, for as long as the runtime keeps it: module state lives
as long as the process, as in Lambda.

Protocol, one JSON line each way on the process's original stdout/stdin (the handler's own
prints and logs go to stderr): in {"event", "request_id", "function_name", "function_arn",
"memory_mb", "timeout_ms", "clock_offset"}; out {"ok": true, "result"} or {"ok": false,
"error": "Type: message", "traceback"}.
"""

from __future__ import annotations

import importlib
import json
import os
import sys
import time
import traceback
import warnings
from datetime import timedelta
from typing import Any


class Context:
    """What Lambda passes as `context` (the attributes Powertools and handlers read)."""

    function_version = "$LATEST"
    identity = None
    client_context = None

    def __init__(self, message: dict[str, Any]) -> None:
        self.function_name = message["function_name"]
        self.invoked_function_arn = message["function_arn"]
        self.memory_limit_in_mb = message["memory_mb"]
        self.aws_request_id = message["request_id"]
        self.log_group_name = f"/aws/lambda/{self.function_name}"
        self.log_stream_name = f"{time.strftime('%Y/%m/%d')}/[$LATEST]{self.aws_request_id[:32]}"
        self._deadline = time.monotonic() + message["timeout_ms"] / 1000

    def get_remaining_time_in_millis(self) -> int:
        return max(0, int((self._deadline - time.monotonic()) * 1000))


def _traceback(exc: BaseException) -> str:
    frames = [f for f in traceback.extract_tb(exc.__traceback__) if not f.filename.endswith("container.py")]
    lines = ["Traceback (most recent call last):\n", *traceback.format_list(frames)]
    return "".join(lines + traceback.format_exception_only(type(exc), exc)).rstrip()


def main(spec: str) -> int:
    channel = os.fdopen(os.dup(1), "w", encoding="utf-8")
    os.dup2(2, 1)  # the handler's prints and Powertools logs: stderr, like CloudWatch
    sys.stdout = sys.stderr
    warnings.filterwarnings("ignore", message="No application metrics to publish")
    started = time.perf_counter()
    from siyu_local.botocore_data import share_botocore_data, warm_clients

    share_botocore_data()
    warm_clients("dynamodb")
    module_name, attribute = spec.rsplit(".", 1)
    try:
        handler = getattr(importlib.import_module(module_name), attribute)
    except Exception as exc:
        print(json.dumps({"init_error": f"{type(exc).__name__}: {exc}"}), file=channel, flush=True)
        return 1
    print(json.dumps({"init_ms": round((time.perf_counter() - started) * 1000, 1)}), file=channel, flush=True)
    from siyu import clock

    for line in sys.stdin:
        message = json.loads(line)
        clock.clock.reset()
        clock.clock.shift(timedelta(seconds=message.get("clock_offset", 0.0)))
        try:
            result = handler(message["event"], Context(message))
        except Exception as exc:
            text = json.dumps(
                {"ok": False, "error": f"{type(exc).__name__}: {exc}", "traceback": _traceback(exc)}
            )
        else:
            try:
                text = json.dumps({"ok": True, "result": result})
            except (TypeError, ValueError) as exc:
                text = json.dumps({"ok": False, "error": f"Runtime.MarshalError: {exc}", "traceback": ""})
        print(text, file=channel, flush=True)
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1]))
