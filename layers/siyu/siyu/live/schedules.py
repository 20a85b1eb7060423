"""One-time EventBridge Scheduler schedules, one per live and reminder offset.

Each schedule fires the reminder trigger once, at `starts_at - offset`, with the live id,
the offset and the live's `schedule_version`; the trigger ignores a firing whose version is
no longer the live's (the live moved or was cancelled meanwhile). Syncing is an idempotent
upsert, so any later edit of the live repairs a sync that failed.
"""

from __future__ import annotations

import json
from collections.abc import Sequence
from datetime import datetime, timedelta
from typing import Any

from botocore.exceptions import BotoCoreError, ClientError

from siyu import aws, clock
from siyu.config import get_settings
from siyu.observability import logger

# The reminder is only useful before the live starts: give up on a firing after 15 minutes.
RETRY_POLICY = {"MaximumEventAgeInSeconds": 900, "MaximumRetryAttempts": 10}


def schedule_name(live_id: str, offset_minutes: int) -> str:
    return f"live-{live_id}-{offset_minutes}m"


def reminder_key(schedule_version: int, offset_minutes: int) -> str:
    """Names one reminder of one timing of a live; the tracking parameter `r` carries it."""
    return f"v{schedule_version}-{offset_minutes}m"


def fire_at(starts_at: str, offset_minutes: int) -> datetime:
    return clock.parse_iso(starts_at) - timedelta(minutes=offset_minutes)


def at_expression(when: datetime) -> str:
    return "at(" + clock.iso(when)[:19] + ")"  # yyyy-mm-ddThh:mm:ss, in ScheduleExpressionTimezone


def trigger_input(live_id: str, offset_minutes: int, schedule_version: int) -> dict[str, Any]:
    """What the schedule hands the trigger function (its whole event)."""
    return {"live_id": live_id, "offset_minutes": offset_minutes, "schedule_version": schedule_version}


def _request(live_id: str, offset_minutes: int, schedule_version: int, when: datetime) -> dict[str, Any]:
    settings = get_settings()
    target: dict[str, Any] = {
        "Arn": settings.live_reminder_trigger_arn,
        "RoleArn": settings.live_scheduler_role_arn,
        "Input": json.dumps(trigger_input(live_id, offset_minutes, schedule_version)),
        "RetryPolicy": RETRY_POLICY,
    }
    if settings.live_schedule_dlq_arn:
        target["DeadLetterConfig"] = {"Arn": settings.live_schedule_dlq_arn}
    return {
        "Name": schedule_name(live_id, offset_minutes),
        "GroupName": settings.live_schedule_group,
        "Description": f"live {live_id}: reminder {offset_minutes} min before the start",
        "ScheduleExpression": at_expression(when),
        "ScheduleExpressionTimezone": "UTC",
        "FlexibleTimeWindow": {"Mode": "OFF"},
        "Target": target,
        "ActionAfterCompletion": "DELETE",
        "State": "ENABLED",
    }


def _error_code(exc: ClientError) -> str:
    return str(exc.response.get("Error", {}).get("Code", ""))


def _upsert(request: dict[str, Any]) -> None:
    scheduler = aws.client("scheduler")
    try:
        scheduler.create_schedule(**request)
    except ClientError as exc:
        if _error_code(exc) != "ConflictException":
            raise
        scheduler.update_schedule(**request)


def _delete(live_id: str, offset_minutes: int) -> None:
    try:
        aws.client("scheduler").delete_schedule(
            Name=schedule_name(live_id, offset_minutes), GroupName=get_settings().live_schedule_group
        )
    except ClientError as exc:
        if _error_code(exc) != "ResourceNotFoundException":
            raise


def sync(
    live_id: str,
    starts_at: str,
    offsets: Sequence[int],
    schedule_version: int,
    *,
    previous_offsets: Sequence[int] = (),
    cancelled: bool = False,
) -> bool:
    """Make the live's schedules match it: one per offset still in the future, none else.

    Returns False (and logs) when the Scheduler API failed; the live stays as saved."""
    now = clock.now()
    try:
        for offset in sorted(set(previous_offsets) | set(offsets)):
            when = fire_at(starts_at, offset)
            if cancelled or offset not in offsets or when <= now:
                _delete(live_id, offset)
            else:
                _upsert(_request(live_id, offset, schedule_version, when))
    except (ClientError, BotoCoreError) as exc:
        logger.warning("live schedule sync failed", extra={"live_id": live_id, "error": str(exc)})
        return False
    return True


def get(live_id: str, offset_minutes: int) -> dict[str, Any] | None:
    """The stored schedule (for operators and tests), or None."""
    try:
        response: dict[str, Any] = aws.client("scheduler").get_schedule(
            Name=schedule_name(live_id, offset_minutes), GroupName=get_settings().live_schedule_group
        )
    except ClientError as exc:
        if _error_code(exc) == "ResourceNotFoundException":
            return None
        raise
    return response
