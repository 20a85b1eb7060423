"""Helpers of the push tests: members with credits, campaigns to static segments, and a
pump that drives the push queue like Lambda's SQS event source (optionally twice per batch)."""

from __future__ import annotations

from collections import Counter
from datetime import datetime
from typing import Any

from push_app import handler as push_handler
from push_sender import handler as sender_handler

from siyu import aws, clock, segments
from siyu.config import get_settings
from siyu.ids import new_id
from siyu.push import campaigns, credits
from siyu.push.models import Campaign
from siyu.push.schemas import CampaignSpec
from tests.conftest import Api, LambdaContextStub
from tests.live.support import SEND_PATH, _records
from tests.support import make_member

api = Api(push_handler)
TEMPLATE = "tmpl-weekend-sale"


def at_shanghai(text: str) -> datetime:
    """An instant given as Shanghai wall-clock time, e.g. "2026-12-07 10:00" (a Monday)."""
    return datetime.fromisoformat(text).replace(tzinfo=clock.SHANGHAI)


def members(count: int, *, credits_each: int = 1, prefix: str = "m", template: str = TEMPLATE) -> list[str]:
    ids = []
    for n in range(count):
        member_id = f"{prefix}{n:04d}"
        make_member(member_id, open_id=f"openid-{member_id}")
        for k in range(credits_each):
            credits.record(member_id, {template: "accept"}, request_key=f"seed-{member_id}-{k}")
        ids.append(member_id)
    return ids


def campaign(member_ids: list[str], *, kind: str = "marketing", name: str = "周末满减") -> Campaign:
    """A campaign to a static segment of `member_ids` (frozen when the fan-out runs)."""
    spec = CampaignSpec(
        name=name,
        segment_id=static_segment(member_ids),
        template_id=TEMPLATE,
        page="pages/coupons/index?id=7",
        data={"thing01": name, "thing02": "满100减20"},
        kind=kind,  # type: ignore[arg-type]
    )
    return campaigns.create(spec, admin_id="admin-1")


def static_segment(member_ids: list[str]) -> str:
    """A new static segment holding exactly `member_ids`; its id."""
    segment_id = f"seg-{new_id()}"
    segments.put_segment(segment_id, name="上传名单", kind="static")
    if member_ids:
        segments.add_members(segment_id, member_ids)
    return segment_id


class SenderContext(LambdaContextStub):
    """The sender's invocation with its whole 120 s timeout ahead."""

    @staticmethod
    def get_remaining_time_in_millis() -> int:
        return 120_000


class Pump:
    """Delivers the push queue to the sender function in batches of 5 (the template's
    BatchSize) until it is empty; with `twice`, every batch reaches the sender two times."""

    def __init__(self, *, twice: bool = False) -> None:
        self.twice = twice
        self.invocations = 0

    def run(self, max_rounds: int = 500) -> Pump:
        sqs = aws.client("sqs")
        url = get_settings().push_queue_url
        for _ in range(max_rounds):
            messages = sqs.receive_message(QueueUrl=url, MaxNumberOfMessages=5, AttributeNames=["All"]).get(
                "Messages", []
            )
            if not messages:
                return self
            event = {"Records": _records(messages, url)}
            for _ in range(2 if self.twice else 1):
                response = sender_handler(event, SenderContext())
                self.invocations += 1
                assert not response.get("batchItemFailures"), response
            for m in messages:
                sqs.delete_message(QueueUrl=url, ReceiptHandle=m["ReceiptHandle"])
        raise AssertionError("the push queue did not drain")


def drain(**kwargs: Any) -> Pump:
    return Pump(**kwargs).run()


def sent_for(fake: Any, campaign_id: str) -> list[dict[str, Any]]:
    return [m for m in fake.sent_messages if m["page"].endswith(f"&c={campaign_id}")]


def per_member(messages: list[dict[str, Any]]) -> Counter[str]:
    return Counter(m["to_user"] for m in messages)


def send_calls(fake: Any) -> int:
    return sum(1 for _, path in fake.calls if path.startswith(SEND_PATH))
