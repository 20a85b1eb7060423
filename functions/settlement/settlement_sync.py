"""Order sync: order domain events (EventBridge → SQS) → Kuaishou's order list
(siyu.settlement.sync). A message that fails (Kuaishou refused or unreachable, or another
report of the order in flight) is retried with exponential backoff (its visibility is
stretched per receive); after the queue's maxReceiveCount it waits in the dead-letter queue."""

from __future__ import annotations

import json
from typing import Any

import siyu.lazy_powertools  # noqa: F401  (first import: defers Powertools' eager package inits)

from aws_lambda_powertools.utilities.batch import BatchProcessor, EventType, process_partial_response
from aws_lambda_powertools.utilities.data_classes.sqs_event import SQSRecord
from aws_lambda_powertools.utilities.typing import LambdaContext

from siyu import aws
from siyu.config import get_settings
from siyu.observability import logger, metrics, tracer

# Every record failing is reported like some failing: each message keeps its own backoff.
processor = BatchProcessor(event_type=EventType.SQS, raise_on_entire_batch_failure=False)
MAX_BACKOFF_SECONDS = 900


def backoff_seconds(receive_count: int) -> int:
    base = get_settings().order_sync_retry_base_seconds
    return int(min(MAX_BACKOFF_SECONDS, base * 2 ** max(0, receive_count - 1)))


def record_handler(record: SQSRecord) -> str:
    from siyu.settlement import sync

    detail = json.loads(record.body)["detail"]
    order_id = str(detail["data"]["order_id"])
    logger.append_keys(order_id=order_id, event_type=detail.get("type"))
    try:
        return str(sync.sync_order(order_id))
    except Exception:
        queue_url = get_settings().order_sync_queue_url
        count = int(record.attributes.approximate_receive_count or 1)
        if queue_url:
            aws.client("sqs").change_message_visibility(
                QueueUrl=queue_url,
                ReceiptHandle=record.receipt_handle,
                VisibilityTimeout=backoff_seconds(count),
            )
        raise


@logger.inject_lambda_context(clear_state=True)
@tracer.capture_lambda_handler(capture_response=False)
@metrics.log_metrics
def handler(event: dict[str, Any], context: LambdaContext) -> dict[str, Any]:
    return dict(
        process_partial_response(
            event=event, record_handler=record_handler, processor=processor, context=context
        )
    )
