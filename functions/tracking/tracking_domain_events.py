"""Puts the stack's domain events (EventBridge → SQS) into the analytics store."""

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
    from siyu.tracking.domain_sink import store_sqs_messages

    records = event.get("Records", [])
    failed = store_sqs_messages(records, get_settings().events_stream, aws.client("firehose"))
    metrics.add_metric(name="DomainEventsStored", unit="Count", value=len(records) - len(failed))
    if failed:
        logger.warning("domain events not stored yet", extra={"failed": len(failed)})
    return {"batchItemFailures": [{"itemIdentifier": message_id} for message_id in failed]}
