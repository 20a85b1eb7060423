"""`recommend(context, ...)`: what `GET /v1/recommendations` and the `recommended_products`
page module show.

| context | seeds (co-purchase) | dropped | demoted (DEMOTE of the score) |
| --- | --- | --- | --- |
| `home` | the member's recent purchases | — | bought today |
| `cart` | the cart's products | the cart's products | — |
| `after_order` | the order's products | the order's products | bought today |

Candidates are the store's products on sale. Popularity is the store's time-of-day bucket,
blended with the store's whole day and the whole shop's bucket (so a new store or a quiet
hour still has an order). Without seeds or history (cold start) popularity alone decides.
Reads: the menu (cached per container), the member's recent orders (one Query), one Query
per seed (at most MAX_SEEDS) and four popularity Queries. No Scan.
"""

from __future__ import annotations

import json
from typing import Any, Literal

from siyu import clock
from siyu.cache import TimedCache
from siyu.errors import ValidationFailed
from siyu.orders import catalogue
from siyu.orders.errors import OrderNotFound
from siyu.orders.models import Order
from siyu.orders.schemas import PAID, PICKED_UP, ProductView
from siyu.recommendations import model, signals
from siyu.recommendations.model import ALL

Context = Literal["home", "cart", "after_order"]
CONTEXTS: tuple[str, ...] = ("home", "cart", "after_order")
HISTORY_ORDERS = 30
MAX_SEEDS = 10
MENU_CACHE_SECONDS = 60.0

_menus: TimedCache[str, dict[str, ProductView]] = TimedCache(MENU_CACHE_SECONDS)


def menu(store_id: str | None) -> dict[str, ProductView]:
    """The products on sale (in the store), by id; cached per container."""

    def load() -> dict[str, ProductView]:
        products: dict[str, ProductView] = {}
        cursor = None
        while True:
            page = catalogue.list_products(store_id=store_id, limit=100, cursor=cursor)
            products.update({p.product_id: p for p in page.products})
            cursor = page.next_cursor
            if not cursor:
                return products

    return _menus.get_or_load(store_id or ALL, load)


def _recent_orders(member_id: str) -> list[Order]:
    results = Order.gsi1.query(Order.member_index(member_id), scan_index_forward=False, limit=HISTORY_ORDERS)
    return [o for o in results if o.status in (PAID, PICKED_UP)]


def _products(order: Order) -> list[str]:
    return sorted({str(line["product_id"]) for line in json.loads(order.lines)})


def popularity(store_id: str | None, bucket: str) -> dict[str, float]:
    keys = {
        "store_bucket": signals.pop_pk(store_id or ALL, bucket),
        "store_day": signals.pop_pk(store_id or ALL, ALL),
        "shop_bucket": signals.pop_pk(ALL, bucket),
        "shop_day": signals.pop_pk(ALL, ALL),
    }
    return model.blend_popularity({name: signals.counts(pk) for name, pk in keys.items()})


def recommend(
    context: str,
    *,
    store_id: str | None = None,
    member_id: str | None = None,
    cart: list[str] | None = None,
    order_id: str | None = None,
    limit: int = 6,
) -> dict[str, Any]:
    if context not in CONTEXTS:
        raise ValidationFailed(details=[{"field": "context", "reason": "one of home, cart, after_order"}])
    cart = sorted(set(cart or []))
    if context == "after_order" and not order_id:
        raise ValidationFailed(details=[{"field": "order_id", "reason": "required for after_order"}])
    orders = _recent_orders(member_id) if member_id else []
    today = clock.shanghai_day().isoformat()
    bought_today = {
        p
        for o in orders
        if o.paid_at and clock.shanghai_day(clock.parse_iso(o.paid_at)).isoformat() == today
        for p in _products(o)
    }
    history = model.history_weights(_products(o) for o in orders)
    exclude: set[str] = set()
    demote: set[str] = set()
    seeds: dict[str, float]
    if context == "home":
        seeds = model.top_seeds(history, MAX_SEEDS)
        demote = bought_today
    elif context == "cart":
        seeds = dict.fromkeys(cart[:MAX_SEEDS], 1.0)
        exclude = set(cart)
    else:
        placed = next((o for o in orders if o.order_id == order_id), None)
        if placed is None:
            placed = _placed_order(member_id, str(order_id))
        seeds = dict.fromkeys(_products(placed)[:MAX_SEEDS], 1.0)
        exclude = set(seeds)
        demote = bought_today - exclude
    bucket = model.bucket_of()
    candidates = menu(store_id)
    ranked = model.rank(
        candidates,
        seeds=seeds,
        co=signals.neighbours(seeds),
        popularity=popularity(store_id, bucket),
        history=history if context == "home" else None,
        exclude=exclude,
        demote=demote,
        limit=limit,
    )
    return {
        "context": context,
        "store_id": store_id,
        "bucket": bucket,
        "cold_start": not seeds and not history,
        "products": [
            {
                "product_id": r.product_id,
                "name": candidates[r.product_id].name,
                "image_url": candidates[r.product_id].image_url,
                "price_from_fen": candidates[r.product_id].price_from_fen,
                "reason": r.reason,
                "score": r.score,
            }
            for r in ranked
        ],
    }


def _placed_order(member_id: str | None, order_id: str) -> Order:
    """An order of the member's outside their recent paid ones (e.g. still unpaid)."""
    try:
        order = Order.get(*Order.key(order_id))
    except Order.DoesNotExist:
        raise OrderNotFound(details={"order_id": order_id}) from None
    if member_id is None or order.member_id != member_id:
        raise OrderNotFound(details={"order_id": order_id})
    return order
