"""The dashboard's business trends and the console's D1…D30 retention grid, on the demo's
analytics history (infra/siyu_local/demo/reports.py) read by DuckDB, against counts made
here from the same lines."""

from __future__ import annotations

import json
from collections import defaultdict
from datetime import UTC, date, datetime, timedelta

import pytest

from siyu import clock
from siyu.analytics import reports
from siyu.analytics.engine import DuckDBEngine
from siyu.analytics.reports import Period, RangeInvalid
from siyu_local.demo import reports as demo

NOW = datetime(2026, 3, 20, 6, 0, tzinfo=UTC)
TODAY = date(2026, 3, 20)


@pytest.fixture(scope="module")
def history(tmp_path_factory):
    clock.clock.freeze(NOW)
    try:
        lines = [json.loads(line) for line in demo.history(days=20)]
    finally:
        clock.clock.reset()
    folder = tmp_path_factory.mktemp("history")
    by_dt: dict[str, list[str]] = defaultdict(list)
    for record in lines:
        by_dt[record["received_at"][:10]].append(json.dumps(record, ensure_ascii=False))
    for dt, rows in by_dt.items():
        (folder / f"dt={dt}").mkdir()
        (folder / f"dt={dt}" / "part.json").write_text("\n".join(rows) + "\n", encoding="utf-8")
    return lines, DuckDBEngine(folder)


def expected_days(lines, start: date, end: date) -> dict[str, dict[str, int]]:
    days = {(start + timedelta(days=i)).isoformat(): defaultdict(int) for i in range((end - start).days + 1)}
    members: dict[str, set[str]] = defaultdict(set)
    registered: dict[str, set[str]] = defaultdict(set)
    for r in lines:
        d = r["event_date"]
        if d not in days:
            continue
        if r.get("member_id"):
            members[d].add(r["member_id"])
        name = r["name"]
        if name == "MemberRegistered":
            registered[d].add(r["member_id"])
        elif name == "MemberCheckedIn":
            days[d]["checkins"] += 1
        elif name == "OrderPaid":
            days[d]["orders"] += 1
            days[d]["gmv_fen"] += json.loads(r["props"])["amount_fen"]
        elif name == "CouponUsed":
            days[d]["coupon_redemptions"] += 1
    for d, counts in days.items():
        counts["active_members"] = len(members[d])
        counts["new_members"] = len(registered[d])
    return {d: {f: c[f] for f in reports.BUSINESS_FIELDS} for d, c in days.items()}


def test_business_trends_per_day_with_the_previous_period(history):
    lines, engine = history
    period = Period.of(TODAY - timedelta(days=6), TODAY - timedelta(days=1))
    got = reports.business(period, engine=engine)
    expected = expected_days(lines, period.previous().start, period.end)
    assert {d.day: d.model_dump(exclude={"day"}) for d in got.by_day + got.previous_by_day} == expected
    assert got.total.orders == sum(d.orders for d in got.by_day) > 0
    assert got.total.gmv_fen == sum(d.gmv_fen for d in got.by_day) > 0
    active = {
        r["member_id"]
        for r in lines
        if r.get("member_id") and period.start.isoformat() <= r["event_date"] <= period.end.isoformat()
    }
    assert got.total.active_members == len(active)  # distinct over the period, not a sum of days
    orders = got.comparison["orders"]
    assert (orders.current, orders.previous) == (got.total.orders, got.previous_total.orders)


def test_the_retention_grid_agrees_with_the_default_days(history):
    _, engine = history
    clock.clock.freeze(NOW)
    try:
        period = Period.of(TODAY - timedelta(days=19), TODAY - timedelta(days=1))
        grid = reports.retention(period, days_after=tuple(range(1, 31)), engine=engine)
        default = reports.retention(period, engine=engine)
    finally:
        clock.clock.reset()
    assert [len(c.days) for c in grid.cohorts] == [30] * len(default.cohorts)
    for full, few in zip(grid.cohorts, default.cohorts, strict=True):
        assert full.size == few.size
        assert [d for d in full.days if d.day in (1, 7, 30)] == few.days
    assert any(d.retained for c in grid.cohorts for d in c.days)
    with pytest.raises(RangeInvalid):
        reports.retention(period, days_after=(0, 31), engine=engine)
