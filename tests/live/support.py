"""Helpers for live tests: tokens, lives, many reservers at once, the schedule's own Input,
and an SQS pump that calls the sender with the event shape of Lambda's SQS event source."""

from __future__ import annotations

import json
from collections import Counter
from datetime import timedelta
from typing import Any

from live_reminder_sender import handler as sender_handler
from live_reminder_trigger import handler as trigger_handler

from siyu import aws, clock
from siyu.config import get_settings
from siyu.ids import new_id
from siyu.live import LiveSpec, create_live, schedules
from siyu.live.models import ACTIVE, Live, Reservation
from siyu.members.models import Member
from tests.conftest import LambdaContextStub

SEND_PATH = "/openapi/mp/developer/message/template/send"
TEMPLATE_ID = "tpl_live_reminder"


def add_member(open_id: str | None = None) -> Member:
    member_id = new_id()
    member = Member(
        *Member.key(member_id),
        member_id=member_id,
        open_id=open_id or f"openid-{member_id}",
        created_at=clock.now_iso(),
    )
    member.save()
    return member


def spec(**overrides: Any) -> LiveSpec:
    starts = clock.now() + timedelta(hours=2)
    values: dict[str, Any] = {
        "title": "今晚上新：芝士奶盖买一送一",
        "cover_url": "https://cdn.example.com/live.png",
        "host_name": "店长小美",
        "starts_at": starts,
        "ends_at": starts + timedelta(hours=2),
        "live_room": "https://live.kuaishou.com/u/3x123",
    }
    values.update(overrides)
    return LiveSpec.model_validate(values)


def make_live(**overrides: Any) -> Live:
    return create_live(spec(**overrides), "admin-test")


def seed_reservers(live_id: str, count: int, prefix: str = "resv") -> list[Reservation]:
    """`count` members who reserved the live (written in batches: this is test setup)."""
    reservations = []
    with Member.batch_write() as members, Reservation.batch_write() as batch:
        for i in range(count):
            member_id = new_id()
            open_id = f"{prefix}-{i:05d}"
            members.save(
                Member(
                    *Member.key(member_id), member_id=member_id, open_id=open_id, created_at=clock.now_iso()
                )
            )
            reservation = Reservation(
                *Reservation.key(live_id, member_id),
                live_id=live_id,
                member_id=member_id,
                open_id=open_id,
                template_id=TEMPLATE_ID,
                status=ACTIVE,
                reserved_at=clock.now_iso(),
            )
            batch.save(reservation)
            reservations.append(reservation)
    return reservations


def scheduled_input(live_id: str, offset_minutes: int = 10) -> dict[str, Any]:
    """The Input the one-time schedule will deliver to the trigger (as stored by the Scheduler API)."""
    stored = schedules.get(live_id, offset_minutes)
    assert stored is not None, f"no schedule for live {live_id} at -{offset_minutes} min"
    return dict(json.loads(stored["Target"]["Input"]))


def fire(live_id: str, offset_minutes: int = 10) -> dict[str, Any]:
    return dict(trigger_handler(scheduled_input(live_id, offset_minutes), LambdaContextStub()))


class SenderContext(LambdaContextStub):
    """The sender's Lambda context: a fresh invocation has its whole 120 s timeout ahead."""

    @staticmethod
    def get_remaining_time_in_millis() -> int:
        return 120_000


def _records(messages: list[dict[str, Any]], queue_url: str) -> list[dict[str, Any]]:
    arn = f"arn:aws-cn:sqs:{get_settings().aws_region}:123456789012:{queue_url.rsplit('/', 1)[-1]}"
    return [
        {
            "messageId": m["MessageId"],
            "receiptHandle": m["ReceiptHandle"],
            "body": m["Body"],
            "attributes": m.get("Attributes", {}),
            "messageAttributes": {},
            "md5OfBody": m["MD5OfBody"],
            "eventSource": "aws:sqs",
            "eventSourceARN": arn,
            "awsRegion": get_settings().aws_region,
        }
        for m in messages
    ]


class Pump:
    """Delivers the reminder queue to the sender in batches of 5 (the template's BatchSize)
    until it is empty. The first `redeliver` batches reach the sender twice, as SQS may
    deliver them (at least once)."""

    def __init__(self, *, redeliver: int = 0, batch_size: int = 5) -> None:
        self.redeliver = redeliver
        self.batch_size = batch_size
        self.invocations = 0
        self.item_failures = 0

    def run(self, max_rounds: int = 500, *, until_empty: bool = True) -> Pump:
        sqs = aws.client("sqs")
        url = get_settings().live_reminder_queue_url
        for round_number in range(max_rounds):
            messages = sqs.receive_message(
                QueueUrl=url, MaxNumberOfMessages=self.batch_size, AttributeNames=["All"]
            ).get("Messages", [])
            if not messages:
                return self
            event = {"Records": _records(messages, url)}
            response = sender_handler(event, SenderContext())
            self.invocations += 1
            if round_number < self.redeliver:
                sender_handler(event, SenderContext())
                self.invocations += 1
            failed = {f["itemIdentifier"] for f in response.get("batchItemFailures", [])}
            self.item_failures += len(failed)
            for m in messages:
                if m["MessageId"] in failed:  # SQS makes it visible again after the timeout
                    sqs.change_message_visibility(
                        QueueUrl=url, ReceiptHandle=m["ReceiptHandle"], VisibilityTimeout=0
                    )
                else:
                    sqs.delete_message(QueueUrl=url, ReceiptHandle=m["ReceiptHandle"])
        if until_empty:
            raise AssertionError("the reminder queue did not drain")
        return self


def drain(**kwargs: Any) -> Pump:
    return Pump(**kwargs).run()


def queue_messages(url: str) -> list[dict[str, Any]]:
    """Read (and delete) every message of a queue, e.g. the dead-letter queue."""
    sqs = aws.client("sqs")
    found = []
    while messages := sqs.receive_message(QueueUrl=url, MaxNumberOfMessages=10).get("Messages", []):
        for m in messages:
            found.append(json.loads(m["Body"]))
            sqs.delete_message(QueueUrl=url, ReceiptHandle=m["ReceiptHandle"])
    return found


def sent_for(fake: Any, live_id: str) -> list[dict[str, Any]]:
    """Messages the fake Kuaishou accepted for this live (the fake lives for the whole session)."""
    return [m for m in fake.sent_messages if f"id={live_id}&" in m["page"]]


def send_calls(fake: Any) -> int:
    return sum(1 for _, path in fake.calls if path.startswith(SEND_PATH))


def per_member(messages: list[dict[str, Any]]) -> Counter[str]:
    return Counter(m["to_user"] for m in messages)
