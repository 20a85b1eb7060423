"""Reading orders: one order (with its refund, one Query on the order's partition), a
member's orders (gsi1, newest first, paged), a store's orders of a day for staff (gsi2)
and the refunds waiting for staff."""

from __future__ import annotations

import json
from dataclasses import dataclass
from typing import Any, Final

from pydantic import Field

from siyu.base_model import SiyuModel
from siyu.orders.errors import OrderNotFound
from siyu.orders.models import PENDING_PAYMENT, Order, Refund
from siyu.orders.paging import decode_cursor, encode_cursor
from siyu.orders.pricing import PricedLine
from siyu.orders.reads import partition


class PayParams(SiyuModel):
    """What `ks.pay({serviceId, orderInfo: {order_no, order_info_token}})` needs."""

    service_id: str = "1"
    order_no: str
    order_info_token: str


class OrderAmounts(SiyuModel):
    subtotal_fen: int
    coupon_discount_fen: int
    level_discount_fen: int
    total_fen: int = Field(description="what the member pays")


class PickupView(SiyuModel):
    slot: str | None = Field(description="reserved slot YYYY-MM-DDTHH:MM (Asia/Shanghai); null = asap")
    day: str
    code: str | None = Field(description="shown at the counter once paid")
    picked_up_at: str | None


class RefundView(SiyuModel):
    status: str
    kind: str
    reason: str
    amount_fen: int
    requested_at: str
    decided_at: str | None
    reject_reason: str | None
    completed_at: str | None
    coupon_restored: bool | None
    points_taken: int | None
    points_shortfall: int | None

    @classmethod
    def of(cls, r: Refund) -> RefundView:
        return cls(
            status=r.status,
            kind=r.kind,
            reason=r.reason,
            amount_fen=int(r.amount_fen),
            requested_at=r.requested_at,
            decided_at=r.decided_at,
            reject_reason=r.reject_reason,
            completed_at=r.completed_at,
            coupon_restored=r.coupon_restored,
            points_taken=None if r.points_taken is None else int(r.points_taken),
            points_shortfall=None if r.points_shortfall is None else int(r.points_shortfall),
        )


class OrderView(SiyuModel):
    order_id: str
    member_id: str
    status: str
    store_id: str
    store_name: str
    lines: list[PricedLine]
    amounts: OrderAmounts
    coupon_id: str | None
    level_key: str | None
    pickup: PickupView
    remark: str | None
    source: str
    source_ref: str | None
    created_at: str
    expires_at: str = Field(description="an unpaid order closes at this time")
    paid_at: str | None
    first_order: bool | None
    points_awarded: int
    late_payment: bool = Field(description="paid after it had closed: refunded automatically")
    hold: str | None = Field(
        description="GROUP_FORMING: a paid group-buy order waits for its group to form (no pickup yet)"
    )
    closed_at: str | None
    payment: PayParams | None = Field(description="for ks.pay, while the order waits for payment")
    refund: RefundView | None

    @classmethod
    def of(cls, o: Order, refund: Refund | None = None) -> OrderView:
        pay = None
        if o.status == PENDING_PAYMENT and o.ks_order_no and o.order_info_token:
            pay = PayParams(order_no=o.ks_order_no, order_info_token=o.order_info_token)
        return cls(
            order_id=o.order_id,
            member_id=o.member_id,
            status=o.status,
            store_id=o.store_id,
            store_name=o.store_name,
            lines=[PricedLine.model_validate(line) for line in json.loads(o.lines)],
            amounts=OrderAmounts(
                subtotal_fen=int(o.subtotal_fen),
                coupon_discount_fen=int(o.coupon_discount_fen),
                level_discount_fen=int(o.level_discount_fen),
                total_fen=int(o.total_fen),
            ),
            coupon_id=o.coupon_id,
            level_key=o.level_key,
            pickup=PickupView(
                slot=o.pickup_slot, day=o.pickup_day, code=o.pickup_code, picked_up_at=o.picked_up_at
            ),
            remark=o.remark,
            source=o.source,
            source_ref=o.source_ref,
            created_at=o.created_at,
            expires_at=o.expires_at,
            paid_at=o.paid_at,
            first_order=o.first_order,
            points_awarded=int(o.points_awarded or 0),
            late_payment=bool(o.late_payment),
            hold=o.hold,
            closed_at=o.closed_at,
            payment=pay,
            refund=RefundView.of(refund) if refund is not None else None,
        )


def read(order_id: str) -> tuple[Order, Refund | None]:
    """The order and its refund (if any), consistent: one Query on the order's partition."""
    order: Order | None = None
    refund: Refund | None = None
    for raw in partition(f"ORDER#{order_id}"):
        sk = raw["sk"]["S"]
        if sk == "ORDER":
            order = Order.from_raw_data(raw)
        elif sk == "REFUND":
            refund = Refund.from_raw_data(raw)
    if order is None:
        raise OrderNotFound(details={"order_id": order_id})
    return order, refund


def order_of_member(member_id: str, order_id: str) -> tuple[Order, Refund | None]:
    """A member sees only their own orders: another member's order is "not found"."""
    order, refund = read(order_id)
    if order.member_id != member_id:
        raise OrderNotFound(details={"order_id": order_id})
    return order, refund


@dataclass(frozen=True)
class OrderPage:
    orders: list[OrderView]
    next_cursor: str | None


def _filter(status: str | None, source: str | None) -> Any:
    """The Query's filter on status and source (None: no filter)."""
    condition = (Order.status == status) if status else None
    if source:
        condition = (Order.source == source) if condition is None else condition & (Order.source == source)
    return condition


def list_of_member(
    member_id: str,
    *,
    status: str | None = None,
    source: str | None = None,
    limit: int = 20,
    cursor: str | None = None,
) -> OrderPage:
    """The member's orders, newest first (gsi1; a just-created order shows within a second)."""
    results = Order.gsi1.query(
        Order.member_index(member_id),
        scan_index_forward=False,
        filter_condition=_filter(status, source),
        limit=limit,
        last_evaluated_key=decode_cursor(cursor),
    )
    orders = [OrderView.of(o) for o in results]
    next_key = results.last_evaluated_key if len(orders) == limit else None
    return OrderPage(orders, encode_cursor(next_key))


def refunds_with_status(
    status: str, *, limit: int = 50, cursor: str | None = None
) -> tuple[list[dict[str, Any]], str | None]:
    """Refunds by status, oldest request first (staff's work queue)."""
    results = Refund.gsi1.query(f"REFUNDS#{status}", limit=limit, last_evaluated_key=decode_cursor(cursor))
    items = [
        {"order_id": r.order_id, "member_id": r.member_id, **RefundView.of(r).model_dump()} for r in results
    ]
    next_key = results.last_evaluated_key if len(items) == limit else None
    return items, encode_cursor(next_key)


ORDER_SOURCES: Final = ("shop", "flash_sale", "group_buy", "ks_local")
# Orders paid and handed over outside Siyu's checkout (a Kuaishou local-life voucher verified
# at the counter: siyu.orders.external): never reported to the mini-program's order sync,
# never refunded through epay, reconciled against their own platform's bill.
EXTERNAL_SOURCES: Final = ("ks_local",)


def search(
    store_id: str,
    day: str,
    *,
    status: str | None = None,
    source: str | None = None,
    limit: int = 20,
    cursor: str | None = None,
) -> OrderPage:
    """Staff's order list: a store's orders of a pickup day, newest first (a Query on gsi2;
    status and source filter it)."""
    results = Order.by_store_day.query(
        Order.store_day_index(store_id, day),
        scan_index_forward=False,
        filter_condition=_filter(status, source),
        limit=limit,
        last_evaluated_key=decode_cursor(cursor),
    )
    orders = [OrderView.of(o) for o in results]
    next_key = results.last_evaluated_key if len(orders) == limit else None
    return OrderPage(orders, encode_cursor(next_key))


def pickup_counts(store_id: str, day: str) -> dict[str, int]:
    """A store's orders of a pickup day by status (a Query on gsi2, status only)."""
    counts: dict[str, int] = {}
    for o in Order.by_store_day.query(Order.store_day_index(store_id, day), attributes_to_get=["status"]):
        counts[o.status] = counts.get(o.status, 0) + 1
    return counts
