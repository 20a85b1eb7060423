"""The push queue: campaign and grant fan-outs and their member batches (siyu.push.PushBatch).
A message that raises is reported as a batch item failure and redelivered; after 5 receives
SQS moves it to the dead-letter queue. Every step is safe to repeat."""

from __future__ import annotations

from typing import Any

import siyu.lazy_powertools  # noqa: F401  (first import: defers Powertools' eager package inits)

from aws_lambda_powertools.utilities.batch import BatchProcessor, EventType, process_partial_response
from aws_lambda_powertools.utilities.data_classes.sqs_event import SQSRecord
from aws_lambda_powertools.utilities.typing import LambdaContext

from siyu.observability import logger, metrics, tracer

processor = BatchProcessor(event_type=EventType.SQS)


def record_handler(record: SQSRecord, lambda_context: LambdaContext | None = None) -> dict[str, Any]:
    from siyu.push import PushBatch, process

    batch = PushBatch.model_validate_json(record.body)
    time_left = (lambda: lambda_context.get_remaining_time_in_millis() / 1000) if lambda_context else None
    summary = process(batch, time_left)
    if batch.kind == "campaign":
        metrics.add_metric(name="PushSent", unit="Count", value=summary.get("sent", 0))
    logger.info(
        "push batch", extra={"kind": batch.kind, "ref": batch.ref, "attempt": batch.attempt, **summary}
    )
    return summary


@logger.inject_lambda_context(clear_state=True)
@tracer.capture_lambda_handler(capture_response=False)
@metrics.log_metrics
def handler(event: dict[str, Any], context: LambdaContext) -> dict[str, Any]:
    return dict(
        process_partial_response(
            event=event, record_handler=record_handler, processor=processor, context=context
        )
    )
