"""The live demo data the local runtime loads."""

from __future__ import annotations

from datetime import timedelta

from siyu import clock
from siyu.coupons import codes
from siyu.live import get_live, schedules, state
from siyu_local.demo import live as demo


def test_demo_seeds_a_live_tonight_with_its_reminders_scheduled_and_an_exclusive_code(aws):
    seeded = demo.seed()
    live = get_live(seeded["live_id"])
    assert (live.title, state(live), live.schedule_status) == (demo.TITLE, "UPCOMING", "OK")
    starts = clock.parse_iso(live.starts_at).astimezone(clock.SHANGHAI)
    assert (starts.hour, starts.minute) == (20, 0)
    assert schedules.get(live.live_id, 60) is not None
    assert schedules.get(live.live_id, 10) is not None
    code = codes.get_code(demo.CODE)
    assert (code.template_id, code.source, code.status) == (
        demo.COUPON_TEMPLATE_ID,
        f"live:{live.live_id}",
        "ACTIVE",
    )
    grace_end = clock.parse_iso(live.ends_at) + timedelta(minutes=30)
    assert (code.starts_at, code.ends_at) == (live.starts_at, clock.iso(grace_end))
    assert demo.CODE in seeded["live exclusive code"]
