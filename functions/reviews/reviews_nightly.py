"""The nightly rebuild of the recommendation counts (EventBridge Scheduler, Asia/Shanghai):
every co-purchase pair and popularity row recomputed from the paid orders of the last
90 days and replaced. Running it twice gives the same counts."""

from __future__ import annotations

from typing import Any

import siyu.lazy_powertools  # noqa: F401  (first import: defers Powertools' eager package inits)

from aws_lambda_powertools.utilities.typing import LambdaContext

from siyu.observability import logger, metrics, tracer


@logger.inject_lambda_context(clear_state=True)
@tracer.capture_lambda_handler(capture_response=False)
@metrics.log_metrics
def handler(event: dict[str, Any], context: LambdaContext) -> dict[str, Any]:
    from siyu.orders import catalogue
    from siyu.recommendations import signals

    stores = [s.store_id for s in catalogue.list_stores(include_closed=True)]
    result = signals.rebuild(stores=stores)
    metrics.add_metric(name="RecommendationPairs", unit="Count", value=result["pairs"])
    return result
