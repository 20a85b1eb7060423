"""Settlement items in the commerce table (next to the order they belong to).

| pk | sk | item | gsi1pk / gsi1sk |
| --- | --- | --- | --- |
| `ORDER#<id>` | `KSYNC` | `OrderSync`: what Kuaishou's order list shows of the order | |
| `ORDER#<id>` | `SETTLE` | `Settlement`: the order's settle state | `SETTLES#<state>` / `<due_at>#<id>` |
| `PRODUCT#<id>` | `KSIMG#<hash of url>` | `CoverImage`: the platform's id of a product image | |
| `ORDER#<id>` | `MONEY#<kind>` | `MoneyLine`: the order's money of a kind | `MONEY#<day>` / `<kind>#<id>` |
| `RECON#<day>` | `RUN` | `ReconRun`: a day's reconciliation and its figures | |
| `RECON#<day>` | `ISSUE#<order_id>#<kind>` | `ReconIssue`: a difference listed for staff | |
"""

from __future__ import annotations

from typing import Final

from pynamodb.attributes import BooleanAttribute, ListAttribute, NumberAttribute, UnicodeAttribute
from pynamodb.indexes import AllProjection, GlobalSecondaryIndex
from pynamodb.models import Model

from siyu.db import table_meta

# Kinds of money lines (and of the platform's bill items they match).
PAID: Final = "paid"
REFUNDED: Final = "refunded"
SETTLED_LINE: Final = "settled"
BILL_KINDS: Final = {"PAYMENT": PAID, "REFUND": REFUNDED, "SETTLE": SETTLED_LINE}


class _Gsi1Meta:
    index_name = "gsi1"
    projection = AllProjection()


class SettlementIndex(GlobalSecondaryIndex["Settlement"]):
    Meta = _Gsi1Meta
    gsi1pk = UnicodeAttribute(hash_key=True)
    gsi1sk = UnicodeAttribute(range_key=True)


class OrderSync(Model):
    """The order's status in Kuaishou's order list. `reported_version` is the order's
    `updated_at` that was last reported: a report of an older version never follows it.
    `lease_*` marks the one report in flight for the order."""

    Meta = table_meta("commerce")
    pk = UnicodeAttribute(hash_key=True)
    sk = UnicodeAttribute(range_key=True, default="KSYNC")
    order_id = UnicodeAttribute()
    reported_status = NumberAttribute(null=True)
    reported_version = UnicodeAttribute(null=True)
    reported_at = UnicodeAttribute(null=True)
    used_at = UnicodeAttribute(null=True)  # when Kuaishou accepted 11 (its settle clock)
    history = ListAttribute[str](default=list)  # "<status>@<at>", in the order accepted
    lease_version = UnicodeAttribute(null=True)
    lease_until = UnicodeAttribute(null=True)
    refused_status = NumberAttribute(null=True)
    refused_result = NumberAttribute(null=True)
    refused_message = UnicodeAttribute(null=True)
    refused_at = UnicodeAttribute(null=True)
    calls = NumberAttribute(default=0)  # report calls made, accepted or not

    @staticmethod
    def key(order_id: str) -> tuple[str, str]:
        return f"ORDER#{order_id}", "KSYNC"


class Settlement(Model):
    Meta = table_meta("commerce")
    pk = UnicodeAttribute(hash_key=True)
    sk = UnicodeAttribute(range_key=True, default="SETTLE")
    gsi1pk = UnicodeAttribute()
    gsi1sk = UnicodeAttribute()
    gsi1 = SettlementIndex()

    order_id = UnicodeAttribute()
    store_id = UnicodeAttribute()
    state = UnicodeAttribute()
    amount_fen = NumberAttribute()
    used_at = UnicodeAttribute()
    due_at = UnicodeAttribute()
    attempts = NumberAttribute(default=0)
    out_settle_no = UnicodeAttribute(null=True)
    settle_no = UnicodeAttribute(null=True)
    ks_settle_no = UnicodeAttribute(null=True)
    requested_at = UnicodeAttribute(null=True)
    settled_at = UnicodeAttribute(null=True)
    settled_fen = NumberAttribute(null=True)
    fee_fen = NumberAttribute(null=True)
    error_result = NumberAttribute(null=True)
    error_message = UnicodeAttribute(null=True)
    callback_message_id = UnicodeAttribute(null=True)
    updated_at = UnicodeAttribute()

    @staticmethod
    def key(order_id: str) -> tuple[str, str]:
        return f"ORDER#{order_id}", "SETTLE"

    @staticmethod
    def index_key(state: str, due_at: str, order_id: str) -> tuple[str, str]:
        return f"SETTLES#{state}", f"{due_at}#{order_id}"


class CoverImage(Model):
    Meta = table_meta("commerce")
    pk = UnicodeAttribute(hash_key=True)
    sk = UnicodeAttribute(range_key=True)
    url = UnicodeAttribute()
    img_id = UnicodeAttribute()
    uploaded_at = UnicodeAttribute()


class MoneyIndex(GlobalSecondaryIndex["MoneyLine"]):
    Meta = _Gsi1Meta
    gsi1pk = UnicodeAttribute(hash_key=True)
    gsi1sk = UnicodeAttribute(range_key=True)


class MoneyLine(Model):
    """One kind of money of an order (at most one line per order and kind), on the Shanghai
    day it moved: read per day through gsi1."""

    Meta = table_meta("commerce")
    pk = UnicodeAttribute(hash_key=True)  # ORDER#<id>
    sk = UnicodeAttribute(range_key=True)  # MONEY#<kind>
    gsi1pk = UnicodeAttribute()  # MONEY#<YYYY-MM-DD>
    gsi1sk = UnicodeAttribute()  # <kind>#<order_id>
    gsi1 = MoneyIndex()
    kind = UnicodeAttribute()
    order_id = UnicodeAttribute()
    store_id = UnicodeAttribute()
    amount_fen = NumberAttribute()
    at = UnicodeAttribute()

    @staticmethod
    def key(order_id: str, kind: str) -> tuple[str, str]:
        return f"ORDER#{order_id}", f"MONEY#{kind}"

    @staticmethod
    def day_key(day: str) -> str:
        return f"MONEY#{day}"


class ReconRun(Model):
    Meta = table_meta("commerce")
    pk = UnicodeAttribute(hash_key=True)
    sk = UnicodeAttribute(range_key=True, default="RUN")
    day = UnicodeAttribute()
    figures = UnicodeAttribute()  # JSON {store_id: {paid_fen, refunded_fen, settled_fen, fee_fen, net_fen}}
    matched = NumberAttribute(default=0)
    repaired = NumberAttribute(default=0)
    issues = NumberAttribute(default=0)
    ran_at = UnicodeAttribute()

    @staticmethod
    def key(day: str) -> tuple[str, str]:
        return f"RECON#{day}", "RUN"


class ReconIssue(Model):
    Meta = table_meta("commerce")
    pk = UnicodeAttribute(hash_key=True)
    sk = UnicodeAttribute(range_key=True)
    day = UnicodeAttribute()
    order_id = UnicodeAttribute()
    kind = UnicodeAttribute()
    repaired = BooleanAttribute(default=False)
    siyu_fen = NumberAttribute(null=True)
    platform_fen = NumberAttribute(null=True)
    note = UnicodeAttribute()
    found_at = UnicodeAttribute()

    @staticmethod
    def key(day: str, order_id: str, kind: str) -> tuple[str, str]:
        return f"RECON#{day}", f"ISSUE#{order_id}#{kind}"
