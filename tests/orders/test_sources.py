"""Orders created in-process by another capability (a flash sale): its own price, its own
item in the order's transaction, and its entry in siyu.orders.returns when the order closes."""

from __future__ import annotations

from datetime import timedelta

import pytest
from pynamodb.attributes import NumberAttribute, UnicodeAttribute
from pynamodb.exceptions import TransactWriteError
from pynamodb.models import Model
from pynamodb.transactions import TransactWrite

from siyu import clock
from siyu.db import table_meta
from siyu.orders import checkout, release, returns
from siyu.orders.schemas import EXPIRED
from tests.orders.support import LIMITED, make_member, request, setup_shop, stock_left
from tests.support import event_data

SOURCE = "test_sale"


class SaleUnits(Model):
    """What a flash sale might keep: units of its own, taken with the order."""

    Meta = table_meta("commerce")
    pk = UnicodeAttribute(hash_key=True)
    sk = UnicodeAttribute(range_key=True, default="UNITS")
    left = NumberAttribute()


def take_unit(tx: TransactWrite, order_id: str) -> None:
    tx.update(SaleUnits("SALE#1", "UNITS"), actions=[SaleUnits.left.add(-1)], condition=SaleUnits.left > 0)


def give_back(tx: TransactWrite, source_ref: str | None, order_id: str, reason: str) -> None:
    tx.update(SaleUnits("SALE#1", "UNITS"), actions=[SaleUnits.left.add(1)])


@pytest.fixture
def sale(aws, monkeypatch) -> None:
    setup_shop()
    SaleUnits("SALE#1", "UNITS", left=1).save()
    monkeypatch.setitem(returns.SOURCE_RETURNS, SOURCE, give_back)


def units_left() -> int:
    return int(SaleUnits.get("SALE#1", "UNITS", consistent_read=True).left)


def buy(member: str, key: str) -> checkout.Checkout:
    return checkout.create_order(
        member,
        request([{"product_id": LIMITED, "sku_id": "R", "quantity": 1}]),
        key=key,
        price_override={"R": 990},
        apply_discounts=False,
        source=SOURCE,
        source_ref="sale-1",
        stage_extra=take_unit,
    )


def test_a_flash_sale_order_takes_its_unit_and_gets_it_back_when_unpaid(sale):
    placed = buy(make_member(), "participation-1").order
    assert (placed.amounts.total_fen, placed.source, placed.source_ref) == (990, SOURCE, "sale-1")
    assert (units_left(), stock_left()) == (0, 4)

    with pytest.raises(TransactWriteError):  # its own item refused: the caller decides what it means
        buy(make_member(), "participation-2")
    assert (units_left(), stock_left()) == (0, 4)

    clock.clock.freeze(clock.parse_iso(placed.expires_at) + timedelta(seconds=1))
    assert release.close(placed.order_id, "timeout").status == EXPIRED
    release.close(placed.order_id, "timeout")
    assert (units_left(), stock_left()) == (1, 5)
    assert event_data("OrderExpired")[0]["source_ref"] == "sale-1"
