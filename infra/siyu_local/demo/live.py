"""Demo: a live stream tonight at 20:00 (Asia/Shanghai) with reminders 60 and 10 minutes
before; created through the domain, so its one-time reminder schedules exist in the local
Scheduler like in the cloud."""

from __future__ import annotations

import os
from datetime import datetime, time, timedelta

from siyu import clock
from siyu.config import get_settings
from siyu.live import LiveSpec, create_live
from siyu_local.template import default_stack

TITLE = "今晚8点 新品芝士奶盖直播"


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


def seed() -> dict[str, str]:
    _live_function_environment()
    starts = _tonight_at_eight()
    live = create_live(
        LiveSpec(
            title=TITLE,
            cover_url="https://cdn.example.com/demo/live-cover.png",
            host_name="店长小美",
            starts_at=starts,
            ends_at=starts + timedelta(hours=2),
            live_room="https://live.kuaishou.com/u/demo-shop",
            reminder_offsets=[60, 10],
        ),
        "demo",
    )
    return {"live_id": live.live_id, "live_title": live.title, "live_starts_at": live.starts_at}
