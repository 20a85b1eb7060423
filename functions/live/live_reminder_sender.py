"""Sends live reminders: each SQS message is a batch of members of one reminder
(siyu.live.ReminderBatch). A message that raises is reported as a batch item failure and
redelivered; after 5 receives SQS moves it to the dead-letter queue."""

from __future__ import annotations

from typing import Any

import siyu.lazy_powertools  # noqa: F401  (first import: defers Powertools' eager package inits)

from aws_lambda_powertools.utilities.batch import BatchProcessor, EventType, process_partial_response
from aws_lambda_powertools.utilities.data_classes.sqs_event import SQSRecord
from aws_lambda_powertools.utilities.typing import LambdaContext

from siyu.observability import logger, metrics, tracer

processor = BatchProcessor(event_type=EventType.SQS)


def record_handler(record: SQSRecord, lambda_context: LambdaContext | None = None) -> dict[str, int]:
    from siyu.live import ReminderBatch, send_batch
    from siyu.live.reminders import Outcome

    batch = ReminderBatch.model_validate_json(record.body)
    time_left = (lambda: lambda_context.get_remaining_time_in_millis() / 1000) if lambda_context else None
    outcomes = send_batch(batch, time_left)
    metrics.add_metric(name="LiveRemindersSent", unit="Count", value=outcomes[Outcome.SENT])
    metrics.add_metric(name="LiveRemindersFailed", unit="Count", value=outcomes[Outcome.FAILED])
    summary = {str(outcome): count for outcome, count in outcomes.items()}
    logger.info(
        "live reminder batch",
        extra={
            "live_id": batch.live_id,
            "reminder_key": batch.reminder_key,
            "attempt": batch.attempt,
            **summary,
        },
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
