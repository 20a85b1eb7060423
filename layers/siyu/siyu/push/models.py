"""Targeted push: subscribe-message credits, campaigns, per-member deliveries, frequency
caps, and grants to a segment.

Engage table layout (push's own prefixes; tags, segments and audiences keep theirs):

| pk | sk | item |
| --- | --- | --- |
| `CREDIT#<member>#<template>` | `BALANCE` | `Credit`: sends consented to (1 accept = 1 send) |
| `CREDIT#<member>#<template>` | `ACCEPT#<request key>` | `CreditAccept`: one recorded accept |
| `PUSH#<campaign>` | `META` | `Campaign` (gsi1 `PUSHES` / `<created_at>#<id>`) |
| `PUSH#<campaign>` | `TO#<member>` | `Delivery`: the member's one copy, its status, opened_at |
| `CAP#<member>` | `DAY#<yyyy-mm-dd>` | `CapCounter`: marketing sends that Shanghai day (ttl) |
| `CAP#<member>` | `WEEK#<yyyy>-W<ww>` | `CapCounter`: marketing sends that ISO week (ttl) |
| `GRANT#<grant>` | `META` | `Grant`: coupon template or points + reason (gsi1 `GRANTS`) |
| `GRANT#<grant>` | `TO#<member>` | `GrantDelivery`: GRANTED (coupon id), SOLD_OUT, FAILED |

A `Delivery` is SENDING, SENT, NO_CREDIT, CAPPED, HELD, RETRY or FAILED; while HELD (quiet
hours) it is on gsi1 `PUSHHELD` / `<campaign>#<member>`, which the release at 08:00 queries.

The audiences themselves are `AUD#push:<campaign>` and `AUD#grant:<grant>` (siyu.audiences).
"""

from __future__ import annotations

from typing import TypeVar

from pynamodb.attributes import NumberAttribute, UnicodeAttribute
from pynamodb.indexes import AllProjection, GlobalSecondaryIndex
from pynamodb.models import Model

from siyu.db import table_meta

M = TypeVar("M", bound=Model)

# Delivery statuses of one member's copy of a campaign.
SENDING, SENT, NO_CREDIT, CAPPED, HELD, RETRY, FAILED = (
    "SENDING",
    "SENT",
    "NO_CREDIT",
    "CAPPED",
    "HELD",
    "RETRY",
    "FAILED",
)
# Campaign and grant statuses.
DRAFT, QUEUED, SENDING_OUT = "DRAFT", "QUEUED", "FANNING_OUT"
# Grant delivery statuses.
GRANTED, SOLD_OUT = "GRANTED", "SOLD_OUT"


class Gsi1(GlobalSecondaryIndex[M]):
    class Meta:
        index_name = "gsi1"
        projection = AllProjection()

    gsi1pk = UnicodeAttribute(hash_key=True)
    gsi1sk = UnicodeAttribute(range_key=True)


HELD_INDEX = "PUSHHELD"
CAMPAIGN_INDEX = "PUSHES"
GRANT_INDEX = "GRANTS"


class Credit(Model):
    Meta = table_meta("engage")
    pk = UnicodeAttribute(hash_key=True)
    sk = UnicodeAttribute(range_key=True, default="BALANCE")
    member_id = UnicodeAttribute()
    template_id = UnicodeAttribute()
    credits = NumberAttribute(default=0)
    accepted = NumberAttribute(default=0)  # accepts recorded, ever
    updated_at = UnicodeAttribute(null=True)

    @staticmethod
    def key(member_id: str, template_id: str) -> tuple[str, str]:
        return f"CREDIT#{member_id}#{template_id}", "BALANCE"


class CreditAccept(Model):
    Meta = table_meta("engage")
    pk = UnicodeAttribute(hash_key=True)
    sk = UnicodeAttribute(range_key=True)
    accepted_at = UnicodeAttribute()

    @staticmethod
    def key(member_id: str, template_id: str, request_key: str) -> tuple[str, str]:
        return f"CREDIT#{member_id}#{template_id}", f"ACCEPT#{request_key}"


class Campaign(Model):
    Meta = table_meta("engage")
    pk = UnicodeAttribute(hash_key=True)
    sk = UnicodeAttribute(range_key=True, default="META")
    campaign_id = UnicodeAttribute()
    name = UnicodeAttribute()
    segment_id = UnicodeAttribute()
    template_id = UnicodeAttribute()
    page = UnicodeAttribute()
    data_json = UnicodeAttribute()  # the template's data as JSON ({"thing01": {"value": …}})
    kind = UnicodeAttribute()  # marketing | transactional
    status = UnicodeAttribute(default=DRAFT)
    targeted = NumberAttribute(default=0)
    created_by = UnicodeAttribute()
    created_at = UnicodeAttribute()
    queued_at = UnicodeAttribute(null=True)
    gsi1pk = UnicodeAttribute(default=CAMPAIGN_INDEX)
    gsi1sk = UnicodeAttribute()
    by_gsi1 = Gsi1["Campaign"]()

    @staticmethod
    def key(campaign_id: str) -> tuple[str, str]:
        return f"PUSH#{campaign_id}", "META"


class Delivery(Model):
    Meta = table_meta("engage")
    pk = UnicodeAttribute(hash_key=True)
    sk = UnicodeAttribute(range_key=True)
    campaign_id = UnicodeAttribute()
    member_id = UnicodeAttribute()
    status = UnicodeAttribute()
    claim = UnicodeAttribute(null=True)
    lease_until = NumberAttribute(null=True)
    attempts = NumberAttribute(default=0)
    error_code = UnicodeAttribute(null=True)
    error_message = UnicodeAttribute(null=True)
    updated_at = UnicodeAttribute()
    sent_at = UnicodeAttribute(null=True)
    opened_at = UnicodeAttribute(null=True)
    gsi1pk = UnicodeAttribute(null=True)  # HELD_INDEX while held for the end of quiet hours
    gsi1sk = UnicodeAttribute(null=True)
    by_gsi1 = Gsi1["Delivery"]()

    @staticmethod
    def key(campaign_id: str, member_id: str) -> tuple[str, str]:
        return f"PUSH#{campaign_id}", f"TO#{member_id}"


class CapCounter(Model):
    Meta = table_meta("engage")
    pk = UnicodeAttribute(hash_key=True)
    sk = UnicodeAttribute(range_key=True)
    used = NumberAttribute(default=0)
    ttl = NumberAttribute(null=True)


class Grant(Model):
    Meta = table_meta("engage")
    pk = UnicodeAttribute(hash_key=True)
    sk = UnicodeAttribute(range_key=True, default="META")
    grant_id = UnicodeAttribute()
    name = UnicodeAttribute()
    segment_id = UnicodeAttribute()
    coupon_template_id = UnicodeAttribute(null=True)
    points = NumberAttribute(null=True)
    reason = UnicodeAttribute(null=True)
    status = UnicodeAttribute(default=DRAFT)
    targeted = NumberAttribute(default=0)
    created_by = UnicodeAttribute()
    created_at = UnicodeAttribute()
    queued_at = UnicodeAttribute(null=True)
    gsi1pk = UnicodeAttribute(default=GRANT_INDEX)
    gsi1sk = UnicodeAttribute()
    by_gsi1 = Gsi1["Grant"]()

    @staticmethod
    def key(grant_id: str) -> tuple[str, str]:
        return f"GRANT#{grant_id}", "META"


class GrantDelivery(Model):
    Meta = table_meta("engage")
    pk = UnicodeAttribute(hash_key=True)
    sk = UnicodeAttribute(range_key=True)
    member_id = UnicodeAttribute()
    status = UnicodeAttribute()
    coupon_id = UnicodeAttribute(null=True)
    error_code = UnicodeAttribute(null=True)
    updated_at = UnicodeAttribute()

    @staticmethod
    def key(grant_id: str, member_id: str) -> tuple[str, str]:
        return f"GRANT#{grant_id}", f"TO#{member_id}"
