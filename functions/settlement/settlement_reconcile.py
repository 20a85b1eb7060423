"""The daily reconciliation of the previous Shanghai day (siyu.settlement.reconcile);
`{"day": "YYYY-MM-DD"}` reconciles another day."""

from __future__ import annotations

from datetime import date
from typing import Any

import siyu.lazy_powertools  # noqa: F401  (first import: defers Powertools' eager package inits)

from aws_lambda_powertools.utilities.typing import LambdaContext

from siyu.observability import logger, metrics, tracer


@logger.inject_lambda_context(clear_state=True)
@tracer.capture_lambda_handler(capture_response=False)
@metrics.log_metrics
def handler(event: dict[str, Any], context: LambdaContext) -> dict[str, Any]:
    from siyu.settlement import reconcile

    day = date.fromisoformat(event["day"]) if event.get("day") else None
    result = reconcile.run(day)
    return {
        "day": result.day,
        "figures": result.figures,
        "repaired": result.repaired,
        "issues": len(result.issues),
    }
