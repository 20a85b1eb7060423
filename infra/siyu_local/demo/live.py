"""Demo: a live stream tonight at 20:00 (Asia/Shanghai) with reminders 60 and 10 minutes
before and an exclusive coupon code valid from 20:00 to 22:30 (the end plus 30 minutes);
created through the domain, so its one-time reminder schedules exist in the local Scheduler
like in the cloud, and its code in the coupons capability."""

from __future__ import annotations

import os
from datetime import datetime, time, timedelta

from siyu import clock
from siyu.config import get_settings
from siyu.coupons import templates
from siyu.live import create_live
from siyu.live.schemas import ExclusiveCoupon, LiveSpec
from siyu_local.template import default_stack

TITLE = "今晚8点 新品芝士奶盖直播"
COUPON_TEMPLATE_ID = "DEMO-LIVE-NIGHT"
CODE = "NAIGAI8"


def _tonight_at_eight() -> datetime:
    now = clock.now()
    day = clock.shanghai_day(now)
    starts = datetime.combine(day, time(20, 0), tzinfo=clock.SHANGHAI)
    if starts - timedelta(minutes=60) <= now:  # too late for tonight's first reminder: tomorrow
        starts += timedelta(days=1)
    return starts


def _live_function_environment() -> None:
    """The live function's own variables (schedule group, trigger and role ARNs), when the
    caller's environment only has the template's globals."""
    environment = default_stack().functions()["LiveFunction"].environment
    missing = {k: v for k, v in environment.items() if k.startswith("LIVE_") and not os.environ.get(k)}
    if missing:
        os.environ.update(missing)
        get_settings.cache_clear()


def _coupon_template() -> templates.CouponTemplate:
    """The coupon behind the exclusive code (obtained by code only); fixed id, idempotent."""
    now = clock.now()
    return templates.create(
        templates.TemplateIn(
            name="直播专享 满25减8",
            terms={"kind": "threshold", "amount_off_fen": 800, "min_spend_fen": 2500},
            validity={"kind": "relative", "days": 3},
            total_stock=100,
            claim_starts_at=now - timedelta(minutes=1),
            claim_ends_at=now + timedelta(days=30),
            obtain="code",
        ),
        created_by="demo",
        template_id=COUPON_TEMPLATE_ID,
    )


def seed() -> dict[str, str]:
    _live_function_environment()
    starts = _tonight_at_eight()
    template = _coupon_template()
    live = create_live(
        LiveSpec(
            title=TITLE,
            cover_url="https://cdn.example.com/demo/live-cover.png",
            host_name="店长小美",
            starts_at=starts,
            ends_at=starts + timedelta(hours=2),
            live_room="https://live.kuaishou.com/u/demo-shop",
            reminder_offsets=[60, 10],
            exclusive_coupon=ExclusiveCoupon(template_id=template.template_id, code=CODE),
        ),
        "demo",
    )
    window_end = clock.parse_iso(live.ends_at) + timedelta(minutes=int(live.coupon_grace_minutes or 0))
    return {
        "live_id": live.live_id,
        "live_title": live.title,
        "live_starts_at": live.starts_at,
        "live exclusive code": f"{live.coupon_code} ({template.name}; POST /v1/coupons/redeem-code, "
        f"from {live.starts_at} until {clock.iso(window_end)})",
    }
