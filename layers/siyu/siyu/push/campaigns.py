"""Push campaigns: a subscribe-message template and page sent to a segment's members.

    create (DRAFT) ─► send: QUEUED for fan-out (one conditional write; a repeat changes nothing)
    queue: fan-out ─► the audience frozen once (siyu.audiences; the segment is read only
                      when none is frozen yet) and queued in member batches
    queue: batch   ─► siyu.push.sender: per member credit, caps, quiet hours, Kuaishou

The page opened from the message carries `from=push&c=<campaign_id>`: an open counts for the
campaign through the tracked launch (siyu.tracking.collector → `record_open`).
"""

from __future__ import annotations

import json
from collections import Counter
from typing import Any

from pynamodb.exceptions import UpdateError

from siyu import clock, segments
from siyu.ids import new_id
from siyu.push import queue
from siyu.push.errors import CampaignNotFound
from siyu.push.models import (
    CAMPAIGN_INDEX,
    CAPPED,
    DRAFT,
    FAILED,
    HELD,
    NO_CREDIT,
    QUEUED,
    SENDING_OUT,
    SENT,
    Campaign,
    Delivery,
)
from siyu.push.schemas import CampaignSpec

PUSH_SOURCE = "push"  # the launch query's `from` of a campaign's page


def ref(campaign_id: str) -> str:
    """The audience ref of a campaign (siyu.audiences)."""
    return f"push:{campaign_id}"


def tracking_page(campaign: Campaign) -> str:
    joiner = "&" if "?" in campaign.page else "?"
    return f"{campaign.page}{joiner}from={PUSH_SOURCE}&c={campaign.campaign_id}"


def message_data(campaign: Campaign) -> dict[str, dict[str, str]]:
    return {key: {"value": value} for key, value in json.loads(campaign.data_json).items()}


def create(spec: CampaignSpec, *, admin_id: str) -> Campaign:
    segments.get_segment(spec.segment_id)  # SEGMENT_NOT_FOUND before anything is stored
    campaign_id = new_id()
    now = clock.now_iso()
    campaign = Campaign(
        *Campaign.key(campaign_id),
        campaign_id=campaign_id,
        name=spec.name,
        segment_id=spec.segment_id,
        template_id=spec.template_id,
        page=spec.page,
        data_json=json.dumps(spec.data, ensure_ascii=False, sort_keys=True),
        kind=spec.kind,
        status=DRAFT,
        created_by=admin_id,
        created_at=now,
        gsi1sk=f"{now}#{campaign_id}",
    )
    campaign.save(condition=Campaign.pk.does_not_exist())
    return campaign


def get(campaign_id: str, *, consistent: bool = False) -> Campaign:
    try:
        return Campaign.get(*Campaign.key(campaign_id), consistent_read=consistent)
    except Campaign.DoesNotExist:
        raise CampaignNotFound(details={"campaign_id": campaign_id}) from None


def find(campaign_id: str) -> Campaign | None:
    try:
        return Campaign.get(*Campaign.key(campaign_id), consistent_read=True)
    except Campaign.DoesNotExist:
        return None


def recent(limit: int = 20) -> list[Campaign]:
    """The newest campaigns first (a Query on gsi1, never a Scan)."""
    return list(Campaign.by_gsi1.query(CAMPAIGN_INDEX, scan_index_forward=False, limit=limit))


def send(campaign_id: str) -> Campaign:
    """Queue the campaign's fan-out once: DRAFT → QUEUED. A repeat (or a second operator)
    finds it queued and changes nothing."""
    campaign = get(campaign_id, consistent=True)
    try:
        campaign.update(
            actions=[Campaign.status.set(SENDING_OUT), Campaign.queued_at.set(clock.now_iso())],
            condition=Campaign.status == DRAFT,
        )
    except UpdateError:
        current = get(campaign_id, consistent=True)
        if current.status == SENDING_OUT:  # the first call may have failed before queueing:
            queue.enqueue("campaign_fanout", campaign_id)  # fan-outs are safe to repeat
        return current
    queue.enqueue("campaign_fanout", campaign_id)
    return campaign


def fan_out(campaign_id: str) -> int:
    """Freeze the audience (once) and queue its members; safe to repeat (a redelivered
    fan-out queues the same members again, whose copies are claimed once)."""
    campaign = find(campaign_id)
    if campaign is None or campaign.status == DRAFT:
        return 0
    size = queue.enqueue_segment("campaign", campaign_id, campaign.segment_id, ref(campaign_id))
    campaign.update(
        actions=[Campaign.status.set(QUEUED), Campaign.targeted.set(size)],
        condition=Campaign.status.is_in(SENDING_OUT, QUEUED),
    )
    return size


def figures(campaign: Campaign) -> dict[str, int]:
    """Delivery figures: targeted (the frozen audience), sent, no credit, capped, held (waiting
    for quiet hours to end), failed, pending (queued, in flight or retrying) and opened."""
    counts: Counter[str] = Counter()
    opened = 0
    for d in Delivery.query(
        campaign.pk, Delivery.sk.startswith("TO#"), attributes_to_get=["pk", "sk", "status", "opened_at"]
    ):
        counts[d.status] += 1
        opened += d.opened_at is not None
    targeted = int(campaign.targeted)
    settled = counts[SENT] + counts[NO_CREDIT] + counts[CAPPED] + counts[HELD] + counts[FAILED]
    return {
        "targeted": targeted,
        "sent": counts[SENT],
        "no_credit": counts[NO_CREDIT],
        "capped": counts[CAPPED],
        "held": counts[HELD],
        "failed": counts[FAILED],
        "pending": max(0, targeted - settled),
        "opened": opened,
    }


def view(campaign: Campaign, *, with_figures: bool = True) -> dict[str, Any]:
    item: dict[str, Any] = {
        "campaign_id": campaign.campaign_id,
        "name": campaign.name,
        "segment_id": campaign.segment_id,
        "template_id": campaign.template_id,
        "page": campaign.page,
        "data": json.loads(campaign.data_json),
        "kind": campaign.kind,
        "status": campaign.status,
        "created_by": campaign.created_by,
        "created_at": campaign.created_at,
        "queued_at": campaign.queued_at,
    }
    if with_figures:
        item["figures"] = figures(campaign)
    return item


def record_open(campaign_id: str, member_id: str) -> bool:
    """A member opened the mini-program from this campaign's message (launch query
    `from=push&c=<campaign_id>`). Counted once per member; False when not counted (already
    counted, or the member was not sent this campaign)."""
    try:
        Delivery(*Delivery.key(campaign_id, member_id)).update(
            actions=[Delivery.opened_at.set(clock.now_iso())],
            condition=(Delivery.status == SENT) & Delivery.opened_at.does_not_exist(),
        )
    except UpdateError:
        return False
    return True
