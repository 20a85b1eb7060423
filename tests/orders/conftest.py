"""Fixtures of the orders tests: the orders functions' own environment (the shared one comes
from the template's Globals), a frozen clock inside the demo store's opening hours, and the
Kuaishou callback address pointed at the payments handler."""

from __future__ import annotations

import os
from collections.abc import Iterator
from http.server import BaseHTTPRequestHandler, HTTPServer
from threading import Thread

import pytest

from siyu import clock
from siyu_local.moto_transactions import faster_transactions
from tests.conftest import STACK, LambdaContextStub

_shared = STACK.environment()
os.environ.update(
    {
        k: v
        for k, v in STACK.functions()["OrdersFunction"].environment.items()
        if k not in _shared and k != "POWERTOOLS_SERVICE_NAME"
    }
)

NOW = "2026-12-01T02:00:00.000Z"  # 10:00 in Shanghai


@pytest.fixture(autouse=True, scope="session")
def _faster_moto_transactions() -> Iterator[None]:
    with faster_transactions():
        yield


@pytest.fixture(autouse=True)
def _frozen_clock() -> Iterator[None]:
    clock.clock.freeze(clock.parse_iso(NOW))
    yield
    clock.clock.reset()


class _Bridge(BaseHTTPRequestHandler):
    """Kuaishou's callback POST → an API Gateway v2 event → the payments handler (one at a
    time, as one Lambda container serves requests)."""

    def do_POST(self) -> None:
        from orders_payments import handler

        from siyu_local.apigw import http_event, parse_response

        raw = self.rfile.read(int(self.headers.get("content-length") or 0))
        event = http_event("POST", self.path, headers=dict(self.headers.items()), body=raw)
        status, headers, body, _ = parse_response(handler(event, LambdaContextStub()))
        self.send_response(status)
        self.send_header("content-type", headers.get("content-type", "application/json"))
        self.send_header("content-length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)

    def log_message(self, *args: object) -> None:
        pass


@pytest.fixture(scope="session")
def notify_bridge() -> Iterator[str]:
    server = HTTPServer(("127.0.0.1", 0), _Bridge)
    thread = Thread(target=server.serve_forever, kwargs={"poll_interval": 0.05}, daemon=True)
    thread.start()
    yield f"http://127.0.0.1:{server.server_address[1]}/v1/payments/kuaishou/notify"
    server.shutdown()
    server.server_close()


@pytest.fixture(autouse=True)
def _callbacks_to_the_handler(fake_kuaishou, notify_bridge) -> Iterator[None]:
    """As the Kuaishou console's default callback address points at the deployed API."""
    fake_kuaishou.default_notify_url = notify_bridge
    fake_kuaishou.callback_hosts = {"127.0.0.1", "localhost", "::1"}
    fake_kuaishou.callback_max_attempts = 3
    fake_kuaishou.auto_complete_refunds = True
    yield
    fake_kuaishou.default_notify_url = None
