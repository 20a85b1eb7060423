"""DynamoDB atomicity on moto.

moto does not serialise requests, so two threads can both pass the same condition and
oversell. DynamoDB itself applies each conditional write or transaction atomically; these
wrappers restore that by letting one DynamoDB request through moto at a time — in-process
(tests with `mock_aws`) and in the moto server of the local runtime.
"""

from __future__ import annotations

import threading
from collections.abc import Callable, Iterable, Iterator
from contextlib import contextmanager
from typing import Any

from moto.core.botocore_stubber import BotocoreStubber

_lock = threading.RLock()


def _is_dynamodb(url: str) -> bool:
    return "dynamodb." in url and "streams.dynamodb" not in url


@contextmanager
def serialized_dynamodb() -> Iterator[None]:
    """Inside `mock_aws`: every DynamoDB request runs alone, as an atomic operation would."""
    original = BotocoreStubber.__call__

    def locked(self: BotocoreStubber, event_name: str, request: Any, **kwargs: Any) -> Any:
        if _is_dynamodb(getattr(request, "url", "")):
            with _lock:
                return original(self, event_name, request, **kwargs)
        return original(self, event_name, request, **kwargs)

    BotocoreStubber.__call__ = locked  # type: ignore[method-assign]
    try:
        yield
    finally:
        BotocoreStubber.__call__ = original  # type: ignore[method-assign]


class SerializeDynamoDB:
    """WSGI middleware for the moto server: DynamoDB requests (X-Amz-Target DynamoDB_…) in turn."""

    def __init__(self, app: Callable[..., Iterable[bytes]]) -> None:
        self.app = app

    def __call__(self, environ: dict[str, Any], start_response: Callable[..., Any]) -> Iterable[bytes]:
        if environ.get("HTTP_X_AMZ_TARGET", "").startswith("DynamoDB_"):
            with _lock:
                # Materialise the body inside the lock: the write happens while it is produced.
                return list(self.app(environ, start_response))
        return self.app(environ, start_response)
