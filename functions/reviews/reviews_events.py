"""Reviews' consumer of OrderPaid from the EventBridge bus: the paid order's products are
counted once for recommendations (co-purchase pairs, popularity by store and time of day).
At least once delivery; siyu.recommendations.signals.record_order counts each order once."""

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
    from siyu.recommendations import signals

    domain_event = DomainEvent.model_validate(event["detail"])
    logger.append_keys(event_id=domain_event.id, event_type=domain_event.type)
    order_id = domain_event.data.get("order_id")
    if domain_event.type != "OrderPaid" or not order_id:
        return {"event_id": domain_event.id, "outcome": "ignored"}
    counted = signals.record_paid(str(order_id))
    if counted:
        metrics.add_metric(name="RecommendationOrdersCounted", unit="Count", value=1)
    return {"event_id": domain_event.id, "outcome": "counted" if counted else "seen"}
