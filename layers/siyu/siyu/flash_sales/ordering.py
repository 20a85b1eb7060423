"""A flash purchase becomes a pending order, and an order that closes gives its unit back.

`purchase_order` takes the unit (siyu.flash_sales.stock.purchase), then creates the order
in-process at the sale price (siyu.orders.checkout.create_order, source "flash_sale",
source_ref the purchase id). The order's id derives from the purchase id, which derives
from the member, the sale and the Idempotency-Key: a retried request finds its unit and its
order. The order's transaction also writes the order id on the purchase, conditional on the
unit still being HELD. An order the catalogue refuses for good (store, SKU) gives the unit
back at once; a transient failure (Kuaishou down) keeps both, for the retry to finish.

When the order is cancelled, expires or is refunded, siyu.orders.returns gives the unit
back (siyu.flash_sales.stock.stage_give_back_of) inside that transaction, exactly once.
"""

from __future__ import annotations

from dataclasses import dataclass

from pynamodb.exceptions import TransactWriteError
from pynamodb.transactions import TransactWrite

from siyu.errors import SiyuError
from siyu.flash_sales import sales, stock
from siyu.flash_sales.errors import FlashPurchaseReleased, FlashSaleNotOrderable
from siyu.flash_sales.models import HELD, FlashPurchase
from siyu.observability import logger
from siyu.orders.checkout import create_order
from siyu.orders.schemas import OrderLineIn, OrderRequest, OrderView

SOURCE = "flash_sale"


@dataclass(frozen=True)
class FlashOrder:
    purchase: FlashPurchase
    order: OrderView
    replayed: bool  # the request had taken this unit before (a client retry)


def purchase_order(member_id: str, sale_id: str, *, request_key: str) -> FlashOrder:
    """Take one unit and create its pending order at the sale price (ready for ks.pay)."""
    sale = sales.get(sale_id)
    if not sale.store_id or not sale.sku_id:
        raise FlashSaleNotOrderable(details={"sale_id": sale_id, "missing": "store_id/sku_id"})
    taken = stock.purchase(member_id, sale_id, request_key=request_key)
    unit = taken.purchase
    request = OrderRequest(
        store_id=sale.store_id,
        items=[OrderLineIn(product_id=sale.sku, sku_id=sale.sku_id, quantity=1)],
    )

    def link(tx: TransactWrite, order_id: str) -> None:
        tx.update(
            FlashPurchase(*FlashPurchase.key(unit.purchase_id)),
            actions=[FlashPurchase.order_id.set(order_id)],
            condition=FlashPurchase.status == HELD,
        )

    try:
        checkout = create_order(
            member_id,
            request,
            key=f"flash:{unit.purchase_id}",
            price_override={sale.sku_id: int(unit.price_fen)},
            apply_discounts=False,
            source=SOURCE,
            source_ref=unit.purchase_id,
            stage_extra=link,
        )
    except TransactWriteError as exc:
        # Only our link can refuse here: the unit went back (an earlier refused order).
        raise FlashPurchaseReleased(details={"purchase_id": unit.purchase_id}) from exc
    except SiyuError as exc:
        if exc.status < 500:  # refused for good: the unit must not stay held for nothing
            stock.release_unit(unit.purchase_id, f"order refused: {exc.code}")
            logger.warning(
                "flash order refused; unit given back",
                extra={"purchase_id": unit.purchase_id, "code": exc.code},
            )
        raise
    unit.order_id = checkout.order.order_id
    return FlashOrder(unit, checkout.order, replayed=taken.replayed)
