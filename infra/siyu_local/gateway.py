"""API Gateway HTTP API on 127.0.0.1: each request becomes a payload-2.0 event (built by
`apigw.http_event`, the same builder the handler tests use), the route's function is
invoked, and its result becomes the HTTP response. CORS preflights are answered from the
HttpApi's CorsConfiguration, and an unknown route gets API Gateway's own 404."""

from __future__ import annotations

import json
import logging
import threading
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any
from urllib.parse import urlsplit

from siyu_local.apigw import http_event, parse_response
from siyu_local.lambdas import Functions
from siyu_local.routes import RouteTable

log = logging.getLogger("siyu_local")

NOT_FOUND = b'{"message":"Not Found"}'
INTERNAL_ERROR = b'{"message":"Internal Server Error"}'


@dataclass
class Request:
    method: str
    target: str  # path and query as sent
    headers: list[tuple[str, str]]
    body: bytes = b""
    source_ip: str = "127.0.0.1"
    port: int = 0

    @property
    def path(self) -> str:
        return urlsplit(self.target).path or "/"

    @property
    def query(self) -> str:
        return urlsplit(self.target).query

    def header(self, name: str) -> str | None:
        name = name.lower()
        values = [v for k, v in self.headers if k.lower() == name]
        return ",".join(values) if values else None


@dataclass
class Reply:
    status: int
    headers: dict[str, str] = field(default_factory=dict)
    body: bytes = b""
    cookies: list[str] = field(default_factory=list)

    @classmethod
    def json(cls, status: int, obj: Any) -> Reply:
        body = json.dumps(obj, ensure_ascii=False, indent=2).encode()
        return cls(status, {"content-type": "application/json; charset=utf-8"}, body)


LocalHandler = Callable[[Request], Reply | None]


def _merged_headers(request: Request) -> dict[str, str]:
    """Header names lower-cased, repeated headers joined as API Gateway joins them."""
    merged: dict[str, str] = {}
    for key, value in request.headers:
        key = key.lower()
        separator = "; " if key == "cookie" else ","
        merged[key] = f"{merged[key]}{separator}{value}" if key in merged else value
    merged.setdefault("x-forwarded-for", request.source_ip)
    merged.setdefault("x-forwarded-port", str(request.port))
    merged.setdefault("x-forwarded-proto", "http")
    return merged


class Cors:
    """An HttpApi CorsConfiguration, applied as API Gateway applies it."""

    def __init__(self, config: dict[str, Any] | None) -> None:
        config = config or {}
        self.enabled = bool(config)
        self.origins = [str(o) for o in config.get("AllowOrigins") or []]
        self.methods = [str(m).upper() for m in config.get("AllowMethods") or []]
        self.headers = [str(h).lower() for h in config.get("AllowHeaders") or []]
        self.expose = [str(h).lower() for h in config.get("ExposeHeaders") or []]
        self.max_age = config.get("MaxAge")
        self.credentials = bool(config.get("AllowCredentials", False))

    def _allow_origin(self, origin: str | None) -> str | None:
        if not self.enabled or not origin:
            return None
        if "*" in self.origins:
            return origin if self.credentials else "*"
        return origin if origin in self.origins else None

    def is_preflight(self, request: Request) -> bool:
        return (
            self.enabled
            and request.method == "OPTIONS"
            and request.header("origin") is not None
            and request.header("access-control-request-method") is not None
        )

    def preflight(self, request: Request) -> Reply:
        reply = Reply(204)
        allowed = self._allow_origin(request.header("origin"))
        if allowed:
            reply.headers["access-control-allow-origin"] = allowed
            reply.headers["access-control-allow-methods"] = ",".join(self.methods or ["*"])
            if self.headers:
                reply.headers["access-control-allow-headers"] = ",".join(self.headers)
            if self.max_age is not None:
                reply.headers["access-control-max-age"] = str(self.max_age)
            if self.credentials:
                reply.headers["access-control-allow-credentials"] = "true"
        return reply

    def decorate(self, request: Request, reply: Reply) -> None:
        allowed = self._allow_origin(request.header("origin"))
        if allowed:
            reply.headers["access-control-allow-origin"] = allowed
            if self.expose:
                reply.headers["access-control-expose-headers"] = ",".join(self.expose)
            if self.credentials:
                reply.headers["access-control-allow-credentials"] = "true"


class Gateway:
    def __init__(
        self,
        routes: RouteTable,
        functions: Functions,
        *,
        cors: dict[str, Any] | None = None,
        local: LocalHandler | None = None,
        host: str = "127.0.0.1",
        port: int = 3000,
    ) -> None:
        self.routes = routes
        self.functions = functions
        self.cors = Cors(cors)
        self.local = local
        self.host = host
        self.port = port
        self._server: ThreadingHTTPServer | None = None
        self._thread: threading.Thread | None = None
        # API routes wait for this (the runtime sets it once the demo data is in place);
        # /_local answers at once, so a client can poll /_local/info for "ready".
        self.open = threading.Event()
        self.open.set()
        self.open_timeout = 120.0

    @property
    def url(self) -> str:
        host = f"[{self.host}]" if ":" in self.host else self.host
        return f"http://{host}:{self.port}"

    # ------------------------------------------------------------------ the API Gateway part
    def handle(self, request: Request) -> tuple[Reply, str]:
        """(reply, what served it: a function's logical id, "local", "cors" or "-")."""
        if self.local is not None:
            reply = self.local(request)
            if reply is not None:
                self.cors.decorate(request, reply)  # the H5 demo reads /_local/login-code
                return reply, "local"
        if not self.open.wait(self.open_timeout):
            return Reply.json(503, {"message": "Service Unavailable: the runtime is starting"}), "-"
        if self.cors.is_preflight(request):
            return self.cors.preflight(request), "cors"
        match = self.routes.match(request.method, request.path)
        if match is None:
            reply = Reply(404, {"content-type": "application/json"}, NOT_FOUND)
            self.cors.decorate(request, reply)
            return reply, "-"
        event = http_event(
            request.method,
            request.path,
            route_key=match.route.route_key,
            path_parameters=match.path_parameters or None,
            query=request.query,
            headers=_merged_headers(request),
            body=request.body or None,
            source_ip=request.source_ip,
        )
        invocation = self.functions.invoke(match.route.function, event)
        if invocation.ok:
            try:
                status, headers, body, cookies = parse_response(invocation.result)
                reply = Reply(status, headers, body, cookies)
            except (KeyError, ValueError, TypeError) as exc:
                log.error("%s returned a malformed response: %s", match.route.function, exc)
                reply = Reply(500, {"content-type": "application/json"}, INTERNAL_ERROR)
        else:
            reply = Reply(500, {"content-type": "application/json"}, INTERNAL_ERROR)
        reply.headers["apigw-requestid"] = event["requestContext"]["requestId"]
        self.cors.decorate(request, reply)
        return reply, match.route.function

    # ------------------------------------------------------------------ the socket part
    def start(self) -> Gateway:
        gateway = self

        class Handler(_RequestHandler):
            pass

        Handler.gateway = gateway
        self._server = _Server((self.host, self.port), Handler)
        self.port = self._server.server_address[1]
        self._thread = threading.Thread(
            target=self._server.serve_forever, kwargs={"poll_interval": 0.1}, name="gateway", daemon=True
        )
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


class _Server(ThreadingHTTPServer):
    daemon_threads = True
    allow_reuse_address = True
    request_queue_size = 128

    def handle_error(self, request: Any, client_address: Any) -> None:
        import sys

        if isinstance(sys.exc_info()[1], ConnectionError):
            return  # the client hung up
        super().handle_error(request, client_address)


class _RequestHandler(BaseHTTPRequestHandler):
    gateway: Gateway
    protocol_version = "HTTP/1.1"  # keep-alive, as clients of API Gateway get
    disable_nagle_algorithm = True  # headers and body go out as separate writes: no 40 ms ACK wait
    server_version = "siyu-local"

    def log_message(self, format: str, *args: Any) -> None:
        pass  # one line per request is logged by _serve

    def _serve(self) -> None:
        started = time.perf_counter()
        length = int(self.headers.get("Content-Length") or 0)
        body = self.rfile.read(length) if length > 0 else b""
        request = Request(
            method=self.command,
            target=self.path,
            headers=list(self.headers.items()),
            body=body,
            source_ip=str(self.client_address[0]),
            port=self.gateway.port,
        )
        try:
            reply, served_by = self.gateway.handle(request)
        except Exception:
            log.exception("the local gateway failed on %s %s", self.command, self.path)
            reply, served_by = Reply(500, {"content-type": "application/json"}, INTERNAL_ERROR), "-"
        self.send_response(reply.status)
        for key, value in reply.headers.items():
            if key.lower() not in ("content-length", "connection", "transfer-encoding"):
                self.send_header(key, value)
        for cookie in reply.cookies:
            self.send_header("Set-Cookie", cookie)
        payload = b"" if self.command == "HEAD" else reply.body
        self.send_header("Content-Length", str(len(reply.body)))
        self.end_headers()
        if payload:
            self.wfile.write(payload)
        if served_by != "local" or not request.path.startswith(("/docs/", "/favicon")):
            ms = (time.perf_counter() - started) * 1000
            log.info("%-6s %s %d %.0fms %s", self.command, self.path, reply.status, ms, served_by)

    do_GET = do_POST = do_PUT = do_PATCH = do_DELETE = do_HEAD = do_OPTIONS = _serve
