"""Orders on hold: paid, but not confirmed until the capability that created them says so
(a group-buy order waits for its group to form). A held order cannot be picked up and the
member cannot ask for its refund; the capability either confirms it here or refunds it
(siyu.orders.refunds.by_system)."""

from __future__ import annotations

from typing import Any

from pynamodb.exceptions import TransactWriteError

from siyu import clock
from siyu.db import transaction
from siyu.events import DomainEvent, stage
from siyu.observability import logger
from siyu.orders import pickup
from siyu.orders.errors import OrderBusy
from siyu.orders.models import Order

GROUP_FORMING = "GROUP_FORMING"
ATTEMPTS = 4


def confirm(order_id: str, hold: str, *, member_id: str) -> bool:
    """Lift the hold: the order is confirmed (OrderConfirmed). True if this call lifted it;
    a repeat, or an order not held for this reason, changes nothing.

    Pickup codes are per store and day: an order confirmed on a later day than it was paid
    (a group can take days to form) gets a fresh code for the day it is confirmed."""
    for _ in range(ATTEMPTS):
        try:
            order = Order.get(*Order.key(order_id), consistent_read=True)
        except Order.DoesNotExist:
            logger.warning("hold lifted on an unknown order", extra={"order_id": order_id})
            return False
        if order.hold != hold or order.member_id != member_id:
            return False
        today = clock.shanghai_day().isoformat()
        new_day = bool(order.pickup_code) and not order.pickup_slot and order.pickup_day != today
        code = pickup.new_code() if new_day else None
        now = clock.now_iso()
        actions: list[Any] = [Order.hold.remove(), Order.updated_at.set(now)]
        if code is not None:
            actions += [Order.pickup_day.set(today), Order.pickup_code.set(code)]
        try:
            with transaction() as tx:
                tx.update(order, actions=actions, condition=Order.hold == hold)
                if code is not None:
                    pickup.stage_code(tx, order.store_id, today, code, order_id)
                stage(
                    tx,
                    DomainEvent(
                        type="OrderConfirmed",
                        member_id=member_id,
                        data={"order_id": order_id, "hold": hold, "pickup_code": code or order.pickup_code},
                    ),
                )
        except TransactWriteError as exc:
            if not exc.cancellation_reasons:
                raise
            continue  # confirmed meanwhile, or the code was taken today: look again
        logger.info("order confirmed", extra={"order_id": order_id, "hold": hold})
        return True
    raise OrderBusy()
