"""Kuaishou payment callbacks: the signature, exactly-once payment under duplicate and
concurrent callbacks, the first-order flag, late payments, reconciliation."""

from __future__ import annotations

import base64
import json
from concurrent.futures import ThreadPoolExecutor

import pytest

from siyu.errors import SiyuError
from siyu.orders import payments
from siyu.orders.models import OrderStats
from siyu.orders.release import close
from siyu.orders.schemas import EXPIRED, PAID, PENDING_PAYMENT, REFUNDED
from siyu_local.apigw import http_event, parse_response
from tests.conftest import LambdaContextStub
from tests.orders.support import (
    LIMITED,
    TEA,
    api,
    balance,
    coupon_for,
    coupon_status,
    ledger,
    make_member,
    order,
    place,
    refunds_at_kuaishou,
    setup_shop,
    signed_payment,
    stock_left,
    wait_for,
)
from tests.support import event_data, events, member_token

NOTIFY = "/v1/payments/kuaishou/notify"


@pytest.fixture
def shop(aws):
    setup_shop()


def notify(raw: bytes, kwaisign: str | None, *, base64_body: bool = False, header: str = "kwaisign"):
    from orders_payments import handler

    headers = {"content-type": "application/json"}
    if kwaisign is not None:
        headers[header] = kwaisign
    event = http_event("POST", NOTIFY, headers=headers, body=raw)
    if base64_body:
        event["body"], event["isBase64Encoded"] = base64.b64encode(raw).decode(), True
    status, _, body, _ = parse_response(handler(event, LambdaContextStub()))
    return status, json.loads(body)


def big_order(member: str, **extra):
    """2 × 大杯 (3600 fen): 36 points, fits 满30减5."""
    return place(member, items=[{"product_id": TEA, "sku_id": "L", "quantity": 2}], **extra)


def test_a_paid_callback_marks_the_order_paid_with_everything_that_goes_with_it(shop, fake_kuaishou):
    member = make_member()
    coupon = coupon_for(member)
    placed = big_order(member, coupon_id=coupon, pickup_slot="2026-12-01T11:00").order
    delivered = fake_kuaishou.pay(placed.order_id)  # POSTs the signed callback to the handler
    assert delivered["acked"] is True
    assert delivered["body"] == {"result": 1, "message_id": delivered["message_id"]}

    paid = order(placed.order_id)
    assert paid.status == PAID
    assert paid.first_order is True
    assert len(paid.pickup_code or "") == 4
    assert paid.points_awarded == 31  # 3600 − 500 = 3100 fen paid: 31 yuan
    assert balance(member) == 31
    assert coupon_status(member, coupon) == "USED"
    (event,) = event_data("OrderPaid")
    assert event["first_order"] is True
    assert event["amount_fen"] == 3100
    assert event["pickup_code"] == paid.pickup_code
    assert len(events("CouponUsed")) == 1

    status, view = api("GET", f"/v1/orders/{placed.order_id}", token=member_token(member))
    assert status == 200
    assert (view["status"], view["pickup"]["code"], view["payment"]) == (PAID, paid.pickup_code, None)


def test_a_wrong_signature_is_refused_and_changes_nothing(shop, fake_kuaishou):
    member = make_member()
    placed = big_order(member).order
    raw, kwaisign = signed_payment(fake_kuaishou, placed.order_id)
    before = len(events())

    forged = raw.replace(b'"order_amount":3600', b'"order_amount":3601')
    for body, sign in ((raw, "0" * 32), (forged, kwaisign), (raw, None), (raw, "")):
        status, answer = notify(body, sign)
        assert status == 401
        assert answer["result"] != 1
    assert order(placed.order_id).status == PENDING_PAYMENT
    assert balance(member) == 0
    assert len(events()) == before

    # The genuine bytes, with the header spelt as urllib sends it and the body base64-encoded.
    status, answer = notify(raw, kwaisign, base64_body=True, header="Kwaisign")
    assert (status, answer["result"]) == (200, 1)
    assert order(placed.order_id).status == PAID


@pytest.mark.concurrency
def test_the_same_callback_ten_times_at_once_pays_once(atomic_dynamodb, fake_kuaishou):
    setup_shop()
    member = make_member()
    coupon = coupon_for(member)
    placed = big_order(member, coupon_id=coupon).order
    raw, kwaisign = signed_payment(fake_kuaishou, placed.order_id)

    with ThreadPoolExecutor(10) as pool:
        answers = list(pool.map(lambda _: payments.handle_callback(raw, kwaisign), range(10)))

    message_id = json.loads(raw)["message_id"]
    assert answers == [{"result": 1, "message_id": message_id}] * 10
    assert order(placed.order_id).status == PAID
    assert len(events("OrderPaid")) == 1
    assert [e.delta for e in ledger(member)] == [31]  # points once
    assert balance(member) == 31
    assert len(events("CouponUsed")) == 1  # coupon consumed once
    assert coupon_status(member, coupon) == "USED"
    assert int(OrderStats.get(*OrderStats.key(member)).paid_count) == 1

    # Later duplicates (Kuaishou re-pushes until acked) still change nothing.
    assert payments.handle_callback(raw, kwaisign)["result"] == 1
    assert len(events("OrderPaid")) == 1


@pytest.mark.concurrency
def test_first_order_flag_is_exact_when_two_orders_are_paid_at_once(atomic_dynamodb, fake_kuaishou):
    setup_shop()
    member = make_member()
    placed = [big_order(member).order for _ in range(4)]
    signed = [signed_payment(fake_kuaishou, p.order_id) for p in placed]

    with ThreadPoolExecutor(4) as pool:
        list(pool.map(lambda s: payments.handle_callback(*s), signed))

    flags = [order(p.order_id).first_order for p in placed]
    assert sorted(flags) == [False, False, False, True]
    assert [e["first_order"] for e in event_data("OrderPaid")].count(True) == 1
    assert int(OrderStats.get(*OrderStats.key(member)).paid_count) == 4
    assert balance(member) == 4 * 36


def test_a_callback_for_another_amount_is_not_acknowledged(shop, fake_kuaishou):
    member = make_member()
    placed = big_order(member).order
    with pytest.raises(SiyuError) as refused:
        payments.apply_payment(placed.order_id, payments.Payment(amount_fen=1, ks_order_no="x"))
    assert refused.value.code == "PAYMENT_AMOUNT_MISMATCH"
    assert order(placed.order_id).status == PENDING_PAYMENT
    assert events("OrderPaid") == []


def test_payment_after_expiry_is_refunded_automatically(shop, fake_kuaishou):
    from siyu import clock

    member = make_member()
    placed = place(member, items=[{"product_id": LIMITED, "sku_id": "R", "quantity": 1}]).order
    clock.clock.freeze(clock.parse_iso(placed.expires_at))
    assert close(placed.order_id, "timeout").status == EXPIRED  # Kuaishou still says PROCESSING
    assert stock_left() == 5

    fake_kuaishou.pay(placed.order_id)  # the member paid at the last second
    wait_for(lambda: order(placed.order_id).status == REFUNDED, "the fake to complete the refund")

    late = order(placed.order_id)
    assert late.late_payment is True
    assert late.points_awarded == 0
    assert stock_left() == 5  # given back once, at expiry
    assert balance(member) == 0
    refunds = list(refunds_at_kuaishou(fake_kuaishou, placed.order_id).values())
    assert [(r["out_order_no"], r["refund_amount"]) for r in refunds] == [(placed.order_id, 2200)]
    assert len(events("OrderLatePaid")) == 1
    assert len(events("OrderLatePaymentRefunded")) == 1
    assert events("OrderPaid") == []
    assert events("OrderRefunded") == []


def test_reconcile_applies_a_payment_whose_callback_has_not_arrived(shop, fake_kuaishou):
    member = make_member()
    placed = big_order(member).order
    signed_payment(fake_kuaishou, placed.order_id)  # paid at Kuaishou, callback lost
    status, view = api("POST", f"/v1/orders/{placed.order_id}/reconcile", token=member_token(member))
    assert status == 200, view
    assert view["status"] == PAID
    assert view["pickup"]["code"]
    assert balance(member) == 36


def test_a_callback_costs_three_dynamodb_round_trips(shop, fake_kuaishou, ddb_calls):
    member = make_member()
    placed = big_order(member).order
    raw, kwaisign = signed_payment(fake_kuaishou, placed.order_id)
    with pytest.raises(SiyuError):  # warms the secret cache, as in a warm container
        payments.handle_callback(b"{}", "0" * 32)
    ddb_calls.clear()
    payments.handle_callback(raw, kwaisign)
    assert ddb_calls == ["BatchGetItem", "GetItem", "TransactWriteItems"]
    ddb_calls.clear()
    payments.handle_callback(raw, kwaisign)  # a repeat: one read
    assert ddb_calls == ["BatchGetItem"]
