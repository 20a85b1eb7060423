"""A webhook receiver for tests and for merchants to try (`/_local/webhooks` of the local
runtime, or `InboxServer` on its own port): it verifies Standard Webhooks signatures,
applies each `webhook-id` once (exactly-once effect under at-least-once delivery), keeps the
latest state per aggregate by `sequence` (stale updates dropped), and can be told to fail or
be slow.

    POST /_local/webhooks/<inbox>            a delivery (the endpoint URL to register)
    GET  /_local/webhooks/<inbox>            what arrived: every request, effects, state
    POST /_local/webhooks/<inbox>/config     {"secret": "whsec_…", "fail_status": 500,
                                              "fail_times": 3, "retry_after": 10, "delay_seconds": 2}
    DELETE /_local/webhooks/<inbox>          forget the inbox
"""

from __future__ import annotations

import json
import threading
import time
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any

from siyu import clock
from siyu.crm import signing

PREFIX = "/_local/webhooks"


@dataclass
class Inbox:
    secret: str | None = None
    fail_status: int | None = None
    fail_times: int = 0  # -1: until told otherwise
    retry_after: int | None = None
    delay_seconds: float = 0.0
    arrivals: list[dict[str, Any]] = field(default_factory=list)
    effects: dict[str, dict[str, Any]] = field(default_factory=dict)  # webhook-id -> payload, once
    state: dict[str, dict[str, Any]] = field(default_factory=dict)  # aggregate -> latest by sequence

    def view(self) -> dict[str, Any]:
        return {
            "arrivals": self.arrivals,
            "effects": len(self.effects),
            "applied_ids": list(self.effects),
            "state": self.state,
            "config": {
                "fail_status": self.fail_status,
                "fail_times": self.fail_times,
                "retry_after": self.retry_after,
                "delay_seconds": self.delay_seconds,
                "secret_set": self.secret is not None,
            },
        }


class WebhookInbox:
    def __init__(self) -> None:
        self.inboxes: dict[str, Inbox] = {}
        self.lock = threading.Lock()

    def inbox(self, name: str) -> Inbox:
        with self.lock:
            return self.inboxes.setdefault(name, Inbox())

    def configure(self, name: str, settings: dict[str, Any]) -> Inbox:
        inbox = self.inbox(name)
        with self.lock:
            for key in ("secret", "fail_status", "fail_times", "retry_after", "delay_seconds"):
                if key in settings:
                    setattr(inbox, key, settings[key])
        return inbox

    def receive(
        self, name: str, headers: dict[str, str], body: str
    ) -> tuple[int, dict[str, str], dict[str, Any]]:
        inbox = self.inbox(name)
        lower = {k.lower(): v for k, v in headers.items()}
        if inbox.delay_seconds:
            time.sleep(inbox.delay_seconds)
        verified = inbox.secret is not None and signing.verify(
            inbox.secret, lower, body, clock.now().timestamp()
        )
        arrival: dict[str, Any] = {
            "at": clock.now_iso(),
            "webhook_id": lower.get("webhook-id"),
            "webhook_timestamp": lower.get("webhook-timestamp"),
            "signatures": len(lower.get("webhook-signature", "").split()),
            "verified": verified,
        }
        with self.lock:
            inbox.arrivals.append(arrival)
            if inbox.fail_status and inbox.fail_times != 0:
                inbox.fail_times -= 1 if inbox.fail_times > 0 else 0
                arrival["answered"] = inbox.fail_status
                extra = {"retry-after": str(inbox.retry_after)} if inbox.retry_after is not None else {}
                return inbox.fail_status, extra, {"error": "told to fail"}
            if inbox.secret is not None and not verified:
                arrival["answered"] = 401
                return 401, {}, {"error": "signature not verified"}
            msg_id = arrival["webhook_id"] or ""
            duplicate = msg_id in inbox.effects
            if not duplicate:
                payload = json.loads(body)
                inbox.effects[msg_id] = payload
                aggregate, sequence = payload.get("aggregate"), int(payload.get("sequence") or 0)
                current = inbox.state.get(aggregate or "")
                if aggregate and (current is None or current["sequence"] < sequence):
                    inbox.state[aggregate] = {
                        "sequence": sequence,
                        "type": payload.get("type"),
                        "data": payload.get("data"),
                    }
            arrival["answered"] = 200
            arrival["duplicate"] = duplicate
            return 200, {}, {"ok": True, "duplicate": duplicate}

    def handle(
        self, method: str, path: str, headers: dict[str, str], body: bytes
    ) -> tuple[int, dict[str, str], Any]:
        """The HTTP face: (status, headers, JSON body) for a request under PREFIX."""
        rest = path[len(PREFIX) :].strip("/")
        name, _, action = rest.partition("/")
        if not name:
            return 200, {}, {"inboxes": sorted(self.inboxes), "usage": __doc__}
        if method == "POST" and action == "config":
            return 200, {}, self.configure(name, json.loads(body or b"{}")).view()["config"]
        if method == "POST" and not action:
            return self.receive(name, headers, body.decode("utf-8", "replace"))
        if method == "GET" and not action:
            return 200, {}, self.inbox(name).view()
        if method == "DELETE" and not action:
            with self.lock:
                self.inboxes.pop(name, None)
            return 200, {}, {"deleted": name}
        return 404, {}, {"message": "Not Found"}


class InboxServer:
    """The inbox on its own loopback port (tests, benchmarks): `url(name)` is the endpoint URL."""

    def __init__(self, inbox: WebhookInbox | None = None) -> None:
        self.inbox = inbox or WebhookInbox()
        owner = self

        class Handler(BaseHTTPRequestHandler):
            protocol_version = "HTTP/1.1"
            disable_nagle_algorithm = True  # headers and body are two writes: no 40 ms delayed-ACK stall

            def _serve(self) -> None:
                length = int(self.headers.get("content-length") or 0)
                body = self.rfile.read(length) if length else b""
                status, extra, answer = owner.inbox.handle(self.command, self.path, dict(self.headers), body)
                data = json.dumps(answer, ensure_ascii=False).encode()
                self.send_response(status)
                for key, value in {"content-type": "application/json", **extra}.items():
                    self.send_header(key, value)
                self.send_header("content-length", str(len(data)))
                self.end_headers()
                try:
                    self.wfile.write(data)
                except (BrokenPipeError, ConnectionResetError):
                    return  # the sender gave up waiting (a timeout it was told to have)

            do_GET = do_POST = do_DELETE = _serve

            def log_message(self, format: str, *args: Any) -> None:
                return

        self.server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self.server.daemon_threads = True
        self.thread = threading.Thread(target=self.server.serve_forever, daemon=True, name="webhook-inbox")

    def start(self) -> InboxServer:
        self.thread.start()
        return self

    def stop(self) -> None:
        self.server.shutdown()
        self.server.server_close()

    def url(self, name: str) -> str:
        return f"http://127.0.0.1:{self.server.server_address[1]}{PREFIX}/{name}"
