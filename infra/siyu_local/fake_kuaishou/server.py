"""HTTP layer of the fake: routing, body parsing, outage/delay, and the developer pay page."""

from __future__ import annotations

import html
import json
import sys
import time
from collections.abc import Callable
from http import HTTPStatus
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import TYPE_CHECKING, Any
from urllib.parse import parse_qs, urlsplit

from . import codes
from .state import error

if TYPE_CHECKING:
    from .fake import FakeKuaishou

Json = dict[str, Any]
_EPAY_PREFIX = "/openapi/mp/developer/epay/"
_EPAY_ENDPOINTS = (
    "create_order",
    "create_order_with_channel",
    "query_order",
    "apply_refund",
    "query_refund",
    "settle",
    "query_settle",
    "query_bill",
)


class FakeServer(ThreadingHTTPServer):
    daemon_threads = True
    allow_reuse_address = True

    def __init__(self, address: tuple[str, int], fake: FakeKuaishou) -> None:
        self.fake = fake
        super().__init__(address, FakeRequestHandler)

    def handle_error(self, request: Any, client_address: Any) -> None:
        # Clients that time out on purpose (delay tests) hang up before we answer; not an error.
        if isinstance(sys.exc_info()[1], (ConnectionError, TimeoutError)):
            return
        super().handle_error(request, client_address)


def _first_values(raw: str) -> dict[str, str]:
    return {k: v[0] for k, v in parse_qs(raw, keep_blank_values=True).items()}


class FakeRequestHandler(BaseHTTPRequestHandler):
    server: FakeServer
    server_version = "FakeKuaishou/1.0"

    # ------------------------------------------------------------------ plumbing
    def log_message(self, format: str, *args: Any) -> None:
        pass  # keep pytest output clean; fake.calls records every request

    def do_GET(self) -> None:
        self._dispatch("GET")

    def do_POST(self) -> None:
        self._dispatch("POST")

    def do_PUT(self) -> None:
        self._dispatch("PUT")

    def do_DELETE(self) -> None:
        self._dispatch("DELETE")

    def _read_body(self) -> bytes:
        length = int(self.headers.get("Content-Length") or 0)
        return self.rfile.read(length) if length > 0 else b""

    def _send(self, status: int, payload: bytes, content_type: str) -> None:
        self.server.fake.changed()  # kept before the answer acknowledges it
        self.send_response(status)
        self.send_header("Content-Type", content_type)
        self.send_header("Content-Length", str(len(payload)))
        self.end_headers()
        self.wfile.write(payload)

    def _send_json(self, status: int, obj: Any) -> None:
        payload = json.dumps(obj, ensure_ascii=False).encode("utf-8")
        self._send(status, payload, "application/json; charset=utf-8")

    def _send_html(self, status: int, text: str) -> None:
        self._send(status, text.encode("utf-8"), "text/html; charset=utf-8")

    def _form(self, body: bytes) -> dict[str, str]:
        ctype = (self.headers.get("Content-Type") or "").split(";")[0].strip().lower()
        if body and ctype in ("", "application/x-www-form-urlencoded"):
            return _first_values(body.decode("utf-8", "replace"))
        return {}

    def _dispatch(self, method: str) -> None:
        fake = self.server.fake
        parts = urlsplit(self.path)
        path, query = parts.path, _first_values(parts.query)
        fake._record_call(method, path)
        body = self._read_body()
        if fake._delay:
            time.sleep(fake._delay)
        try:
            if fake._outage:
                self._send_json(
                    HTTPStatus.SERVICE_UNAVAILABLE,
                    error(codes.SERVICE_UNAVAILABLE, "服务暂不可用 (fake outage)"),
                )
                return
            route = self._route(path)
            if route is None:
                self._send_json(HTTPStatus.NOT_FOUND, error(codes.NOT_FOUND, f"not found: {path}"))
                return
            methods, handler = route
            if method not in methods:
                self._send_json(
                    HTTPStatus.METHOD_NOT_ALLOWED,
                    error(codes.METHOD_NOT_ALLOWED, f"method {method} not allowed"),
                )
                return
            handler(query, body)
        except (ConnectionError, TimeoutError):
            pass  # client went away (e.g. timed out during an injected delay)

    def _route(self, path: str) -> tuple[tuple[str, ...], Callable[[dict[str, str], bytes], None]] | None:
        if path.startswith(_EPAY_PREFIX) and path[len(_EPAY_PREFIX) :] in _EPAY_ENDPOINTS:
            return ("POST",), self._epay
        routes: dict[str, tuple[tuple[str, ...], Callable[[dict[str, str], bytes], None]]] = {
            "/oauth2/mp/code2session": (("POST",), self._code2session),
            "/oauth2/access_token": (("GET", "POST"), self._access_token),
            "/openapi/mp/developer/message/template/send": (("POST",), self._send_message),
            "/openapi/mp/developer/order/v1/report": (("POST",), self._order_report),
            "/openapi/mp/developer/file/img/uploadWithUrl": (("POST",), self._upload_image),
            "/openapi/mp/developer/content/text/check": (("POST",), self._text_check),
            "/pay": (("GET", "POST"), self._pay_page),
            "/orders": (("GET",), self._orders),
        }
        return routes.get(path)

    # ------------------------------------------------------------------ platform endpoints
    def _code2session(self, query: dict[str, str], body: bytes) -> None:
        # Accept form body and query string alike (SDKs disagree).
        self._send_json(HTTPStatus.OK, self.server.fake.handle_code2session({**query, **self._form(body)}))

    def _access_token(self, query: dict[str, str], body: bytes) -> None:
        self._send_json(HTTPStatus.OK, self.server.fake.handle_access_token({**query, **self._form(body)}))

    def _send_message(self, query: dict[str, str], body: bytes) -> None:
        self._send_json(HTTPStatus.OK, self.server.fake.handle_send_message({**query, **self._form(body)}))

    def _order_report(self, query: dict[str, str], body: bytes) -> None:
        self._send_json(HTTPStatus.OK, self.server.fake.handle_order_report(query, body))

    def _upload_image(self, query: dict[str, str], body: bytes) -> None:
        self._send_json(HTTPStatus.OK, self.server.fake.handle_upload_image(query))

    def _text_check(self, query: dict[str, str], body: bytes) -> None:
        self._send_json(HTTPStatus.OK, self.server.fake.handle_text_check(query, body))

    def _epay(self, query: dict[str, str], body: bytes) -> None:
        endpoint = urlsplit(self.path).path[len(_EPAY_PREFIX) :]
        self._send_json(HTTPStatus.OK, self.server.fake.handle_epay(endpoint, query, body))

    # ------------------------------------------------------------------ developer pages
    def _orders(self, query: dict[str, str], body: bytes) -> None:
        orders = self.server.fake.orders
        for order in orders.values():
            order.pop("request", None)
        self._send_json(HTTPStatus.OK, {"result": codes.OK, "orders": list(orders.values())})

    def _pay_page(self, query: dict[str, str], body: bytes) -> None:
        fake = self.server.fake
        if self.command == "GET":
            self._send_html(HTTPStatus.OK, render_pay_page(fake.orders, query.get("out_order_no")))
            return
        form = self._form(body)
        out_order_no = form.get("out_order_no", "")
        channel = form.get("channel") or "WECHAT"
        try:
            result = fake.pay(out_order_no, channel=channel)
        except (KeyError, ValueError) as exc:
            message = f"支付失败: {exc}"
            status = HTTPStatus.BAD_REQUEST
        else:
            answer = json.dumps(result["body"], ensure_ascii=False)
            message = (
                f"已支付 {out_order_no}; 回调 HTTP {result['status']}, 尝试 {result['attempts']} 次, "
                f"{'已确认' if result['acked'] else '未确认'}; 应答: {answer}"
            )
            status = HTTPStatus.OK
        if "application/json" in (self.headers.get("Accept") or ""):
            self._send_json(
                status,
                {
                    "result": codes.OK if status == HTTPStatus.OK else codes.PARAM_ERROR,
                    "error_msg": "" if status == HTTPStatus.OK else message,
                    "message": message,
                },
            )
            return
        self._send_html(status, render_pay_page(fake.orders, out_order_no, notice=message))


def render_pay_page(orders: dict[str, Json], selected: str | None, notice: str | None = None) -> str:
    """Plain HTML: the pending orders, each with a pay button (stands in for the ks.pay sheet)."""
    rows = []
    pending = [o for o in orders.values() if o["status"] == "PROCESSING"]
    pending.sort(key=lambda o: (o["out_order_no"] != selected, -o["created_at"]))
    for order in pending:
        esc = html.escape
        mark = ' style="background:#ffe"' if order["out_order_no"] == selected else ""
        rows.append(
            f"<tr{mark}><td>{esc(order['out_order_no'])}</td><td>{esc(str(order['subject']))}</td>"
            f"<td>{order['total_amount'] / 100:.2f} 元</td><td>{esc(order['open_id'])}</td>"
            f'<td><form method="post" action="/pay">'
            f'<input type="hidden" name="out_order_no" value="{esc(order["out_order_no"])}">'
            f'<select name="channel"><option>WECHAT</option><option>ALIPAY</option></select> '
            f'<button type="submit">支付</button></form></td></tr>'
        )
    table = (
        '<table border="1" cellpadding="4"><tr><th>out_order_no</th><th>subject</th>'
        "<th>amount</th><th>open_id</th><th></th></tr>" + "".join(rows) + "</table>"
        if rows
        else "<p>没有待支付的订单。</p>"
    )
    banner = f"<p><b>{html.escape(notice)}</b></p>" if notice else ""
    return (
        '<!doctype html><html><head><meta charset="utf-8"><title>Fake Kuaishou pay</title></head><body>'
        f"<h1>Fake Kuaishou — 待支付订单</h1>{banner}{table}"
        '<p><a href="/orders">all orders (JSON)</a></p></body></html>'
    )
