"""The Athena engine on moto: the report SQL goes to the workgroup against the Glue table
(the only dialect difference), queries of one report start together, results are typed
from Athena's column metadata, failures and timeouts are clear errors. moto does not run
SQL: it returns the result rows queued here, shaped as Athena returns them."""

from __future__ import annotations

from datetime import date

import pytest
from moto.athena.models import QueryResults, athena_backends

from siyu import aws as siyu_aws
from siyu.analytics import reports
from siyu.analytics.engine import AthenaEngine, DuckDBEngine
from siyu.analytics.reports import Period
from siyu.errors import SiyuError

DATABASE, TABLE, WORKGROUP = "siyu_dev_analytics", "events", "primary"
PERIOD = Period.of(date(2026, 3, 1), date(2026, 3, 2))


def backend():
    return athena_backends["123456789012"]["cn-north-1"]


def queue(columns: list[tuple[str, str]], rows: list[list[str | None]]) -> None:
    """One result set: a header row then the data rows, every value a string (or absent)."""
    header = {"Data": [{"VarCharValue": name} for name, _ in columns]}
    data = [{"Data": [{"VarCharValue": v} if v is not None else {} for v in row]} for row in rows]
    backend().query_results_queue.append(
        QueryResults(rows=[header, *data], column_info=[{"Name": n, "Type": t} for n, t in columns])
    )


def engine(**kwargs) -> AthenaEngine:
    return AthenaEngine(DATABASE, TABLE, WORKGROUP, siyu_aws.client("athena"), sleep=lambda _: None, **kwargs)


def test_a_report_runs_on_athena_with_the_same_sql(aws):
    columns = [
        ("grouping_set", "integer"),
        ("event_date", "varchar"),
        ("page", "varchar"),
        ("pv", "bigint"),
        ("uv", "bigint"),
    ]
    queue(
        columns,
        [
            ["0", "2026-03-01", "pages/a", "5", "2"],
            ["1", "2026-03-01", None, "5", "2"],
            ["2", None, "pages/a", "5", "2"],
            ["3", None, None, "5", "2"],
        ],
    )
    athena = engine()
    got = reports.traffic(PERIOD, engine=athena)
    assert got.total.model_dump() == {"pv": 5, "uv": 2}
    assert [d.model_dump() for d in got.by_day] == [{"pv": 5, "uv": 2, "day": "2026-03-01"}]
    assert [p.page for p in got.by_page] == ["pages/a"]

    (execution,) = backend().executions.values()
    assert execution.workgroup.name == WORKGROUP
    assert execution.context == {"Database": DATABASE}
    athena_sql = execution.query
    assert f'FROM "{DATABASE}"."{TABLE}"' in athena_sql
    # One SQL: the text for DuckDB differs only in where the events are read from.
    from siyu.analytics import queries

    duck_sql = queries.render(
        "traffic",
        DuckDBEngine.dialect,
        PERIOD.start,
        PERIOD.end,
        reports.segment_sql("all"),
        page_filter="TRUE",
    )
    assert duck_sql.replace("FROM events", f'FROM "{DATABASE}"."{TABLE}"') == athena_sql


def test_the_kpi_queries_start_together(aws):
    for _ in range(4):
        queue([("period", "integer"), ("x", "bigint")], [])
    calls: list[str] = []

    class Recording:
        def __init__(self, real):
            self.real = real

        def __getattr__(self, name):
            calls.append(name)
            return getattr(self.real, name)

    athena = AthenaEngine(
        DATABASE, TABLE, WORKGROUP, Recording(siyu_aws.client("athena")), sleep=lambda _: None
    )
    reports.kpi(PERIOD, engine=athena)
    assert len(backend().executions) == 4
    assert calls[:5] == ["start_query_execution"] * 4 + ["get_query_execution"]


def test_nulls_doubles_and_pages_of_results(aws):
    queue(
        [
            ("part", "varchar"),
            ("col_no", "integer"),
            ("row_no", "integer"),
            ("element", "varchar"),
            ("taps", "bigint"),
        ],
        [["cell", "9", "0", None, "3"], ["element", None, None, "banner", "2"]],
    )
    got = reports.heatmap(PERIOD, "pages/a", engine=engine())
    assert [c.model_dump() for c in got.cells] == [{"col": 9, "row": 0, "taps": 3}]
    assert [e.model_dump() for e in got.elements] == [{"element": "banner", "taps": 2}]


def test_a_failed_query_is_report_failed(aws, monkeypatch):
    athena = engine()
    real = athena.client.get_query_execution

    def failed(**kwargs):
        answer = real(**kwargs)
        answer["QueryExecution"]["Status"]["State"] = "FAILED"
        return answer

    monkeypatch.setattr(athena.client, "get_query_execution", failed)
    with pytest.raises(SiyuError) as err:
        reports.traffic(PERIOD, engine=athena)
    assert (err.value.code, err.value.status) == ("REPORT_FAILED", 502)


def test_a_slow_query_is_stopped_and_is_report_timeout(aws, monkeypatch):
    athena = engine(timeout_seconds=0)
    real = athena.client.get_query_execution

    def running(**kwargs):
        answer = real(**kwargs)
        answer["QueryExecution"]["Status"]["State"] = "RUNNING"
        return answer

    monkeypatch.setattr(athena.client, "get_query_execution", running)
    with pytest.raises(SiyuError) as err:
        reports.traffic(PERIOD, engine=athena)
    assert (err.value.code, err.value.status) == ("REPORT_TIMEOUT", 504)
    (execution,) = backend().executions.values()
    assert execution.status == "CANCELLED"
