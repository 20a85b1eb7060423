"""Webhook queue → the merchant's endpoints: one signed attempt per message (siyu.crm.delivery);
a failed attempt queues the next one itself, so only an error of Siyu's own is retried by SQS."""

from __future__ import annotations

import json
from typing import Any

import siyu.lazy_powertools  # noqa: F401  (first import: defers Powertools' eager package inits)

from aws_lambda_powertools.utilities.batch import BatchProcessor, EventType, process_partial_response
from aws_lambda_powertools.utilities.data_classes.sqs_event import SQSRecord
from aws_lambda_powertools.utilities.typing import LambdaContext

from siyu.observability import logger, metrics, tracer

processor = BatchProcessor(event_type=EventType.SQS)


def _one(record: SQSRecord) -> str:
    from siyu.crm.delivery import attempt

    outcome = attempt(json.loads(record.body))
    logger.debug("webhook attempt", extra={"outcome": outcome})
    return outcome


@logger.inject_lambda_context(clear_state=True)
@tracer.capture_lambda_handler(capture_response=False)
@metrics.log_metrics
def handler(event: dict[str, Any], context: LambdaContext) -> dict[str, Any]:
    response = process_partial_response(
        event=event, record_handler=_one, processor=processor, context=context
    )
    return dict(response)
