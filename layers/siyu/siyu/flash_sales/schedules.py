"""One-time EventBridge Scheduler schedules that open and close a sale on time.

Each sale has two schedules in the stack's flash-sale group, named after it, so moving a
sale rewrites them in place: `flash-<sale_id>-open` (at `starts_at`, invokes the opener)
and `flash-<sale_id>-close` (at `ends_at`, the closer). They retry per their RetryPolicy,
end in the dead-letter queue when they cannot deliver, and delete themselves after firing.
The input names the start (or end) it was made for: a schedule that fires for a time the
sale no longer has does nothing.
"""

from __future__ import annotations

import json
from typing import Any

from botocore.exceptions import BotoCoreError, ClientError

from siyu import clock
from siyu.aws import client
from siyu.config import get_settings
from siyu.flash_sales.errors import ScheduleFailed
from siyu.flash_sales.models import OPEN, SCHEDULED, FlashSale
from siyu.observability import logger

RETRY_POLICY = {"MaximumRetryAttempts": 10, "MaximumEventAgeInSeconds": 3600}


def name_of(sale_id: str, action: str) -> str:
    return f"flash-{sale_id}-{action}"


def at_expression(iso: str) -> str:
    return clock.parse_iso(iso).strftime("at(%Y-%m-%dT%H:%M:%S)")


def _arguments(sale_id: str, action: str, when: str, target_arn: str) -> dict[str, Any]:
    settings = get_settings()
    payload = {"sale_id": sale_id, "action": action, "at": when}
    return {
        "Name": name_of(sale_id, action),
        "GroupName": settings.flash_sale_schedule_group,
        "Description": f"flash sale {sale_id}: {action}",
        "ScheduleExpression": at_expression(when),
        "ScheduleExpressionTimezone": "UTC",
        "FlexibleTimeWindow": {"Mode": "OFF"},
        "ActionAfterCompletion": "DELETE",
        "State": "ENABLED",
        "Target": {
            "Arn": target_arn,
            "RoleArn": settings.flash_sale_scheduler_role_arn,
            "Input": json.dumps(payload),
            "RetryPolicy": RETRY_POLICY,
            "DeadLetterConfig": {"Arn": settings.flash_sale_dead_letter_arn},
        },
    }


def _put(arguments: dict[str, Any]) -> None:
    scheduler = client("scheduler")
    try:
        try:
            scheduler.create_schedule(**arguments)
        except scheduler.exceptions.ConflictException:
            scheduler.update_schedule(**arguments)  # moved, or a retried creation
    except (ClientError, BotoCoreError) as exc:
        logger.warning("schedule not written", extra={"schedule": arguments["Name"], "error": str(exc)})
        raise ScheduleFailed(details={"schedule": arguments["Name"]}) from exc


def _delete(sale_id: str, action: str) -> None:
    scheduler = client("scheduler")
    try:
        scheduler.delete_schedule(
            Name=name_of(sale_id, action), GroupName=get_settings().flash_sale_schedule_group
        )
    except scheduler.exceptions.ResourceNotFoundException:
        pass  # fired (and deleted itself) or never made
    except (ClientError, BotoCoreError) as exc:
        raise ScheduleFailed(details={"schedule": name_of(sale_id, action)}) from exc


def schedule_sale(sale: FlashSale) -> None:
    """Write the schedules a sale still needs: open (while SCHEDULED) and close."""
    settings = get_settings()
    if sale.status == SCHEDULED:
        _put(_arguments(sale.sale_id, "open", sale.starts_at, settings.flash_sale_opener_arn))
    if sale.status in (SCHEDULED, OPEN):
        _put(_arguments(sale.sale_id, "close", sale.ends_at, settings.flash_sale_closer_arn))


def unschedule_sale(sale_id: str) -> None:
    _delete(sale_id, "open")
    _delete(sale_id, "close")


def describe(sale_id: str) -> dict[str, Any]:
    """The sale's schedules as Scheduler has them (admin view, tests)."""
    scheduler = client("scheduler")
    found: dict[str, Any] = {}
    for action in ("open", "close"):
        try:
            spec = scheduler.get_schedule(
                Name=name_of(sale_id, action), GroupName=get_settings().flash_sale_schedule_group
            )
        except scheduler.exceptions.ResourceNotFoundException:
            continue
        found[action] = spec["ScheduleExpression"]
    return found
