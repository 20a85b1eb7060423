"""Order and catalogue items in the commerce table (single-table design).

| pk | sk | item | gsi1pk / gsi1sk |
| --- | --- | --- | --- |
| `STORE#<id>` | `STORE` | `Store` | `STORES` / `<sort>#<id>` |
| `STORE#<id>` | `SLOT#<YYYY-MM-DDTHH:MM>` | `SlotCounter`: orders taken for a pickup slot | |
| `CATEGORY#<id>` | `CATEGORY` | `Category` | `CATEGORIES` / `<sort>#<id>` |
| `PRODUCT#<id>` | `PRODUCT` | `Product` (SKUs, options, stores) | `PRODUCTS` / `<category>#<sort>#<id>` |
| `PRODUCT#<id>` | `STOCK#<sku_id>` | `StockItem`: units left of a SKU (only SKUs with stock) | |
| `ORDER#<id>` | `ORDER` | `Order` | `MORDERS#<member>` / `<created_at>#<id>`; gsi2 `SORDERS#<store>#<day>` |
| `ORDER#<id>` | `REFUND` | `Refund` | `REFUNDS#<status>` / `<requested_at>#<id>` |
| `PENDING#<shard>` | `<expires_at>#<order_id>` | `PendingOrder`: unpaid orders by expiry (the sweeper) | |
| `PICKUP#<store>#<day>#<code>` | `PICKUP` | `PickupCode`: a pickup code, unique per store and day | |
| `MEMBER#<id>` | `ORDERSTATS` | `OrderStats`: the member's first paid order, paid count | |

A product and its stock share a partition (one Query reads both); an order and its refund
too. Money is integer fen; times are UTC ISO-8601; slots and pickup days are Asia/Shanghai.
"""

from __future__ import annotations

import hashlib
from typing import Final

from pynamodb.attributes import BooleanAttribute, ListAttribute, NumberAttribute, UnicodeAttribute
from pynamodb.indexes import AllProjection, GlobalSecondaryIndex
from pynamodb.models import Model

from siyu.db import table_meta

PENDING_SHARDS: Final = 4  # spreads the unpaid-order index over a few partitions


class _Gsi1Meta:
    index_name = "gsi1"
    projection = AllProjection()


class StoreIndex(GlobalSecondaryIndex["Store"]):
    Meta = _Gsi1Meta
    gsi1pk = UnicodeAttribute(hash_key=True)
    gsi1sk = UnicodeAttribute(range_key=True)


class CategoryIndex(GlobalSecondaryIndex["Category"]):
    Meta = _Gsi1Meta
    gsi1pk = UnicodeAttribute(hash_key=True)
    gsi1sk = UnicodeAttribute(range_key=True)


class ProductIndex(GlobalSecondaryIndex["Product"]):
    Meta = _Gsi1Meta
    gsi1pk = UnicodeAttribute(hash_key=True)
    gsi1sk = UnicodeAttribute(range_key=True)


class MemberOrderIndex(GlobalSecondaryIndex["Order"]):
    Meta = _Gsi1Meta
    gsi1pk = UnicodeAttribute(hash_key=True)
    gsi1sk = UnicodeAttribute(range_key=True)


class StoreDayOrderIndex(GlobalSecondaryIndex["Order"]):
    """gsi2: a store's orders of a pickup day (Asia/Shanghai), by creation time."""

    class Meta:
        index_name = "gsi2"
        projection = AllProjection()

    gsi2pk = UnicodeAttribute(hash_key=True)
    gsi2sk = UnicodeAttribute(range_key=True)


class RefundIndex(GlobalSecondaryIndex["Refund"]):
    Meta = _Gsi1Meta
    gsi1pk = UnicodeAttribute(hash_key=True)
    gsi1sk = UnicodeAttribute(range_key=True)


class Store(Model):
    Meta = table_meta("commerce")
    pk = UnicodeAttribute(hash_key=True)
    sk = UnicodeAttribute(range_key=True, default="STORE")
    gsi1pk = UnicodeAttribute(default="STORES")
    gsi1sk = UnicodeAttribute()
    gsi1 = StoreIndex()

    store_id = UnicodeAttribute()
    spec = UnicodeAttribute()  # JSON of siyu.orders.schemas.StoreIn
    updated_at = UnicodeAttribute()

    @staticmethod
    def key(store_id: str) -> tuple[str, str]:
        return f"STORE#{store_id}", "STORE"


class SlotCounter(Model):
    Meta = table_meta("commerce")
    pk = UnicodeAttribute(hash_key=True)
    sk = UnicodeAttribute(range_key=True)
    taken = NumberAttribute(default=0)
    ttl = NumberAttribute(null=True)

    @staticmethod
    def key(store_id: str, slot: str) -> tuple[str, str]:
        return f"STORE#{store_id}", f"SLOT#{slot}"


class Category(Model):
    Meta = table_meta("commerce")
    pk = UnicodeAttribute(hash_key=True)
    sk = UnicodeAttribute(range_key=True, default="CATEGORY")
    gsi1pk = UnicodeAttribute(default="CATEGORIES")
    gsi1sk = UnicodeAttribute()
    gsi1 = CategoryIndex()

    category_id = UnicodeAttribute()
    name = UnicodeAttribute()
    sort = NumberAttribute(default=0)
    visible = BooleanAttribute(default=True)
    updated_at = UnicodeAttribute()

    @staticmethod
    def key(category_id: str) -> tuple[str, str]:
        return f"CATEGORY#{category_id}", "CATEGORY"


class Product(Model):
    Meta = table_meta("commerce")
    pk = UnicodeAttribute(hash_key=True)
    sk = UnicodeAttribute(range_key=True, default="PRODUCT")
    gsi1pk = UnicodeAttribute(default="PRODUCTS")
    gsi1sk = UnicodeAttribute()
    gsi1 = ProductIndex()

    product_id = UnicodeAttribute()
    category_id = UnicodeAttribute()
    status = UnicodeAttribute()  # ON_SALE | OFF_SALE
    all_stores = BooleanAttribute(default=True)
    store_ids = ListAttribute[str](default=list)
    spec = UnicodeAttribute()  # JSON of siyu.orders.schemas.ProductIn
    version = NumberAttribute(default=1)
    updated_at = UnicodeAttribute()

    @staticmethod
    def key(product_id: str) -> tuple[str, str]:
        return f"PRODUCT#{product_id}", "PRODUCT"

    @staticmethod
    def index_sk(category_id: str, sort: int, product_id: str) -> str:
        return f"{category_id}#{sort:05d}#{product_id}"


class StockItem(Model):
    """Units left of one SKU. No item (or tracked=False): the SKU is not limited."""

    Meta = table_meta("commerce")
    pk = UnicodeAttribute(hash_key=True)
    sk = UnicodeAttribute(range_key=True)
    product_id = UnicodeAttribute()
    sku_id = UnicodeAttribute()
    left = NumberAttribute(default=0)
    tracked = BooleanAttribute(default=True)
    updated_at = UnicodeAttribute(null=True)

    @staticmethod
    def key(product_id: str, sku_id: str) -> tuple[str, str]:
        return f"PRODUCT#{product_id}", f"STOCK#{sku_id}"


class Order(Model):
    Meta = table_meta("commerce")
    pk = UnicodeAttribute(hash_key=True)
    sk = UnicodeAttribute(range_key=True, default="ORDER")
    gsi1pk = UnicodeAttribute()
    gsi1sk = UnicodeAttribute()
    gsi1 = MemberOrderIndex()
    gsi2pk = UnicodeAttribute(null=True)
    gsi2sk = UnicodeAttribute(null=True)
    by_store_day = StoreDayOrderIndex()

    order_id = UnicodeAttribute()
    member_id = UnicodeAttribute()
    store_id = UnicodeAttribute()
    store_name = UnicodeAttribute()
    status = UnicodeAttribute()
    lines = UnicodeAttribute()  # JSON list of siyu.orders.schemas.PricedLine
    reserved = UnicodeAttribute(default="[]")  # JSON [[product_id, sku_id, quantity]] taken from stock
    subtotal_fen = NumberAttribute()
    coupon_id = UnicodeAttribute(null=True)
    coupon_template_id = UnicodeAttribute(null=True)
    coupon_discount_fen = NumberAttribute(default=0)
    level_key = UnicodeAttribute(null=True)
    level_discount_bp = NumberAttribute(default=0)
    level_discount_fen = NumberAttribute(default=0)
    total_fen = NumberAttribute()
    pickup_slot = UnicodeAttribute(null=True)  # YYYY-MM-DDTHH:MM, Asia/Shanghai
    pickup_day = UnicodeAttribute()  # YYYY-MM-DD, Asia/Shanghai: the day the code is valid
    pickup_code = UnicodeAttribute(null=True)
    remark = UnicodeAttribute(null=True)
    source = UnicodeAttribute(default="shop")
    source_ref = UnicodeAttribute(null=True)
    request_hash = UnicodeAttribute()
    created_at = UnicodeAttribute()
    expires_at = UnicodeAttribute()
    ks_expire_seconds = NumberAttribute()
    ks_order_no = UnicodeAttribute(null=True)
    order_info_token = UnicodeAttribute(null=True)
    paid_at = UnicodeAttribute(null=True)
    paid_fen = NumberAttribute(null=True)
    trade_no = UnicodeAttribute(null=True)
    pay_channel = UnicodeAttribute(null=True)
    first_order = BooleanAttribute(null=True)
    points_awarded = NumberAttribute(default=0)
    picked_up_at = UnicodeAttribute(null=True)
    picked_up_by = UnicodeAttribute(null=True)
    closed_at = UnicodeAttribute(null=True)  # cancelled or expired
    status_before_refund = UnicodeAttribute(null=True)
    late_payment = BooleanAttribute(default=False)  # paid after it had expired or been cancelled
    # Set by the capability that created the order (a group-buy: "GROUP_FORMING") while a
    # paid order is not confirmed yet: it cannot be picked up; cleared by siyu.orders.holds.
    hold = UnicodeAttribute(null=True)
    updated_at = UnicodeAttribute()

    @staticmethod
    def key(order_id: str) -> tuple[str, str]:
        return f"ORDER#{order_id}", "ORDER"

    @staticmethod
    def member_index(member_id: str) -> str:
        return f"MORDERS#{member_id}"

    @staticmethod
    def store_day_index(store_id: str, day: str) -> str:
        return f"SORDERS#{store_id}#{day}"


class Refund(Model):
    """The refund of an order (whole orders only): requested by the member and approved by
    staff, or started by the system for a payment that arrived after the order had closed."""

    Meta = table_meta("commerce")
    pk = UnicodeAttribute(hash_key=True)
    sk = UnicodeAttribute(range_key=True, default="REFUND")
    gsi1pk = UnicodeAttribute()
    gsi1sk = UnicodeAttribute()
    gsi1 = RefundIndex()

    order_id = UnicodeAttribute()
    member_id = UnicodeAttribute()
    status = UnicodeAttribute()
    kind = UnicodeAttribute()  # member_request | late_payment | group_failed (see refunds.by_system)
    reason = UnicodeAttribute()
    amount_fen = NumberAttribute()
    attempt = NumberAttribute(default=0)
    out_refund_no = UnicodeAttribute(null=True)
    ks_refund_no = UnicodeAttribute(null=True)
    requested_at = UnicodeAttribute()
    decided_by = UnicodeAttribute(null=True)
    decided_at = UnicodeAttribute(null=True)
    reject_reason = UnicodeAttribute(null=True)
    applied_at = UnicodeAttribute(null=True)  # Kuaishou accepted apply_refund
    completed_at = UnicodeAttribute(null=True)
    fail_count = NumberAttribute(default=0)
    coupon_restored = BooleanAttribute(null=True)
    points_taken = NumberAttribute(null=True)
    points_shortfall = NumberAttribute(null=True)
    updated_at = UnicodeAttribute()

    @staticmethod
    def key(order_id: str) -> tuple[str, str]:
        return f"ORDER#{order_id}", "REFUND"

    @staticmethod
    def index_key(status: str, requested_at: str, order_id: str) -> tuple[str, str]:
        return f"REFUNDS#{status}", f"{requested_at}#{order_id}"


class PendingOrder(Model):
    Meta = table_meta("commerce")
    pk = UnicodeAttribute(hash_key=True)
    sk = UnicodeAttribute(range_key=True)
    order_id = UnicodeAttribute()

    @staticmethod
    def key(order_id: str, expires_at: str) -> tuple[str, str]:
        shard = int(hashlib.sha256(order_id.encode()).hexdigest(), 16) % PENDING_SHARDS
        return f"PENDING#{shard}", f"{expires_at}#{order_id}"


class PickupCode(Model):
    Meta = table_meta("commerce")
    pk = UnicodeAttribute(hash_key=True)
    sk = UnicodeAttribute(range_key=True, default="PICKUP")
    order_id = UnicodeAttribute()
    ttl = NumberAttribute(null=True)

    @staticmethod
    def key(store_id: str, day: str, code: str) -> tuple[str, str]:
        return f"PICKUP#{store_id}#{day}#{code}", "PICKUP"


class OrderStats(Model):
    """A member's paid orders: exists once the first one is paid (the first-order flag)."""

    Meta = table_meta("commerce")
    pk = UnicodeAttribute(hash_key=True)
    sk = UnicodeAttribute(range_key=True, default="ORDERSTATS")
    first_order_id = UnicodeAttribute()
    paid_count = NumberAttribute(default=0)

    @staticmethod
    def key(member_id: str) -> tuple[str, str]:
        return f"MEMBER#{member_id}", "ORDERSTATS"
