"""Kuaishou payment callbacks (PAYMENT, REFUND): POST /v1/payments/kuaishou/notify.

No member token here: the `kwaisign` header (md5 of the raw body + app secret) is the
authentication, checked on the exact bytes received before anything else. The answer is
what Kuaishou expects: `{"result": 1, "message_id": …}` once applied; anything else (a
refused signature, a failure) makes Kuaishou push the callback again. A signed callback Siyu
cannot read is acknowledged (retrying the same bytes cannot help), logged and counted
(MalformedPaymentCallbacks, alarmed). Bodies are taken as raw bytes (any encoding, any media
type): nothing a caller sends makes this route answer 5xx."""

from __future__ import annotations

import json
from typing import Any

import siyu.lazy_powertools  # noqa: F401  (first import: defers Powertools' eager package inits)

from aws_lambda_powertools.event_handler import Response, content_types

from siyu.errors import SiyuError
from siyu.http import JSON_HEADERS, entry_point, make_app, raw_body, returns
from siyu.observability import logger
from siyu.settlement.responses import CallbackAnswer

app = make_app()


def _reply(status: int, body: dict[str, Any]) -> Response[dict[str, Any]]:
    return Response(
        status_code=status,
        content_type=content_types.APPLICATION_JSON,
        body=body,
        headers=JSON_HEADERS,
    )


def _message_id(raw: bytes) -> str | None:
    try:
        return str(json.loads(raw).get("message_id") or "") or None
    except (ValueError, AttributeError, RecursionError):
        return None


@app.post(
    "/v1/payments/kuaishou/notify",
    responses=returns(CallbackAnswer),
    summary="Kuaishou payment, refund and settle callbacks (called by Kuaishou, signed with kwaisign)",
    description='Answers {"result": 1, "message_id": …} once the callback is applied; '
    "401 for a wrong signature.",
    include_in_schema=True,
)
def kuaishou_notify() -> Response[dict[str, Any]]:
    from siyu.orders import payments
    from siyu.settlement import settle

    event = app.current_event
    # The exact bytes Kuaishou signed (API Gateway may hand them over base64-encoded).
    raw = raw_body(event.raw_event)
    headers = event.headers or {}
    kwaisign = next((v for k, v in headers.items() if k.lower() == "kwaisign"), None)
    try:
        return _reply(200, payments.handle_callback(raw, kwaisign, on_settle=settle.on_callback))
    except SiyuError as exc:
        if exc.status >= 500:
            logger.error("callback not applied", extra={"code": exc.code})
        return _reply(exc.status, {"result": 0, "message_id": _message_id(raw), "error_msg": exc.code})
    except Exception:
        logger.exception("callback failed")
        return _reply(500, {"result": 0, "message_id": _message_id(raw), "error_msg": "INTERNAL_ERROR"})


handler = entry_point(app, signed=True)  # the signature covers the raw bytes: no decoding
