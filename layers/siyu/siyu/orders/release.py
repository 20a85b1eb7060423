"""Closing unpaid orders: the member's cancel and the payment timeout.

Each order gets a one-time EventBridge Scheduler schedule at its expiry, which invokes the
order-timeout function (`close(order_id, "timeout")`); a sweep every few minutes closes any
overdue order whose schedule was never created (a failed call, a function that died between
the order's transaction and the schedule). Closing is one transaction, conditional on the
order still being PENDING_PAYMENT: status → EXPIRED/CANCELLED, stock and the pickup slot
given back, the coupon released, the order out of the unpaid index, the event. So it
happens exactly once, however often the schedule fires and whatever it races with (a
payment callback, the member's cancel).

Before closing an order that has a Kuaishou pre-order, the payment state is asked once
(query_order): a payment whose callback has not arrived yet is applied instead. A payment
that arrives after the order closed is refunded automatically (siyu.orders.payments).
"""

from __future__ import annotations

import json
from datetime import UTC, datetime, timedelta
from typing import Literal

from pynamodb.exceptions import TransactWriteError

from siyu import aws, clock
from siyu.config import get_settings
from siyu.db import transaction
from siyu.errors import KuaishouRejected, KuaishouUnavailable
from siyu.events import DomainEvent, stage
from siyu.observability import logger
from siyu.orders import epay, payments
from siyu.orders.errors import OrderAlreadyPaid, OrderBusy, OrderNotCancellable, OrderNotFound
from siyu.orders.models import PENDING_SHARDS, Order, PendingOrder
from siyu.orders.returns import stage_returns
from siyu.orders.schemas import CANCELLED, EXPIRED, PENDING_PAYMENT

ATTEMPTS = 4
SWEEP_GRACE = timedelta(minutes=1)  # the schedule normally gets there first
SWEEP_BATCH = 200


# ---------------------------------------------------------------- the schedule
def schedule_name(order_id: str) -> str:
    return f"order-expiry-{order_id}"


def schedule_expiry(order_id: str, expires_at: datetime) -> bool:
    """A one-time schedule at the expiry that invokes the order-timeout function. Best effort:
    False when it could not be created (the sweep closes the order then)."""
    settings = get_settings()
    if not settings.order_expiry_target_arn:
        logger.warning("no order expiry target configured; the sweep will close the order")
        return False
    at = (expires_at + timedelta(seconds=1)).replace(microsecond=0)
    try:
        aws.client("scheduler").create_schedule(
            Name=schedule_name(order_id),
            GroupName=settings.order_schedule_group,
            ScheduleExpression=f"at({at.astimezone(UTC).strftime('%Y-%m-%dT%H:%M:%S')})",
            ScheduleExpressionTimezone="UTC",
            FlexibleTimeWindow={"Mode": "OFF"},
            Target={
                "Arn": settings.order_expiry_target_arn,
                "RoleArn": settings.order_scheduler_role_arn,
                "Input": json.dumps({"order_id": order_id}),
                "RetryPolicy": {"MaximumRetryAttempts": 20, "MaximumEventAgeInSeconds": 3600},
            },
            ActionAfterCompletion="DELETE",
        )
    except aws.client("scheduler").exceptions.ConflictException:
        return True  # a retried creation: the schedule is there
    except Exception:  # the sweep is the safety net; never fail the order for it
        logger.exception("could not schedule the order's expiry", extra={"order_id": order_id})
        return False
    return True


# ---------------------------------------------------------------- closing
def _read(order_id: str) -> Order:
    try:
        return Order.get(*Order.key(order_id), consistent_read=True)
    except Order.DoesNotExist:
        raise OrderNotFound(details={"order_id": order_id}) from None


def _paid_meanwhile(order: Order) -> bool:
    """Ask Kuaishou whether the member paid; apply the payment if so."""
    if not order.ks_order_no:
        return False
    try:
        state = epay.query(order.order_id)
    except (KuaishouUnavailable, KuaishouRejected):
        return False  # close anyway: a payment arriving later is refunded
    if state.pay_status != "SUCCESS":
        return False
    payments.apply_payment(
        order.order_id,
        payments.Payment(amount_fen=state.total_amount, ks_order_no=state.ks_order_no, channel=state.channel),
    )
    return True


def close(order_id: str, reason: Literal["cancel", "timeout"], *, member_id: str | None = None) -> Order:
    """Close an unpaid order (exactly once). A member's cancel of a closed order returns it
    as it is; of a paid one, ORDER_ALREADY_PAID. A timeout of anything not unpaid, or not
    due yet, changes nothing."""
    order = _read(order_id)
    if member_id is not None and order.member_id != member_id:
        raise OrderNotFound(details={"order_id": order_id})
    for _ in range(ATTEMPTS):
        if order.status != PENDING_PAYMENT:
            return _after_close(order, reason)
        if reason == "timeout" and clock.now_iso() < order.expires_at:
            return order
        if _paid_meanwhile(order):
            return _after_close(_read(order_id), reason)
        closed_status = CANCELLED if reason == "cancel" else EXPIRED
        now = clock.now_iso()
        try:
            with transaction() as tx:
                tx.update(
                    order,
                    actions=[
                        Order.status.set(closed_status),
                        Order.closed_at.set(now),
                        Order.updated_at.set(now),
                    ],
                    condition=Order.status == PENDING_PAYMENT,
                )
                tx.delete(PendingOrder(*PendingOrder.key(order.order_id, order.expires_at)))
                coupon = stage_returns(tx, order, reason).coupon_status
                stage(
                    tx,
                    DomainEvent(
                        type="OrderCancelled" if reason == "cancel" else "OrderExpired",
                        member_id=order.member_id,
                        data={
                            "order_id": order.order_id,
                            "store_id": order.store_id,
                            "total_fen": int(order.total_fen),
                            "coupon_id": order.coupon_id,
                            "coupon_status": coupon,
                            "source": order.source,
                            "source_ref": order.source_ref,
                        },
                    ),
                )
        except TransactWriteError:
            # Lost a race (a payment, another close) or a conflict: look again.
            order = _read(order_id)
            continue
        order.status, order.closed_at = closed_status, now
        logger.info("order closed", extra={"order_id": order_id, "reason": reason})
        return order
    raise OrderBusy()


def _after_close(order: Order, reason: str) -> Order:
    if reason == "cancel" and order.status not in (CANCELLED, EXPIRED) and not order.late_payment:
        if order.paid_at:
            raise OrderAlreadyPaid(details={"order_id": order.order_id, "status": order.status})
        raise OrderNotCancellable(details={"order_id": order.order_id, "status": order.status})
    return order


# ---------------------------------------------------------------- the sweep
def overdue(now: datetime | None = None, limit: int = SWEEP_BATCH) -> list[str]:
    """Unpaid orders past their expiry (by SWEEP_GRACE), oldest first: a Query per shard."""
    cutoff = clock.iso((now or clock.now()) - SWEEP_GRACE)
    found: list[str] = []
    for shard in range(PENDING_SHARDS):
        for item in PendingOrder.query(
            f"PENDING#{shard}", PendingOrder.sk < cutoff, limit=limit, consistent_read=True
        ):
            found.append(item.order_id)
    return found[:limit]


def sweep(now: datetime | None = None) -> int:
    """Close overdue unpaid orders that their schedule missed; returns how many it closed."""
    closed = 0
    for order_id in overdue(now):
        try:
            if close(order_id, "timeout").status == EXPIRED:
                closed += 1
        except OrderNotFound:
            logger.warning("unpaid index names a missing order", extra={"order_id": order_id})
        except Exception:
            logger.exception("could not close overdue order", extra={"order_id": order_id})
    return closed
