"""Demo friend-assist campaign: three friends' helps earn the 满30减5 coupon of the coupons
demo (100 points if that template is not there), and an assist started by demo-alice for
demo-bob to help. Idempotent: a fixed campaign id, and starting again returns the open assist."""

from __future__ import annotations

from datetime import timedelta

from siyu import clock
from siyu.assist import assists, campaigns
from siyu.assist.schemas import CampaignIn
from siyu.coupons import templates
from siyu.coupons.errors import TemplateNotFound
from siyu.members.models import Identity

CAMPAIGN_ID = "DEMO-ASSIST-3"
COUPON_TEMPLATE = "DEMO-30OFF5"  # from siyu_local/demo/coupons.py


def _reward() -> dict[str, object]:
    try:
        templates.get(COUPON_TEMPLATE, fresh=True)
    except TemplateNotFound:
        return {"kind": "points", "points": 100}
    return {"kind": "coupon", "template_id": COUPON_TEMPLATE}


def seed() -> dict[str, str]:
    now = clock.now()
    campaign = campaigns.create(
        CampaignIn.model_validate(
            {
                "name": "三位好友助力得满30减5",
                "description": "邀请3位好友助力，24小时内完成即得满30减5优惠券",
                "reward": _reward(),
                "helps_needed": 3,
                "hours_to_complete": 24,
                "starts_at": now - timedelta(minutes=1),
                "ends_at": now + timedelta(days=30),
                "max_starts_per_member": 3,
                "helps_per_helper_per_day": 5,
                "message_template_id": "tpl-assist-done",
                "share_title": "帮我助力，一起喝奶茶！",
            }
        ),
        created_by="demo",
        campaign_id=CAMPAIGN_ID,
    )
    lines = {"assist campaign": f"{campaign.name} ({campaign.campaign_id}, reward {campaign.reward_name})"}
    try:
        alice = Identity.get(*Identity.key("demo-alice")).member_id
    except Identity.DoesNotExist:
        return lines
    assist = assists.start(alice, CAMPAIGN_ID, notify=True).assist
    lines["demo-alice's assist"] = (
        f"{assist.share_path} — help it as demo-bob: POST /v1/assists/{assist.assist_id}/help"
    )
    return lines
