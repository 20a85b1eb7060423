"""When a marketing message may go out: frequency caps per member (a Shanghai calendar day
and an ISO week starting Monday in Shanghai) and quiet hours (Shanghai wall clock).
Transactional (service) messages skip both; every message needs a credit."""

from __future__ import annotations

from datetime import datetime, time, timedelta

from siyu import clock
from siyu.config import get_settings

MARKETING, TRANSACTIONAL = "marketing", "transactional"


def _window() -> tuple[time, time]:
    start, _, end = get_settings().push_quiet_hours.partition("-")
    return time.fromisoformat(start), time.fromisoformat(end)


def in_quiet_hours(at: datetime | None = None) -> bool:
    """True between the quiet hours' start and end (default 21:00–08:00 Shanghai)."""
    local = (at or clock.now()).astimezone(clock.SHANGHAI).time()
    start, end = _window()
    if start <= end:
        return start <= local < end
    return local >= start or local < end


def quiet_hours_end(at: datetime | None = None) -> datetime:
    """The next end of quiet hours (Shanghai) after `at`: when held messages are released."""
    local = (at or clock.now()).astimezone(clock.SHANGHAI)
    _, end = _window()
    candidate = local.replace(hour=end.hour, minute=end.minute, second=0, microsecond=0)
    if candidate <= local:
        candidate += timedelta(days=1)
    return candidate


def cap_keys(at: datetime | None = None) -> list[tuple[str, int, int]]:
    """(sort key, limit, ttl) of the day and week counters a marketing send counts against."""
    settings = get_settings()
    local = (at or clock.now()).astimezone(clock.SHANGHAI)
    day = local.date()
    year, week, weekday = day.isocalendar()
    week_end = clock.shanghai_day_start(day + timedelta(days=8 - weekday))
    day_end = clock.shanghai_day_start(day + timedelta(days=1))
    return [
        (f"DAY#{day.isoformat()}", settings.push_daily_cap, clock.epoch(day_end) + 86400),
        (f"WEEK#{year}-W{week:02d}", settings.push_weekly_cap, clock.epoch(week_end) + 86400),
    ]
