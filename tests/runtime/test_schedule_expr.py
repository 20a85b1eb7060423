"""at(…), rate(…) and cron(…) as EventBridge reads them."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import pytest

from siyu_local import schedule_expr
from siyu_local.schedule_expr import At, Cron, Rate

NOW = datetime(2026, 11, 24, 10, 7, tzinfo=UTC)  # a Tuesday, 18:07 in Shanghai


def next_fire(expression: str, tz: str = "UTC", after: datetime = NOW) -> datetime | None:
    return schedule_expr.parse(expression, tz).next_after(after)


def test_at_is_read_in_its_time_zone_and_fires_once():
    parsed = schedule_expr.parse("at(2026-11-24T20:00:00)", "Asia/Shanghai")
    assert isinstance(parsed, At)
    assert parsed.when == datetime(2026, 11, 24, 12, 0, tzinfo=UTC)
    assert parsed.next_after(parsed.when) is None


def test_rate_units():
    assert schedule_expr.parse("rate(1 minute)") == Rate(timedelta(minutes=1))
    assert schedule_expr.parse("rate(5 minutes)") == Rate(timedelta(minutes=5))
    assert schedule_expr.parse("rate(2 hours)") == Rate(timedelta(hours=2))
    assert schedule_expr.parse("rate(1 day)") == Rate(timedelta(days=1))
    assert next_fire("rate(5 minutes)") == NOW + timedelta(minutes=5)


@pytest.mark.parametrize(
    ("expression", "tz", "expected"),
    [
        ("cron(0 10 * * ? *)", "Asia/Shanghai", datetime(2026, 11, 25, 2, 0, tzinfo=UTC)),
        ("cron(0/15 * * * ? *)", "UTC", datetime(2026, 11, 24, 10, 15, tzinfo=UTC)),
        ("cron(30 9 ? * MON-FRI *)", "UTC", datetime(2026, 11, 25, 9, 30, tzinfo=UTC)),
        ("cron(0 0 L * ? *)", "UTC", datetime(2026, 11, 30, 0, 0, tzinfo=UTC)),
        ("cron(0 12 ? * 6L *)", "UTC", datetime(2026, 11, 27, 12, 0, tzinfo=UTC)),  # last Friday
        ("cron(0 12 ? * 2#1 *)", "UTC", datetime(2026, 12, 7, 12, 0, tzinfo=UTC)),  # first Monday
        ("cron(0 12 15W * ? *)", "UTC", datetime(2026, 12, 15, 12, 0, tzinfo=UTC)),
        ("cron(0 8 1 JAN ? 2027)", "UTC", datetime(2027, 1, 1, 8, 0, tzinfo=UTC)),
        ("cron(5,35 14 * * ? *)", "UTC", datetime(2026, 11, 24, 14, 5, tzinfo=UTC)),
    ],
)
def test_cron_next_occurrence(expression, tz, expected):
    assert isinstance(schedule_expr.parse(expression, tz), Cron)
    assert next_fire(expression, tz) == expected


def test_cron_with_a_past_year_never_fires_again():
    assert next_fire("cron(0 8 1 JAN ? 2020)") is None


@pytest.mark.parametrize(
    "expression",
    [
        "rate(1 minutes)",
        "rate(5 minute)",
        "rate(0 minutes)",
        "rate(5 weeks)",
        "cron(0 10 * * * *)",
        "cron(0 10 ? * ? *)",
        "cron(61 * * * ? *)",
        "cron(0 10 * * ?)",
        "cron(0 10 32 * ? *)",
        "cron(0 10 ? * FUNDAY *)",
        "at(2026-13-01T00:00:00)",
        "at(tomorrow)",
        "every(5 minutes)",
    ],
)
def test_invalid_expressions_are_refused(expression):
    with pytest.raises(ValueError):  # noqa: PT011 - the message varies by mistake
        schedule_expr.parse(expression)


def test_unknown_time_zone_is_refused():
    with pytest.raises(ValueError, match="time zone"):
        schedule_expr.parse("cron(0 10 * * ? *)", "Mars/Olympus")
