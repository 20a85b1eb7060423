"""Generated analytics events with known figures built in.

Thousands of visitors (members and anonymous devices) over several weeks, seeded, written
in the Firehose layout (`dt=<UTC arrival date>/part-N.json`, JSON lines) with what real
delivery does to data: duplicate copies of events (same event_id, later arrival), late
arrivals from phones that were offline, sessions around midnight in Shanghai.

Built-in truths that tests check directly, not only against the reference computation:
- retention: a visitor returns exactly 1, 7 and 30 days after the first visit when the
  plan says so (`plan_d1`, `plan_d7`, `plan_d30`) and never on those days otherwise;
- funnel: members with a purchase plan view the product page, add to cart 5 minutes later,
  and pay (OrderPaid, a domain event) 10 minutes or — the slow ones — 2 hours later; no
  other event touches these steps.
"""

from __future__ import annotations

import json
import random
from dataclasses import dataclass, field
from datetime import UTC, date, datetime, timedelta
from pathlib import Path
from typing import Any
from zoneinfo import ZoneInfo

SHANGHAI = ZoneInfo("Asia/Shanghai")
START = date(2026, 2, 2)
WEEKS = 6
END = START + timedelta(days=7 * WEEKS - 1)
FIRST_VISIT_DAYS = 28  # first visits fall in the first four weeks

PRODUCT_PAGE = "pages/product/detail"
PAGES = ["pages/index/index", "pages/menu/list", "pages/coupon/center", "pages/me/index", "pages/store/info"]
ELEMENTS = ["banner", "coupon-get", "menu-item", "checkin", None]
FUNNEL = [("page_view", PRODUCT_PAGE), ("add_to_cart", None), ("OrderPaid", None)]
FUNNEL_WINDOW_MINUTES = 60


@dataclass
class Visitor:
    index: int
    visitor_id: str
    member_id: str | None
    device_id: str | None
    first_day: date
    plan_d1: bool
    plan_d7: bool
    plan_d30: bool
    plan_purchase: str | None  # None, "view", "cart", "paid", "paid_late"
    active_days: list[date] = field(default_factory=list)


@dataclass
class Generated:
    events: list[dict[str, Any]]  # every stored line, copies included
    visitors: list[Visitor]


def ms(dt: datetime) -> int:
    return int(dt.timestamp() * 1000)


def iso(epoch_ms: int) -> str:
    return (
        datetime.fromtimestamp(epoch_ms / 1000, tz=UTC)
        .isoformat(timespec="milliseconds")
        .replace("+00:00", "Z")
    )


def shanghai_date(epoch_ms: int) -> str:
    return datetime.fromtimestamp(epoch_ms / 1000, tz=SHANGHAI).date().isoformat()


def _visitors(rng: random.Random, members: int, devices: int) -> list[Visitor]:
    out = []
    for i in range(members + devices):
        is_member = i < members
        purchase = None
        if is_member and i % 4 == 0:
            purchase = ["view", "cart", "cart", "paid", "paid", "paid", "paid_late"][(i // 4) % 7]
        out.append(
            Visitor(
                index=i,
                visitor_id=f"m:M{i:05d}" if is_member else f"d:dev-{i:05d}",
                member_id=f"M{i:05d}" if is_member else None,
                device_id=None if is_member else f"dev-{i:05d}",
                first_day=START + timedelta(days=rng.randrange(FIRST_VISIT_DAYS)),
                plan_d1=i % 10 < 4,
                plan_d7=i % 10 in (0, 3, 6),
                plan_d30=i % 5 == 0,
                plan_purchase=purchase,
            )
        )
    return out


def _active_days(rng: random.Random, v: Visitor) -> list[date]:
    planned = {v.first_day}
    for offset, planned_return in ((1, v.plan_d1), (7, v.plan_d7), (30, v.plan_d30)):
        if planned_return:
            planned.add(v.first_day + timedelta(days=offset))
    forbidden = {v.first_day + timedelta(days=o) for o in (1, 7, 30)}
    day = v.first_day + timedelta(days=1)
    while day <= END:
        if day not in forbidden and rng.random() < 0.05:
            planned.add(day)
        day += timedelta(days=1)
    return sorted(planned)


class _Writer:
    """Builds stored lines the way the collector and the domain sink do."""

    def __init__(self, rng: random.Random) -> None:
        self.rng = rng
        self.events: list[dict[str, Any]] = []
        self.serial = 0

    def add(self, v: Visitor, ts_ms: int, name: str, **fields: Any) -> None:
        self.serial += 1
        kind = "domain" if name[0].isupper() else "track"
        delay = self.rng.randrange(200, 5_000)
        if self.rng.random() < 0.02:  # a phone that was offline sends it days later
            delay += self.rng.randrange(1, 4) * 86_400_000
        line = {
            "event_id": f"e{self.serial:08d}",
            "kind": kind,
            "name": name,
            "visitor_id": v.visitor_id,
            "member_id": v.member_id,
            "device_id": v.device_id if kind == "track" else None,
            "client_ts": ts_ms - 1234 if kind == "track" else None,
            "ts_ms": ts_ms,
            "event_time": iso(ts_ms),
            "event_date": shanghai_date(ts_ms),
            "received_at": iso(ts_ms + delay),
            **fields,
        }
        self.events.append(line)
        if self.rng.random() < 0.01:  # delivered twice: a later copy, maybe a later dt
            copy = dict(line, received_at=iso(ts_ms + delay + self.rng.randrange(1_000, 2 * 86_400_000)))
            self.events.append(copy)


def _session(w: _Writer, v: Visitor, day: date, number: int, purchase: str | None) -> None:
    rng = w.rng
    # Sessions between 07:00 and 23:30 in Shanghai: early ones fall on the previous UTC date.
    start = datetime(day.year, day.month, day.day, 7, tzinfo=SHANGHAI) + timedelta(
        minutes=rng.randrange(0, 990)
    )
    t = ms(start)
    session = f"s{v.index}-{day.isoformat()}-{number}"
    source = rng.choice(
        [
            ("1001", {}),
            ("1011", {"video_id": f"v{rng.randrange(12)}"}),
            ("1011", {"video_id": f"v{rng.randrange(12)}"}),
            ("1177", {"live_id": f"live{rng.randrange(3)}"}),
            ("1007", {"share_from": f"M{rng.randrange(50):05d}"}),
        ]
    )
    scene, query = source
    source_type, source_id = "other", None
    for key, kind in (("share_from", "share"), ("live_id", "live"), ("video_id", "video")):
        if key in query:
            source_type, source_id = kind, query[key]
            break
    launch = {
        "scene": scene,
        "source_type": source_type,
        "source_id": source_id,
        "launch_query": json.dumps(query, sort_keys=True) if query else None,
    }
    views = 1 if rng.random() < 0.25 else rng.randrange(2, 5)
    pages = [rng.choice(PAGES) for _ in range(views)]
    for n, page in enumerate(pages):
        w.add(v, t, "page_view", session_id=session, page=page, **(launch if n == 0 else {}))
        t += rng.randrange(500, 4_000)
        for _ in range(rng.choice([0, 0, 1, 1, 2])):
            x = rng.choice([round(rng.random(), 4), round(rng.random(), 4), 1.0, 0.0, 0.35])
            y = round(rng.random(), 4) if rng.random() < 0.9 else 1.0
            w.add(v, t, "tap", session_id=session, page=page, x=x, y=y, element=rng.choice(ELEMENTS))
            t += rng.randrange(300, 3_000)
        if rng.random() < 0.9:
            dwell = rng.choice([rng.randrange(0, 700_000), rng.randrange(0, 60_000), 3_000, 10_000, 600_000])
            w.add(v, t, "page_leave", session_id=session, page=page, dwell_ms=dwell)
        t += rng.randrange(100, 2_000)
    if rng.random() < 0.05:
        w.add(v, t, "share_click", session_id=session, page=pages[-1], props='{"channel":"ks"}')
    if purchase:
        w.add(v, t + 1_000, "page_view", session_id=session, page=PRODUCT_PAGE)
        if purchase in ("cart", "paid", "paid_late"):
            w.add(v, t + 1_000 + 5 * 60_000, "add_to_cart", session_id=session, page=PRODUCT_PAGE)
        if purchase == "paid":
            w.add(v, t + 1_000 + 15 * 60_000, "OrderPaid", props='{"amount_fen":1800}')
        if purchase == "paid_late":
            w.add(v, t + 1_000 + 125 * 60_000, "OrderPaid", props='{"amount_fen":2600}')
    if v.member_id and rng.random() < 0.3:
        w.add(v, t + 30_000, "CheckedIn", props="{}")


def generate(seed: int = 7, members: int = 2000, devices: int = 500) -> Generated:
    rng = random.Random(seed)
    visitors = _visitors(rng, members, devices)
    writer = _Writer(rng)
    for v in visitors:
        v.active_days = _active_days(rng, v)
        for day in v.active_days:
            sessions = 2 if rng.random() < 0.05 else 1
            for number in range(sessions):
                purchase = v.plan_purchase if (day == v.first_day and number == 0) else None
                _session(writer, v, day, number, purchase)
    return Generated(events=writer.events, visitors=visitors)


def write(events: list[dict[str, Any]], folder: Path, lines_per_file: int = 4_000) -> Path:
    """The Firehose layout: dt = the UTC date of arrival; nulls left out of lines."""
    by_dt: dict[str, list[str]] = {}
    for e in events:
        compact = {k: v for k, v in e.items() if v is not None}
        by_dt.setdefault(e["received_at"][:10], []).append(json.dumps(compact, separators=(",", ":")))
    for dt, lines in by_dt.items():
        part_dir = folder / f"dt={dt}"
        part_dir.mkdir(parents=True, exist_ok=True)
        for n in range(0, len(lines), lines_per_file):
            (part_dir / f"part-{n // lines_per_file:04d}.json").write_text(
                "\n".join(lines[n : n + lines_per_file]) + "\n"
            )
    return folder
