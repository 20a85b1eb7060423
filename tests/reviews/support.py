"""Helpers for the reviews tests: a small menu, members with the comment task, and orders
as the orders capability leaves them (paid or picked up) without going through payment."""

from __future__ import annotations

import json
from datetime import timedelta
from typing import Any

from reviews_app import handler as reviews_handler

from siyu import clock
from siyu.ids import new_id
from siyu.members import rules
from siyu.members.schemas import TaskRule
from siyu.orders import catalogue, schemas
from siyu.orders.models import Order
from siyu.orders.schemas import PAID, PICKED_UP
from siyu.reviews.models import ProductRating, Review
from tests.conftest import Api
from tests.support import make_member, member_token

api = Api(reviews_handler)
STORE = "S1"
PRODUCTS = {
    "P-TEA": "茉莉奶绿",
    "P-GRAPE": "芝士葡萄",
    "P-MANGO": "杨枝甘露",
    "P-COFFEE": "生椰拿铁",
    "P-CAKE": "千层蛋糕",
}


def setup_menu(task_points: int = 10) -> None:
    catalogue.put_category("tea", schemas.CategoryIn(name="奶茶", sort=1))
    catalogue.put_store(STORE, schemas.StoreIn(name="静安寺店", address="南京西路1788号"))
    for n, (product_id, name) in enumerate(PRODUCTS.items()):
        catalogue.put_product(
            product_id,
            schemas.ProductIn.model_validate(
                {
                    "name": name,
                    "category_id": "tea",
                    "skus": [{"sku_id": "M", "name": "中杯", "price_fen": 1500 + 100 * n}],
                    "sort": n,
                }
            ),
        )
    rules.save_task(TaskRule(task_id="comment", kind="comment", title="评价一次订单", points=task_points))


def member(nickname: str | None = "小红") -> tuple[str, str]:
    m = make_member()
    if nickname:
        m.update(actions=[type(m).nickname.set(nickname)])
    return m.member_id, member_token(m.member_id)


def order(
    member_id: str,
    products: list[str],
    *,
    status: str = PICKED_UP,
    store_id: str = STORE,
    paid_at: str | None = None,
) -> str:
    """An order with one line per product, as paid (and picked up) orders are stored."""
    order_id = new_id()
    now = paid_at or clock.now_iso()
    lines = [
        {
            "product_id": p,
            "sku_id": "M",
            "category_id": "tea",
            "name": PRODUCTS.get(p, p),
            "sku_name": "中杯",
            "options": [],
            "quantity": 1,
            "unit_price_fen": 1500,
            "line_total_fen": 1500,
        }
        for p in products
    ]
    Order(
        *Order.key(order_id),
        gsi1pk=Order.member_index(member_id),
        gsi1sk=f"{now}#{order_id}",
        order_id=order_id,
        member_id=member_id,
        store_id=store_id,
        store_name="静安寺店",
        status=status,
        lines=json.dumps(lines, ensure_ascii=False),
        subtotal_fen=1500 * len(lines),
        total_fen=1500 * len(lines),
        pickup_day=clock.shanghai_day().isoformat(),
        request_hash="test",
        created_at=now,
        expires_at=clock.iso(clock.parse_iso(now) + timedelta(minutes=15)),
        ks_expire_seconds=900,
        paid_at=now if status in (PAID, PICKED_UP) else None,
        picked_up_at=now if status == PICKED_UP else None,
        updated_at=now,
    ).save()
    return order_id


def review(token: str, order_id: str, line: int = 0, **body: Any) -> tuple[int, Any]:
    return api("PUT", f"/v1/orders/{order_id}/lines/{line}/review", {"rating": 5, **body}, token=token)


def stored_reviews() -> list[Review]:
    return [r for r in Review.scan() if r.sk.startswith("LINE#")]


def rating_item(product_id: str) -> dict[str, Any] | None:
    try:
        item = ProductRating.get(*ProductRating.key(product_id), consistent_read=True)
    except ProductRating.DoesNotExist:
        return None
    return {"count": int(item.reviews), "sum": int(item.total), "histogram": item.histogram()}


def advance(delta: timedelta) -> None:
    """Move the frozen clock on."""
    clock.clock.freeze(clock.now() + delta)
