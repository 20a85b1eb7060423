"""Demo recommendation counts: a few weeks of the shop's paid baskets (coffee in the
morning, fruit tea in the afternoon, 杨枝甘露 often with 生椰拿铁), counted through
siyu.recommendations.signals as the OrderPaid consumer counts real orders, so
`GET /v1/recommendations` is not a cold start on `make dev`. Idempotent: each demo basket
is counted once (its order id is fixed). Reviews come from members' picked-up orders:
none are seeded."""

from __future__ import annotations

from datetime import datetime, timedelta

from siyu import clock
from siyu.recommendations import signals
from siyu_local.demo import shop

# (Shanghai hour, products, how many paid orders like it) for each store.
BASKETS = (
    (8, ("SKU-SYNT",), 6),
    (9, ("SKU-SYNT", "SKU-MLNL"), 2),
    (12, ("SKU-MLNL", "SKU-HTZZ"), 3),
    (12, ("SKU-NMLC",), 4),
    (15, ("SKU-YZGL", "SKU-SYNT"), 4),
    (15, ("SKU-ZSPT", "SKU-YZGL"), 3),
    (16, ("SKU-ZSPT",), 3),
    (19, ("SKU-HTZZ",), 3),
    (20, ("SKU-MLNL", "SKU-NMLC"), 2),
)


def seed() -> dict[str, str]:
    day = clock.shanghai_day() - timedelta(days=3)
    for store in shop.STORES:
        for hour, products, times in BASKETS:
            local = datetime(day.year, day.month, day.day, hour, 30, tzinfo=clock.SHANGHAI)
            for n in range(times):
                order_id = f"demo-{store.store_id}-{hour:02d}-{'-'.join(products)}-{n}"
                signals.record_order(order_id, store.store_id, products, local)
    baskets = len(shop.STORES) * sum(times for _, _, times in BASKETS)
    return {"recommendations": f"{baskets} demo paid baskets: GET /v1/recommendations?store_id=STORE-JINGAN"}
