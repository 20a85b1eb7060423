"""The demo flash sale and group-buy the local runtime loads: idempotent, scheduled, usable."""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from siyu import clock
from siyu.flash_sales import opening, schedules, stock
from siyu.group_buys import ordering
from siyu_local import demo as demo_data
from siyu_local.demo import flash_sales as demo
from siyu_local.demo import orders as demo_orders
from tests.conftest import STACK
from tests.flash_sales.support import make_member


@pytest.fixture
def demo_shop(aws, fake_kuaishou) -> Iterator[None]:
    """The demo catalogue, as the runtime seeds it before the flash sales."""
    demo_data._context = demo_data.DemoContext("http://127.0.0.1:3000", fake_kuaishou, STACK)
    fake_kuaishou.default_notify_url = "http://127.0.0.1:9/v1/payments/kuaishou/notify"  # never paid here
    demo_orders.seed()
    yield
    demo_data._context = None


def test_seed_is_idempotent_scheduled_and_usable(demo_shop):
    first = demo.seed()
    assert demo.seed()["group-buy"] == first["group-buy"]
    assert set(schedules.describe(demo.SALE_ID)) == {"open", "close"}
    sale = opening.sales.get(demo.SALE_ID, fresh=True)
    assert (sale.sku, int(sale.sale_price_fen), int(sale.stock)) == ("SKU-YZGL", 990, 50)
    clock.clock.freeze(clock.parse_iso(sale.starts_at))
    try:
        opening.open_sale(demo.SALE_ID, starts_at=sale.starts_at)
        assert stock.purchase("demo-member", demo.SALE_ID, request_key="demo-key-1").purchase.price_fen == 990
        make_member("demo-member")
        started = ordering.start_order("demo-member", demo.DEAL_ID, request_key="demo-key-1")
        assert (started.seated.group.size, started.order.amounts.total_fen) == (3, 1500)
    finally:
        clock.clock.reset()
