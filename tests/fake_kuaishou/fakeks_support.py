"""Helpers shared by the fake Kuaishou tests (loopback HTTP client, callback receiver)."""

from __future__ import annotations

import json
import threading
import urllib.error
import urllib.parse
import urllib.request
from collections.abc import Callable
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any

from siyu_local.fake_kuaishou import epay_sign
from tests.support import wait_for

APP_ID = "ks700000000000000001"
APP_SECRET = "fake-app-secret"

# Never route loopback test traffic through a proxy from the environment.
_OPENER = urllib.request.build_opener(urllib.request.ProxyHandler({}))


class Http:
    """Tiny urllib client returning (status, parsed JSON or text)."""

    def __init__(self, base_url: str) -> None:
        self.base_url = base_url

    def request(
        self,
        method: str,
        path: str,
        *,
        query: dict[str, Any] | None = None,
        form: dict[str, Any] | None = None,
        body: Any = None,
        raw: bytes | None = None,
        headers: dict[str, str] | None = None,
        timeout: float = 5.0,
    ) -> tuple[int, Any]:
        url = self.base_url + path
        if query:
            url += "?" + urllib.parse.urlencode(query)
        data: bytes | None = raw
        hdrs = dict(headers or {})
        if form is not None:
            data = urllib.parse.urlencode(form).encode()
            hdrs.setdefault("Content-Type", "application/x-www-form-urlencoded")
        elif body is not None:
            data = json.dumps(body, ensure_ascii=False).encode()
            hdrs.setdefault("Content-Type", "application/json")
        req = urllib.request.Request(url, data=data, method=method, headers=hdrs)
        try:
            with _OPENER.open(req, timeout=timeout) as resp:
                status, text = resp.status, resp.read()
        except urllib.error.HTTPError as exc:
            status, text = exc.code, exc.read()
        try:
            return status, json.loads(text)
        except ValueError:
            return status, text.decode()

    def form(self, path: str, form: dict[str, Any], **kw: Any) -> dict[str, Any]:
        status, body = self.request("POST", path, form=form, **kw)
        assert status == 200, (status, body)
        return body

    def token(self) -> str:
        body = self.form(
            "/oauth2/access_token",
            {"app_id": APP_ID, "app_secret": APP_SECRET, "grant_type": "client_credentials"},
        )
        assert body["result"] == 1, body
        return str(body["access_token"])

    def epay(self, endpoint: str, body: dict[str, Any], token: str, *, sign: bool = True) -> dict[str, Any]:
        query = {"app_id": APP_ID, "access_token": token}
        if sign:
            body = {**body, "sign": epay_sign({**query, **body}, APP_SECRET)}
        status, answer = self.request(
            "POST", f"/openapi/mp/developer/epay/{endpoint}", query=query, body=body
        )
        assert status == 200, (status, answer)
        return answer


class Receiver:
    """A developer backend stand-in: records callbacks and answers with scripted replies.

    ``replies`` is consumed one per request: "ack" (echo message_id), "nack" (result 0),
    "500", "no_id" (result 1 without message_id); when empty it acks.
    """

    def __init__(self) -> None:
        self.received: list[dict[str, Any]] = []
        self.replies: list[str] = []
        self.event = threading.Event()
        receiver = self

        class Handler(BaseHTTPRequestHandler):
            def log_message(self, format: str, *args: Any) -> None:
                pass

            def do_POST(self) -> None:
                raw = self.rfile.read(int(self.headers.get("Content-Length") or 0))
                receiver.received.append(
                    {
                        "path": self.path,
                        "raw": raw,
                        "headers": {k.lower(): v for k, v in self.headers.items()},
                    }
                )
                reply = receiver.replies.pop(0) if receiver.replies else "ack"
                message_id = json.loads(raw).get("message_id")
                status, obj = {
                    "ack": (200, {"result": 1, "message_id": message_id}),
                    "nack": (200, {"result": 0, "message_id": message_id}),
                    "500": (500, {"error": "boom"}),
                    "no_id": (200, {"result": 1}),
                }[reply]
                payload = json.dumps(obj).encode()
                self.send_response(status)
                self.send_header("Content-Type", "application/json")
                self.send_header("Content-Length", str(len(payload)))
                self.end_headers()
                self.wfile.write(payload)
                receiver.event.set()

        self.server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self.server.daemon_threads = True
        self.url = f"http://127.0.0.1:{self.server.server_address[1]}/kuaishou/notify"
        self.thread = threading.Thread(
            target=self.server.serve_forever, kwargs={"poll_interval": 0.05}, daemon=True
        )
        self.thread.start()

    def wait_for(self, predicate: Callable[[], bool], what: str, timeout: float = 3.0) -> None:
        wait_for(predicate, what, timeout=timeout, interval=0.01)

    def close(self) -> None:
        self.server.shutdown()
        self.server.server_close()


def order_body(out_order_no: str, notify_url: str, **overrides: Any) -> dict[str, Any]:
    body: dict[str, Any] = {
        "out_order_no": out_order_no,
        "open_id": "openid-alice",
        "total_amount": 1990,
        "subject": "会员卡",
        "detail": "门店会员卡一张",
        "type": 1233,
        "expire_time": 3600,
        "attach": "campaign-7",
        "notify_url": notify_url,
    }
    body.update(overrides)
    return {k: v for k, v in body.items() if v is not None}
