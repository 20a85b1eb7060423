"""Coupon items in the commerce table (single-table design).

- template (terms, stock, counters): pk `CTPL#<template_id>`, sk `TEMPLATE`;
  gsi1 `CTPLS#<obtain>` / `<claim_ends_at>#<template_id>` (lists, open ones first by deadline)
- a member's coupon (wallet entry): pk `MEMBER#<member_id>`, sk `COUPON#<coupon_id>`;
  gsi1 `CPNS#<template_id>` / `<status>#<coupon_id>` (statistics by status)
- a member's claims of a template: pk `MEMBER#<member_id>`, sk `CLAIMS#<template_id>`
- a code (直播间专属优惠码): pk `CODE#<CODE>`, sk `CODE`; gsi1 `CODES#<template_id>` / `<starts_at>#<CODE>`
- a member's uses of a code: pk `MEMBER#<member_id>`, sk `CODEUSE#<CODE>`

A member's wallet and counters share the member's partition (one Query lists them); a
template's coupons are counted by status on gsi1 (admin statistics) without a hot counter
that every order would have to touch.
"""

from __future__ import annotations

from typing import Final

from pynamodb.attributes import BooleanAttribute, ListAttribute, NumberAttribute, UnicodeAttribute
from pynamodb.indexes import AllProjection, GlobalSecondaryIndex
from pynamodb.models import Model

from siyu.db import table_meta

ACTIVE: Final = "ACTIVE"
PAUSED: Final = "PAUSED"
DISABLED: Final = "DISABLED"
AVAILABLE: Final = "AVAILABLE"
LOCKED: Final = "LOCKED"
USED: Final = "USED"


class _Gsi1Meta:
    index_name = "gsi1"
    projection = AllProjection()


class TemplateIndex(GlobalSecondaryIndex["CouponTemplate"]):
    Meta = _Gsi1Meta
    gsi1pk = UnicodeAttribute(hash_key=True)
    gsi1sk = UnicodeAttribute(range_key=True)


class CouponIndex(GlobalSecondaryIndex["WalletCoupon"]):
    Meta = _Gsi1Meta
    gsi1pk = UnicodeAttribute(hash_key=True)
    gsi1sk = UnicodeAttribute(range_key=True)


class CodeIndex(GlobalSecondaryIndex["CouponCode"]):
    Meta = _Gsi1Meta
    gsi1pk = UnicodeAttribute(hash_key=True)
    gsi1sk = UnicodeAttribute(range_key=True)


class CouponTemplate(Model):
    Meta = table_meta("commerce")
    pk = UnicodeAttribute(hash_key=True)
    sk = UnicodeAttribute(range_key=True, default="TEMPLATE")
    gsi1pk = UnicodeAttribute()
    gsi1sk = UnicodeAttribute()
    gsi1 = TemplateIndex()

    template_id = UnicodeAttribute()
    name = UnicodeAttribute()
    description = UnicodeAttribute(default="")
    terms = UnicodeAttribute()  # JSON of siyu.coupons.terms.Terms
    obtain = UnicodeAttribute()  # public | code | grant
    audience = UnicodeAttribute(default="everyone")  # everyone | new_members | levels
    levels = ListAttribute[str](default=list)  # of strings
    new_member_days = NumberAttribute(default=7)
    validity_kind = UnicodeAttribute()  # fixed | relative
    valid_starts_at = UnicodeAttribute(null=True)
    valid_ends_at = UnicodeAttribute(null=True)
    valid_days = NumberAttribute(null=True)
    total_stock = NumberAttribute(null=True)  # None: unlimited
    stock_left = NumberAttribute(null=True)
    per_member_limit = NumberAttribute(default=1)
    claim_starts_at = UnicodeAttribute()
    claim_ends_at = UnicodeAttribute()
    status = UnicodeAttribute(default=ACTIVE)
    # Bumped by every admin change: a claim built from a cached copy is conditional on it.
    version = NumberAttribute(default=1)
    claimed_count = NumberAttribute(default=0)
    code_count = NumberAttribute(default=0)
    granted_count = NumberAttribute(default=0)
    created_at = UnicodeAttribute()
    updated_at = UnicodeAttribute()
    created_by = UnicodeAttribute(null=True)

    @staticmethod
    def key(template_id: str) -> tuple[str, str]:
        return f"CTPL#{template_id}", "TEMPLATE"

    @staticmethod
    def list_key(obtain: str) -> str:
        return f"CTPLS#{obtain}"


class WalletCoupon(Model):
    """One coupon a member holds. Status AVAILABLE → LOCKED (to an order) → USED; a lock
    is released back to AVAILABLE. "Expired" is AVAILABLE past valid_until (not a write)."""

    Meta = table_meta("commerce")
    pk = UnicodeAttribute(hash_key=True)
    sk = UnicodeAttribute(range_key=True)
    gsi1pk = UnicodeAttribute()
    gsi1sk = UnicodeAttribute()
    gsi1 = CouponIndex()

    coupon_id = UnicodeAttribute()
    member_id = UnicodeAttribute()
    template_id = UnicodeAttribute()
    name = UnicodeAttribute()
    terms = UnicodeAttribute()  # JSON snapshot of the template's terms at issue time
    restore_on_refund = BooleanAttribute(default=False)
    status = UnicodeAttribute(default=AVAILABLE)
    valid_from = UnicodeAttribute()
    valid_until = UnicodeAttribute()
    channel = UnicodeAttribute()  # claim | code | grant
    source = UnicodeAttribute(null=True)  # grant: assist, birthday, admin, …; code: the code
    source_ref = UnicodeAttribute(null=True)
    issued_at = UnicodeAttribute()
    order_id = UnicodeAttribute(null=True)
    locked_at = UnicodeAttribute(null=True)
    used_at = UnicodeAttribute(null=True)
    released_at = UnicodeAttribute(null=True)
    ttl = NumberAttribute(null=True)

    @staticmethod
    def key(member_id: str, coupon_id: str) -> tuple[str, str]:
        return f"MEMBER#{member_id}", f"COUPON#{coupon_id}"

    @staticmethod
    def index_key(template_id: str, status: str, coupon_id: str) -> tuple[str, str]:
        return f"CPNS#{template_id}", f"{status}#{coupon_id}"


class ClaimCounter(Model):
    """How many coupons of a template a member has claimed (public claim and codes)."""

    Meta = table_meta("commerce")
    pk = UnicodeAttribute(hash_key=True)
    sk = UnicodeAttribute(range_key=True)
    claimed = NumberAttribute(default=0)

    @staticmethod
    def key(member_id: str, template_id: str) -> tuple[str, str]:
        return f"MEMBER#{member_id}", f"CLAIMS#{template_id}"


class CouponCode(Model):
    Meta = table_meta("commerce")
    pk = UnicodeAttribute(hash_key=True)
    sk = UnicodeAttribute(range_key=True, default="CODE")
    gsi1pk = UnicodeAttribute()
    gsi1sk = UnicodeAttribute()
    gsi1 = CodeIndex()

    code = UnicodeAttribute()
    template_id = UnicodeAttribute()
    starts_at = UnicodeAttribute()
    ends_at = UnicodeAttribute()
    max_uses = NumberAttribute()
    uses = NumberAttribute(default=0)
    per_member_limit = NumberAttribute(default=1)
    source = UnicodeAttribute()  # e.g. "live:<live_id>", "poster", "admin"
    status = UnicodeAttribute(default=ACTIVE)  # ACTIVE | DISABLED
    version = NumberAttribute(default=1)
    created_at = UnicodeAttribute()
    updated_at = UnicodeAttribute()

    @staticmethod
    def key(code: str) -> tuple[str, str]:
        return f"CODE#{code}", "CODE"


class CodeCounter(Model):
    Meta = table_meta("commerce")
    pk = UnicodeAttribute(hash_key=True)
    sk = UnicodeAttribute(range_key=True)
    used = NumberAttribute(default=0)

    @staticmethod
    def key(member_id: str, code: str) -> tuple[str, str]:
        return f"MEMBER#{member_id}", f"CODEUSE#{code}"
