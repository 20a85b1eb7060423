"""moto as a server on a free loopback port, in this process, for SQS, EventBridge, Scheduler,
S3, Firehose and Secrets Manager (DynamoDB is DynamoDB Local)."""

from __future__ import annotations

import logging
import re
import threading
from collections.abc import Callable, Iterable
from typing import Any

from moto import backends
from moto.moto_server.werkzeug_app import DomainDispatcherApplication, MotoRequestHandler, create_backend_app
from werkzeug.serving import BaseWSGIServer, make_server


class _KeepAliveHandler(MotoRequestHandler):
    disable_nagle_algorithm = True  # werkzeug writes headers and body apart: no delayed-ACK stall

    def log_request(self, *args: object, **kwargs: object) -> None:
        pass  # the runtime logs API requests and deliveries, not every AWS call


_SCOPE = re.compile(r"Credential=[^/]+/[^/]+/[^/]+/([^/]+)/aws4_request")
# The state a changing request of a service touches (Firehose writes to S3, rules to queues).
_KEPT = {
    "s3": "s3",
    "firehose": "s3",
    "sqs": "sqs",
    "events": "sqs",
    "scheduler": "schedules",
    "secretsmanager": "secrets",
}
_READS = ("Get", "List", "Describe", "Receive", "Head")


def changed_state(environ: dict[str, Any]) -> str | None:
    """Which kept state a request may change ("s3", "sqs", …), or None for reads."""
    scope = _SCOPE.search(environ.get("HTTP_AUTHORIZATION", ""))
    kind = _KEPT.get(scope.group(1)) if scope else None
    if kind is None:
        return None
    target = environ.get("HTTP_X_AMZ_TARGET", "")
    if target:  # JSON protocol: the action names itself
        return None if target.rsplit(".", 1)[-1].startswith(_READS) else kind
    if environ.get("REQUEST_METHOD") in ("GET", "HEAD"):
        return None
    action = environ.get("QUERY_STRING", "")
    return None if "Action=" in action and any(f"Action={r}" in action for r in _READS) else kind


class NotifyChanges:
    """WSGI middleware: after a request that changes kept state, `on_change(kind)` runs before
    the answer goes out, so what a client saw acknowledged is already written."""

    def __init__(self, app: Callable[..., Iterable[bytes]], on_change: Callable[[str], None]) -> None:
        self.app = app
        self.on_change = on_change

    def __call__(self, environ: dict[str, Any], start_response: Callable[..., Any]) -> Iterable[bytes]:
        kind = changed_state(environ)
        if kind is None:
            return self.app(environ, start_response)
        body = list(self.app(environ, start_response))
        self.on_change(kind)
        return body


def _list_moto_modules_once() -> None:
    """moto's dispatcher lists moto's package folder (about 150 entries, each stat-ed) on every
    request, twice when the Host is an IP as here, under its lock; the folder never changes."""
    modules = tuple(backends.list_of_moto_modules())
    backends.list_of_moto_modules = lambda: modules


class MotoServer:
    def __init__(
        self, host: str = "127.0.0.1", port: int = 0, on_change: Callable[[str], None] | None = None
    ) -> None:
        self.host = host
        self.port = port
        self.on_change = on_change
        self._server: BaseWSGIServer | None = None
        self._thread: threading.Thread | None = None

    @property
    def url(self) -> str:
        return f"http://{self.host}:{self.port}"

    def start(self) -> MotoServer:
        logging.getLogger("werkzeug").setLevel(logging.WARNING)
        _list_moto_modules_once()
        app: Any = DomainDispatcherApplication(create_backend_app)
        if self.on_change is not None:
            app = NotifyChanges(app, self.on_change)
        self._server = make_server(
            self.host, self.port, app, threaded=True, request_handler=_KeepAliveHandler
        )
        self.port = self._server.server_address[1]
        self._thread = threading.Thread(target=self._server.serve_forever, name="moto", daemon=True)
        self._thread.start()
        return self

    def stop(self) -> None:
        if self._server is not None:
            self._server.shutdown()
            self._server.server_close()
            self._server = None
        if self._thread is not None:
            self._thread.join(timeout=5)
            self._thread = None
