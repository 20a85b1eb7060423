"""At the end of quiet hours (08:00 Asia/Shanghai, a schedule in template.yaml): queue every
marketing message held during quiet hours again (siyu.push.sender.release_held)."""

from __future__ import annotations

from typing import Any

import siyu.lazy_powertools  # noqa: F401  (first import: defers Powertools' eager package inits)

from aws_lambda_powertools.utilities.typing import LambdaContext

from siyu.observability import logger, metrics, tracer


@logger.inject_lambda_context(clear_state=True)
@tracer.capture_lambda_handler(capture_response=False)
@metrics.log_metrics
def handler(event: dict[str, Any], context: LambdaContext) -> dict[str, Any]:
    from siyu.push.sender import release_held

    released = release_held()
    metrics.add_metric(name="PushReleased", unit="Count", value=released)
    return {"released": released}
