"""Which Kuaishou order_status each Siyu order state shows, and the steps to it."""

from __future__ import annotations

import pytest

from siyu.orders.models import Order
from siyu.settlement.sync import kuaishou_status, steps_to


def _order(status: str, **fields: object) -> Order:
    return Order("ORDER#x", "ORDER", status=status, **fields)


@pytest.mark.parametrize(
    ("status", "fields", "expected"),
    [
        ("PENDING_PAYMENT", {"ks_order_no": "1"}, None),
        ("PAID", {}, 10),
        ("PAID", {"hold": "GROUP_FORMING"}, 2),  # a group-buy seat: paid, not usable yet
        ("PICKED_UP", {}, 11),
        ("REFUND_REQUESTED", {}, 4),
        ("REFUNDING", {}, 4),
        ("REFUND_FAILED", {}, 5),
        ("REFUNDED", {}, 6),
        ("CANCELLED", {"ks_order_no": "1"}, 3),
        ("EXPIRED", {"ks_order_no": "1"}, 3),
        ("EXPIRED", {}, None),  # never reached Kuaishou
    ],
)
def test_status_map(status: str, fields: dict, expected: int | None) -> None:
    assert kuaishou_status(_order(status, **fields)) == expected


def test_a_paid_order_shows_paid_first_once() -> None:
    paid = _order("PICKED_UP")
    assert steps_to(paid, 11, None) == [2, 11]
    assert steps_to(paid, 11, 10) == [11]
    assert steps_to(_order("PAID", hold="GROUP_FORMING"), 2, None) == [2]
    assert steps_to(_order("CANCELLED", ks_order_no="1"), 3, None) == [3]
    assert steps_to(_order("REFUNDING", late_payment=True), 4, None) == [4]  # closed before it was paid
