"""The push queue: one SQS queue carries a campaign's or grant's fan-out and its member
batches. Every message may arrive more than once; each step is safe to repeat (a fan-out
re-queues the same frozen members, a member's copy is claimed once)."""

from __future__ import annotations

from typing import Literal

from pydantic import Field

from siyu import aws
from siyu.base_model import SiyuModel
from siyu.config import get_settings

Kind = Literal["campaign_fanout", "campaign", "grant_fanout", "grant"]


class PushBatch(SiyuModel):
    kind: Kind
    ref: str  # the campaign or grant id
    members: list[str] = Field(default_factory=list)
    attempt: int = Field(default=1, ge=1)


def enqueue(
    kind: Kind, ref: str, members: list[str] | None = None, *, attempt: int = 1, delay_seconds: int = 0
) -> int:
    """Queue `members` in batches of `push_batch_size` (or one fan-out message); returns
    the number of messages."""
    settings = get_settings()
    if members is None:
        bodies = [PushBatch(kind=kind, ref=ref).model_dump_json()]
    else:
        size = settings.push_batch_size
        bodies = [
            PushBatch(kind=kind, ref=ref, members=members[i : i + size], attempt=attempt).model_dump_json()
            for i in range(0, len(members), size)
        ]
    aws.send_messages(settings.push_queue_url, bodies, min(delay_seconds, 900))
    return len(bodies)


def enqueue_segment(
    kind: Literal["campaign", "grant"], item_id: str, segment_id: str, audience_ref: str
) -> int:
    """Freeze the segment as the audience of `audience_ref` (once) and queue its members in
    batches for `kind`; returns the audience's size. A repeat queues the same members."""
    from siyu import audiences, segments

    audience = segments.freeze_segment(segment_id, ref=audience_ref)
    for page in audiences.member_pages(audience_ref):
        enqueue(kind, item_id, page)
    return audience.size


def dead_letter(batch: PushBatch, members: list[str]) -> None:
    body = batch.model_copy(update={"members": members, "attempt": 1}).model_dump_json()
    aws.send_messages(get_settings().push_dlq_url, [body])
