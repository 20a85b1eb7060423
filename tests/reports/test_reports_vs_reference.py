"""Every report, run by DuckDB on the SQL files over generated events in the Firehose
layout, equals the plain-Python computation of tests/reports/reference.py exactly; and the
figures built into the generated data (retention, funnel) come out as planned."""

from __future__ import annotations

import json
from datetime import UTC, date, datetime, timedelta

import pytest

from siyu import clock
from siyu.analytics import reports
from siyu.analytics.engine import DuckDBEngine
from siyu.analytics.reports import FunnelStep, Period
from siyu_local.sandbox import reset_caches
from tests.reports import generator, reference
from tests.reports.generator import END, FUNNEL, FUNNEL_WINDOW_MINUTES, PRODUCT_PAGE, START

TODAY = datetime(2026, 4, 30, 4, tzinfo=UTC)
WEEK2 = (START + timedelta(days=7), START + timedelta(days=13))
RANGES = [(START, END), WEEK2, (date(2026, 3, 1), date(2026, 3, 1))]


@pytest.fixture(scope="module")
def data(tmp_path_factory):
    generated = generator.generate()
    folder = generator.write(generated.events, tmp_path_factory.mktemp("events"))
    return generated, DuckDBEngine(folder)


@pytest.fixture(autouse=True)
def frozen_clock():
    clock.clock.freeze(TODAY)
    yield
    clock.clock.reset()


def dump(report) -> dict:
    return report.model_dump()


def test_the_generated_data_is_big_and_messy_enough(data):
    generated, _ = data
    events = generated.events
    assert len({e["visitor_id"] for e in events}) == 2500
    assert len(events) > 50_000
    assert len(events) - len({e["event_id"] for e in events}) > 500  # duplicate deliveries
    assert sum(1 for e in events if e["received_at"][:10] != e["event_time"][:10]) > 1000  # late or overnight
    assert sum(1 for e in events if e["event_date"] != e["event_time"][:10]) > 1000  # Shanghai ≠ UTC date


# Each report over all the weeks in all; each segment (and a one-day range) in some report.
FULL, ONE_DAY = (START, END), RANGES[2]


@pytest.mark.parametrize(
    ("start", "end", "segment"), [(*FULL, "all"), (*ONE_DAY, "all"), (*WEEK2, "members"), (*WEEK2, "video")]
)
def test_traffic(data, start, end, segment):
    generated, engine = data
    got = reports.traffic(Period.of(start, end), segment=segment, engine=engine)
    assert dump(got) == reference.traffic(generated.events, start, end, segment=segment)


@pytest.mark.parametrize(
    ("start", "end", "segment"), [(*FULL, "all"), (*WEEK2, "anonymous"), (*WEEK2, "live")]
)
def test_dwell(data, start, end, segment):
    generated, engine = data
    got = reports.dwell(Period.of(start, end), segment=segment, engine=engine)
    assert dump(got) == reference.dwell(generated.events, start, end, segment=segment)


@pytest.mark.parametrize(("start", "end", "segment"), [(*FULL, "all"), (*ONE_DAY, "all"), (*WEEK2, "share")])
def test_bounce(data, start, end, segment):
    generated, engine = data
    got = reports.bounce(Period.of(start, end), segment=segment, engine=engine)
    assert dump(got) == reference.bounce(generated.events, start, end, segment=segment)
    assert 0 < got.total.bounced < got.total.sessions


@pytest.mark.parametrize(
    ("start", "end", "segment"), [(*FULL, "all"), (*WEEK2, "members"), (*WEEK2, "video")]
)
def test_sources(data, start, end, segment):
    generated, engine = data
    got = reports.sources(Period.of(start, end), segment=segment, engine=engine)
    assert dump(got) == reference.sources(generated.events, start, end, segment=segment)


@pytest.mark.parametrize(("start", "end"), [FULL, WEEK2])
def test_heatmap(data, start, end):
    generated, engine = data
    for page, cols, rows in (("pages/index/index", 10, 20), ("pages/me/index", 4, 7)):
        got = reports.heatmap(Period.of(start, end), page, cols=cols, rows=rows, engine=engine)
        assert dump(got) == reference.heatmap(generated.events, start, end, page, cols, rows)
        assert {c.col for c in got.cells} <= set(range(cols))  # x = 1.0 lands in the last column


def test_reports_of_one_page(data):
    generated, engine = data
    period, (start, end) = Period.of(*WEEK2), WEEK2
    got = reports.traffic(period, page="pages/menu/list", engine=engine)
    assert dump(got) == reference.traffic(generated.events, start, end, page="pages/menu/list")
    got = reports.dwell(period, page="/pages/index/index", engine=engine)
    assert dump(got) == reference.dwell(generated.events, start, end, page="pages/index/index")
    got = reports.bounce(period, page="pages/coupon/center", engine=engine)
    assert dump(got) == reference.bounce(generated.events, start, end, page="pages/coupon/center")


FUNNELS = [
    (FUNNEL, FUNNEL_WINDOW_MINUTES),
    (FUNNEL, 24 * 60),
    (
        [
            ("page_view", "pages/index/index"),
            ("tap", None),
            ("page_view", "pages/menu/list"),
            ("page_leave", None),
        ],
        10,
    ),
    ([("page_view", None), ("page_view", None), ("page_view", None)], 5),
    ([("page_view", "pages/menu/list"), ("CheckedIn", None)], 30),
]


@pytest.mark.parametrize(("steps", "window"), FUNNELS)
def test_funnel(data, steps, window):
    generated, engine = data
    for (start, end), segment in (((START, END), "all"), (WEEK2, "video")):
        got = reports.funnel(
            Period.of(start, end),
            [FunnelStep(event=e, page=p) for e, p in steps],
            window_minutes=window,
            segment=segment,
            engine=engine,
        )
        assert dump(got) == reference.funnel(generated.events, start, end, steps, window, segment)


def test_retention(data):
    generated, engine = data
    for (start, end), segment in (
        ((START, END), "all"),
        (WEEK2, "all"),
        (WEEK2, "members"),
        (WEEK2, "share"),
    ):
        got = reports.retention(Period.of(start, end), segment=segment, engine=engine)
        assert dump(got) == reference.retention(generated.events, start, end, TODAY.date(), segment), segment


def test_retention_leaves_days_that_are_not_over_empty(data):
    generated, engine = data
    clock.clock.freeze(datetime(2026, 3, 12, 4, tzinfo=UTC))
    got = reports.retention(Period.of(START, END), engine=engine)
    assert dump(got) == reference.retention(generated.events, START, END, date(2026, 3, 12))
    cohort = next(c for c in got.cohorts if c.first_date == "2026-02-20")
    assert [d.retained is None for d in cohort.days] == [False, False, True]


def test_kpi(data, monkeypatch):
    generated, engine = data
    path = [{"event": e, **({"page": p} if p else {})} for e, p in FUNNEL]
    monkeypatch.setenv("ANALYTICS_KEY_PATH", json.dumps(path))
    monkeypatch.setenv("ANALYTICS_KEY_PATH_WINDOW_MINUTES", str(FUNNEL_WINDOW_MINUTES))
    reset_caches()
    for start, end in ((date(2026, 2, 16), date(2026, 3, 1)), (date(2026, 3, 2), date(2026, 3, 15))):
        got = reports.kpi(Period.of(start, end), engine=engine)
        assert dump(got) == reference.kpi(generated.events, start, end, FUNNEL, FUNNEL_WINDOW_MINUTES)
        assert got.member_retention.current is not None
        assert got.interactions.current > 0


# ---------------------------------------------------------------- the figures built in
def test_retention_is_the_planned_retention(data):
    generated, engine = data
    got = reports.retention(Period.of(START, END), engine=engine)
    visitors = generated.visitors
    assert sum(c.size for c in got.cohorts) == len(visitors)
    overall = {d.day: d.retained for d in got.overall}
    assert overall == {
        1: sum(v.plan_d1 for v in visitors),
        7: sum(v.plan_d7 for v in visitors),
        30: sum(v.plan_d30 for v in visitors),
    }
    assert [d.rate for d in got.overall] == [0.4, 0.3, 0.2]


def test_funnel_is_the_planned_funnel(data):
    generated, engine = data
    plans = [v.plan_purchase for v in generated.visitors]
    got = reports.funnel(
        Period.of(START, END),
        [FunnelStep(event=e, page=p) for e, p in FUNNEL],
        window_minutes=FUNNEL_WINDOW_MINUTES,
        engine=engine,
    )
    viewed = sum(p is not None for p in plans)
    carted = sum(p in ("cart", "paid", "paid_late") for p in plans)
    paid_in_window = sum(p == "paid" for p in plans)
    assert [s.reached for s in got.steps] == [viewed, carted, paid_in_window]
    assert got.steps[2].drop_off == round(1 - paid_in_window / carted, 4)
    slow = reports.funnel(
        Period.of(START, END),
        [FunnelStep(event=e, page=p) for e, p in FUNNEL],
        window_minutes=180,
        engine=engine,
    )
    assert slow.steps[2].reached == paid_in_window + sum(p == "paid_late" for p in plans)


def test_a_step_page_filters_events(data):
    _, engine = data
    got = reports.funnel(
        Period.of(START, END),
        [FunnelStep(event="page_view", page=PRODUCT_PAGE), FunnelStep(event="page_view", page=PRODUCT_PAGE)],
        engine=engine,
    )
    assert got.steps[0].reached > 0
    assert got.steps[1].reached == 0  # one product view per journey
