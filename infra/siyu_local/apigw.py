"""API Gateway HTTP API (payload format 2.0) events and responses, as API Gateway builds them.

Shared by the local runtime's HTTP server and the handler tests, so both exercise the
handlers with the same event shape (checked against `sam local generate-event` in tests).
"""

from __future__ import annotations

import base64
import json
import time
import uuid
from datetime import UTC, datetime
from typing import Any
from urllib.parse import parse_qsl

TEXT_TYPES = ("application/json", "text/", "application/x-www-form-urlencoded", "application/xml")


def http_event(
    method: str,
    path: str,
    *,
    route_key: str | None = None,
    path_parameters: dict[str, str] | None = None,
    query: str = "",
    headers: dict[str, str] | None = None,
    body: bytes | str | None = None,
    source_ip: str = "127.0.0.1",
    stage: str = "$default",
) -> dict[str, Any]:
    headers = {k.lower(): v for k, v in (headers or {}).items()}
    raw = body.encode() if isinstance(body, str) else body
    content_type = headers.get("content-type", "")
    is_text = (
        raw is None or not raw or any(content_type.startswith(t) for t in TEXT_TYPES) or not content_type
    )
    cookies = [c.strip() for c in headers.pop("cookie", "").split(";") if c.strip()]
    now = datetime.now(UTC)
    event: dict[str, Any] = {
        "version": "2.0",
        "routeKey": route_key or f"{method} {path}",
        "rawPath": path,
        "rawQueryString": query,
        "headers": headers,
        "requestContext": {
            "accountId": "123456789012",
            "apiId": "local",
            "domainName": headers.get("host", "localhost"),
            "domainPrefix": "local",
            "http": {
                "method": method,
                "path": path,
                "protocol": "HTTP/1.1",
                "sourceIp": source_ip,
                "userAgent": headers.get("user-agent", ""),
            },
            "requestId": uuid.uuid4().hex,
            "routeKey": route_key or f"{method} {path}",
            "stage": stage,
            "time": now.strftime("%d/%b/%Y:%H:%M:%S +0000"),
            "timeEpoch": int(time.time() * 1000),
        },
        "isBase64Encoded": False,
    }
    if cookies:
        event["cookies"] = cookies
    if query:
        params: dict[str, list[str]] = {}
        for key, value in parse_qsl(query, keep_blank_values=True):
            params.setdefault(key, []).append(value)
        event["queryStringParameters"] = {k: ",".join(v) for k, v in params.items()}
    if path_parameters:
        event["pathParameters"] = path_parameters
    if raw:
        if is_text:
            try:
                event["body"] = raw.decode("utf-8")
            except UnicodeDecodeError:
                is_text = False
        if not is_text:
            event["body"] = base64.b64encode(raw).decode()
            event["isBase64Encoded"] = True
    return event


def json_event(method: str, path: str, body: Any = None, **kwargs: Any) -> dict[str, Any]:
    headers = {"content-type": "application/json", **kwargs.pop("headers", {})}
    payload = None if body is None else json.dumps(body, ensure_ascii=False)
    return http_event(method, path, headers=headers, body=payload, **kwargs)


def parse_response(result: dict[str, Any] | str) -> tuple[int, dict[str, str], bytes, list[str]]:
    """A handler result → (status, headers, body bytes, cookies), as API Gateway reads it."""
    if not isinstance(result, dict) or "statusCode" not in result:
        # Payload 2.0: a bare value is a 200 JSON response.
        return 200, {"content-type": "application/json"}, json.dumps(result).encode(), []
    body = result.get("body") or ""
    data = base64.b64decode(body) if result.get("isBase64Encoded") else str(body).encode()
    headers = {k.lower(): str(v) for k, v in (result.get("headers") or {}).items()}
    for key, values in (result.get("multiValueHeaders") or {}).items():
        headers[key.lower()] = ",".join(str(v) for v in values)
    return int(result["statusCode"]), headers, data, list(result.get("cookies") or [])
