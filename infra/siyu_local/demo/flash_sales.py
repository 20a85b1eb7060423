"""Demo flash sale and group-buy for the local shop: 杨枝甘露 at 9.90 starting a few minutes
after start-up (watch it open by itself, or shift the clock with POST /_local/clock), and a
3-person group-buy of 芝士葡萄. Idempotent: fixed ids; a sale created again is the same sale."""

from __future__ import annotations

from datetime import timedelta

from siyu import clock
from siyu.flash_sales import sales
from siyu.flash_sales.schemas import SaleIn
from siyu.group_buys import deals
from siyu.group_buys.schemas import DealIn
from siyu_local.demo import shop

SALE_ID = "DEMOFLASHYZGL"
DEAL_ID = "DEMOGROUPZSPT"
STARTS_IN = timedelta(minutes=3)


def _item(sku: str) -> shop.MenuItem:
    return next(item for item in shop.MENU if item.sku == sku)


def seed() -> dict[str, str]:
    now = clock.now()
    drink = _item("SKU-YZGL")
    sale = sales.create(
        SaleIn(
            sku=drink.sku,
            sku_id="M",
            store_id=shop.STORES[0].store_id,
            name=f"{drink.name} 限时秒杀",
            description=drink.description,
            original_price_fen=drink.price_fen,
            sale_price_fen=990,
            stock=50,
            per_member_limit=1,
            starts_at=now + STARTS_IN,
            ends_at=now + STARTS_IN + timedelta(hours=2),
        ),
        created_by="demo",
        sale_id=SALE_ID,
    )
    grapes = _item("SKU-ZSPT")
    deal = deals.create(
        DealIn(
            sku=grapes.sku,
            store_id=shop.STORES[0].store_id,  # its SKU: the product's first
            name=f"{grapes.name} 3人团",
            description=grapes.description,
            original_price_fen=grapes.price_fen,
            group_price_fen=1500,
            group_size=3,
            hours_to_fill=24,
            ends_at=now + timedelta(days=30),
        ),
        created_by="demo",
        deal_id=DEAL_ID,
    )
    return {
        "flash sale": f"{sale.name} ¥9.90 × {int(sale.stock)}, opens {sale.starts_at} "
        f"(GET /v1/flash-sales, POST /v1/flash-sales/{SALE_ID}/purchase)",
        "group-buy": f"{deal.name} ¥15.00 (POST /v1/group-buys/{DEAL_ID}/groups)",
    }
