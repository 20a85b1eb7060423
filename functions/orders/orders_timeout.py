"""Closing unpaid orders at their expiry.

Invoked by each order's one-time EventBridge Scheduler schedule with `{"order_id": …}`,
and every few minutes by the template's schedule with `{"sweep": true}` to close overdue
orders whose schedule is missing. Closing is idempotent (a conditional transition), so a
repeated or late invocation changes nothing."""

from __future__ import annotations

from typing import Any

import siyu.lazy_powertools  # noqa: F401  (first import: defers Powertools' eager package inits)

from aws_lambda_powertools.utilities.typing import LambdaContext

from siyu.observability import logger, metrics, tracer


@logger.inject_lambda_context(clear_state=True)
@tracer.capture_lambda_handler(capture_response=False)
@metrics.log_metrics
def handler(event: dict[str, Any], context: LambdaContext) -> dict[str, Any]:
    from siyu.orders import release
    from siyu.orders.errors import OrderNotFound

    if event.get("sweep"):
        closed = release.sweep()
        if closed:
            metrics.add_metric(name="OrdersExpiredBySweep", unit="Count", value=closed)
        return {"swept": closed}
    order_id = str(event["order_id"])
    logger.append_keys(order_id=order_id)
    try:
        order = release.close(order_id, "timeout")
    except OrderNotFound:
        logger.warning("expiry for an unknown order")  # its transaction never committed
        return {"order_id": order_id, "status": None}
    if order.status == "EXPIRED":
        metrics.add_metric(name="OrdersExpired", unit="Count", value=1)
    return {"order_id": order_id, "status": order.status}
