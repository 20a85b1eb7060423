"""Group-buy (拼团) items in the commerce table.

- a deal: pk `GDEAL#<deal_id>`, sk `DEAL`; gsi1 `GDEALS` / `<ends_at>#<deal_id>`
- a group: pk `GROUP#<group_id>`, sk `GROUP`; while FORMING, gsi1
  `GDEAL#<deal_id>#FORMING` / `<expires_at>#<group_id>` (a sparse index: the groups one can
  still join, soonest deadline first — also what the expiry sweep queries)
  and gsi2 `GDEAL#<deal_id>#GROUPS` / `<created_at>#<group_id>` (every group of a deal, for staff)
- a member's seat in a group: pk `GROUP#<group_id>`, sk `MEMBER#<member_id>`; gsi1
  `MEMBER#<member_id>#GROUPS` / `<joined_at>#<group_id>` (my groups)

The group item counts its seats (`joined`, never above `size`) and keeps the paid members
with their order references (`paid_members`), so that the transition to FORMED or FAILED,
and the event listing who paid, are decided on one item in one conditional write.
"""

from __future__ import annotations

from typing import Final

from pynamodb.attributes import MapAttribute, NumberAttribute, UnicodeAttribute
from pynamodb.indexes import AllProjection, GlobalSecondaryIndex
from pynamodb.models import Model

from siyu.db import table_meta

ACTIVE: Final = "ACTIVE"
ENDED: Final = "ENDED"

FORMING: Final = "FORMING"
FORMED: Final = "FORMED"
FAILED: Final = "FAILED"

JOINED: Final = "JOINED"  # a seat is held; the member's order is not paid yet
PAID: Final = "PAID"
LEFT: Final = "LEFT"  # the seat was given back (the order expired unpaid)

DEALS_LIST_KEY: Final = "GDEALS"


class _Gsi1Meta:
    index_name = "gsi1"
    projection = AllProjection()


class DealIndex(GlobalSecondaryIndex["GroupDeal"]):
    Meta = _Gsi1Meta
    gsi1pk = UnicodeAttribute(hash_key=True)
    gsi1sk = UnicodeAttribute(range_key=True)


class GroupIndex(GlobalSecondaryIndex["Group"]):
    Meta = _Gsi1Meta
    gsi1pk = UnicodeAttribute(hash_key=True)
    gsi1sk = UnicodeAttribute(range_key=True)


class DealGroupsIndex(GlobalSecondaryIndex["Group"]):
    """gsi2: every group of a deal, newest first for staff (any status)."""

    class Meta:
        index_name = "gsi2"
        projection = AllProjection()

    gsi2pk = UnicodeAttribute(hash_key=True)
    gsi2sk = UnicodeAttribute(range_key=True)


class SeatIndex(GlobalSecondaryIndex["Seat"]):
    Meta = _Gsi1Meta
    gsi1pk = UnicodeAttribute(hash_key=True)
    gsi1sk = UnicodeAttribute(range_key=True)


class GroupDeal(Model):
    Meta = table_meta("commerce")
    pk = UnicodeAttribute(hash_key=True)
    sk = UnicodeAttribute(range_key=True, default="DEAL")
    gsi1pk = UnicodeAttribute(default=DEALS_LIST_KEY)
    gsi1sk = UnicodeAttribute()
    gsi1 = DealIndex()

    deal_id = UnicodeAttribute()
    sku = UnicodeAttribute()  # the catalogue product (its product_id)
    sku_id = UnicodeAttribute(null=True)  # the product's SKU (size) sold
    store_id = UnicodeAttribute(null=True)  # the store its orders are picked up at
    name = UnicodeAttribute()
    description = UnicodeAttribute(default="")
    image_url = UnicodeAttribute(null=True)
    original_price_fen = NumberAttribute(null=True)
    group_price_fen = NumberAttribute()
    group_size = NumberAttribute()
    hours_to_fill = NumberAttribute()
    starts_at = UnicodeAttribute()
    ends_at = UnicodeAttribute()
    status = UnicodeAttribute(default=ACTIVE)
    created_at = UnicodeAttribute()
    created_by = UnicodeAttribute(null=True)

    @staticmethod
    def key(deal_id: str) -> tuple[str, str]:
        return f"GDEAL#{deal_id}", "DEAL"


class Group(Model):
    """FORMING → FORMED (the N-th payment) or FAILED (the deadline passed first)."""

    Meta = table_meta("commerce")
    pk = UnicodeAttribute(hash_key=True)
    sk = UnicodeAttribute(range_key=True, default="GROUP")
    gsi1pk = UnicodeAttribute(null=True)
    gsi1sk = UnicodeAttribute(null=True)
    gsi1 = GroupIndex()
    gsi2pk = UnicodeAttribute(null=True)
    gsi2sk = UnicodeAttribute(null=True)
    by_deal = DealGroupsIndex()

    group_id = UnicodeAttribute()
    deal_id = UnicodeAttribute()
    leader_id = UnicodeAttribute()
    size = NumberAttribute()
    joined = NumberAttribute(default=0)  # seats held, paid or not
    paid = NumberAttribute(default=0)
    paid_members = MapAttribute[str, str](default=dict)  # member_id → order reference
    status = UnicodeAttribute(default=FORMING)
    expires_at = UnicodeAttribute()
    created_at = UnicodeAttribute()
    formed_at = UnicodeAttribute(null=True)
    failed_at = UnicodeAttribute(null=True)

    @staticmethod
    def key(group_id: str) -> tuple[str, str]:
        return f"GROUP#{group_id}", "GROUP"

    @staticmethod
    def forming_key(deal_id: str) -> str:
        return f"GDEAL#{deal_id}#FORMING"

    @staticmethod
    def deal_key(deal_id: str) -> str:
        return f"GDEAL#{deal_id}#GROUPS"


class Seat(Model):
    Meta = table_meta("commerce")
    pk = UnicodeAttribute(hash_key=True)
    sk = UnicodeAttribute(range_key=True)
    gsi1pk = UnicodeAttribute()
    gsi1sk = UnicodeAttribute()
    gsi1 = SeatIndex()

    group_id = UnicodeAttribute()
    deal_id = UnicodeAttribute()
    member_id = UnicodeAttribute()
    role = UnicodeAttribute()  # leader | member
    status = UnicodeAttribute(default=JOINED)
    order_ref = UnicodeAttribute(null=True)
    joined_at = UnicodeAttribute()
    paid_at = UnicodeAttribute(null=True)
    left_at = UnicodeAttribute(null=True)

    @staticmethod
    def key(group_id: str, member_id: str) -> tuple[str, str]:
        return f"GROUP#{group_id}", f"MEMBER#{member_id}"

    @staticmethod
    def member_index_key(member_id: str) -> str:
        return f"MEMBER#{member_id}#GROUPS"
