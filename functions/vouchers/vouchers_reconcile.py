"""Every morning (Shanghai): the previous day's vouchers against the local-life bill
(siyu.vouchers.reconcile); `{"day": "YYYY-MM-DD"}` reconciles another day."""

from __future__ import annotations

from datetime import timedelta
from typing import Any

import siyu.lazy_powertools  # noqa: F401  (first import: defers Powertools' eager package inits)

from aws_lambda_powertools.utilities.typing import LambdaContext

from siyu import clock
from siyu.observability import logger, metrics, tracer


@logger.inject_lambda_context(clear_state=True)
@tracer.capture_lambda_handler(capture_response=False)
@metrics.log_metrics
def handler(event: dict[str, Any], context: LambdaContext) -> dict[str, Any]:
    from siyu.vouchers import reconcile

    day = str(event.get("day") or (clock.shanghai_day() - timedelta(days=1)).isoformat())
    result = reconcile.run(day)
    return {"day": result.day, "matched": result.matched, "issues": len(result.issues)}
