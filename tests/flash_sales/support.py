"""Helpers for the flash-sale and group-buy tests: sales and deals with sensible defaults,
tokens, members, events."""

from __future__ import annotations

from datetime import timedelta
from typing import Any

from flash_sales_app import handler

from siyu import clock
from siyu.flash_sales import opening, sales
from siyu.flash_sales.models import FlashSale, StockShard
from siyu.flash_sales.schemas import SaleIn
from siyu.group_buys import deals
from siyu.group_buys.schemas import DealIn
from siyu.members.models import Member
from tests.conftest import Api

api = Api(handler)


def sale_spec(**overrides: Any) -> SaleIn:
    now = clock.now()
    spec: dict[str, Any] = {
        "sku": "SKU-YZGL",
        "sku_id": "M",
        "store_id": "S1",
        "name": "杨枝甘露 秒杀",
        "original_price_fen": 1800,
        "sale_price_fen": 990,
        "stock": 100,
        "per_member_limit": 1,
        "starts_at": (now + timedelta(minutes=10)).isoformat(),
        "ends_at": (now + timedelta(hours=1)).isoformat(),
    }
    spec.update(overrides)
    return SaleIn.model_validate(spec)


def make_sale(**overrides: Any) -> FlashSale:
    return sales.create(sale_spec(**overrides), created_by="test")


def open_now(sale: FlashSale) -> FlashSale:
    """Move the clock to the sale's start and run the opener's domain call."""
    clock.clock.freeze(clock.parse_iso(sale.starts_at))
    return opening.open_sale(sale.sale_id, starts_at=sale.starts_at)


def open_sale(**overrides: Any) -> FlashSale:
    return open_now(make_sale(**overrides))


def shards(sale_id: str) -> list[StockShard]:
    keys = [StockShard.key(sale_id, k) for k in range(int(fresh(sale_id).shard_count))]
    return sorted(StockShard.batch_get(keys, consistent_read=True), key=lambda s: int(s.shard))


def fresh(sale_id: str) -> FlashSale:
    return FlashSale.get(*FlashSale.key(sale_id), consistent_read=True)


def make_member(member_id: str) -> Member:
    member = Member(
        *Member.key(member_id), member_id=member_id, open_id=f"openid-{member_id}", created_at=clock.now_iso()
    )
    member.save()
    return member


def deal_spec(**overrides: Any) -> DealIn:
    now = clock.now()
    spec: dict[str, Any] = {
        "sku": "SKU-ZSPT",
        "name": "芝士葡萄 3人团",
        "original_price_fen": 2200,
        "group_price_fen": 1500,
        "group_size": 3,
        "hours_to_fill": 24,
        "ends_at": (now + timedelta(days=7)).isoformat(),
    }
    spec.update(overrides)
    return DealIn.model_validate(spec)


def make_deal(**overrides: Any) -> deals.GroupDeal:
    return deals.create(deal_spec(**overrides), created_by="test")
