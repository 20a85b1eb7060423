"""CRM tests: the CRM functions' environment (from template.yaml), a webhook inbox on a
loopback port, and a pump that runs the pipeline in process (stream records → fan-out →
queue → sender; the sweeper on the test's clock)."""

from __future__ import annotations

import json
from collections.abc import Iterator
from datetime import timedelta

import pytest

from siyu import clock
from siyu.events import DomainEvent, OutboxItem
from siyu_local.sandbox import reset_caches
from siyu_local.template import default_stack
from siyu_local.webhook_inbox import InboxServer


@pytest.fixture(autouse=True)
def crm_env(monkeypatch: pytest.MonkeyPatch, aws: None) -> Iterator[None]:
    env = default_stack().functions()["CrmWebhookSenderFunction"].environment
    monkeypatch.setenv("WEBHOOK_QUEUE_URL", env["WEBHOOK_QUEUE_URL"])
    reset_caches()
    yield
    clock.clock.reset()


@pytest.fixture(scope="session")
def inbox_server() -> Iterator[InboxServer]:
    server = InboxServer().start()
    yield server
    server.stop()


def stream_record(event: DomainEvent, seq: int) -> dict:
    item = OutboxItem.of(event)
    image = {
        "pk": {"S": item.pk},
        "type": {"S": item.type},
        "occurred_at": {"S": item.occurred_at},
        "data": {"S": item.data},
        "ttl": {"N": str(item.ttl)},
    }
    if item.member_id:
        image["member_id"] = {"S": item.member_id}
    return {"eventName": "INSERT", "dynamodb": {"SequenceNumber": f"{seq:021d}", "NewImage": image}}


class Pump:
    """Drives the queue like Lambda's SQS event source, and the sweeper like its schedule."""

    def __init__(self) -> None:
        from siyu import aws
        from siyu.config import get_settings

        self.sqs = aws.client("sqs")
        self.url = get_settings().webhook_queue_url
        self.outcomes: list[str] = []

    def messages(self) -> list[dict]:
        got = self.sqs.receive_message(QueueUrl=self.url, MaxNumberOfMessages=10, WaitTimeSeconds=0)
        return got.get("Messages", [])

    def drain(self, post=None, *, keep: bool = False) -> list[str]:
        """Deliver every visible message; `keep=True` leaves them on the queue (a duplicate later)."""
        from siyu.crm import delivery

        outcomes = []
        while batch := self.messages():
            for m in batch:
                kwargs = {"post": post} if post else {}
                outcomes.append(delivery.attempt(json.loads(m["Body"]), **kwargs))
                if not keep:
                    self.sqs.delete_message(QueueUrl=self.url, ReceiptHandle=m["ReceiptHandle"])
            if keep:
                break
        self.outcomes += outcomes
        return outcomes

    def advance(self, seconds: float) -> int:
        """Move the clock and run the sweeper once, as its every-minute schedule would."""
        from siyu.crm import delivery

        clock.clock.freeze(clock.now() + timedelta(seconds=seconds))
        return delivery.sweep()


@pytest.fixture
def pump() -> Pump:
    return Pump()
