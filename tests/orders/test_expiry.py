"""Unpaid orders: the member's cancel, the expiry (schedule and sweep), exactly once."""

from __future__ import annotations

import json
from concurrent.futures import ThreadPoolExecutor
from datetime import timedelta

import pytest
from orders_timeout import handler as timeout_handler

from siyu import aws, clock
from siyu.config import get_settings
from siyu.orders import payments, release
from siyu.orders.models import PendingOrder
from siyu.orders.release import schedule_name
from siyu.orders.schemas import CANCELLED, EXPIRED, PAID, PENDING_PAYMENT
from tests.conftest import LambdaContextStub
from tests.orders.support import (
    LIMITED,
    api,
    coupon_for,
    coupon_status,
    make_member,
    order,
    place,
    setup_shop,
    signed_payment,
    slot_taken,
    stock_left,
)
from tests.support import events, member_token

SLOT = "2026-12-01T11:00"
ITEMS = [{"product_id": LIMITED, "sku_id": "R", "quantity": 2}]  # 4400 fen: fits 满30减5


@pytest.fixture
def shop(aws):
    setup_shop()


def reserved(member: str) -> tuple[str, str]:
    coupon = coupon_for(member)
    placed = place(member, items=ITEMS, coupon_id=coupon, pickup_slot=SLOT).order
    assert (stock_left(), slot_taken(SLOT), coupon_status(member, coupon)) == (3, 1, "LOCKED")
    return placed.order_id, coupon


def after_expiry(order_id: str) -> None:
    clock.clock.freeze(clock.parse_iso(order(order_id).expires_at) + timedelta(seconds=1))


def fire(order_id: str) -> dict:
    """What the one-time schedule delivers: its Input, to the timeout function."""
    schedule = aws.client("scheduler").get_schedule(
        Name=schedule_name(order_id), GroupName=get_settings().order_schedule_group
    )
    return timeout_handler(json.loads(schedule["Target"]["Input"]), LambdaContextStub())


def test_an_unpaid_order_releases_stock_slot_and_coupon_once(shop):
    member = make_member()
    order_id, coupon = reserved(member)

    assert fire(order_id) == {"order_id": order_id, "status": PENDING_PAYMENT}  # not due: nothing
    assert stock_left() == 3

    after_expiry(order_id)
    assert fire(order_id) == {"order_id": order_id, "status": EXPIRED}
    assert fire(order_id) == {"order_id": order_id, "status": EXPIRED}  # fired twice: once
    assert (stock_left(), slot_taken(SLOT), coupon_status(member, coupon)) == (5, 0, "AVAILABLE")
    assert len(events("OrderExpired")) == 1
    assert len(events("CouponReleased")) == 1
    assert list(PendingOrder.query(PendingOrder.key(order_id, order(order_id).expires_at)[0])) == []


@pytest.mark.concurrency
def test_concurrent_expiries_and_cancels_release_once(atomic_dynamodb, fake_kuaishou):
    setup_shop()
    member = make_member()
    order_id, coupon = reserved(member)
    after_expiry(order_id)

    def close(i: int) -> str:
        reason = "timeout" if i % 2 else "cancel"
        return release.close(order_id, reason).status

    with ThreadPoolExecutor(8) as pool:
        outcomes = set(pool.map(close, range(8)))
    assert outcomes <= {EXPIRED, CANCELLED}
    assert (stock_left(), slot_taken(SLOT), coupon_status(member, coupon)) == (5, 0, "AVAILABLE")
    assert len(events("OrderExpired")) + len(events("OrderCancelled")) == 1
    assert len(events("CouponReleased")) == 1


@pytest.mark.concurrency
def test_expiry_racing_the_payment_callback_ends_consistent(atomic_dynamodb, fake_kuaishou):
    setup_shop()
    member = make_member()
    order_id, coupon = reserved(member)
    raw, kwaisign = signed_payment(fake_kuaishou, order_id)
    fake_kuaishou.auto_complete_refunds = False
    after_expiry(order_id)

    with ThreadPoolExecutor(2) as pool:
        paying = pool.submit(payments.handle_callback, raw, kwaisign)
        closing = pool.submit(release.close, order_id, "timeout")
        paying.result(), closing.result()

    # Expiry asks Kuaishou first and finds the payment: whichever runs first, it is paid once.
    final = order(order_id)
    assert final.status == PAID
    assert (stock_left(), slot_taken(SLOT), coupon_status(member, coupon)) == (3, 1, "USED")
    assert len(events("OrderPaid")) == 1
    assert events("OrderExpired") == []


def test_the_member_cancels_and_everything_returns(shop):
    member = make_member()
    order_id, coupon = reserved(member)
    token = member_token(member)
    status, view = api("POST", f"/v1/orders/{order_id}/cancel", token=token)
    assert (status, view["status"]) == (200, CANCELLED)
    again = api("POST", f"/v1/orders/{order_id}/cancel", token=token)
    assert (again[0], again[1]["status"]) == (200, CANCELLED)
    assert (stock_left(), slot_taken(SLOT), coupon_status(member, coupon)) == (5, 0, "AVAILABLE")
    assert len(events("OrderCancelled")) == 1

    stranger = api("POST", f"/v1/orders/{order_id}/cancel", token=member_token(make_member()))
    assert (stranger[0], stranger[1]["error"]["code"]) == (404, "ORDER_NOT_FOUND")


def test_cancelling_an_order_paid_at_kuaishou_applies_the_payment(shop, fake_kuaishou):
    member = make_member()
    order_id, coupon = reserved(member)
    signed_payment(fake_kuaishou, order_id)  # paid, callback not here yet
    status, body = api("POST", f"/v1/orders/{order_id}/cancel", token=member_token(member))
    assert (status, body["error"]["code"]) == (409, "ORDER_ALREADY_PAID")
    assert order(order_id).status == PAID
    assert (stock_left(), coupon_status(member, coupon)) == (3, "USED")


def test_the_sweep_closes_orders_whose_schedule_is_missing(shop):
    member = make_member()
    order_id, _ = reserved(member)
    aws.client("scheduler").delete_schedule(
        Name=schedule_name(order_id), GroupName=get_settings().order_schedule_group
    )
    fresh = place(make_member()).order

    after_expiry(order_id)
    assert timeout_handler({"sweep": True}, LambdaContextStub()) == {"swept": 0}  # inside the grace minute
    clock.clock.freeze(clock.now() + release.SWEEP_GRACE)
    assert timeout_handler({"sweep": True}, LambdaContextStub()) == {"swept": 2}
    assert order(order_id).status == EXPIRED
    assert order(fresh.order_id).status == EXPIRED
    assert stock_left() == 5
    assert timeout_handler({"sweep": True}, LambdaContextStub()) == {"swept": 0}


def test_an_expiry_for_an_unknown_order_is_ignored(shop):
    assert timeout_handler({"order_id": "NOPE"}, LambdaContextStub()) == {"order_id": "NOPE", "status": None}
