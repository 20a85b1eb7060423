"""EventBridge schedule expressions: `at(…)` (Scheduler one-time), `rate(…)` and
`cron(…)` (six fields: minutes hours day-of-month month day-of-week year), evaluated in a
time zone. Invalid expressions raise ValueError with the reason, as the real services
refuse them at creation (moto accepts anything)."""

from __future__ import annotations

import calendar
import re
from dataclasses import dataclass
from datetime import UTC, date, datetime, timedelta
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

_MONTHS = {
    m: i
    for i, m in enumerate(
        ["JAN", "FEB", "MAR", "APR", "MAY", "JUN", "JUL", "AUG", "SEP", "OCT", "NOV", "DEC"], 1
    )
}
_DAYS = {d: i for i, d in enumerate(["SUN", "MON", "TUE", "WED", "THU", "FRI", "SAT"], 1)}
_RATE_UNITS = {"minute": 60, "hour": 3600, "day": 86400}
_SEARCH_YEARS = 8  # how far ahead cron(…) looks for a next occurrence


def _zone(name: str) -> ZoneInfo:
    try:
        return ZoneInfo(name or "UTC")
    except (ZoneInfoNotFoundError, ValueError):
        raise ValueError(f"unknown time zone {name!r}") from None


@dataclass(frozen=True)
class At:
    when: datetime  # aware

    def next_after(self, after: datetime) -> datetime | None:
        return self.when if self.when > after else None


@dataclass(frozen=True)
class Rate:
    every: timedelta

    def next_after(self, after: datetime) -> datetime:
        return after + self.every


def _number(text: str, names: dict[str, int], lo: int, hi: int, field: str) -> int:
    value = names.get(text.upper()) if not text.isdigit() else int(text)
    if value is None or not lo <= value <= hi:
        raise ValueError(f"cron {field}: {text!r} is not in {lo}-{hi}")
    return value


def _values(spec: str, lo: int, hi: int, field: str, names: dict[str, int] | None = None) -> frozenset[int]:
    names = names or {}
    out: set[int] = set()
    for part in spec.split(","):
        step, stepped = 1, "/" in part
        if stepped:
            part, step_text = part.split("/", 1)
            if not step_text.isdigit() or int(step_text) < 1:
                raise ValueError(f"cron {field}: bad step in {spec!r}")
            step = int(step_text)
        if part == "*":
            start, end = lo, hi
        elif "-" in part:
            a, b = part.split("-", 1)
            start, end = _number(a, names, lo, hi, field), _number(b, names, lo, hi, field)
        else:
            start = _number(part, names, lo, hi, field)
            end = hi if stepped else start
        if start > end:
            raise ValueError(f"cron {field}: empty range in {spec!r}")
        out.update(range(start, end + 1, step))
    return frozenset(out)


@dataclass(frozen=True)
class Cron:
    minutes: frozenset[int]
    hours: frozenset[int]
    dom: str  # kept as text: L, W and ? depend on the month
    months: frozenset[int]
    dow: str
    years: frozenset[int]
    zone: ZoneInfo

    def _day_matches(self, day: date) -> bool:
        if day.month not in self.months or day.year not in self.years:
            return False
        if self.dom != "?":
            return _dom_matches(self.dom, day)
        return _dow_matches(self.dow, day)

    def next_after(self, after: datetime) -> datetime | None:
        local = after.astimezone(self.zone)
        day = local.date()
        for _ in range(366 * _SEARCH_YEARS):
            if self._day_matches(day):
                for hour in sorted(self.hours):
                    for minute in sorted(self.minutes):
                        candidate = datetime(day.year, day.month, day.day, hour, minute, tzinfo=self.zone)
                        if candidate > after:
                            return candidate.astimezone(UTC)
            day += timedelta(days=1)
        return None


def _dom_matches(spec: str, day: date) -> bool:
    last = calendar.monthrange(day.year, day.month)[1]
    if spec == "*":
        return True
    if spec == "L":
        return day.day == last
    if spec.endswith("W"):
        target = min(int(spec[:-1]), last)
        wanted = date(day.year, day.month, target)
        if wanted.weekday() == 5:  # Saturday → Friday before, unless that leaves the month
            wanted = wanted - timedelta(days=1) if target > 1 else wanted + timedelta(days=2)
        elif wanted.weekday() == 6:  # Sunday → Monday after, unless that leaves the month
            wanted = wanted + timedelta(days=1) if target < last else wanted - timedelta(days=2)
        return day == wanted
    return day.day in _values(spec, 1, 31, "day-of-month")


def _cron_dow(day: date) -> int:
    return (day.weekday() + 1) % 7 + 1  # SUN=1 … SAT=7


def _dow_matches(spec: str, day: date) -> bool:
    if spec == "*":
        return True
    if spec.endswith("L") and len(spec) > 1:  # "6L": the last Friday of the month
        wanted = _number(spec[:-1], _DAYS, 1, 7, "day-of-week")
        return _cron_dow(day) == wanted and day.day + 7 > calendar.monthrange(day.year, day.month)[1]
    if "#" in spec:  # "2#1": the first Monday of the month
        weekday, nth = spec.split("#", 1)
        wanted = _number(weekday, _DAYS, 1, 7, "day-of-week")
        return _cron_dow(day) == wanted and (day.day - 1) // 7 + 1 == int(nth)
    return _cron_dow(day) in _values(spec, 1, 7, "day-of-week", _DAYS)


def _parse_cron(body: str, zone: ZoneInfo) -> Cron:
    fields = body.split()
    if len(fields) != 6:
        raise ValueError("cron(…) needs 6 fields: minutes hours day-of-month month day-of-week year")
    minutes, hours, dom, month, dow, year = fields
    if (dom == "?") == (dow == "?"):
        raise ValueError("cron(…): exactly one of day-of-month and day-of-week must be '?'")
    cron = Cron(
        minutes=_values(minutes, 0, 59, "minutes"),
        hours=_values(hours, 0, 23, "hours"),
        dom=dom.upper(),
        months=_values(month, 1, 12, "month", _MONTHS),
        dow=dow.upper(),
        years=_values(year, 1970, 2199, "year"),
        zone=zone,
    )
    probe = date(2024, 1, 1)  # validate the day fields once, with their own errors
    if dom != "?" and dom.upper() not in ("*", "L") and not dom.upper().endswith("W"):
        _values(dom, 1, 31, "day-of-month")
    if dow != "?":
        _dow_matches(dow.upper(), probe)
    return cron


def parse(expression: str, timezone: str = "UTC") -> At | Rate | Cron:
    expression = expression.strip()
    zone = _zone(timezone)
    match = re.fullmatch(r"(at|rate|cron)\((.*)\)", expression)
    if not match:
        raise ValueError(f"{expression!r} is not at(…), rate(…) or cron(…)")
    kind, body = match.group(1), match.group(2).strip()
    if kind == "at":
        try:
            naive = datetime.strptime(body, "%Y-%m-%dT%H:%M:%S")
        except ValueError:
            raise ValueError(f"at({body}): expected yyyy-mm-ddThh:mm:ss") from None
        return At(naive.replace(tzinfo=zone).astimezone(UTC))
    if kind == "rate":
        parts = body.split()
        if len(parts) != 2 or not parts[0].isdigit() or int(parts[0]) < 1:
            raise ValueError(f"rate({body}): expected 'rate(<positive integer> <unit>)'")
        value, unit = int(parts[0]), parts[1]
        singular = unit.rstrip("s") if unit.endswith("s") else unit
        if singular not in _RATE_UNITS:
            raise ValueError(f"rate({body}): the unit is minute(s), hour(s) or day(s)")
        if (value == 1) != (unit == singular):
            raise ValueError(f"rate({body}): use the singular unit for 1 and the plural otherwise")
        return Rate(timedelta(seconds=value * _RATE_UNITS[singular]))
    return _parse_cron(body, zone)
