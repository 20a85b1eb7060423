"""Daily birthday rewards (EventBridge Scheduler, Asia/Shanghai). Running twice is harmless:
each member's reward is guarded once per year."""

from __future__ import annotations

from typing import Any

import siyu.lazy_powertools  # noqa: F401  (first import: defers Powertools' eager package inits)

from aws_lambda_powertools.utilities.typing import LambdaContext

from siyu.observability import logger, metrics, tracer


@logger.inject_lambda_context(clear_state=True)
@tracer.capture_lambda_handler(capture_response=False)
@metrics.log_metrics
def handler(event: dict[str, Any], context: LambdaContext) -> dict[str, Any]:
    from siyu import birthday

    result = birthday.run()
    metrics.add_metric(name="BirthdayRewards", unit="Count", value=result.rewarded)
    logger.info(
        "birthday rewards", extra={"day": result.day, "rewarded": result.rewarded, "already": result.already}
    )
    if result.failed:
        # Fail the invocation so the scheduler retries; rewarded members are skipped on the retry.
        raise RuntimeError(f"{len(result.failed)} birthday rewards failed")
    return {"day": result.day, "rewarded": result.rewarded, "already": result.already}
