"""Experiments' consumer of OrderPaid from the bus: conversions and revenue per exposed
member. EventBridge delivers at least once; each (experiment, order) counts once."""

from __future__ import annotations

from typing import Any

import siyu.lazy_powertools  # noqa: F401  (first import: defers Powertools' eager package inits)

from aws_lambda_powertools.utilities.typing import LambdaContext

from siyu.observability import logger, metrics, tracer


@logger.inject_lambda_context(clear_state=True)
@tracer.capture_lambda_handler(capture_response=False)
@metrics.log_metrics
def handler(event: dict[str, Any], context: LambdaContext) -> dict[str, Any]:
    from siyu.events import DomainEvent
    from siyu.experiments import core

    domain_event = DomainEvent.model_validate(event["detail"])
    counted: list[str] = []
    if domain_event.type == "OrderPaid" and domain_event.member_id:
        data = domain_event.data
        counted = core.record_order_paid(
            domain_event.member_id,
            str(data["order_id"]),
            int(data.get("amount_fen", 0)),
            domain_event.occurred_at,
        )
    return {"event_id": domain_event.id, "experiments": counted}
