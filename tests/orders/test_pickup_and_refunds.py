"""Pickup codes at the counter and refunds: member asks, operator approves, Kuaishou's
REFUND callback completes it (stock, slot, coupon, points back once)."""

from __future__ import annotations

import pytest

from siyu.members import points
from siyu.orders import refunds
from siyu.orders.models import Refund
from siyu.orders.schemas import PAID, PICKED_UP, REFUND_FAILED, REFUND_REQUESTED, REFUNDED, REFUNDING
from tests.orders.support import (
    LIMITED,
    STORE,
    TEA,
    api,
    balance,
    coupon_for,
    coupon_status,
    make_member,
    order,
    place,
    refunds_at_kuaishou,
    setup_shop,
    slot_taken,
    stock_left,
    wait_for,
)
from tests.support import admin_token, event_data, events, member_token

SLOT = "2026-12-01T11:00"
ITEMS = [{"product_id": LIMITED, "sku_id": "R", "quantity": 2}]  # 4400 fen


@pytest.fixture
def shop(aws):
    setup_shop()


def paid_order(fake, member: str, **extra) -> str:
    placed = place(member, items=ITEMS, pickup_slot=SLOT, **extra).order
    assert fake.pay(placed.order_id)["acked"]
    return placed.order_id


def test_staff_find_an_order_by_its_code_and_hand_it_over(shop, fake_kuaishou):
    member = make_member()
    order_id = paid_order(fake_kuaishou, member)
    code = order(order_id).pickup_code
    staff = admin_token("operator")

    status, found = api(
        "GET", f"/v1/admin/pickups/{code}", token=staff, query=f"store_id={STORE}&day=2026-12-01"
    )
    assert (status, found["order_id"], found["status"]) == (200, order_id, PAID)
    assert api("GET", f"/v1/admin/pickups/{code}", token=staff, query=f"store_id={STORE}")[0] == 200  # today

    status, done = api("POST", f"/v1/admin/orders/{order_id}/picked-up", token=staff)
    assert (status, done["status"]) == (200, PICKED_UP)
    again = api("POST", f"/v1/admin/orders/{order_id}/picked-up", token=staff)
    assert (again[0], again[1]["status"]) == (200, PICKED_UP)
    assert len(events("OrderPickedUp")) == 1
    assert event_data("OrderPickedUp")[0]["picked_up_by"] == "admin-1"

    other = "0000" if code != "0000" else "0001"
    missing = api("GET", f"/v1/admin/pickups/{other}", token=staff, query=f"store_id={STORE}")
    assert (missing[0], missing[1]["error"]["code"]) == (404, "PICKUP_CODE_NOT_FOUND")
    analyst = api("GET", f"/v1/admin/pickups/{code}", token=admin_token("analyst"), query=f"store_id={STORE}")
    assert analyst[1]["error"]["code"] == "FORBIDDEN"


def test_an_unpaid_order_cannot_be_picked_up(shop):
    placed = place(make_member()).order
    status, body = api("POST", f"/v1/admin/orders/{placed.order_id}/picked-up", token=admin_token())
    assert (status, body["error"]["code"]) == (409, "ORDER_NOT_PICKABLE")


def refund_flow(fake, member: str, order_id: str) -> dict:
    token, staff = member_token(member), admin_token("operator")
    status, asked = api("POST", f"/v1/orders/{order_id}/refund", {"reason": "做错了口味"}, token=token)
    assert (status, asked["status"], asked["refund"]["status"]) == (200, REFUND_REQUESTED, "REQUESTED")
    assert api("POST", f"/v1/orders/{order_id}/refund", {"reason": "再问一次"}, token=token)[0] == 200
    waiting = api("GET", "/v1/admin/refunds", token=admin_token("analyst"))[1]["refunds"]
    assert [r["order_id"] for r in waiting] == [order_id]

    status, approved = api("POST", f"/v1/admin/orders/{order_id}/refund/approve", token=staff)
    assert status == 200, approved
    assert approved["status"] in (REFUNDING, REFUNDED)
    wait_for(lambda: order(order_id).status == REFUNDED, "the order REFUNDED by Kuaishou's REFUND callback")
    return api("GET", f"/v1/orders/{order_id}", token=token)[1]


def test_a_refund_gives_everything_back_once(shop, fake_kuaishou):
    member = make_member()
    coupon = coupon_for(member, {"kind": "fixed", "amount_off_fen": 300, "restore_on_refund": True}, "立减3")
    order_id = paid_order(fake_kuaishou, member, coupon_id=coupon)
    assert (stock_left(), slot_taken(SLOT), balance(member)) == (3, 1, 41)

    view = refund_flow(fake_kuaishou, member, order_id)
    assert view["refund"]["status"] == "REFUNDED"
    assert (view["refund"]["coupon_restored"], view["refund"]["points_taken"]) == (True, 41)
    assert view["refund"]["points_shortfall"] == 0
    assert (stock_left(), slot_taken(SLOT), balance(member)) == (5, 0, 0)
    assert coupon_status(member, coupon) == "AVAILABLE"
    (refunded,) = event_data("OrderRefunded")
    assert (refunded["amount_fen"], refunded["order_id"]) == (4100, order_id)
    assert [r["refund_amount"] for r in refunds_at_kuaishou(fake_kuaishou, order_id).values()] == [4100]

    # Kuaishou pushing the REFUND callback again changes nothing.
    # The fake logs a callback once the backend has answered it: wait for that, not just for its effect.
    callback = wait_for(
        lambda: next(
            (c for c in fake_kuaishou.callbacks if c["biz_type"] == "REFUND" and order_id in c["body"]), None
        ),
        "the fake to log the answered REFUND callback",
    )
    fake_kuaishou.redeliver(callback["message_id"])
    assert len(events("OrderRefunded")) == 1
    assert (stock_left(), balance(member)) == (5, 0)


def test_a_coupon_whose_terms_keep_it_stays_used(shop, fake_kuaishou):
    member = make_member()
    coupon = coupon_for(member)  # 满30减5, restore_on_refund false
    order_id = paid_order(fake_kuaishou, member, coupon_id=coupon)
    view = refund_flow(fake_kuaishou, member, order_id)
    assert view["refund"]["coupon_restored"] is False
    assert coupon_status(member, coupon) == "USED"


def test_points_already_spent_are_taken_back_down_to_zero_and_the_shortfall_recorded(shop, fake_kuaishou):
    member = make_member()
    order_id = paid_order(fake_kuaishou, member)
    assert balance(member) == 44
    points.change(member, -30, reason="兑换礼品", source="gift", ref="gift-1")
    view = refund_flow(fake_kuaishou, member, order_id)
    assert (view["refund"]["points_taken"], view["refund"]["points_shortfall"]) == (14, 30)
    assert balance(member) == 0
    assert event_data("OrderRefunded")[0]["points_shortfall"] == 30


def test_staff_reject_and_the_order_is_as_before(shop, fake_kuaishou):
    member = make_member()
    order_id = paid_order(fake_kuaishou, member)
    api("POST", f"/v1/orders/{order_id}/refund", {"reason": "不想要了"}, token=member_token(member))
    status, rejected = api(
        "POST", f"/v1/admin/orders/{order_id}/refund/reject", {"reason": "饮品已制作"}, token=admin_token()
    )
    assert (status, rejected["status"], rejected["refund"]["reject_reason"]) == (200, PAID, "饮品已制作")
    approve = api("POST", f"/v1/admin/orders/{order_id}/refund/approve", token=admin_token())
    assert (approve[0], approve[1]["error"]["code"]) == (409, "REFUND_NOT_PENDING")
    assert refunds_at_kuaishou(fake_kuaishou, order_id) == {}
    # The member may ask again.
    again = api("POST", f"/v1/orders/{order_id}/refund", {"reason": "还是想退"}, token=member_token(member))
    assert again[1]["status"] == REFUND_REQUESTED


def test_a_failed_refund_can_be_approved_again(shop, fake_kuaishou):
    member = make_member()
    order_id = paid_order(fake_kuaishou, member)
    fake_kuaishou.auto_complete_refunds = False
    refunds.request(member, order_id, "不想要了")
    refunds.approve(order_id, "staff-1")
    (first,) = refunds_at_kuaishou(fake_kuaishou, order_id)
    fake_kuaishou.complete_refund(first, status="FAILED")
    assert order(order_id).status == REFUND_FAILED
    assert stock_left() == 3

    refunds.approve(order_id, "staff-1")
    second = next(r for r in refunds_at_kuaishou(fake_kuaishou, order_id) if r != first)
    assert second == f"{order_id}-2"
    fake_kuaishou.complete_refund(second)
    assert order(order_id).status == REFUNDED
    assert stock_left() == 5
    assert len(events("OrderRefunded")) == 1
    refund = Refund.get(*Refund.key(order_id))
    assert (refund.attempt, refund.fail_count) == (2, 1)


def test_only_paid_orders_can_be_refunded(shop):
    member = make_member()
    placed = place(member, items=[{"product_id": TEA, "sku_id": "M", "quantity": 1}]).order
    status, body = api(
        "POST", f"/v1/orders/{placed.order_id}/refund", {"reason": "x"}, token=member_token(member)
    )
    assert (status, body["error"]["code"]) == (409, "ORDER_NOT_REFUNDABLE")
