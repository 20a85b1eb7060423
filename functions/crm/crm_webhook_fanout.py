"""Outbox stream → webhooks: records each catalogued domain event (with its per-aggregate
sequence) and queues the first attempt for every endpoint that takes it."""

from __future__ import annotations

from typing import Any

import siyu.lazy_powertools  # noqa: F401  (first import: defers Powertools' eager package inits)

from aws_lambda_powertools.utilities.typing import LambdaContext

from siyu.observability import logger, metrics, tracer


@logger.inject_lambda_context(clear_state=True)
@tracer.capture_lambda_handler(capture_response=False)
@metrics.log_metrics
def handler(event: dict[str, Any], context: LambdaContext) -> dict[str, Any]:
    from siyu.crm.delivery import fan_out

    failed = fan_out(event.get("Records", []))
    return {"batchItemFailures": [{"itemIdentifier": seq} for seq in failed]}
