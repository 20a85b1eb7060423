"""Domain events (OrderPaid, CouponClaimed, …) into the analytics store.

An EventBridge rule sends every event of the stack's bus (source "siyu") to an SQS queue;
this sink turns each into a stored line of kind "domain" (same format as the
mini-program's events, `name` = the event type, `props` = its data) and sends them to the
same Firehose stream. S3 appends cannot be made idempotent: a redelivered event is stored
again and the reports deduplicate by `event_id`, which is the domain event's id.
"""

from __future__ import annotations

import json
from typing import Any

from siyu import clock
from siyu.events import EVENT_SOURCE
from siyu.tracking import delivery, record


def domain_record(detail: dict[str, Any], received_ms: int) -> dict[str, Any]:
    """A stored line from an EventBridge detail `{id, type, occurred_at, member_id, data}`."""
    ts_ms = record.epoch_ms(clock.parse_iso(detail["occurred_at"]))
    member_id = detail.get("member_id")
    return {
        "event_id": str(detail["id"]),
        "kind": "domain",
        "name": str(detail["type"]),
        "visitor_id": f"m:{member_id}" if member_id else None,
        "member_id": member_id,
        "props": json.dumps(detail.get("data") or {}, ensure_ascii=False, sort_keys=True),
        "ts_ms": ts_ms,
        "event_time": record.iso_ms(ts_ms),
        "event_date": record.shanghai_date(ts_ms),
        "received_at": record.iso_ms(received_ms),
    }


def store_sqs_messages(messages: list[dict[str, Any]], stream: str, firehose: Any) -> list[str]:
    """Store the domain events carried by SQS messages (each an EventBridge event).

    Returns the message ids to report as failed: unreadable messages (they end in the
    dead-letter queue after the queue's retries) and those whose record Firehose refused."""
    received_ms = record.epoch_ms(clock.now())
    failed: list[str] = []
    lines: list[bytes] = []
    owners: list[str] = []
    for message in messages:
        try:
            envelope = json.loads(message["body"])
            if envelope.get("source") != EVENT_SOURCE:
                continue  # not ours: nothing to store, nothing to retry
            lines.append(record.line(domain_record(envelope["detail"], received_ms)))
            owners.append(message["messageId"])
        except (KeyError, TypeError, ValueError):
            failed.append(message["messageId"])
    if lines:
        lost, _calls = delivery.deliver_lines(lines, stream, firehose)
        failed.extend(owners[i] for i in lost)
    return failed
