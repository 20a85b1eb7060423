"""Opens a flash sale at its start (a one-time EventBridge Scheduler schedule made when the
sale was created or moved), then sends the reminders members asked for. Running it twice
has the effect of running it once: the opening is a conditional transition, and each
reminder is claimed before it is sent."""

from __future__ import annotations

from typing import Any

import siyu.lazy_powertools  # noqa: F401  (first import: defers Powertools' eager package inits)

from aws_lambda_powertools.utilities.typing import LambdaContext

from siyu.observability import logger, metrics, tracer


class RemindersLeft(Exception):
    """Some reminders could not be sent in this invocation: the schedule's retry sends them."""


@logger.inject_lambda_context(clear_state=True)
@tracer.capture_lambda_handler(capture_response=False)
@metrics.log_metrics
def handler(event: dict[str, Any], context: LambdaContext) -> dict[str, Any]:
    from siyu.flash_sales import opening

    sale_id = str(event["sale_id"])
    sale = opening.open_sale(sale_id, starts_at=event.get("at"))
    report = opening.send_reminders(sale_id, time_left=lambda: context.get_remaining_time_in_millis() / 1000)
    metrics.add_metric(name="FlashSaleRemindersSent", unit="Count", value=report.sent)
    logger.info(
        "flash sale opener",
        extra={"sale_id": sale_id, "status": sale.status, "sent": report.sent, "failed": report.failed},
    )
    if report.pending:
        raise RemindersLeft(f"{report.pending} reminders left for the retry")
    return {
        "sale_id": sale_id,
        "status": sale.status,
        "reminders_sent": report.sent,
        "reminders_failed": report.failed,
    }
