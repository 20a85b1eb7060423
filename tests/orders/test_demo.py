"""The demo catalogue the local runtime loads: idempotent, and orderable."""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from siyu.orders import catalogue, checkout, schemas
from siyu_local import demo
from siyu_local.demo import orders as demo_orders
from siyu_local.demo import shop
from tests.conftest import STACK
from tests.orders.support import make_member


@pytest.fixture
def demo_context(aws, fake_kuaishou) -> Iterator[None]:
    demo._context = demo.DemoContext("http://127.0.0.1:3000", fake_kuaishou, STACK)
    yield
    demo._context = None


def test_seed_is_idempotent_and_the_menu_can_be_ordered(demo_context):
    first = demo_orders.seed()
    assert demo_orders.seed() == first
    assert "/v1/products" in first["menu"]
    menu = catalogue.list_products(store_id=shop.STORES[0].store_id, limit=50).products
    assert len(menu) == len(shop.MENU)
    assert [c.category_id for c in catalogue.list_categories()] == ["fruit-tea", "milk-tea", "coffee"]
    grape = catalogue.get_product("SKU-ZSPT")
    assert [s.stock_left for s in grape.skus] == [50, 50]

    item = shop.MENU[0]
    request = schemas.OrderRequest.model_validate(
        {
            "store_id": shop.STORES[0].store_id,
            "items": [{"product_id": item.sku, "sku_id": "L", "quantity": 1}],
        }
    )
    placed = checkout.create_order(make_member(), request, key="demo-order-key").order
    assert placed.amounts.total_fen == item.price_fen + shop.LARGE_CUP_EXTRA_FEN
    assert [o.name for o in placed.lines[0].options] == ["五分糖", "少冰"]
