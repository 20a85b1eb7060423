"""The catalogue through the orders handler: staff write it, anyone reads the menu."""

from __future__ import annotations

import pytest

from tests.orders.support import LIMITED, STORE, TEA, api, setup_shop
from tests.support import admin_token


@pytest.fixture
def shop(aws):
    setup_shop()


def test_staff_build_the_menu_and_anyone_reads_it(aws):
    staff = admin_token("operator")
    assert api("PUT", "/v1/admin/categories/tea", {"name": "奶茶", "sort": 2}, token=staff)[0] == 200
    assert api("PUT", "/v1/admin/categories/new", {"name": "新品", "sort": 1}, token=staff)[0] == 200
    assert api("PUT", "/v1/admin/categories/old", {"name": "下架", "visible": False}, token=staff)[0] == 200
    status, store = api(
        "PUT",
        "/v1/admin/stores/S1",
        {"name": "静安寺店", "address": "南京西路1788号", "opens": "10:00", "closes": "22:00"},
        token=staff,
    )
    assert (status, store["pickup"]["capacity"]) == (200, 30)
    product = {
        "name": "杨枝甘露",
        "category_id": "new",
        "skus": [{"sku_id": "M", "name": "中杯", "price_fen": 1800}],
        "option_groups": [
            {"group_id": "ice", "name": "冰量", "choices": [{"choice_id": "less", "name": "少冰"}]},
        ],
    }
    status, created = api("PUT", "/v1/admin/products/YZGL", product, token=staff)
    assert (status, created["price_from_fen"], created["skus"][0]["stock_left"]) == (200, 1800, None)
    status, stocked = api("PUT", "/v1/admin/products/YZGL/stock", {"sku_id": "M", "left": 20}, token=staff)
    assert (status, stocked["skus"][0]["stock_left"]) == (200, 20)

    assert [c["category_id"] for c in api("GET", "/v1/categories")[1]["categories"]] == ["new", "tea"]
    assert api("GET", "/v1/stores")[1]["stores"][0]["store_id"] == "S1"
    menu = api("GET", "/v1/products", query="category_id=new")[1]
    assert [p["product_id"] for p in menu["products"]] == ["YZGL"]
    assert api("GET", "/v1/products/YZGL")[1]["skus"][0]["stock_left"] == 20

    unlimited = api("PUT", "/v1/admin/products/YZGL/stock", {"sku_id": "M", "left": None}, token=staff)[1]
    assert unlimited["skus"][0]["stock_left"] is None


@pytest.mark.parametrize(
    ("path", "body", "code"),
    [
        (
            "/v1/admin/stores/S1",
            {"name": "店", "address": "路", "opens": "22:00", "closes": "10:00"},
            "VALIDATION_ERROR",
        ),
        ("/v1/admin/stores/S1", {"name": "店", "address": "路", "opens": "25:00"}, "VALIDATION_ERROR"),
        (
            "/v1/admin/products/X",
            {"name": "茶", "category_id": "tea", "skus": [{"sku_id": "M", "name": "中", "price_fen": 0}]},
            "VALIDATION_ERROR",
        ),
        (
            "/v1/admin/products/X",
            {
                "name": "茶",
                "category_id": "tea",
                "skus": [
                    {"sku_id": "M", "name": "中", "price_fen": 1},
                    {"sku_id": "M", "name": "大", "price_fen": 2},
                ],
            },
            "VALIDATION_ERROR",
        ),
        (
            "/v1/admin/products/X",
            {"name": "茶", "category_id": "nope", "skus": [{"sku_id": "M", "name": "中", "price_fen": 1}]},
            "CATEGORY_NOT_FOUND",
        ),
        ("/v1/admin/products/P-TEA/stock", {"sku_id": "XL", "left": 3}, "VALIDATION_ERROR"),
    ],
)
def test_bad_catalogue_input_is_refused(shop, path, body, code):
    status, answer = api("PUT", path, body, token=admin_token("operator"))
    assert answer["error"]["code"] == code
    assert 400 <= status < 500


def test_only_operators_write_the_catalogue(shop):
    body = {"name": "奶茶"}
    assert api("PUT", "/v1/admin/categories/tea", body)[1]["error"]["code"] == "UNAUTHENTICATED"
    assert (
        api("PUT", "/v1/admin/categories/tea", body, token=admin_token("analyst"))[1]["error"]["code"]
        == "FORBIDDEN"
    )
    assert api("GET", "/v1/admin/products", token=admin_token("analyst"))[0] == 200


def test_the_menu_of_a_store_pages_and_hides_what_is_not_sold_there(shop):
    staff = admin_token("operator")
    for i in range(5):
        api(
            "PUT",
            f"/v1/admin/products/T{i}",
            {
                "name": f"茶{i}",
                "category_id": "tea",
                "sort": 10 + i,
                "skus": [{"sku_id": "M", "name": "中", "price_fen": 100}],
            },
            token=staff,
        )
    api(
        "PUT",
        "/v1/admin/products/OFF",
        {
            "name": "停售",
            "category_id": "tea",
            "status": "OFF_SALE",
            "skus": [{"sku_id": "M", "name": "中", "price_fen": 1}],
        },
        token=staff,
    )
    seen, cursor = [], None
    while True:
        page = api(
            "GET", "/v1/products", query=f"store_id=S2&limit=2{'&cursor=' + cursor if cursor else ''}"
        )[1]
        seen += [p["product_id"] for p in page["products"]]
        cursor = page["next_cursor"]
        if not cursor:
            break
    assert seen == [TEA, "T0", "T1", "T2", "T3", "T4"]  # 芝士葡萄 is sold at S1 only; OFF is off sale
    in_s1 = [
        p["product_id"] for p in api("GET", "/v1/products", query=f"store_id={STORE}&limit=50")[1]["products"]
    ]
    assert LIMITED in in_s1
    assert "OFF" not in in_s1
    everything = api("GET", "/v1/admin/products", token=admin_token("analyst"), query="limit=50")[1][
        "products"
    ]
    assert "OFF" in [p["product_id"] for p in everything]
    assert api("GET", "/v1/products", query="cursor=not-a-cursor")[1]["error"]["code"] == "VALIDATION_ERROR"
    assert api("GET", "/v1/products/nope")[1]["error"]["code"] == "PRODUCT_NOT_FOUND"


def test_pickup_slots_show_places_left(shop):
    from tests.orders.support import make_member, place

    place(make_member(), pickup_slot="2026-12-01T11:00")
    status, body = api("GET", f"/v1/stores/{STORE}/pickup-slots", query="day=2026-12-01")
    assert status == 200
    slots = {s["slot"]: s for s in body["slots"]}
    assert slots["2026-12-01T08:00"]["available"] is False  # past
    assert slots["2026-12-01T10:00"]["available"] is False  # inside the 10-minute lead
    assert (slots["2026-12-01T11:00"]["taken"], slots["2026-12-01T11:00"]["remaining"]) == (1, 29)
    assert slots["2026-12-01T21:30"]["available"] is True
    assert "2026-12-01T22:00" not in slots
    tomorrow = api("GET", f"/v1/stores/{STORE}/pickup-slots", query="day=2026-12-02")[1]["slots"]
    assert all(s["available"] for s in tomorrow)
    later = api("GET", f"/v1/stores/{STORE}/pickup-slots", query="day=2026-12-05")[1]["slots"]
    assert not any(s["available"] for s in later)
    assert (
        api("GET", f"/v1/stores/{STORE}/pickup-slots", query="day=12/01")[1]["error"]["code"]
        == "VALIDATION_ERROR"
    )
