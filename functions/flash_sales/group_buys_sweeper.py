"""Fails the group-buy groups whose time ran out (every minute). Each failure is one
conditional transition with its GroupFailed event, from which the order flow refunds the
members who paid; a second run finds nothing left to fail."""

from __future__ import annotations

from typing import Any

import siyu.lazy_powertools  # noqa: F401  (first import: defers Powertools' eager package inits)

from aws_lambda_powertools.utilities.typing import LambdaContext

from siyu.observability import logger, metrics, tracer


@logger.inject_lambda_context(clear_state=True)
@tracer.capture_lambda_handler(capture_response=False)
@metrics.log_metrics
def handler(event: dict[str, Any], context: LambdaContext) -> dict[str, Any]:
    from siyu.group_buys import groups

    failed = groups.expire_due()
    metrics.add_metric(name="GroupsFailed", unit="Count", value=failed)
    if failed:
        logger.info("group-buy groups failed", extra={"failed": failed})
    return {"failed": failed}
