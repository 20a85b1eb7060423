"""Forwards domain events from the outbox table's stream to the EventBridge bus."""

from __future__ import annotations

from typing import Any

import siyu.lazy_powertools  # noqa: F401  (first import: defers Powertools' eager package inits)

from aws_lambda_powertools.utilities.typing import LambdaContext

from siyu import aws
from siyu.config import get_settings
from siyu.observability import logger, metrics, tracer


@logger.inject_lambda_context(clear_state=True)
@tracer.capture_lambda_handler(capture_response=False)
@metrics.log_metrics
def handler(event: dict[str, Any], context: LambdaContext) -> dict[str, Any]:
    from siyu.events import forward_stream_records

    records = event.get("Records", [])
    failed = forward_stream_records(records, get_settings().event_bus_name, aws.client("events"))
    forwarded = len(records) - len(failed)
    metrics.add_metric(name="EventsForwarded", unit="Count", value=forwarded)
    if failed:
        logger.warning("events not forwarded yet", extra={"failed": len(failed)})
    return {"batchItemFailures": [{"itemIdentifier": seq} for seq in failed]}
