"""Reading orders: one order (with its refund, one Query on the order's partition), a
member's orders (gsi1, newest first, paged), a store's orders of a day for staff (gsi2)
and the refunds waiting for staff."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from siyu.orders.errors import OrderNotFound
from siyu.orders.models import Order, Refund
from siyu.orders.paging import decode_cursor, encode_cursor
from siyu.orders.reads import partition
from siyu.orders.schemas import OrderView, RefundView


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
