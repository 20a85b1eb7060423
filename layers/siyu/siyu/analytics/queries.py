"""The report SQL (files in ./sql) rendered for an engine.

One SQL for both engines: the files use the syntax Athena (Trino) and DuckDB share. The
only dialect difference is where the events are read from — `${events}` becomes the Glue
table on Athena and a view of the Parquet copy on DuckDB; `${visits}` the visits table
derived from them (visits.sql) — and it is substituted here, in `render`. Values are
rendered as SQL literals from validated inputs (dates, integers, strings limited to a safe
alphabet and quoted), never pasted from a request as they are.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date, timedelta
from functools import cache
from importlib import resources
from string import Template

from siyu.tracking.record import MAX_EVENT_AGE_MS

DAY_MS = 24 * 3600 * 1000
# Events can arrive up to MAX_EVENT_AGE after they happen, and a Shanghai day starts the
# UTC day before: the UTC arrival dates (dt) to read for a range of days.
ARRIVAL_LAG_DAYS = MAX_EVENT_AGE_MS // DAY_MS + 1
_SAFE_TEXT = re.compile(r"^[A-Za-z0-9_\-./:=]{0,256}$")


@cache
def sql_file(name: str) -> str:
    return (resources.files("siyu.analytics.sql") / f"{name}.sql").read_text(encoding="utf-8")


def text(value: str) -> str:
    """A string literal. Inputs reaching SQL are limited to a safe alphabet first."""
    if not _SAFE_TEXT.match(value):
        raise ValueError(f"unsafe SQL text: {value!r}")
    return "'" + value.replace("'", "''") + "'"


def day(value: date) -> str:
    return text(value.isoformat())


def integer(value: int) -> str:
    return str(int(value))


@dataclass(frozen=True)
class Dialect:
    name: str  # "athena" | "duckdb"
    events: str  # the relation that holds the events
    visits: str  # the relation that holds the visits (visits.sql), partitioned by dt as well


def visits_sql(events: str, *, keep_dt: bool = False) -> str:
    """visits.sql over a relation of events: what the engines derive the visits table with
    (one partition at a time; `keep_dt` keeps the partition column, for a derivation over
    many partitions at once)."""
    return Template(sql_file("visits")).substitute(events=events, dt="dt, " if keep_dt else "")


def render(
    name: str,
    dialect: Dialect,
    day_from: date,
    day_to: date,
    segment: str,
    *,
    base_file: str = "base",
    keep: str = "TRUE",
    **values: str,
) -> str:
    """A report query: base.sql (dedup, days, segment) then the report's own SQL; with
    `base_file="visits_base"` the same CTEs over the visits table. `keep`: a filter on columns
    that copies of an event share (name, source_type), to leave out before the dedup the
    events the report and its segment never look at."""
    dt_from = day_from - timedelta(days=1)
    dt_to = day_to + timedelta(days=ARRIVAL_LAG_DAYS)
    base = Template(sql_file(base_file)).substitute(
        events=dialect.events,
        visits=dialect.visits,
        dt_from=day(dt_from),
        dt_to=day(dt_to),
        day_from=day(day_from),
        day_to=day(day_to),
        segment=segment,
        keep=keep,
    )
    return Template(sql_file(name)).substitute(base=base, **values)


def funnel_sql(
    dialect: Dialect,
    day_from: date,
    day_to: date,
    segment: str,
    matches: list[str],
    window_ms: int,
    keep: str = "TRUE",
) -> str:
    """The funnel query for n steps: funnel.sql with funnel_step.sql once per step after
    the first, and one count per step (`keep`: as in `render`)."""
    steps = "".join(
        Template(sql_file("funnel_step")).substitute(
            k=k, prev=k - 1, match=matches[k - 1], window_ms=integer(window_ms)
        )
        for k in range(2, len(matches) + 1)
    )
    counts = "\nUNION ALL\n".join(
        f"SELECT {k} AS step, count(DISTINCT visitor_id) AS reached FROM step{k}"  # noqa: S608 (ints)
        for k in range(1, len(matches) + 1)
    )
    return render(
        "funnel", dialect, day_from, day_to, segment, keep=keep, match1=matches[0], steps=steps, counts=counts
    )
