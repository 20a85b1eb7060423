"""Flash sales (限时秒杀): sales opened and closed on schedule, a sharded stock, reminders.

For other capabilities (in-process, never over HTTP):

    siyu.flash_sales.release_unit(purchase_id: str, reason: str) -> bool
        Give a taken unit back to its sale, exactly once (True: released by this call;
        False: it had been released before). The member's per-sale count drops with it and
        a sold-out sale is on sale again. The order flow calls it when a flash-sale order
        expires unpaid or is refunded.

    siyu.flash_sales.get_purchase(purchase_id: str) -> FlashPurchase
        A unit taken by `purchase` (member_id, sale_id, sku, name, price_fen, status HELD |
        RELEASED, hold_expires_at, shard); FLASH_PURCHASE_NOT_FOUND otherwise.

    siyu.flash_sales.stock.purchase(member_id, sale_id, *, request_key) -> Purchased
        The hot path (one TransactWriteItems): takes one unit at the sale price.
    siyu.flash_sales.sales     create / edit (move) / cancel / get / upcoming_and_open.
    siyu.flash_sales.opening   open_sale / close_sale (the schedules' targets), remind,
        send_reminders.

Events: FlashSaleOpened, FlashSaleSoldOut, FlashSaleClosed.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from siyu.lazy_exports import from_submodules, lazy_getattr

if TYPE_CHECKING:
    from siyu.flash_sales.models import FlashPurchase
    from siyu.flash_sales.stock import release_unit


def get_purchase(purchase_id: str) -> FlashPurchase:
    from siyu.flash_sales.errors import FlashPurchaseNotFound
    from siyu.flash_sales.stock import find

    found = find(purchase_id)
    if found is None:
        raise FlashPurchaseNotFound(details={"purchase_id": purchase_id})
    return found


__all__ = ["FlashPurchase", "get_purchase", "release_unit"]


# Loaded on first use: importing a submodule (the API's shapes in siyu.flash_sales.schemas)
# must not load the domain and PynamoDB with it (docs/DEVELOPING.md, Import rules).
__getattr__ = lazy_getattr(
    __name__, from_submodules(__name__, {"models": ["FlashPurchase"], "stock": ["release_unit"]})
)
