"""Every minute: queue the webhook retries that are due (waits longer than SQS can delay)."""

from __future__ import annotations

from typing import Any

import siyu.lazy_powertools  # noqa: F401  (first import: defers Powertools' eager package inits)

from aws_lambda_powertools.utilities.typing import LambdaContext

from siyu.observability import logger, metrics, tracer


@logger.inject_lambda_context(clear_state=True)
@tracer.capture_lambda_handler(capture_response=False)
@metrics.log_metrics
def handler(event: dict[str, Any], context: LambdaContext) -> dict[str, Any]:
    from siyu.crm.delivery import sweep

    queued = sweep()
    metrics.add_metric(name="WebhookRetriesQueued", unit="Count", value=queued)
    return {"queued": queued}
