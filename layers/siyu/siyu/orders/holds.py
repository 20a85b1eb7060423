"""Orders on hold: paid, but not confirmed until the capability that created them says so
(a group-buy order waits for its group to form). A held order cannot be picked up and the
member cannot ask for its refund; the capability either confirms it here or refunds it
(siyu.orders.refunds.by_system)."""

from __future__ import annotations

from pynamodb.exceptions import TransactWriteError

from siyu import clock
from siyu.db import transaction
from siyu.events import DomainEvent, stage
from siyu.observability import logger
from siyu.orders.models import Order

GROUP_FORMING = "GROUP_FORMING"


def confirm(order_id: str, hold: str, *, member_id: str) -> bool:
    """Lift the hold: the order is confirmed (OrderConfirmed). True if this call lifted it;
    a repeat, or an order not held for this reason, changes nothing."""
    order = Order(*Order.key(order_id))
    now = clock.now_iso()
    try:
        with transaction() as tx:
            tx.update(
                order,
                actions=[Order.hold.remove(), Order.updated_at.set(now)],
                condition=(Order.hold == hold) & (Order.member_id == member_id),
            )
            stage(
                tx,
                DomainEvent(
                    type="OrderConfirmed", member_id=member_id, data={"order_id": order_id, "hold": hold}
                ),
            )
    except TransactWriteError as exc:
        if not exc.cancellation_reasons:
            raise
        return False
    logger.info("order confirmed", extra={"order_id": order_id, "hold": hold})
    return True
