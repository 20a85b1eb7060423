"""Time. Stored as UTC ISO-8601; a business "day" is a calendar day in Asia/Shanghai."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta
from zoneinfo import ZoneInfo

SHANGHAI = ZoneInfo("Asia/Shanghai")


class Clock:
    """The one source of "now". Tests and the local runtime may shift or freeze it."""

    def __init__(self) -> None:
        self._frozen: datetime | None = None
        self._offset = timedelta()

    def now(self) -> datetime:
        return self._frozen if self._frozen is not None else datetime.now(UTC) + self._offset

    def freeze(self, at: datetime | None) -> None:
        self._frozen = at.astimezone(UTC) if at is not None else None

    def shift(self, delta: timedelta) -> None:
        self._offset += delta

    def reset(self) -> None:
        self._frozen, self._offset = None, timedelta()


clock = Clock()


def now() -> datetime:
    return clock.now()


def iso(dt: datetime) -> str:
    """UTC ISO-8601 with milliseconds and a Z, sortable as a string."""
    return dt.astimezone(UTC).isoformat(timespec="milliseconds").replace("+00:00", "Z")


def now_iso() -> str:
    return iso(now())


def parse_iso(value: str) -> datetime:
    dt = datetime.fromisoformat(value.replace("Z", "+00:00"))
    return dt if dt.tzinfo else dt.replace(tzinfo=UTC)


def epoch(dt: datetime) -> int:
    return int(dt.timestamp())


def shanghai_day(dt: datetime | None = None) -> date:
    """The Asia/Shanghai calendar day of an instant (default: now)."""
    return (dt or now()).astimezone(SHANGHAI).date()


def shanghai_day_start(day: date) -> datetime:
    """The UTC instant at which a Shanghai calendar day begins."""
    return datetime(day.year, day.month, day.day, tzinfo=SHANGHAI).astimezone(UTC)
