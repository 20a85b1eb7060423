"""Demo analytics history: 60 days of a simulated shop's visitors, so that the reports and
the console's charts have something to show on a fresh start (the other demo modules act
"today" only).

Each simulated visitor comes from a video, a live room, a share or elsewhere, views the
home page (tapping its modules), maybe the menu, and some become members, check in, pay
for an order or use a coupon. Lines are stored exactly as the collector and the domain
sink store them (`siyu.tracking.record`), through the same Firehose delivery; event ids are
deterministic, so a second run adds only copies that readers drop.

Tap positions fall inside each module's box of the home layout, with the box heights the
console's preview draws (`HEIGHTS`, in preview pixels), so the module heatmap lines up."""

from __future__ import annotations

import hashlib
import json
import random
from datetime import timedelta
from typing import Any, cast

from siyu import aws, clock
from siyu.config import get_settings
from siyu.tracking import record
from siyu.tracking.delivery import deliver_lines
from siyu_local.demo.experiments import HOME

DAYS = 45
HOME_PAGE = "pages/index/index"
MENU_PAGE = "pages/menu/menu"
# Preview heights of the modules that take space (popups are overlays); keep in step with
# console/src/pages/preview.ts.
HEIGHTS = {
    "banner_carousel": 150,
    "checkin_entry": 64,
    "product_list": 260,
    "coupon_block": 96,
    "flash_sale_strip": 96,
    "assist_entry": 72,
    "live_entry": 72,
}
TAP_WEIGHTS = {"hero": 5, "checkin": 4, "menu": 8}
SOURCES = (("video", 0.45), ("live", 0.2), ("share", 0.15), ("other", 0.2))
SCENES = {"video": "1001", "live": "1002", "share": "1007", "other": "1000"}


def _boxes() -> dict[str, tuple[float, float]]:
    """Module id → (top, bottom) as fractions of the page height."""
    modules = cast(list[dict[str, Any]], HOME)  # a literal of dicts with mixed values
    placed = [(str(m["id"]), HEIGHTS[str(m["kind"])]) for m in modules if str(m["kind"]) in HEIGHTS]
    total = sum(h for _, h in placed)
    boxes: dict[str, tuple[float, float]] = {}
    top = 0
    for module_id, height in placed:
        boxes[module_id] = (top / total, (top + height) / total)
        top += height
    return boxes


def _id(*parts: object) -> str:
    return hashlib.sha256("|".join(map(str, parts)).encode()).hexdigest()[:32]


def _line(ts_ms: int, **fields: Any) -> bytes:
    return record.line(
        {
            **fields,
            "ts_ms": ts_ms,
            "event_time": record.iso_ms(ts_ms),
            "event_date": record.shanghai_date(ts_ms),
            "received_at": record.iso_ms(ts_ms + 2_000),
        }
    )


def _pick(rng: random.Random, weighted: tuple[tuple[str, float], ...]) -> str:
    point, upto = rng.random(), 0.0
    for name, weight in weighted:
        upto += weight
        if point < upto:
            return name
    return weighted[-1][0]


def history(days: int = DAYS, seed: int = 18) -> list[bytes]:
    """The lines of `days` days up to yesterday: visitors and returning members grow slowly."""
    rng = random.Random(seed)
    boxes = _boxes()
    today = clock.shanghai_day(clock.now())
    lines: list[bytes] = []
    returning: list[str] = []  # members who come back on later days
    for back in range(days, 0, -1):
        day = today - timedelta(days=back)
        start_ms = record.epoch_ms(clock.parse_iso(f"{day.isoformat()}T01:00:00Z"))
        visitors = 25 + (days - back) // 3 + rng.randrange(0, 10)
        regulars = rng.sample(returning, k=min(len(returning), 8 + (days - back) // 3))
        for n in range(visitors + len(regulars)):
            member = regulars[n - visitors] if n >= visitors else None
            visitor = f"m:{member}" if member else f"d:demo-{day.isoformat()}-{n}"
            session = _id(visitor, day, "session")[:16]
            source = _pick(rng, SOURCES)
            t = start_ms + rng.randrange(0, 12 * 3600 * 1000)
            who = {"visitor_id": visitor, "member_id": member, "device_id": None if member else visitor[2:]}
            track = {**who, "kind": "track", "session_id": session}
            launch = {"scene": SCENES[source], "source_type": source if source != "other" else None}
            lines.append(
                _line(t, event_id=_id(visitor, t, "pv"), name="page_view", page=HOME_PAGE, **track, **launch)
            )
            for tap in range(rng.choice((0, 1, 1, 2, 3))):
                element = rng.choices(list(TAP_WEIGHTS), weights=list(TAP_WEIGHTS.values()))[0]
                top, bottom = boxes[element]
                t += rng.randrange(2_000, 20_000)
                x, y = round(rng.uniform(0.05, 0.95), 3), round(rng.uniform(top, bottom), 3)
                lines.append(
                    _line(
                        t,
                        event_id=_id(visitor, t, "tap", tap),
                        name="tap",
                        page=HOME_PAGE,
                        element=element,
                        x=x,
                        y=y,
                        **track,
                    )
                )
            dwell = int(rng.lognormvariate(9.6, 1.0))
            t += dwell
            lines.append(
                _line(
                    t,
                    event_id=_id(visitor, t, "leave"),
                    name="page_leave",
                    page=HOME_PAGE,
                    dwell_ms=dwell,
                    **track,
                )
            )
            if rng.random() < 0.55:  # goes on to the menu (the others bounce)
                t += 1_000
                lines.append(
                    _line(t, event_id=_id(visitor, t, "menu"), name="page_view", page=MENU_PAGE, **track)
                )
                menu_dwell = int(rng.lognormvariate(10.2, 0.8))
                t += menu_dwell
                lines.append(
                    _line(
                        t,
                        event_id=_id(visitor, t, "menu-leave"),
                        name="page_leave",
                        page=MENU_PAGE,
                        dwell_ms=menu_dwell,
                        **track,
                    )
                )
            if member is None and rng.random() < 0.3:  # becomes a member
                member = f"demo-hist-{day.isoformat()}-{n}"
                returning.append(member)
                lines.append(_domain(t + 500, "MemberRegistered", member, {}))
            if member is None:
                continue
            if rng.random() < 0.5:
                lines.append(
                    _domain(t + 800, "MemberCheckedIn", member, {"day": day.isoformat(), "points": 5})
                )
            if rng.random() < 0.35:
                amount = rng.choice((1500, 1800, 2200, 2600, 3200))
                order = _id(member, t, "order")[:20]
                lines.append(
                    _domain(t + 1_000, "OrderCreated", member, {"order_id": order, "amount_fen": amount})
                )
                lines.append(
                    _domain(t + 1_500, "OrderPaid", member, {"order_id": order, "amount_fen": amount})
                )
                if rng.random() < 0.3:
                    lines.append(_domain(t + 1_600, "CouponUsed", member, {"order_id": order}))
    return lines


def _domain(ts_ms: int, name: str, member_id: str, data: dict[str, Any]) -> bytes:
    return _line(
        ts_ms,
        event_id=_id(name, member_id, ts_ms),
        kind="domain",
        name=name,
        visitor_id=f"m:{member_id}",
        member_id=member_id,
        props=json.dumps(data, sort_keys=True),
    )


def seed() -> dict[str, str]:
    lines = history()
    lost, _ = deliver_lines(lines, get_settings().events_stream, aws.client("firehose"))
    return {
        "analytics history": f"{len(lines) - len(lost)} events over {DAYS} days (GET /v1/admin/reports/…)"
    }
