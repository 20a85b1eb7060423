"""Fired by a live's one-time EventBridge Scheduler schedule at a reminder time: queues the
live's reservers for the sender. The schedule's Input is the whole event:
`{"live_id", "offset_minutes", "schedule_version"}` (siyu.live.schedules.trigger_input)."""

from __future__ import annotations

from typing import Any

import siyu.lazy_powertools  # noqa: F401  (first import: defers Powertools' eager package inits)

from aws_lambda_powertools.utilities.typing import LambdaContext
from pydantic import ValidationError

from siyu.base_model import SiyuModel
from siyu.observability import logger, metrics, tracer


class ReminderFire(SiyuModel):
    live_id: str
    offset_minutes: int
    schedule_version: int


@logger.inject_lambda_context(clear_state=True)
@tracer.capture_lambda_handler(capture_response=False)
@metrics.log_metrics
def handler(event: dict[str, Any], context: LambdaContext) -> dict[str, Any]:
    from siyu.live import fan_out

    try:
        fire = ReminderFire.model_validate(event)
    except ValidationError:
        logger.error("not a live reminder event", extra={"event_keys": sorted(event)})
        return {"status": "invalid event"}  # retrying cannot fix it
    logger.append_keys(live_id=fire.live_id)
    result = fan_out(fire.live_id, fire.offset_minutes, fire.schedule_version)
    metrics.add_metric(name="LiveReminderTargetsQueued", unit="Count", value=result.get("queued", 0))
    logger.info("live reminder trigger", extra=result)
    return result
