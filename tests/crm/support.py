"""Helpers of the CRM tests."""

from __future__ import annotations

from typing import Any

from siyu.crm import delivery, endpoints, schemas
from siyu.events import DomainEvent
from tests.crm.conftest import stream_record


def add_endpoint(url: str, **spec: Any) -> dict[str, Any]:
    return endpoints.create(schemas.EndpointSpec(url=url, **spec))


def publish(*events: DomainEvent) -> list[str]:
    """The outbox stream delivering these events to the fan-out, in order."""
    return delivery.fan_out([stream_record(e, i + 1) for i, e in enumerate(events)])


def points_changed(member_id: str, seq: int, delta: int = 10) -> DomainEvent:
    return DomainEvent(
        type="PointsChanged",
        member_id=member_id,
        data={
            "seq": seq,
            "delta": delta,
            "balance_after": 100 + seq,
            "reason": "签到",
            "source": "checkin",
            "ref": str(seq),
        },
    )


def order_event(kind: str, order_id: str, member_id: str = "M1") -> DomainEvent:
    return DomainEvent(
        type=kind, member_id=member_id, data={"order_id": order_id, "amount_fen": 2800, "store_id": "s1"}
    )
