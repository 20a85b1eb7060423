"""HTTP conventions shared by every capability: the resolver, error mapping, the handler
entry point. Routes parse input, call the domain and shape the response — nothing more."""

from __future__ import annotations

import base64
import binascii
import json
import re
from collections.abc import Callable
from contextvars import ContextVar
from typing import Annotated, Any

from aws_lambda_powertools.event_handler import APIGatewayHttpResolver, Response, content_types
from aws_lambda_powertools.event_handler.openapi.exceptions import RequestValidationError
from aws_lambda_powertools.logging import correlation_paths
from aws_lambda_powertools.utilities.typing import LambdaContext
from pydantic import AfterValidator

from siyu.config import get_settings
from siyu.errors import (
    BadJson,
    BodyTooLarge,
    InternalError,
    RouteNotFound,
    SiyuError,
    UnsupportedMediaType,
    ValidationFailed,
)
from siyu.observability import logger, metrics, tracer

JSON_HEADERS = {"Cache-Control": "no-store"}
# On every response; authenticated ones are also never stored by a cache (Cache-Control above).
SECURITY_HEADERS = {"X-Content-Type-Options": "nosniff"}
JSON_MEDIA_TYPE = "application/json"

# The Lambda context of the invocation being served (idempotency reads the time left from it).
lambda_context: ContextVar[LambdaContext | None] = ContextVar("lambda_context", default=None)


def _error_headers(err: SiyuError) -> dict[str, str]:
    """No-store, plus `Retry-After` (seconds) when the error says when to come back (429)."""
    retry = err.details.get("retry_after_seconds") if isinstance(err.details, dict) else None
    return {**JSON_HEADERS, **({"Retry-After": str(int(retry))} if retry is not None else {})}


def error_response(err: SiyuError) -> Response:
    return Response(
        status_code=err.status,
        content_type=content_types.APPLICATION_JSON,
        body=json.dumps(err.body(), ensure_ascii=False),
        headers=_error_headers(err),
    )


def _validation_details(exc: RequestValidationError) -> list[dict[str, Any]]:
    """Field paths and reasons, without echoing input values or Python internals."""
    details = []
    for e in exc.errors():
        loc = [str(p) for p in e.get("loc", ()) if p != "body"] if e.get("loc") else []
        details.append(
            {"field": ".".join(loc), "reason": e.get("type", "invalid"), "message": e.get("msg", "")}
        )
    return details


def make_app() -> APIGatewayHttpResolver:
    """A resolver with request validation and the one error-mapping place."""
    app = APIGatewayHttpResolver(enable_validation=True, strip_prefixes=None)

    @app.exception_handler(SiyuError)
    def _domain_error(exc: SiyuError) -> Response:
        if exc.status >= 500:
            logger.error("server error", extra={"code": exc.code})
        return error_response(exc)

    @app.exception_handler(RequestValidationError)
    def _invalid(exc: RequestValidationError) -> Response:
        details = _validation_details(exc)
        if any(d["reason"] == "json_invalid" for d in details):
            return error_response(BadJson())
        return error_response(ValidationFailed(details=details))

    @app.not_found
    def _no_route(_: Exception) -> Response:
        return error_response(RouteNotFound())

    @app.exception_handler(Exception)
    def _unexpected(exc: Exception) -> Response:
        # The stack trace goes to the log, never to the client.
        logger.exception("unhandled error")
        return error_response(InternalError())

    return app


# ---------------------------------------------------------------- request decoding
# Every HTTP request passes here before any route (the one decoding layer): the body's size,
# media type, encoding, nesting and control characters are checked on the raw event, so a
# route only ever sees a UTF-8 JSON body of bounded size and depth without control
# characters, or none.


def _header_value(event: dict[str, Any], name: str) -> str | None:
    for key, value in (event.get("headers") or {}).items():
        if key.lower() == name:
            return str(value)
    return None


def raw_body(event: dict[str, Any]) -> bytes:
    """The exact bytes the client sent (API Gateway hands binary bodies over base64-encoded)."""
    body = event.get("body") or ""
    if event.get("isBase64Encoded"):
        try:
            return base64.b64decode(body, validate=True)
        except (binascii.Error, ValueError):
            return body.encode("utf-8", "surrogateescape")
    return body.encode("utf-8", "surrogateescape")


def is_json_media_type(content_type: str | None) -> bool:
    """`application/json` in any case, with or without parameters (`; charset=utf-8`)."""
    if content_type is None:
        return False
    return content_type.split(";", 1)[0].strip().lower() == JSON_MEDIA_TYPE


# C0 controls but tab, newline and carriage return; DEL; C1 controls. Never part of text
# that Siyu stores or shows (a NUL in a name breaks exports, logs and the console).
CONTROL_CHARS = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f]")


def has_control_chars(text: str) -> bool:
    return CONTROL_CHARS.search(text) is not None


def no_control_chars(text: str) -> str:
    """Pydantic validator: refuse control characters (see `PlainText`)."""
    if has_control_chars(text):
        raise ValueError("control characters are not allowed")
    return text


# The shared string type for text a route stores; the decoding layer applies the same rule
# to every string (and key) of every JSON body, so no route can store one by accident.
PlainText = Annotated[str, AfterValidator(no_control_chars)]


def inspect_json(value: Any) -> tuple[int, bool]:
    """(nesting depth, whether any string or key holds a control character) of parsed JSON,
    without recursion. A scalar has depth 0, `[]` 1."""
    deepest, dirty, stack = 0, False, [(value, 0)]
    while stack:
        node, depth = stack.pop()
        if isinstance(node, str):
            dirty = dirty or has_control_chars(node)
        elif isinstance(node, dict | list):
            depth += 1
            deepest = max(deepest, depth)
            if isinstance(node, dict):
                dirty = dirty or any(has_control_chars(k) for k in node)
                stack.extend((child, depth) for child in node.values())
            else:
                stack.extend((child, depth) for child in node)
    return deepest, dirty


def decode_request(event: dict[str, Any], *, raw: bool = False) -> SiyuError | None:
    """Check the body of an API Gateway v2 event; the error to answer, or None (then the event
    carries the body as UTF-8 text with `content-type: application/json`). `raw=True` (signed
    callbacks) checks only the size and leaves the bytes as they came."""
    settings = get_settings()
    data = raw_body(event)
    if not data:
        return None
    if len(data) > settings.max_body_bytes:
        return BodyTooLarge(details={"max_bytes": settings.max_body_bytes})
    if raw:
        return None
    if not is_json_media_type(_header_value(event, "content-type")):
        return UnsupportedMediaType(details={"accepted": [JSON_MEDIA_TYPE]})
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError:
        return BadJson(details={"reason": "not_utf8"})
    try:
        parsed = json.loads(text)
    except RecursionError:
        return BadJson(details={"reason": "too_deep", "max_depth": settings.max_json_depth})
    except ValueError:
        return BadJson(details={"reason": "not_json"})
    depth, dirty = inspect_json(parsed)
    if depth > settings.max_json_depth:
        return BadJson(details={"reason": "too_deep", "max_depth": settings.max_json_depth})
    if dirty:
        return ValidationFailed(details=[{"field": "", "reason": "control_characters"}])
    headers = {k: v for k, v in (event.get("headers") or {}).items() if k.lower() != "content-type"}
    event["headers"] = {**headers, "content-type": JSON_MEDIA_TYPE}
    event["body"], event["isBase64Encoded"] = text, False
    return None


def _secure(response: dict[str, Any], authenticated: bool) -> dict[str, Any]:
    headers = response.setdefault("headers", {})
    headers.update(SECURITY_HEADERS)
    if authenticated:
        for key in [k for k in headers if k.lower() == "cache-control"]:
            del headers[key]
        headers.update(JSON_HEADERS)
    return response


def entry_point(
    app: APIGatewayHttpResolver, *, signed: bool = False
) -> Callable[[dict[str, Any], LambdaContext], dict[str, Any]]:
    """The Lambda handler for an HTTP capability: request decoding, logging with correlation
    id, metrics, tracing, and the security headers on every answer. `signed=True` is for
    signed callbacks whose route verifies the exact bytes (only the size is checked here)."""

    @logger.inject_lambda_context(correlation_id_path=correlation_paths.API_GATEWAY_HTTP, clear_state=True)
    @tracer.capture_lambda_handler(capture_response=False)
    @metrics.log_metrics
    def handler(event: dict[str, Any], context: LambdaContext) -> dict[str, Any]:
        authenticated = _header_value(event, "authorization") is not None
        refused = decode_request(event, raw=signed)
        if refused is not None:
            logger.info("request refused by decoding", extra={"code": refused.code})
            return _secure(_plain(refused), authenticated)
        token = lambda_context.set(context)
        try:
            return _secure(app.resolve(event, context), authenticated)
        finally:
            lambda_context.reset(token)

    return handler


def _plain(err: SiyuError) -> dict[str, Any]:
    """An error as the API Gateway v2 result, for answers given before the resolver runs."""
    return {
        "statusCode": err.status,
        "headers": {"Content-Type": content_types.APPLICATION_JSON, **_error_headers(err)},
        "body": json.dumps(err.body(), ensure_ascii=False),
        "isBase64Encoded": False,
    }


def header(app: APIGatewayHttpResolver, name: str) -> str | None:
    return app.current_event.headers.get(name.lower())


def source_ip(app: APIGatewayHttpResolver) -> str:
    """The caller's address as API Gateway saw it (the key of per-IP abuse limits)."""
    return str(app.current_event.request_context.http.source_ip or "")


def created(body: Any) -> Response:
    return Response(
        status_code=201,
        content_type=content_types.APPLICATION_JSON,
        body=json.dumps(body, ensure_ascii=False),
        headers=JSON_HEADERS,
    )
