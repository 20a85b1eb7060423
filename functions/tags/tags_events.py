"""Tags' consumer of domain events from the EventBridge bus: counts what the member did into
their tag state (once per event id) and brings their rule and lifecycle tags up to date.

EventBridge delivers at least once: counting is guarded by the event id, evaluation is a
diff against the stored tags, so a redelivery changes nothing."""

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
    from siyu.tags import evaluate, signals

    domain_event = DomainEvent.model_validate(event["detail"])
    logger.append_keys(event_id=domain_event.id, event_type=domain_event.type)
    counted = signals.record(domain_event)
    added: list[str] = []
    removed: list[str] = []
    if domain_event.member_id:
        added, removed = evaluate.evaluate_member(domain_event.member_id)
    if added or removed:
        metrics.add_metric(name="TagsChanged", unit="Count", value=len(added) + len(removed))
    return {"event_id": domain_event.id, "counted": counted, "added": added, "removed": removed}
