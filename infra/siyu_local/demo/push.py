"""A demo push campaign: twelve members, nine of whom accepted the template (credits), sent
at start-up through the push queue — so the console's push page shows figures at once
(sent, no credit; held instead of sent when the runtime starts in quiet hours)."""

from __future__ import annotations

import os

from siyu import segments
from siyu.auth import login
from siyu.config import get_settings
from siyu.push import campaigns, credits
from siyu.push.schemas import CampaignSpec
from siyu_local.demo import context
from siyu_local.template import default_stack

TEMPLATE = "demo-tmpl-weekend"
NAME = "周末第二杯半价"
MEMBERS = 12
ACCEPTED = 9


def _push_environment() -> None:
    """The push functions' queue, when the caller's environment only has the globals."""
    environment = default_stack().functions()["PushFunction"].environment
    missing = {k: v for k, v in environment.items() if k.startswith("PUSH_") and not os.environ.get(k)}
    if missing:
        os.environ.update(missing)
        get_settings.cache_clear()


def seed() -> dict[str, str]:
    _push_environment()
    ctx = context()
    member_ids = []
    for n in range(MEMBERS):
        result, _ = login.login(ctx.kuaishou.issue_login_code(open_id=f"demo-push-{n:02d}"))
        member_id = result.member.member_id
        member_ids.append(member_id)
        if n < ACCEPTED:
            credits.record(member_id, {TEMPLATE: "accept"}, request_key=f"demo-accept-{n:02d}")
    segments.put_segment("demo-regulars", name="到店常客（演示名单）", kind="static")
    segments.add_members("demo-regulars", member_ids)  # a set: a second seed adds nothing
    spec = CampaignSpec(
        name=NAME,
        segment_id="demo-regulars",
        template_id=TEMPLATE,
        page="pages/coupons/index",
        data={"thing01": NAME, "thing02": "本周六日全天"},
    )
    campaign = campaigns.create(spec, admin_id="demo")
    campaigns.send(campaign.campaign_id)
    return {
        "push campaign": f"{NAME} ({campaign.campaign_id}): {MEMBERS} members, {ACCEPTED} with credit "
        f"(template {TEMPLATE}); console → 定向推送",
    }
