"""The demo flash sale and group-buy the local runtime loads: idempotent, scheduled, usable."""

from __future__ import annotations

from siyu import clock
from siyu.flash_sales import opening, schedules, stock
from siyu.group_buys import groups
from siyu_local.demo import flash_sales as demo


def test_seed_is_idempotent_scheduled_and_usable(aws):
    first = demo.seed()
    assert demo.seed()["group-buy"] == first["group-buy"]
    assert set(schedules.describe(demo.SALE_ID)) == {"open", "close"}
    sale = opening.sales.get(demo.SALE_ID, fresh=True)
    assert (sale.sku, int(sale.sale_price_fen), int(sale.stock)) == ("SKU-YZGL", 990, 50)
    clock.clock.freeze(clock.parse_iso(sale.starts_at))
    try:
        opening.open_sale(demo.SALE_ID, starts_at=sale.starts_at)
        assert stock.purchase("demo-member", demo.SALE_ID, request_key="demo-key-1").purchase.price_fen == 990
        assert groups.start_group("demo-member", demo.DEAL_ID, request_key="demo-key-1").group.size == 3
    finally:
        clock.clock.reset()
