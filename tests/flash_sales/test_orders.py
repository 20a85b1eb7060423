"""Flash purchases become pending orders at the sale price; an order that closes unpaid gives
its unit back to the sale exactly once (the release hook in the order's own transaction)."""

from __future__ import annotations

from concurrent.futures import ThreadPoolExecutor
from datetime import timedelta

import pytest

from siyu import clock
from siyu.errors import SiyuError
from siyu.flash_sales import get_purchase, ordering
from siyu.flash_sales.models import RELEASED, BuyCounter
from siyu.orders import release
from siyu.orders.models import Order
from siyu.orders.schemas import CANCELLED, EXPIRED, PENDING_PAYMENT
from tests.flash_sales.support import api, fresh, make_member, open_sale, shards
from tests.support import event_data, member_token


def units_left(sale_id: str) -> int:
    return sum(int(s.remaining) for s in shards(sale_id))


def bought(member_id: str, sale_id: str) -> int:
    return int(BuyCounter.get(*BuyCounter.key(member_id, sale_id), consistent_read=True).bought)


def test_a_purchase_creates_the_pending_order_at_the_sale_price(shop):
    sale = open_sale(stock=3, sale_price_fen=990)
    make_member("m1")
    headers = {"Idempotency-Key": "buy-000001"}
    status, body = api(
        "POST", f"/v1/flash-sales/{sale.sale_id}/purchase", token=member_token("m1"), headers=headers
    )
    assert status == 201, body
    order, unit = body["order"], body["purchase"]
    assert (order["status"], order["amounts"]["total_fen"], order["source"]) == (
        PENDING_PAYMENT,
        990,
        "flash_sale",
    )
    assert order["source_ref"] == unit["purchase_id"]
    assert order["payment"]["order_no"]
    assert order["payment"]["order_info_token"]
    assert unit["order_id"] == order["order_id"] == get_purchase(unit["purchase_id"]).order_id

    status, again = api(
        "POST", f"/v1/flash-sales/{sale.sale_id}/purchase", token=member_token("m1"), headers=headers
    )
    assert (status, again["replayed"], again["order"]["order_id"]) == (201, True, order["order_id"])
    assert again["order"]["payment"] == order["payment"]
    assert units_left(sale.sale_id) == 2


def test_an_order_refused_for_good_gives_the_unit_back(shop):
    sale = open_sale(stock=2, sku_id="XL")  # the product has no such SKU
    make_member("m1")
    status, body = api(
        "POST",
        f"/v1/flash-sales/{sale.sale_id}/purchase",
        token=member_token("m1"),
        headers={"Idempotency-Key": "buy-000002"},
    )
    assert (status, body["error"]["code"]) == (400, "ORDER_ITEM_INVALID")
    assert units_left(sale.sale_id) == 2
    assert bought("m1", sale.sale_id) == 0
    assert event_data("OrderCreated") == []


def test_a_sale_without_store_is_refused_before_taking_a_unit(aws):
    sale = open_sale(stock=2)  # no catalogue: the sale's store and SKU are set, the store is missing
    make_member("m1")
    with pytest.raises(SiyuError) as refused:
        ordering.purchase_order("m1", sale.sale_id, request_key="k-000001")
    assert refused.value.code == "STORE_NOT_FOUND"
    assert units_left(sale.sale_id) == 2


@pytest.mark.concurrency
def test_an_unpaid_flash_order_that_expires_returns_its_unit_once(shop, atomic_dynamodb):
    sale = open_sale(stock=1, per_member_limit=1)
    make_member("m1")
    placed = ordering.purchase_order("m1", sale.sale_id, request_key="k-000001")
    assert units_left(sale.sale_id) == 0
    assert fresh(sale.sale_id).sold_out is False  # nobody asked after the last unit yet

    clock.clock.freeze(clock.parse_iso(placed.order.expires_at) + timedelta(seconds=2))
    with ThreadPoolExecutor(max_workers=4) as pool:  # the schedule, its retry and the sweep
        closed = list(pool.map(lambda _: release.close(placed.order.order_id, "timeout").status, range(4)))
    release.sweep()
    assert closed == [EXPIRED] * 4
    assert units_left(sale.sale_id) == 1
    assert sum(int(s.returned) for s in shards(sale.sale_id)) == 1
    assert bought("m1", sale.sale_id) == 0
    assert get_purchase(placed.purchase.purchase_id).status == RELEASED


def test_a_cancelled_flash_order_returns_its_unit_and_the_member_can_buy_again(shop):
    sale = open_sale(stock=1, per_member_limit=1)
    make_member("m1")
    first = ordering.purchase_order("m1", sale.sale_id, request_key="k-000001")
    assert release.close(first.order.order_id, "cancel", member_id="m1").status == CANCELLED
    assert (units_left(sale.sale_id), bought("m1", sale.sale_id)) == (1, 0)
    second = ordering.purchase_order("m1", sale.sale_id, request_key="k-000002")
    assert second.order.order_id != first.order.order_id
    assert units_left(sale.sale_id) == 0


@pytest.mark.concurrency
def test_concurrent_buyers_get_exactly_the_stock_in_orders(shop, atomic_dynamodb):
    sale = open_sale(stock=4, per_member_limit=1)
    members = [f"m{n}" for n in range(10)]
    for member_id in members:
        make_member(member_id)

    def attempt(member_id: str) -> str:
        try:
            return ordering.purchase_order(member_id, sale.sale_id, request_key="k-000001").order.order_id
        except SiyuError as exc:
            return exc.code

    with ThreadPoolExecutor(max_workers=8) as pool:
        outcomes = list(pool.map(attempt, members))
    orders = [o for o in outcomes if not o.startswith("FLASH_")]
    assert len(orders) == len(set(orders)) == 4
    assert outcomes.count("FLASH_SALE_SOLD_OUT") == 6
    assert sorted(e["order_id"] for e in event_data("OrderCreated")) == sorted(orders)
    for order_id in orders:
        assert Order.get(*Order.key(order_id)).status == PENDING_PAYMENT
    assert units_left(sale.sale_id) == 0
