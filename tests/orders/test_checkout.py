"""Creating orders: server prices, discounts, reservations, idempotency, the Kuaishou
pre-order and its expiry schedule; the concurrency the issue asks for."""

from __future__ import annotations

from concurrent.futures import ThreadPoolExecutor

import pytest

from siyu import aws
from siyu.config import get_settings
from siyu.errors import SiyuError
from siyu.members import rules
from siyu.members.models import Account
from siyu.members.schemas import LevelRule, LevelRules
from siyu.orders import checkout
from siyu.orders.models import PendingOrder
from siyu.orders.release import schedule_name
from siyu.orders.schemas import PENDING_PAYMENT
from tests.orders.support import (
    LIMITED,
    STORE,
    TEA,
    api,
    coupon_for,
    coupon_status,
    make_member,
    order,
    place,
    request,
    setup_shop,
    slot_taken,
    stock_left,
)
from tests.support import event_data, events, member_token

SLOT = "2026-12-01T11:00"


@pytest.fixture
def shop(aws):
    setup_shop()


def create(member_id: str, body: dict, key: str = "order-key-0001") -> tuple[int, dict]:
    return api("POST", "/v1/orders", body, token=member_token(member_id), headers={"Idempotency-Key": key})


def test_the_server_prices_the_order_and_ignores_client_prices(shop, fake_kuaishou):
    member = make_member()
    body = {
        "store_id": STORE,
        "items": [
            {
                "product_id": TEA,
                "sku_id": "L",
                "quantity": 2,
                "options": {"topping": ["pearl", "jelly"]},
                "unit_price_fen": 1,
                "price_fen": 1,
            },
            {"product_id": LIMITED, "sku_id": "R", "quantity": 1, "unit_price_fen": 1},
        ],
        "total_fen": 1,
        "amount": 1,
    }
    status, answer = create(member, body)
    assert status == 201, answer
    placed = answer["order"]
    # 大杯 1800 + 珍珠 200 + 椰果 100 = 2100 × 2, and 芝士葡萄 2200.
    assert [line["unit_price_fen"] for line in placed["lines"]] == [2100, 2200]
    assert placed["amounts"] == {
        "subtotal_fen": 6400,
        "coupon_discount_fen": 0,
        "level_discount_fen": 0,
        "total_fen": 6400,
    }
    assert [o["name"] for o in placed["lines"][0]["options"]] == [
        "五分糖",
        "珍珠",
        "椰果",
    ]  # default sweetness
    # Kuaishou charges the server's total.
    assert fake_kuaishou.orders[placed["order_id"]]["total_amount"] == 6400
    assert placed["payment"]["order_info_token"]
    assert placed["status"] == PENDING_PAYMENT


def test_level_discount_applies_after_the_coupon(shop, fake_kuaishou):
    rules.save_levels(
        LevelRules(
            growth_basis="points_earned",
            levels=[
                LevelRule(key="normal", name="普通会员", threshold=0),
                LevelRule(key="silver", name="银卡", threshold=100, discount_bp=500),
            ],
        )
    )
    member = make_member()
    Account(*Account.key(member), member_id=member, earned_total=150, balance=150, version=1).save()
    coupon = coupon_for(member)  # 满30减5
    result = place(member, items=[{"product_id": TEA, "sku_id": "L", "quantity": 2}], coupon_id=coupon)
    # 3600 − 500 (coupon) = 3100; 5% of 3100 = 155.
    assert result.order.amounts.model_dump() == {
        "subtotal_fen": 3600,
        "coupon_discount_fen": 500,
        "level_discount_fen": 155,
        "total_fen": 2945,
    }
    assert result.order.level_key == "silver"
    assert coupon_status(member, coupon) == "LOCKED"


def test_a_retry_with_the_same_key_returns_the_same_order_and_reserves_once(shop):
    member = make_member()
    body = {
        "store_id": STORE,
        "items": [{"product_id": LIMITED, "sku_id": "R", "quantity": 2}],
        "pickup_slot": SLOT,
    }
    first = create(member, body)
    again = create(member, body)
    assert (first[0], again[0]) == (201, 201)
    assert again[1]["replayed"] is True
    assert again[1]["order"]["order_id"] == first[1]["order"]["order_id"]
    assert again[1]["order"]["payment"] == first[1]["order"]["payment"]
    assert stock_left() == 3
    assert slot_taken(SLOT) == 1
    assert len(events("OrderCreated")) == 1

    reused = create(member, {**body, "remark": "另一个请求"})
    assert reused[0] == 422
    assert reused[1]["error"]["code"] == "IDEMPOTENCY_KEY_REUSED"
    missing = api("POST", "/v1/orders", body, token=member_token(member))
    assert missing[1]["error"]["code"] == "VALIDATION_ERROR"


@pytest.mark.parametrize(
    ("items", "extra", "status", "code"),
    [
        ([{"product_id": LIMITED, "sku_id": "R", "quantity": 6}], {}, 409, "PRODUCT_SOLD_OUT"),
        ([{"product_id": "nope", "sku_id": "R", "quantity": 1}], {}, 404, "PRODUCT_NOT_FOUND"),
        ([{"product_id": TEA, "sku_id": "XL", "quantity": 1}], {}, 400, "ORDER_ITEM_INVALID"),
        (
            [
                {
                    "product_id": TEA,
                    "sku_id": "M",
                    "quantity": 1,
                    "options": {"topping": ["pearl", "jelly", "x"]},
                }
            ],
            {},
            400,
            "ORDER_ITEM_INVALID",
        ),
        (
            [{"product_id": TEA, "sku_id": "M", "quantity": 1, "options": {"ice": ["none"]}}],
            {},
            400,
            "ORDER_ITEM_INVALID",
        ),
        ([{"product_id": TEA, "sku_id": "M", "quantity": 0}], {}, 400, "VALIDATION_ERROR"),
        # Quantities are strict integers: no "1", true or 1.0 coerced into an order (issue 15).
        ([{"product_id": TEA, "sku_id": "M", "quantity": "1"}], {}, 400, "VALIDATION_ERROR"),
        ([{"product_id": TEA, "sku_id": "M", "quantity": True}], {}, 400, "VALIDATION_ERROR"),
        ([{"product_id": TEA, "sku_id": "M", "quantity": 1.0}], {}, 400, "VALIDATION_ERROR"),
        (
            [{"product_id": TEA, "sku_id": "M", "quantity": 1}],
            {"pickup_slot": "2026-12-01T10:05"},
            400,
            "PICKUP_SLOT_INVALID",
        ),
        (
            [{"product_id": TEA, "sku_id": "M", "quantity": 1}],
            {"pickup_slot": "2026-12-01T10:00"},
            400,
            "PICKUP_SLOT_INVALID",
        ),
        (
            [{"product_id": TEA, "sku_id": "M", "quantity": 1}],
            {"pickup_slot": "2026-12-03T11:00"},
            400,
            "PICKUP_SLOT_INVALID",
        ),
        ([{"product_id": TEA, "sku_id": "M", "quantity": 1}], {"store_id": "S9"}, 404, "STORE_NOT_FOUND"),
        (
            [{"product_id": LIMITED, "sku_id": "R", "quantity": 1}],
            {"store_id": "S2"},
            409,
            "PRODUCT_UNAVAILABLE",
        ),
        ([{"product_id": TEA, "sku_id": "M", "quantity": 1}], {"coupon_id": "NOPE"}, 404, "COUPON_NOT_FOUND"),
    ],
)
def test_bad_orders_are_refused_and_change_nothing(shop, items, extra, status, code):
    member = make_member()
    got = create(member, {"store_id": STORE, "items": items, **extra})
    assert (got[0], got[1]["error"]["code"]) == (status, code), got
    assert got[1]["error"]["message"]
    assert stock_left() == 5
    assert events() == []


def test_a_coupon_that_does_not_fit_is_refused_with_its_reason(shop):
    member = make_member()
    coupon = coupon_for(member)  # 满30减5: one 中杯 is 15 yuan
    status, body = create(
        member,
        {
            "store_id": STORE,
            "items": [{"product_id": TEA, "sku_id": "M", "quantity": 1}],
            "coupon_id": coupon,
        },
    )
    assert (status, body["error"]["code"], body["error"]["details"]["reason"]) == (
        422,
        "COUPON_NOT_APPLICABLE",
        "MIN_SPEND",
    )
    assert coupon_status(member, coupon) == "AVAILABLE"


def test_a_coupon_locked_by_another_order_is_refused(shop):
    member = make_member()
    coupon = coupon_for(member)
    place(member, items=[{"product_id": TEA, "sku_id": "L", "quantity": 2}], coupon_id=coupon)
    with pytest.raises(SiyuError) as refused:
        place(member, items=[{"product_id": TEA, "sku_id": "L", "quantity": 2}], coupon_id=coupon)
    assert refused.value.code == "COUPON_NOT_APPLICABLE"
    assert len(events("OrderCreated")) == 1


def test_kuaishou_down_keeps_the_order_and_a_retry_resumes(shop, fake_kuaishou):
    member = make_member()
    body = {"store_id": STORE, "items": [{"product_id": LIMITED, "sku_id": "R", "quantity": 1}]}
    fake_kuaishou.outage(True)
    try:
        status, refused = create(member, body)
    finally:
        fake_kuaishou.outage(False)
    assert status == 503
    assert refused["error"]["code"] == "KUAISHOU_UNAVAILABLE"
    order_id = refused["error"]["details"]["order_id"]
    assert order(order_id).status == PENDING_PAYMENT
    assert stock_left() == 4  # held until paid, cancelled or expired

    status, resumed = create(member, body)
    assert status == 201
    assert (resumed["replayed"], resumed["order"]["order_id"]) == (True, order_id)
    assert resumed["order"]["payment"]["order_no"] == fake_kuaishou.orders[order_id]["ks_order_no"]
    assert stock_left() == 4


def test_the_expiry_is_scheduled_at_the_orders_expiry(shop):
    result = place(make_member())
    settings = get_settings()
    schedule = aws.client("scheduler").get_schedule(
        Name=schedule_name(result.order.order_id), GroupName=settings.order_schedule_group
    )
    assert schedule["ScheduleExpression"] == "at(2026-12-01T02:15:01)"
    assert schedule["Target"]["Arn"] == settings.order_expiry_target_arn
    assert schedule["ActionAfterCompletion"] == "DELETE"
    assert result.order.expires_at == "2026-12-01T02:15:00.000Z"
    key = PendingOrder.key(result.order.order_id, result.order.expires_at)
    assert PendingOrder.get(*key, consistent_read=True).order_id == result.order.order_id


def test_order_creation_costs_three_dynamodb_round_trips(shop, ddb_calls):
    member = make_member()
    place(member)  # warms the Kuaishou token and the level rules, as a warm container has them
    ddb_calls.clear()
    place(member, items=[{"product_id": LIMITED, "sku_id": "R", "quantity": 1}], pickup_slot=SLOT)
    assert ddb_calls == ["BatchGetItem", "TransactWriteItems", "UpdateItem"]


def test_quote_prices_without_reserving(shop):
    member = make_member()
    status, body = api(
        "POST",
        "/v1/orders/quote",
        {
            "store_id": STORE,
            "items": [{"product_id": LIMITED, "sku_id": "R", "quantity": 2, "unit_price_fen": 1}],
        },
        token=member_token(member),
    )
    assert status == 200, body
    assert body["amounts"]["total_fen"] == 4400
    assert stock_left() == 5
    assert events() == []


@pytest.mark.concurrency
def test_forty_concurrent_orders_for_a_slot_of_thirty(atomic_dynamodb, fake_kuaishou):
    setup_shop(capacity=30)
    members = [make_member() for _ in range(40)]

    def attempt(member_id: str) -> str:
        try:
            checkout.create_order(member_id, request(pickup_slot=SLOT), key="slot-race-key")
        except SiyuError as exc:
            return exc.code
        return "OK"

    with ThreadPoolExecutor(8) as pool:
        outcomes = list(pool.map(attempt, members))
    assert outcomes.count("OK") == 30
    assert outcomes.count("PICKUP_SLOT_FULL") == 10
    assert slot_taken(SLOT) == 30
    assert len(events("OrderCreated")) == 30


@pytest.mark.concurrency
def test_concurrent_orders_never_oversell_a_sku(atomic_dynamodb, fake_kuaishou):
    setup_shop(limited_stock=5)
    members = [make_member() for _ in range(12)]

    def attempt(member_id: str) -> str:
        try:
            checkout.create_order(
                member_id, request([{"product_id": LIMITED, "sku_id": "R", "quantity": 1}]), key="stock-race"
            )
        except SiyuError as exc:
            return exc.code
        return "OK"

    with ThreadPoolExecutor(6) as pool:
        outcomes = list(pool.map(attempt, members))
    assert outcomes.count("OK") == 5
    assert outcomes.count("PRODUCT_SOLD_OUT") == 7
    assert stock_left() == 0
    assert sum(d["items"] for d in event_data("OrderCreated")) == 5


@pytest.mark.concurrency
def test_concurrent_copies_of_one_request_make_one_order(atomic_dynamodb, fake_kuaishou):
    setup_shop()
    member = make_member()

    def attempt(_: int) -> tuple[str, bool]:
        result = checkout.create_order(
            member, request([{"product_id": LIMITED, "sku_id": "R", "quantity": 1}]), key="double-tap-key"
        )
        return result.order.order_id, result.replayed

    with ThreadPoolExecutor(6) as pool:
        results = list(pool.map(attempt, range(6)))
    assert len({order_id for order_id, _ in results}) == 1
    assert sum(not replayed for _, replayed in results) == 1
    assert stock_left() == 4
