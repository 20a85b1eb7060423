"""Group-buys' consumer of domain events from the EventBridge bus: a group-buy order paid
(the seat counts), a group formed (its orders are confirmed) or failed (paid orders are
refunded, unpaid ones cancelled). EventBridge delivers at least once; every step is
idempotent (siyu.group_buys.ordering)."""

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
    from siyu.group_buys import ordering

    domain_event = DomainEvent.model_validate(event["detail"])
    logger.append_keys(event_id=domain_event.id, event_type=domain_event.type)
    ordering.on_event(domain_event)
    metrics.add_metric(name="GroupBuyEventsHandled", unit="Count", value=1)
    return {"event_id": domain_event.id, "type": domain_event.type}
