"""Voucher items.

- app `PLATFORM#KSLOCAL` / `TOKEN`: `LocalLifeToken`, the merchant's local-life tokens,
  shared by every container;
- app `CONFIG#VOUCHERS` / `SETTINGS`: `VoucherSettings`, stores' POI ids, points rule,
  first-visit coupon;
- commerce `KSVOUCHER#<certificate_id>` / `VOUCHER`: `Voucher`, the claim and state of one
  voucher at Siyu's counters; gsi1 `KSVOUCHERS#<day>` / `<verified_at>#<certificate_id>` once
  verified (the day's list and its reconciliation).
"""

from __future__ import annotations

from typing import Final

from pynamodb.attributes import NumberAttribute, UnicodeAttribute
from pynamodb.indexes import AllProjection, GlobalSecondaryIndex
from pynamodb.models import Model

from siyu.db import table_meta

# Voucher states at Siyu.
PREPARED: Final = "prepared"  # shown at a counter; nothing claimed
VERIFYING: Final = "verifying"  # claimed by one counter's request; the platform is being asked
VERIFIED: Final = "verified"
CANCELLING: Final = "cancelling"  # an undo is being asked of the platform
CANCELLED: Final = "cancelled"  # undone within the window: usable again at the platform
FAILED: Final = "failed"  # the platform refused the last attempt (its error is kept)
STATES: Final = (PREPARED, VERIFYING, VERIFIED, CANCELLING, CANCELLED, FAILED)
# States from which a counter may claim the voucher for a verify.
CLAIMABLE: Final = (PREPARED, CANCELLED, FAILED)

ORDER_SOURCE: Final = "ks_local"  # siyu.orders source of a verified voucher's order


class LocalLifeToken(Model):
    Meta = table_meta("app")
    pk = UnicodeAttribute(hash_key=True)
    sk = UnicodeAttribute(range_key=True)
    access_token = UnicodeAttribute()
    refresh_token = UnicodeAttribute()
    open_id = UnicodeAttribute(null=True)  # the merchant account that authorised Siyu
    expires_at = NumberAttribute()  # epoch seconds
    refresh_expires_at = NumberAttribute(null=True)
    version = NumberAttribute(default=1)
    refreshing_until = NumberAttribute(null=True)  # epoch: one container is refreshing until then
    updated_at = UnicodeAttribute()

    KEY: Final = ("PLATFORM#KSLOCAL", "TOKEN")


class VoucherSettings(Model):
    Meta = table_meta("app")
    pk = UnicodeAttribute(hash_key=True)
    sk = UnicodeAttribute(range_key=True)
    spec = UnicodeAttribute()  # JSON of siyu.vouchers.settings.VoucherSettingsIn
    updated_at = UnicodeAttribute()

    KEY: Final = ("CONFIG#VOUCHERS", "SETTINGS")


class _Gsi1Meta:
    index_name = "gsi1"
    projection = AllProjection()


class VoucherDayIndex(GlobalSecondaryIndex["Voucher"]):
    Meta = _Gsi1Meta
    gsi1pk = UnicodeAttribute(hash_key=True)
    gsi1sk = UnicodeAttribute(range_key=True)


class Voucher(Model):
    """One local-life voucher (券) as Siyu's counters see it. `claim_key` is the request (its
    Idempotency-Key) that holds the voucher while VERIFYING or CANCELLING; `lease_until` is
    when another request may take the claim over (it then asks the platform for the voucher's
    status first, so a verify is never sent twice for nothing)."""

    Meta = table_meta("commerce")
    pk = UnicodeAttribute(hash_key=True)
    sk = UnicodeAttribute(range_key=True, default="VOUCHER")
    gsi1pk = UnicodeAttribute(null=True)
    gsi1sk = UnicodeAttribute(null=True)
    by_day = VoucherDayIndex()

    certificate_id = UnicodeAttribute()
    encrypted_code = UnicodeAttribute()
    platform_order_id = UnicodeAttribute()  # the buyer's order at the platform
    state = UnicodeAttribute()
    title = UnicodeAttribute()
    sku_id = UnicodeAttribute()
    groupon_type = NumberAttribute(default=1)
    original_fen = NumberAttribute()  # list price of what the voucher buys
    pay_fen = NumberAttribute()  # what the buyer paid for it
    starts_at = UnicodeAttribute()
    expires_at = UnicodeAttribute()
    store_id = UnicodeAttribute(null=True)  # the store that verified it
    poi_id = UnicodeAttribute(null=True)
    claim_key = UnicodeAttribute(null=True)
    lease_until = UnicodeAttribute(null=True)
    verify_id = UnicodeAttribute(null=True)
    verified_at = UnicodeAttribute(null=True)
    verified_by = UnicodeAttribute(null=True)  # admin id
    verified_key = UnicodeAttribute(null=True)  # Idempotency-Key of the verify that finished it
    order_id = UnicodeAttribute(null=True)  # Siyu's order of source ks_local
    cancelled_at = UnicodeAttribute(null=True)
    cancelled_by = UnicodeAttribute(null=True)
    error_code = UnicodeAttribute(null=True)  # Siyu's code of the last refusal
    member_id = UnicodeAttribute(null=True)  # the buyer, once linked
    linked_at = UnicodeAttribute(null=True)
    join_secret = UnicodeAttribute(null=True)  # the counter's join QR carries it
    points_awarded = NumberAttribute(default=0)
    platform_calls = NumberAttribute(default=0)  # verify calls made (exactly-once evidence)
    updated_at = UnicodeAttribute()

    @staticmethod
    def key(certificate_id: str) -> tuple[str, str]:
        return f"KSVOUCHER#{certificate_id}", "VOUCHER"

    @staticmethod
    def day_key(day: str) -> str:
        return f"KSVOUCHERS#{day}"
