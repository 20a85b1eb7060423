"""Staff's order list (a store's orders of a day by status and source, paged: a Query on
gsi2) and the day's pickups per store, and a member's coupons for staff."""

from __future__ import annotations

import pytest

from siyu.orders.schemas import PAID, PENDING_PAYMENT, PICKED_UP
from tests.orders.support import LIMITED, STORE, api, make_member, order, place, setup_shop
from tests.support import admin_token

SLOT = "2026-12-01T11:00"
ITEMS = [{"product_id": LIMITED, "sku_id": "R", "quantity": 1}]


@pytest.fixture
def shop(aws):
    setup_shop()


def test_staff_list_a_stores_orders_of_a_day_by_status_with_pages_and_no_scan(shop, fake_kuaishou, ddb_calls):
    member = make_member()
    placed = [place(member, items=ITEMS, pickup_slot=SLOT).order.order_id for _ in range(3)]
    assert fake_kuaishou.pay(placed[0])["acked"]
    assert fake_kuaishou.pay(placed[1])["acked"]
    staff = admin_token("operator")
    assert api("POST", f"/v1/admin/orders/{placed[0]}/picked-up", token=staff)[0] == 200
    ddb_calls.clear()

    status, listed = api("GET", "/v1/admin/orders", token=staff, query=f"store_id={STORE}&day=2026-12-01")
    assert status == 200
    assert sorted(o["order_id"] for o in listed["orders"]) == sorted(placed)
    assert [o["created_at"] for o in listed["orders"]] == sorted(
        (o["created_at"] for o in listed["orders"]), reverse=True
    )
    status, paid = api(
        "GET", "/v1/admin/orders", token=staff, query=f"store_id={STORE}&day=2026-12-01&status={PAID}"
    )
    assert [o["order_id"] for o in paid["orders"]] == [placed[1]]
    _, shop_only = api("GET", "/v1/admin/orders", token=staff, query=f"store_id={STORE}&source=flash_sale")
    assert shop_only["orders"] == []

    _, first = api("GET", "/v1/admin/orders", token=staff, query=f"store_id={STORE}&limit=2")
    assert len(first["orders"]) == 2
    assert first["next_cursor"]
    _, second = api(
        "GET",
        "/v1/admin/orders",
        token=staff,
        query=f"store_id={STORE}&limit=2&cursor={first['next_cursor']}",
    )
    assert [o["order_id"] for o in first["orders"] + second["orders"]] == [
        o["order_id"] for o in listed["orders"]
    ]

    _, summary = api("GET", "/v1/admin/pickup-summary", token=staff, query="day=2026-12-01")
    mine = next(s for s in summary["stores"] if s["store_id"] == STORE)
    assert (mine["picked_up"], mine["waiting"], mine["orders"]) == (1, 1, 3)
    assert "Scan" not in ddb_calls
    assert order(placed[2]).status == PENDING_PAYMENT
    assert order(placed[0]).status == PICKED_UP


@pytest.mark.parametrize(
    ("query", "field"),
    [
        ("store_id=S1&status=LOST", "status"),
        ("store_id=S1&source=tv", "source"),
        ("store_id=S1&day=12-01", "day"),
    ],
)
def test_bad_filters_name_the_field(shop, query, field):
    status, body = api("GET", "/v1/admin/orders", token=admin_token("analyst"), query=query)
    assert (status, body["error"]["code"]) == (400, "VALIDATION_ERROR")
    assert any(d.get("field") == field for d in body["error"]["details"])


def test_a_members_orders_for_staff_and_the_list_needs_a_store_or_member(shop, fake_kuaishou):
    member = make_member()
    placed = place(member, items=ITEMS, pickup_slot=SLOT).order.order_id
    staff = admin_token("analyst")
    status, listed = api("GET", "/v1/admin/orders", token=staff, query=f"member_id={member}")
    assert (status, [o["order_id"] for o in listed["orders"]]) == (200, [placed])
    _, paid = api("GET", "/v1/admin/orders", token=staff, query=f"member_id={member}&status={PAID}")
    assert paid["orders"] == []
    status, body = api("GET", "/v1/admin/orders", token=staff)
    assert (status, body["error"]["details"][0]["field"]) == (400, "store_id")
    assert api("GET", "/v1/admin/orders", query="store_id=S1")[0] == 401
