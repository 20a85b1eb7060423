"""Assist campaigns (助力活动) as operations staff define them: the reward, how many helps,
how long an assist may take, the campaign window, how often a member may start one, who
may help (anyone, or only members new since the campaign or the assist began) and how
often one helper may help per day.

Helps read campaigns through a short in-process cache (a pause reaches every container
within CACHE_SECONDS); an assist copies the terms it needs when it starts, so editing a
campaign never changes an assist under way.
"""

from __future__ import annotations

from typing import Any

from pynamodb.exceptions import PutError, UpdateError

from siyu import clock
from siyu.assist.errors import CampaignEnded, CampaignNotFound, CampaignNotStarted, CampaignPaused
from siyu.assist.models import ACTIVE, CAMPAIGN_LIST_KEY, Campaign, StartRecord
from siyu.assist.schemas import CampaignIn, CampaignPatch, CouponReward, PointsReward, state_of
from siyu.cache import TimedCache
from siyu.coupons import templates
from siyu.errors import ValidationFailed
from siyu.ids import new_id

CACHE_SECONDS = 30.0


def check_open(c: Campaign) -> None:
    """A campaign takes new assists (and helps) only while ACTIVE and inside its window."""
    state = state_of(c)
    if state == "paused":
        raise CampaignPaused(details={"campaign_id": c.campaign_id})
    if state == "scheduled":
        raise CampaignNotStarted(details={"campaign_id": c.campaign_id, "starts_at": c.starts_at})
    if state == "ended":
        raise CampaignEnded(details={"campaign_id": c.campaign_id, "ends_at": c.ends_at})


def _reward_name(reward: CouponReward | PointsReward) -> str:
    if isinstance(reward, CouponReward):
        return templates.get(reward.template_id, fresh=True).name  # COUPON_TEMPLATE_NOT_FOUND if absent
    return f"{reward.points}积分"


# ---------------------------------------------------------------- reads (cached for helps)
_cache: TimedCache[str, Campaign] = TimedCache(CACHE_SECONDS)


def get(campaign_id: str, *, fresh: bool = False) -> Campaign:
    def read() -> Campaign:
        try:
            return Campaign.get(*Campaign.key(campaign_id), consistent_read=fresh)
        except Campaign.DoesNotExist:
            raise CampaignNotFound(details={"campaign_id": campaign_id}) from None

    return _cache.get_or_load(campaign_id, read, fresh=fresh)


def forget(campaign_id: str | None = None) -> None:
    _cache.forget(campaign_id)


def list_campaigns(limit: int = 200) -> list[Campaign]:
    """Newest window first (one Query on gsi1)."""
    return list(Campaign.gsi1.query(CAMPAIGN_LIST_KEY, scan_index_forward=False, limit=limit))


# ---------------------------------------------------------------- writes
def create(body: CampaignIn, *, created_by: str | None, campaign_id: str | None = None) -> Campaign:
    starts, ends = body.window()
    campaign_id = campaign_id or new_id()
    now = clock.now_iso()
    campaign = Campaign(
        *Campaign.key(campaign_id),
        gsi1pk=CAMPAIGN_LIST_KEY,
        gsi1sk=f"{starts}#{campaign_id}",
        campaign_id=campaign_id,
        name=body.name,
        description=body.description,
        reward=body.reward.model_dump_json(),
        reward_name=_reward_name(body.reward),
        helps_needed=body.helps_needed,
        hours_to_complete=body.hours_to_complete,
        starts_at=starts,
        ends_at=ends,
        max_starts_per_member=body.max_starts_per_member,
        new_helpers=body.new_helpers,
        helps_per_helper_per_day=body.helps_per_helper_per_day,
        message_template_id=body.message_template_id,
        share_title=body.share_title,
        share_image_url=str(body.share_image_url) if body.share_image_url else None,
        share_page=body.share_page,
        status=ACTIVE,
        created_at=now,
        updated_at=now,
        created_by=created_by,
    )
    try:
        campaign.save(condition=Campaign.pk.does_not_exist())
    except PutError:
        return get(campaign_id, fresh=True)  # created before under this id (demo seeds, retries)
    return campaign


def edit(campaign_id: str, patch: CampaignPatch) -> Campaign:
    current = get(campaign_id, fresh=True)
    actions: list[Any] = [Campaign.updated_at.set(clock.now_iso())]
    if patch.name is not None:
        actions.append(Campaign.name.set(patch.name))
    if patch.description is not None:
        actions.append(Campaign.description.set(patch.description))
    if patch.ends_at is not None:
        ends = clock.iso(patch.ends_at)
        if ends <= current.starts_at:
            raise ValidationFailed(details=[{"field": "ends_at", "reason": "must be after starts_at"}])
        actions.append(Campaign.ends_at.set(ends))
    if patch.status is not None:
        actions.append(Campaign.status.set(patch.status))
    if patch.message_template_id is not None:
        actions.append(Campaign.message_template_id.set(patch.message_template_id))
    if patch.share_title is not None:
        actions.append(Campaign.share_title.set(patch.share_title))
    if patch.share_image_url is not None:
        actions.append(Campaign.share_image_url.set(str(patch.share_image_url)))
    try:
        Campaign(*Campaign.key(campaign_id)).update(actions=actions, condition=Campaign.pk.exists())
    except UpdateError:
        raise CampaignNotFound(details={"campaign_id": campaign_id}) from None
    forget(campaign_id)
    return get(campaign_id, fresh=True)


# ---------------------------------------------------------------- what a member sees
def open_for_member(member_id: str) -> list[dict[str, Any]]:
    """Campaigns open now (one Query on gsi1), each with this member's starts and open
    assist (one Query on the member's partition)."""
    campaigns = [c for c in list_campaigns() if state_of(c) == "open"]
    records = (
        {
            r.sk.removeprefix("ASTART#"): r
            for r in StartRecord.query(f"MEMBER#{member_id}", StartRecord.sk.startswith("ASTART#"))
        }
        if campaigns
        else {}
    )
    now = clock.now_iso()
    out = []
    for c in sorted(campaigns, key=lambda c: (c.ends_at, c.campaign_id)):
        record = records.get(c.campaign_id)
        starts = int(record.starts) if record else 0
        open_id = (
            record.open_assist_id
            if record and record.open_assist_id and (record.open_expires_at or "") > now
            else None
        )
        out.append(
            {
                "campaign_id": c.campaign_id,
                "name": c.name,
                "description": c.description,
                "reward_name": c.reward_name,
                "helps_needed": int(c.helps_needed),
                "hours_to_complete": int(c.hours_to_complete),
                "ends_at": c.ends_at,
                "new_helpers": c.new_helpers,
                "started_by_me": starts,
                "starts_left": max(0, int(c.max_starts_per_member) - starts),
                "open_assist_id": open_id,
            }
        )
    return out
