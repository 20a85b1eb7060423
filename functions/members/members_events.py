"""Members' consumer of domain events from the EventBridge bus: server-observed tasks
(first order, assist completed, friend invited) and growth from paid orders.

EventBridge delivers at least once; every step is idempotent by the fact it records."""

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
    from siyu.members import tasks

    domain_event = DomainEvent.model_validate(event["detail"])
    logger.append_keys(event_id=domain_event.id, event_type=domain_event.type)
    tasks.on_event(domain_event)
    metrics.add_metric(name="MemberEventsHandled", unit="Count", value=1)
    return {"event_id": domain_event.id, "type": domain_event.type}
