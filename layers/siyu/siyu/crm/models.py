"""The crm table: webhook endpoints, the events recorded for them and each delivery with its
attempts; the inbound CRM's integrations (API keys) and contacts.

| pk | sk | item |
| --- | --- | --- |
| `WEBHOOK#<endpoint_id>` | `ENDPOINT` | `Endpoint` (`gsi1pk=WEBHOOKS`) |
| `WEBHOOKS` | `COUNT` | `Counter`: endpoints of the stack (at most `webhook_max_endpoints`) |
| `WHEVENT#<event_id>` | `EVENT` | `WebhookEvent`: body as sent, 30 days (`gsi1pk=WHEVENTS#<day>`) |
| `WHEVENT#<event_id>` | `DELIVERY#<endpoint_id>` | `Delivery`: state (`gsi1pk=WEBHOOK#<id>#DELIVERIES`) |
| `WHEVENT#<event_id>` | `ATTEMPT#<endpoint_id>#<at>` | `Attempt`: status, latency, first 1 KB of the answer |
| `WHDUE` | `<due at>#<event_id>#<endpoint_id>` | `Due`: a retry the sweeper queues when it is due |
| `SEQ#<aggregate>` | `SEQ` | `Counter`: the per-aggregate sequence of webhook events |
| `INTEGRATION#<id>` | `INTEGRATION` | `Integration`: API key hash, scopes (`gsi1pk=INTEGRATIONS`) |
| `CONTACT#<external_id>` | `CONTACT` | `Contact`: the CRM's record, linked to a member or not |
| `MEMBERLINK#<member_id>` | `LINK` | `MemberLink`: the one external id of a member |
"""

from __future__ import annotations

from typing import TypeVar

from pynamodb.attributes import (
    BooleanAttribute,
    NumberAttribute,
    UnicodeAttribute,
    UnicodeSetAttribute,
)
from pynamodb.indexes import AllProjection, GlobalSecondaryIndex
from pynamodb.models import Model

from siyu.db import table_meta

M = TypeVar("M", bound=Model)


class Gsi1(GlobalSecondaryIndex[M]):
    class Meta:
        index_name = "gsi1"
        projection = AllProjection()

    gsi1pk = UnicodeAttribute(hash_key=True)
    gsi1sk = UnicodeAttribute(range_key=True)


class Endpoint(Model):
    Meta = table_meta("crm")
    pk = UnicodeAttribute(hash_key=True)
    sk = UnicodeAttribute(range_key=True, default="ENDPOINT")
    endpoint_id = UnicodeAttribute()
    url = UnicodeAttribute()
    description = UnicodeAttribute(null=True)
    event_types = UnicodeSetAttribute(null=True)  # empty: every catalogued type
    enabled = BooleanAttribute(default=True)
    disabled_reason = UnicodeAttribute(null=True)
    secret = UnicodeAttribute()  # whsec_…: shown once; DynamoDB encrypts it at rest
    previous_secret = UnicodeAttribute(null=True)  # still signed with until previous_until
    previous_until = UnicodeAttribute(null=True)
    failing_since = UnicodeAttribute(null=True)  # first failure of the current failing run
    created_at = UnicodeAttribute()
    updated_at = UnicodeAttribute()
    gsi1pk = UnicodeAttribute(default="WEBHOOKS")
    gsi1sk = UnicodeAttribute()
    by_gsi1 = Gsi1["Endpoint"]()

    @staticmethod
    def key(endpoint_id: str) -> tuple[str, str]:
        return f"WEBHOOK#{endpoint_id}", "ENDPOINT"


class Counter(Model):
    Meta = table_meta("crm")
    pk = UnicodeAttribute(hash_key=True)
    sk = UnicodeAttribute(range_key=True)
    n = NumberAttribute(default=0)


ENDPOINT_COUNT = ("WEBHOOKS", "COUNT")


class WebhookEvent(Model):
    Meta = table_meta("crm")
    pk = UnicodeAttribute(hash_key=True)
    sk = UnicodeAttribute(range_key=True, default="EVENT")
    event_id = UnicodeAttribute()
    type = UnicodeAttribute()
    occurred_at = UnicodeAttribute()
    aggregate = UnicodeAttribute()
    sequence = NumberAttribute()
    body = UnicodeAttribute()  # the JSON sent, byte for byte, on every attempt and replay
    gsi1pk = UnicodeAttribute()  # WHEVENTS#<UTC day of occurred_at>
    gsi1sk = UnicodeAttribute()  # <occurred_at>#<event_id>
    ttl = NumberAttribute()
    by_gsi1 = Gsi1["WebhookEvent"]()

    @staticmethod
    def key(event_id: str) -> tuple[str, str]:
        return f"WHEVENT#{event_id}", "EVENT"


class Delivery(Model):
    Meta = table_meta("crm")
    pk = UnicodeAttribute(hash_key=True)
    sk = UnicodeAttribute(range_key=True)
    event_id = UnicodeAttribute()
    endpoint_id = UnicodeAttribute()
    type = UnicodeAttribute()
    status = UnicodeAttribute()  # pending | delivered | failed | filtered
    round = NumberAttribute(default=1)  # a replay starts the next round
    attempts = NumberAttribute(default=0)  # attempts of this round claimed so far
    done = NumberAttribute(default=0)  # attempts of this round finished (logged, next one queued)
    claimed_at = UnicodeAttribute(null=True)  # when the latest attempt was claimed
    last_status = NumberAttribute(null=True)
    last_error = UnicodeAttribute(null=True)
    next_at = UnicodeAttribute(null=True)
    updated_at = UnicodeAttribute()
    gsi1pk = UnicodeAttribute()  # WEBHOOK#<endpoint_id>#DELIVERIES
    gsi1sk = UnicodeAttribute()  # <occurred_at>#<event_id>
    ttl = NumberAttribute()
    by_gsi1 = Gsi1["Delivery"]()

    @staticmethod
    def key(event_id: str, endpoint_id: str) -> tuple[str, str]:
        return f"WHEVENT#{event_id}", f"DELIVERY#{endpoint_id}"


class Attempt(Model):
    Meta = table_meta("crm")
    pk = UnicodeAttribute(hash_key=True)
    sk = UnicodeAttribute(range_key=True)  # ATTEMPT#<endpoint_id>#<at>#<round>.<n>
    endpoint_id = UnicodeAttribute()
    round = NumberAttribute()
    attempt = NumberAttribute()
    at = UnicodeAttribute()
    status_code = NumberAttribute(null=True)  # none: no answer (timeout, refused)
    latency_ms = NumberAttribute()
    response = UnicodeAttribute(null=True)  # first 1 KB of the answer
    error = UnicodeAttribute(null=True)
    outcome = UnicodeAttribute()  # delivered | retry | failed | disabled
    ttl = NumberAttribute()


class Due(Model):
    Meta = table_meta("crm")
    pk = UnicodeAttribute(hash_key=True, default="WHDUE")
    sk = UnicodeAttribute(range_key=True)
    event_id = UnicodeAttribute()
    endpoint_id = UnicodeAttribute()
    round = NumberAttribute()
    attempt = NumberAttribute()  # the attempt to make
    ttl = NumberAttribute()


class Integration(Model):
    Meta = table_meta("crm")
    pk = UnicodeAttribute(hash_key=True)
    sk = UnicodeAttribute(range_key=True, default="INTEGRATION")
    integration_id = UnicodeAttribute()
    name = UnicodeAttribute()
    scopes = UnicodeSetAttribute()
    key_hash = UnicodeAttribute()  # sha256 of the key's secret part (256 random bits)
    enabled = BooleanAttribute(default=True)
    created_at = UnicodeAttribute()
    created_by = UnicodeAttribute()
    gsi1pk = UnicodeAttribute(default="INTEGRATIONS")
    gsi1sk = UnicodeAttribute()
    by_gsi1 = Gsi1["Integration"]()

    @staticmethod
    def key(integration_id: str) -> tuple[str, str]:
        return f"INTEGRATION#{integration_id}", "INTEGRATION"


class Contact(Model):
    Meta = table_meta("crm")
    pk = UnicodeAttribute(hash_key=True)
    sk = UnicodeAttribute(range_key=True, default="CONTACT")
    external_id = UnicodeAttribute()
    member_id = UnicodeAttribute(null=True)
    phone = UnicodeAttribute(null=True)
    name = UnicodeAttribute(null=True)
    attributes = UnicodeAttribute(null=True)  # JSON object, as the CRM sent it
    version = NumberAttribute(default=1)
    created_at = UnicodeAttribute()
    updated_at = UnicodeAttribute()

    @staticmethod
    def key(external_id: str) -> tuple[str, str]:
        return f"CONTACT#{external_id}", "CONTACT"


class MemberLink(Model):
    Meta = table_meta("crm")
    pk = UnicodeAttribute(hash_key=True)
    sk = UnicodeAttribute(range_key=True, default="LINK")
    member_id = UnicodeAttribute()
    external_id = UnicodeAttribute()

    @staticmethod
    def key(member_id: str) -> tuple[str, str]:
        return f"MEMBERLINK#{member_id}", "LINK"
