"""The stored form of an analytics event: one JSON object per line, the same for events the
mini-program sends (kind "track") and domain events of the other capabilities (kind
"domain"), so that a funnel can start with a page view and end with a paid order.

Firehose writes the lines to `events/dt=<UTC arrival date>/` in the analytics bucket; the
Glue table (template.yaml) and the DuckDB reader (siyu.analytics.engine) both declare
`COLUMNS` below — a test keeps the template in step. Keys whose value is null are left
out of a line. Delivery is at least once: readers deduplicate by `event_id`.
"""

from __future__ import annotations

import json
from datetime import UTC, datetime, timedelta
from typing import Any

from siyu import clock

# (column, Glue/Hive type, DuckDB type)
COLUMNS: tuple[tuple[str, str, str], ...] = (
    ("event_id", "string", "VARCHAR"),
    ("kind", "string", "VARCHAR"),  # "track" | "domain"
    ("name", "string", "VARCHAR"),  # page_view, page_leave, tap, <custom>, OrderPaid, …
    ("visitor_id", "string", "VARCHAR"),  # "m:<member_id>" or "d:<device_id>"
    ("member_id", "string", "VARCHAR"),
    ("device_id", "string", "VARCHAR"),
    ("session_id", "string", "VARCHAR"),
    ("page", "string", "VARCHAR"),
    ("element", "string", "VARCHAR"),
    ("x", "double", "DOUBLE"),  # tap position, 0..1 of the page width
    ("y", "double", "DOUBLE"),  # 0..1 of the scroll height
    ("dwell_ms", "bigint", "BIGINT"),
    ("scene", "string", "VARCHAR"),
    ("source_type", "string", "VARCHAR"),  # video | live | share | other
    ("source_id", "string", "VARCHAR"),
    ("launch_query", "string", "VARCHAR"),  # JSON text
    (
        "experiments",
        "array<struct<experiment:string,variant:string>>",
        "STRUCT(experiment VARCHAR, variant VARCHAR)[]",
    ),
    ("props", "string", "VARCHAR"),  # JSON text (domain events: their data)
    ("client_ts", "bigint", "BIGINT"),  # the client's clock, epoch ms
    ("ts_ms", "bigint", "BIGINT"),  # event time on the server's clock (skew corrected), epoch ms
    ("event_time", "string", "VARCHAR"),  # ts_ms as UTC ISO-8601
    ("event_date", "string", "VARCHAR"),  # the Asia/Shanghai calendar day of ts_ms
    ("received_at", "string", "VARCHAR"),  # UTC ISO-8601, when Siyu received it
)
PARTITION_COLUMN = "dt"  # UTC date of arrival at Firehose: events/dt=YYYY-MM-DD/
PREFIX = "events/"
# The oldest event the collector stores (after skew correction), by its arrival: how many
# arrival dates a report reads before its first day (siyu.analytics.queries).
MAX_EVENT_AGE_MS = 7 * 24 * 3600 * 1000
COLUMN_NAMES = tuple(name for name, _, _ in COLUMNS)


_EPOCH = datetime(1970, 1, 1, tzinfo=UTC)


def epoch_ms(dt: datetime) -> int:
    """Exact integer milliseconds (no float rounding)."""
    return (dt - _EPOCH) // timedelta(milliseconds=1)


def iso_ms(epoch_ms: int) -> str:
    return clock.iso(_EPOCH + timedelta(milliseconds=epoch_ms))


def shanghai_date(epoch_ms: int) -> str:
    return clock.shanghai_day(_EPOCH + timedelta(milliseconds=epoch_ms)).isoformat()


def line(record: dict[str, Any]) -> bytes:
    """One stored line: known columns only, nulls left out, UTF-8, newline-terminated."""
    compact = {k: record[k] for k in COLUMN_NAMES if record.get(k) is not None}
    return (json.dumps(compact, ensure_ascii=False, separators=(",", ":")) + "\n").encode()
