"""What an order gives back when it closes unpaid (cancel, timeout) or is refunded.

This is the one place that says which capability returns what; each return is added to the
transaction that closes or refunds the order, so it happens exactly when the order's status
changes and never twice:

| what | capability | cancel / timeout | refund |
| --- | --- | --- | --- |
| stock of each SKU | orders (`StockItem.left`) | back | back |
| the pickup slot (unless picked up) | orders (`pickup.stage_give_back`) | back | back |
| the coupon | coupons (`redemption.stage_release`) | back (AVAILABLE) | back if still valid |
| points the order earned | members (`points.stage_change`) | — (none earned) | taken back (≤ balance) |
| a flash-sale unit (`source="flash_sale"`) | flash_sales (`stock.stage_give_back_of`) | back | back |
| a group-buy seat (`source="group_buy"`) | group_buys (`groups.stage_release_of`) | back | kept |

An order of another source (`shop`) gives back the first four only. The OrderCancelled /
OrderExpired / OrderRefunded events carry `source` and `source_ref` for consumers outside.
"""

from __future__ import annotations

import json
from collections.abc import Callable
from dataclasses import dataclass
from typing import Literal

from pynamodb.transactions import TransactWrite

from siyu.coupons import redemption
from siyu.flash_sales import stock as flash_stock
from siyu.group_buys import groups
from siyu.members import account, points
from siyu.orders.models import Order, StockItem
from siyu.orders.pickup import stage_give_back

CloseReason = Literal["cancel", "timeout", "refund"]
POINTS_REASON = "订单退款"

# The source's own item: `stage(tx, source_ref, order_id, reason)` adds its return to tx.
SOURCE_RETURNS: dict[str, Callable[[TransactWrite, str | None, str, CloseReason], None]] = {
    "flash_sale": flash_stock.stage_give_back_of,
    "group_buy": groups.stage_release_of,
}


@dataclass(frozen=True)
class Returned:
    coupon_status: str | None = None  # the coupon's status after the transaction (None: no coupon)
    points_taken: int = 0
    points_shortfall: int = 0  # earned points the member had already spent


def reserved_of(order: Order) -> list[tuple[str, str, int]]:
    return [(str(p), str(s), int(q)) for p, s, q in json.loads(order.reserved or "[]")]


def stage_returns(tx: TransactWrite, order: Order, reason: CloseReason) -> Returned:
    """Add everything the order gives back to `tx` (see the table above)."""
    for product_id, sku_id, quantity in reserved_of(order):
        tx.update(StockItem(*StockItem.key(product_id, sku_id)), actions=[StockItem.left.add(quantity)])
    if order.pickup_slot and not order.picked_up_at:
        stage_give_back(tx, order.store_id, order.pickup_slot)
    coupon_status = None
    if order.coupon_id:
        coupon_status = redemption.stage_release(tx, order.member_id, order.coupon_id, order.order_id, reason)
    taken = shortfall = 0
    awarded = int(order.points_awarded or 0)
    if reason == "refund" and awarded > 0:
        taken = min(awarded, account.read(order.member_id).balance)
        shortfall = awarded - taken
        if taken > 0:
            points.stage_change(
                tx, order.member_id, -taken, reason=POINTS_REASON, source="order_refund", ref=order.order_id
            )
    source_return = SOURCE_RETURNS.get(order.source or "")
    if source_return is not None:
        source_return(tx, order.source_ref, order.order_id, reason)
    return Returned(coupon_status, taken, shortfall)
