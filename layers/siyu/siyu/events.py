"""Domain events through a transactional outbox.

A change and the event describing it are written in one DynamoDB transaction (the event
is an item in the outbox table); the outbox table's stream feeds a forwarder that puts
each event on the EventBridge bus. A Lambda dying half-way therefore neither loses an
event nor invents one. Delivery is at-least-once: consumers deduplicate by event `id`.
"""

from __future__ import annotations

import json
from datetime import timedelta
from typing import Any

from pydantic import Field
from pynamodb.attributes import NumberAttribute, UnicodeAttribute
from pynamodb.indexes import AllProjection, GlobalSecondaryIndex
from pynamodb.models import Model
from pynamodb.transactions import TransactWrite

from siyu import clock
from siyu.base_model import SiyuModel
from siyu.db import table_meta, transaction
from siyu.ids import new_id

EVENT_SOURCE = "siyu"
OUTBOX_RETENTION = timedelta(days=7)


class DomainEvent(SiyuModel):
    id: str = Field(default_factory=new_id)
    type: str  # e.g. "MemberRegistered", "OrderPaid"
    occurred_at: str = Field(default_factory=clock.now_iso)
    member_id: str | None = None
    data: dict[str, Any] = Field(default_factory=dict)


class MemberEventIndex(GlobalSecondaryIndex["OutboxItem"]):
    """gsi1: a member's events while the outbox keeps them (`MEMBER#<id>`, `<occurred_at>#<id>`)."""

    class Meta:
        index_name = "gsi1"
        projection = AllProjection()

    gsi1pk = UnicodeAttribute(hash_key=True)
    gsi1sk = UnicodeAttribute(range_key=True)


class OutboxItem(Model):
    Meta = table_meta("outbox")

    pk = UnicodeAttribute(hash_key=True)  # "EVENT#<id>"
    type = UnicodeAttribute()
    occurred_at = UnicodeAttribute()
    member_id = UnicodeAttribute(null=True)
    data = UnicodeAttribute()  # JSON text
    ttl = NumberAttribute()
    gsi1pk = UnicodeAttribute(null=True)  # MEMBER#<id> when the event names a member
    gsi1sk = UnicodeAttribute(null=True)
    by_member = MemberEventIndex()

    @classmethod
    def of(cls, event: DomainEvent) -> OutboxItem:
        return cls(
            pk=f"EVENT#{event.id}",
            type=event.type,
            occurred_at=event.occurred_at,
            member_id=event.member_id,
            data=json.dumps(event.data, ensure_ascii=False, separators=(",", ":")),
            ttl=clock.epoch(clock.now() + OUTBOX_RETENTION),
            gsi1pk=f"MEMBER#{event.member_id}" if event.member_id else None,
            gsi1sk=f"{event.occurred_at}#{event.id}" if event.member_id else None,
        )


def stage(tx: TransactWrite, event: DomainEvent) -> DomainEvent:
    """Add the event to a transaction; it exists only if the transaction commits."""
    tx.save(OutboxItem.of(event), condition=OutboxItem.pk.does_not_exist())
    return event


def emit(event: DomainEvent) -> DomainEvent:
    """Record an event on its own, for facts with no other change to commit alongside."""
    with transaction() as tx:
        stage(tx, event)
    return event


def of_member(member_id: str, limit: int = 50) -> list[DomainEvent]:
    """The member's events of the last OUTBOX_RETENTION, newest first (a Query on gsi1)."""
    return [
        DomainEvent(
            id=item.pk.removeprefix("EVENT#"),
            type=item.type,
            occurred_at=item.occurred_at,
            member_id=item.member_id,
            data=json.loads(item.data),
        )
        for item in OutboxItem.by_member.query(f"MEMBER#{member_id}", scan_index_forward=False, limit=limit)
    ]


def from_stream_image(image: dict[str, Any]) -> DomainEvent:
    """Rebuild an event from a DynamoDB stream NewImage (typed attribute values)."""
    member = image.get("member_id", {})
    return DomainEvent(
        id=image["pk"]["S"].removeprefix("EVENT#"),
        type=image["type"]["S"],
        occurred_at=image["occurred_at"]["S"],
        member_id=member.get("S") if isinstance(member, dict) else None,
        data=json.loads(image["data"]["S"]),
    )


def forward_stream_records(records: list[dict[str, Any]], bus_name: str, events_client: Any) -> list[str]:
    """Put the INSERTed outbox events on the bus, 10 per PutEvents call, in stream order.

    Returns the sequence numbers to report as failed: from the first failure on, so the
    stream retries it and everything after it (consumers deduplicate by event id)."""
    pending: list[tuple[str, DomainEvent]] = [
        (r["dynamodb"]["SequenceNumber"], from_stream_image(r["dynamodb"]["NewImage"]))
        for r in records
        if r.get("eventName") == "INSERT" and "NewImage" in r.get("dynamodb", {})
    ]
    for start in range(0, len(pending), 10):
        chunk = pending[start : start + 10]
        entries = [
            {
                "Source": EVENT_SOURCE,
                "DetailType": event.type,
                "Detail": event.model_dump_json(),
                "EventBusName": bus_name,
            }
            for _, event in chunk
        ]
        try:
            response = events_client.put_events(Entries=entries)
        except Exception:  # the whole call failed: retry from this chunk on
            return [seq for seq, _ in pending[start:]]
        for offset, result in enumerate(response.get("Entries", [])):
            if "ErrorCode" in result:
                return [seq for seq, _ in pending[start + offset :]]
    return []
