"""Helpers of the settlement tests: an order paid on the fake platform, moving the clock,
running the order sync as its queue would (retrying what fails)."""

from __future__ import annotations

import functools
import json
import time
from datetime import timedelta
from typing import Any

from siyu import clock
from siyu.errors import SiyuError
from siyu.orders import catalogue
from siyu.settlement import sync
from tests.orders import support
from tests.support import wait_for as shared_wait_for

COVER = "https://cdn.example.com/tea.jpg"

# Callbacks come from the fake platform's threads: a loaded machine may take a few seconds.
wait_for = functools.partial(shared_wait_for, timeout=30.0, interval=0.05)


def shop() -> None:
    support.setup_shop()
    spec = catalogue.read_product(support.TEA)[0].spec.model_copy(update={"image_url": COVER})
    catalogue.put_product(support.TEA, spec)


def paid_order(fake: Any, member_id: str | None = None) -> str:
    member_id = member_id or support.make_member()
    order_id = support.place(member_id).order.order_id
    result = fake.pay(order_id)
    assert result["acked"], result
    assert support.order(order_id).status == "PAID"
    return order_id


def advance(**delta: float) -> None:
    clock.clock.freeze(clock.now() + timedelta(**delta))


def sync_until_done(order_id: str, attempts: int = 200) -> tuple[str, int]:
    """What the queue does: deliver again until the sync succeeds. Returns (outcome, failures)."""
    failures = 0
    for _ in range(attempts):
        try:
            return str(sync.sync_order(order_id)), failures
        except SiyuError:
            failures += 1
            time.sleep(0.01)
    raise AssertionError(f"order {order_id} did not sync in {attempts} attempts")


def sqs_event(order_id: str, event_type: str = "OrderPaid", message_id: str = "m-1") -> dict[str, Any]:
    """An SQS batch as Lambda delivers an EventBridge event routed to the order-sync queue."""
    detail = {
        "id": "e-" + message_id,
        "type": event_type,
        "occurred_at": clock.now_iso(),
        "data": {"order_id": order_id},
    }
    body = {"version": "0", "source": "siyu", "detail-type": event_type, "detail": detail}
    return {
        "Records": [
            {
                "messageId": message_id,
                "receiptHandle": "rh-" + message_id,
                "body": json.dumps(body),
                "attributes": {"ApproximateReceiveCount": "1"},
                "messageAttributes": {},
                "md5OfBody": "",
                "eventSource": "aws:sqs",
                "eventSourceARN": "arn:aws:sqs:cn-north-1:123456789012:order-sync",
                "awsRegion": "cn-north-1",
            }
        ]
    }
