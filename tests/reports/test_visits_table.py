"""The visits table (siyu/analytics/sql/visits.sql), derived per day partition beside the
events, gives retention and KPI the same figures as reading the events did: each query is
run both ways on DuckDB over the same generated events (duplicate deliveries, late arrivals,
domain events, every segment) — on the visits (as the reports now run) and on the events
with the SQL as it was (base.sql over every event) — and the rows must be equal. Filtering
events before the dedup (`keep`, for KPI's interactions and the funnels) is checked the same
way. The reports themselves are checked against plain Python in test_reports_vs_reference."""

from __future__ import annotations

import json
import re
import shutil
from dataclasses import replace
from datetime import date, timedelta
from pathlib import Path
from typing import Any

import pytest

from siyu.analytics import queries, reports
from siyu.analytics.engine import AthenaEngine, ColumnarCache, DuckDBEngine, _connect
from siyu.analytics.queries import Dialect
from siyu.analytics.reports import FunnelStep, Period, segment_sql
from tests.reports import generator
from tests.reports.generator import END, FUNNEL, START

SEGMENTS = ("all", "members", "anonymous", "video", "live", "share")
WEEK2 = (START + timedelta(days=7), START + timedelta(days=13))


@pytest.fixture(scope="module")
def engine(tmp_path_factory: pytest.TempPathFactory) -> DuckDBEngine:
    events = generator.generate(seed=11, members=600, devices=200).events
    folder = generator.write(events, tmp_path_factory.mktemp("events"))
    return DuckDBEngine(folder, cache_root=tmp_path_factory.mktemp("columnar"))


def rows(engine: DuckDBEngine, sql: str) -> list[tuple[Any, ...]]:
    return sorted(tuple(r.values()) for r in engine.run({"q": sql})["q"])


def retention_sql(
    engine: DuckDBEngine,
    start: date,
    end: date,
    segment: str,
    *,
    on_visits: bool,
    dialect: Dialect | None = None,
) -> str:
    columns = "".join(
        f",\n    count(DISTINCT CASE WHEN day_no = {n} THEN visitor_id END) AS d{n}" for n in (1, 7, 30)
    )
    segment_filter = segment_sql(segment, attribution_ms=None if on_visits else reports.ATTRIBUTION_WINDOW_MS)  # type: ignore[arg-type]
    return queries.render(
        "retention",
        dialect or engine.dialect,
        start - timedelta(days=reports.RETENTION_LOOKBACK_DAYS),
        end + timedelta(days=30),
        segment_filter,
        base_file="visits_base" if on_visits else "base",
        day_columns=columns,
        **{"from": queries.day(start), "to": queries.day(end)},
    )


@pytest.mark.parametrize("segment", SEGMENTS)
def test_retention_on_the_visits_equals_retention_on_the_events(engine: DuckDBEngine, segment: str) -> None:
    for start, end in ((START, END), WEEK2):
        on_visits = rows(engine, retention_sql(engine, start, end, segment, on_visits=True))
        on_events = rows(engine, retention_sql(engine, start, end, segment, on_visits=False))
        assert on_visits, (segment, start, end)
        assert on_visits == on_events, (segment, start, end)


def test_kpi_activity_on_the_visits_equals_activity_on_the_events(engine: DuckDBEngine) -> None:
    for start, end in ((date(2026, 3, 2), date(2026, 3, 15)), (date(2026, 3, 9), date(2026, 3, 15))):
        period = Period.of(start, end)
        previous = period.previous()
        bounds = {"current_from": queries.day(period.start), "previous_from": queries.day(previous.start)}
        before = previous.previous().start
        on_visits = rows(
            engine,
            queries.render(
                "kpi_activity", engine.dialect, before, period.end, "TRUE", base_file="visits_base", **bounds
            ),
        )
        as_before = queries.render("kpi_activity", engine.dialect, before, period.end, "TRUE", **bounds)
        on_events = rows(engine, as_before)
        assert len(on_visits) == 3
        assert on_visits == on_events


def test_events_left_out_before_the_dedup_change_nothing(engine: DuckDBEngine) -> None:
    period = Period.of(START, END)
    bounds = {"current_from": queries.day(WEEK2[0]), "previous_from": queries.day(START)}
    interactions = {
        keep: rows(
            engine,
            queries.render(
                "kpi_interactions", engine.dialect, START, END, "TRUE", keep=keep, **bounds
            ).replace("WHERE event_date >=", f"WHERE {reports.INTERACTIONS} AND event_date >="),
        )
        for keep in (reports.INTERACTIONS, "TRUE")
    }
    assert interactions[reports.INTERACTIONS] == interactions["TRUE"]
    steps = [FunnelStep(event=e, page=p) for e, p in FUNNEL]
    for segment in SEGMENTS:
        kept = reports._funnel_sql(engine.dialect, period, steps, 60, segment)  # type: ignore[arg-type]
        every = re.sub(r"AND \(name IN \([^)]*\)( OR source_type IS NOT NULL)?\)", "AND (TRUE)", kept)
        assert every.count("AND (TRUE)") == 1
        assert rows(engine, kept) == rows(engine, every), segment


def test_the_visits_follow_their_partition(engine: DuckDBEngine, tmp_path: Path) -> None:
    """Each partition's visits are rebuilt when its files change, and only then."""
    folder = tmp_path / "events"
    shutil.copytree(engine.folder(), folder)
    cache = ColumnarCache(folder, tmp_path / "columnar")
    con = _connect()
    try:
        partitions = len(list(folder.glob("dt=*")))
        assert cache.refresh(con) == partitions
        assert cache.refresh(con) == 0
        visitor = "m:late-visitor"
        late = {
            "event_id": "late-1",
            "kind": "track",
            "name": "page_view",
            "visitor_id": visitor,
            "member_id": "late-visitor",
            "session_id": "S-late",
            "page": "pages/index/index",
            "ts_ms": 1772409600000,
            "event_time": "2026-03-02T00:00:00.000Z",
            "event_date": "2026-03-02",
            "received_at": "2026-03-02T00:00:01.000Z",
        }
        (folder / "dt=2026-03-02" / "part-late.json").write_text(json.dumps(late) + "\n")
        assert cache.refresh(con) == 1
        found = con.execute(
            f"SELECT event_date, CAST(dt AS VARCHAR) FROM read_parquet('{cache.glob(cache.visits_root)}', "
            f"hive_partitioning = true) WHERE visitor_id = '{visitor}'"
        ).fetchall()
        assert found == [("2026-03-02", "2026-03-02")]
    finally:
        con.close()
    cohort = reports.retention(
        Period.of(date(2026, 3, 2), date(2026, 3, 2)), engine=DuckDBEngine(folder, cache_root=tmp_path / "c2")
    )
    assert [c.first_date for c in cohort.cohorts] == ["2026-03-02"]


@pytest.mark.parametrize("segment", ["all", "share"])
def test_the_visits_derived_inside_the_query_as_on_athena_give_the_same_rows(
    engine: DuckDBEngine, segment: str
) -> None:
    """Athena has no visits table yet: its dialect derives the visits from the events inside
    the query. That SQL, pointed at the local events, answers as the visits table does."""
    athena = AthenaEngine("db", "events_table", "wg", client=None).dialect
    inline = replace(engine.dialect, visits=athena.visits.replace('"db"."events_table"', "events"))
    assert "SELECT DISTINCT dt, event_date" in inline.visits
    derived = retention_sql(engine, START, END, segment, on_visits=True, dialect=inline)
    assert inline.visits in derived
    assert rows(engine, derived) == rows(engine, retention_sql(engine, START, END, segment, on_visits=True))
