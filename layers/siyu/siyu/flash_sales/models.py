"""Flash-sale items in the commerce table (single-table design).

- the sale: pk `FLASH#<sale_id>`, sk `SALE`; gsi1 `FLASHSALES` / `<ends_at>#<sale_id>`
  (upcoming and open sales are those whose end is still ahead: one Query)
- a stock shard: pk `FLASH#<sale_id>#SHARD#<k>`, sk `SHARD` — the stock split over K items,
  each its own partition key, so that a stampede spreads its writes over K keys
- a member's units of a sale: pk `MEMBER#<member_id>`, sk `FLASHBUY#<sale_id>` (the
  per-member limit, counted in the same transaction as the unit)
- a purchase (a unit taken, waiting for its order): pk `FPURCHASE#<purchase_id>`, sk
  `PURCHASE`; gsi1 `MEMBER#<member_id>#FLASHBUYS` / `<created_at>#<purchase_id>`
- a reminder request: pk `FLASH#<sale_id>#REMIND`, sk `MEMBER#<member_id>` (its own
  partition: subscriptions never touch the sale item the stampede reads)
"""

from __future__ import annotations

from typing import Final

from pynamodb.attributes import BooleanAttribute, ListAttribute, NumberAttribute, UnicodeAttribute
from pynamodb.indexes import AllProjection, GlobalSecondaryIndex
from pynamodb.models import Model

from siyu.db import table_meta

SCHEDULED: Final = "SCHEDULED"
OPEN: Final = "OPEN"
CLOSED: Final = "CLOSED"
CANCELLED: Final = "CANCELLED"

HELD: Final = "HELD"  # a unit is taken and waits for its order to be paid
RELEASED: Final = "RELEASED"  # the unit went back to its shard

PENDING: Final = "PENDING"
SENDING: Final = "SENDING"
SENT: Final = "SENT"
FAILED: Final = "FAILED"

SALES_LIST_KEY: Final = "FLASHSALES"


class _Gsi1Meta:
    index_name = "gsi1"
    projection = AllProjection()


class SaleIndex(GlobalSecondaryIndex["FlashSale"]):
    Meta = _Gsi1Meta
    gsi1pk = UnicodeAttribute(hash_key=True)
    gsi1sk = UnicodeAttribute(range_key=True)


class PurchaseIndex(GlobalSecondaryIndex["FlashPurchase"]):
    Meta = _Gsi1Meta
    gsi1pk = UnicodeAttribute(hash_key=True)
    gsi1sk = UnicodeAttribute(range_key=True)


class FlashSale(Model):
    """One sale: SCHEDULED → OPEN (the opener, at `starts_at`) → CLOSED (the closer, at
    `ends_at`); CANCELLED before it opens. `sold_out` is set once every shard is empty
    (checked inside that write) and cleared when a unit comes back."""

    Meta = table_meta("commerce")
    pk = UnicodeAttribute(hash_key=True)
    sk = UnicodeAttribute(range_key=True, default="SALE")
    gsi1pk = UnicodeAttribute(default=SALES_LIST_KEY)
    gsi1sk = UnicodeAttribute()
    gsi1 = SaleIndex()

    sale_id = UnicodeAttribute()
    sku = UnicodeAttribute()  # the catalogue product (its product_id)
    sku_id = UnicodeAttribute(null=True)  # the product's SKU (size) sold; null: sales before orders
    store_id = UnicodeAttribute(null=True)  # the store its orders are picked up at
    name = UnicodeAttribute()
    description = UnicodeAttribute(default="")
    image_url = UnicodeAttribute(null=True)
    original_price_fen = NumberAttribute(null=True)
    sale_price_fen = NumberAttribute()
    stock = NumberAttribute()
    per_member_limit = NumberAttribute(default=1)
    levels = ListAttribute[str](default=list)  # empty: every member
    hold_seconds = NumberAttribute()  # how long a taken unit waits for its order's payment
    # K: the requested number of stock items; the opener makes it min(K, stock).
    shard_count = NumberAttribute()
    starts_at = UnicodeAttribute()
    ends_at = UnicodeAttribute()
    status = UnicodeAttribute(default=SCHEDULED)
    sold_out = BooleanAttribute(default=False)
    sold_out_at = UnicodeAttribute(null=True)
    opened_at = UnicodeAttribute(null=True)
    closed_at = UnicodeAttribute(null=True)
    version = NumberAttribute(default=1)  # bumped by every admin change and by the opener
    created_at = UnicodeAttribute()
    updated_at = UnicodeAttribute()
    created_by = UnicodeAttribute(null=True)

    @staticmethod
    def key(sale_id: str) -> tuple[str, str]:
        return f"FLASH#{sale_id}", "SALE"


class StockShard(Model):
    Meta = table_meta("commerce")
    pk = UnicodeAttribute(hash_key=True)
    sk = UnicodeAttribute(range_key=True, default="SHARD")
    sale_id = UnicodeAttribute()
    shard = NumberAttribute()
    initial = NumberAttribute()
    remaining = NumberAttribute()
    taken = NumberAttribute(default=0)
    returned = NumberAttribute(default=0)
    closed = BooleanAttribute(null=True)  # set by the closer: no unit is taken after it

    @staticmethod
    def key(sale_id: str, shard: int) -> tuple[str, str]:
        return f"FLASH#{sale_id}#SHARD#{shard:02d}", "SHARD"


class BuyCounter(Model):
    """Units of one sale a member holds (taken and not released)."""

    Meta = table_meta("commerce")
    pk = UnicodeAttribute(hash_key=True)
    sk = UnicodeAttribute(range_key=True)
    bought = NumberAttribute(default=0)

    @staticmethod
    def key(member_id: str, sale_id: str) -> tuple[str, str]:
        return f"MEMBER#{member_id}", f"FLASHBUY#{sale_id}"


class FlashPurchase(Model):
    """A unit taken by a member at the sale price. The order flow turns it into a pending
    order; an order that expires or is refunded gives the unit back (`release_unit`)."""

    Meta = table_meta("commerce")
    pk = UnicodeAttribute(hash_key=True)
    sk = UnicodeAttribute(range_key=True, default="PURCHASE")
    gsi1pk = UnicodeAttribute()
    gsi1sk = UnicodeAttribute()
    gsi1 = PurchaseIndex()

    purchase_id = UnicodeAttribute()
    sale_id = UnicodeAttribute()
    member_id = UnicodeAttribute()
    sku = UnicodeAttribute()
    name = UnicodeAttribute()
    price_fen = NumberAttribute()
    shard = NumberAttribute()
    status = UnicodeAttribute(default=HELD)
    hold_expires_at = UnicodeAttribute()
    created_at = UnicodeAttribute()
    order_id = UnicodeAttribute(null=True)
    released_at = UnicodeAttribute(null=True)
    release_reason = UnicodeAttribute(null=True)

    @staticmethod
    def key(purchase_id: str) -> tuple[str, str]:
        return f"FPURCHASE#{purchase_id}", "PURCHASE"

    @staticmethod
    def member_index_key(member_id: str) -> str:
        return f"MEMBER#{member_id}#FLASHBUYS"


class Reminder(Model):
    """A member asked to be told when the sale opens (a Kuaishou subscribe message)."""

    Meta = table_meta("commerce")
    pk = UnicodeAttribute(hash_key=True)
    sk = UnicodeAttribute(range_key=True)
    sale_id = UnicodeAttribute()
    member_id = UnicodeAttribute()
    open_id = UnicodeAttribute()
    status = UnicodeAttribute(default=PENDING)
    created_at = UnicodeAttribute()
    sent_at = UnicodeAttribute(null=True)
    error = UnicodeAttribute(null=True)

    @staticmethod
    def key(sale_id: str, member_id: str) -> tuple[str, str]:
        return f"FLASH#{sale_id}#REMIND", f"MEMBER#{member_id}"

    @staticmethod
    def partition(sale_id: str) -> str:
        return f"FLASH#{sale_id}#REMIND"
