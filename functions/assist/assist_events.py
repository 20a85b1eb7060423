"""Assist's consumer of AssistCompleted from the EventBridge bus: the initiator's subscribe
message (at least once delivery; siyu.assist.notify sends each message once)."""

from __future__ import annotations

from typing import Any

import siyu.lazy_powertools  # noqa: F401  (first import: defers Powertools' eager package inits)

from aws_lambda_powertools.utilities.typing import LambdaContext

from siyu.observability import logger, metrics, tracer


@logger.inject_lambda_context(clear_state=True)
@tracer.capture_lambda_handler(capture_response=False)
@metrics.log_metrics
def handler(event: dict[str, Any], context: LambdaContext) -> dict[str, Any]:
    from siyu.assist import notify
    from siyu.events import DomainEvent

    domain_event = DomainEvent.model_validate(event["detail"])
    logger.append_keys(event_id=domain_event.id, event_type=domain_event.type)
    outcome = notify.on_completed(domain_event) if domain_event.type == "AssistCompleted" else "ignored"
    if outcome == "sent":
        metrics.add_metric(name="AssistCompletionMessagesSent", unit="Count", value=1)
    return {"event_id": domain_event.id, "outcome": outcome}
