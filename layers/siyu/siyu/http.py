"""HTTP conventions shared by every capability: the resolver, error mapping, the handler
entry point. Routes parse input, call the domain and shape the response — nothing more."""

from __future__ import annotations

import json
from collections.abc import Callable
from contextvars import ContextVar
from typing import Any

from aws_lambda_powertools.event_handler import APIGatewayHttpResolver, Response, content_types
from aws_lambda_powertools.event_handler.openapi.exceptions import RequestValidationError
from aws_lambda_powertools.logging import correlation_paths
from aws_lambda_powertools.utilities.typing import LambdaContext

from siyu.auth.security import auth_first
from siyu.errors import BadJson, InternalError, RouteNotFound, SiyuError, ValidationFailed
from siyu.observability import logger, metrics, tracer

JSON_HEADERS = {"Cache-Control": "no-store"}

# The Lambda context of the invocation being served (idempotency reads the time left from it).
lambda_context: ContextVar[LambdaContext | None] = ContextVar("lambda_context", default=None)


def error_response(err: SiyuError) -> Response:
    return Response(
        status_code=err.status,
        content_type=content_types.APPLICATION_JSON,
        body=json.dumps(err.body(), ensure_ascii=False),
        headers=JSON_HEADERS,
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
    # Who may call comes before what they sent: the route's declared security runs ahead of
    # Powertools' request validation (siyu.auth.security).
    app._request_validation_middleware = auth_first(app._request_validation_middleware)  # type: ignore[assignment]

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


def entry_point(app: APIGatewayHttpResolver) -> Callable[[dict[str, Any], LambdaContext], dict[str, Any]]:
    """The Lambda handler for an HTTP capability: logging with correlation id, metrics, tracing."""

    @logger.inject_lambda_context(correlation_id_path=correlation_paths.API_GATEWAY_HTTP, clear_state=True)
    @tracer.capture_lambda_handler(capture_response=False)
    @metrics.log_metrics
    def handler(event: dict[str, Any], context: LambdaContext) -> dict[str, Any]:
        token = lambda_context.set(context)
        try:
            return app.resolve(event, context)
        finally:
            lambda_context.reset(token)

    return handler


def header(app: APIGatewayHttpResolver, name: str) -> str | None:
    return app.current_event.headers.get(name.lower())


def created(body: Any) -> Response:
    return Response(
        status_code=201,
        content_type=content_types.APPLICATION_JSON,
        body=json.dumps(body, ensure_ascii=False),
        headers=JSON_HEADERS,
    )


def returns(model: Any, status: int = 200, description: str = "Successful Response") -> dict[int, Any]:
    """A route's documented success body (`responses=returns(Model)`): the OpenAPI document and
    the schemathesis conformance run read it; the route still returns plain dicts."""
    return {status: {"description": description, "content": {"application/json": {"model": model}}}}
