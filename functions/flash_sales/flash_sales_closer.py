"""Closes a flash sale at its end (a one-time EventBridge Scheduler schedule). A second run,
or a run for an end the sale no longer has, changes nothing."""

from __future__ import annotations

from typing import Any

import siyu.lazy_powertools  # noqa: F401  (first import: defers Powertools' eager package inits)

from aws_lambda_powertools.utilities.typing import LambdaContext

from siyu.observability import logger, metrics, tracer


@logger.inject_lambda_context(clear_state=True)
@tracer.capture_lambda_handler(capture_response=False)
@metrics.log_metrics
def handler(event: dict[str, Any], context: LambdaContext) -> dict[str, Any]:
    from siyu.flash_sales import opening

    sale_id = str(event["sale_id"])
    sale = opening.close_sale(sale_id, ends_at=event.get("at"))
    logger.info("flash sale closer", extra={"sale_id": sale_id, "status": sale.status})
    return {"sale_id": sale_id, "status": sale.status}
