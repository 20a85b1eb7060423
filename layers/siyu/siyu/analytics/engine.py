"""Where report SQL runs: Athena over the Glue table, or DuckDB in-process over the same
date-partitioned JSON lines (a local folder, or a copy of the bucket kept in /tmp).
`ANALYTICS_ENGINE=athena|duckdb` chooses; both take the same SQL (see queries.py)."""

from __future__ import annotations

import hashlib
import json
import os
import re
import tempfile
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any, Protocol

from siyu import aws
from siyu.analytics.queries import Dialect, visits_sql
from siyu.config import get_settings
from siyu.errors import define_error
from siyu.tracking.record import COLUMNS, PARTITION_COLUMN, PREFIX

ReportFailed = define_error("REPORT_FAILED", 502, "报表查询失败，请稍后再试")
ReportTimeout = define_error("REPORT_TIMEOUT", 504, "报表查询超时，请缩小日期范围后重试")

Rows = list[dict[str, Any]]


class Engine(Protocol):
    dialect: Dialect

    def run(self, queries: dict[str, str]) -> dict[str, Rows]:
        """Run named queries; rows as dicts of Python values (int, float, str, None)."""
        ...


# ---------------------------------------------------------------- DuckDB
_DATED_KEY = re.compile(r"dt=(\d{4}-\d{2}-\d{2})/")


def mirror_bucket(bucket: str, cache_dir: Path, s3: Any, prefix: str = PREFIX) -> Path:
    """Copy new event objects from the bucket into `cache_dir/events/dt=…/` (objects are
    immutable, so each is fetched once; copies of objects gone from the bucket are removed).
    Objects under `dt=YYYY-MM-DD/` keep their date; others (Firehose's default
    YYYY/MM/DD/HH/ layout, which moto always writes) are split by each line's received_at
    date, which is what Firehose's arrival timestamp is."""
    root = cache_dir / "events"
    synced = cache_dir / ".synced"  # one marker per object copied, listing its local files
    synced.mkdir(parents=True, exist_ok=True)
    root.mkdir(parents=True, exist_ok=True)
    seen: set[str] = set()
    for page in s3.get_paginator("list_objects_v2").paginate(Bucket=bucket, Prefix=prefix):
        for obj in page.get("Contents", []):
            key = obj["Key"]
            digest = hashlib.sha256(key.encode()).hexdigest()[:32]
            seen.add(digest)
            marker = synced / digest
            if marker.exists():
                continue
            body: bytes = s3.get_object(Bucket=bucket, Key=key)["Body"].read()
            match = _DATED_KEY.search(key)
            if match:
                parts = {match.group(1): body}
            else:
                split: dict[str, list[bytes]] = {}
                for line in body.splitlines(keepends=True):
                    if line.strip():
                        received = json.loads(line).get("received_at", "0000-00-00")
                        split.setdefault(received[:10], []).append(line)
                parts = {dt: b"".join(lines) for dt, lines in split.items()}
            written = []
            for dt, data in parts.items():
                path = root / f"{PARTITION_COLUMN}={dt}" / f"{digest}.json"
                _write_atomically(path, data)
                written.append(str(path.relative_to(root)))
            _write_atomically(marker, json.dumps(written).encode())
    for marker in synced.iterdir():
        if marker.name not in seen and marker.suffix != ".part":
            for relative in json.loads(marker.read_text()):
                (root / relative).unlink(missing_ok=True)
            marker.unlink()
    return root


def _write_atomically(path: Path, data: bytes) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(dir=path.parent, suffix=".part")
    with os.fdopen(fd, "wb") as fh:
        fh.write(data)
    os.replace(tmp, path)


def _duckdb_columns() -> str:
    return "{" + ", ".join(f"'{name}': '{duck}'" for name, _, duck in COLUMNS) + "}"


def _connect() -> Any:
    import duckdb  # imported on first report, not at cold start

    # Everything DuckDB needs is built into the wheel: never try to fetch an extension,
    # and keep its home in the temp folder (Lambda has no writable HOME).
    return duckdb.connect(
        config={
            "autoinstall_known_extensions": False,
            "autoload_known_extensions": False,
            "home_directory": tempfile.gettempdir(),
        }
    )


def _signature(files: list[Path]) -> str:
    """Changes whenever a partition's JSON files do (a file added, replaced or grown)."""
    parts = []
    for f in sorted(files):
        stat = f.stat()
        parts.append(f"{f.name}:{stat.st_size}:{stat.st_mtime_ns}")
    return hashlib.sha256("|".join(parts).encode()).hexdigest()[:16]


class ColumnarCache:
    """A Parquet copy of each `dt=` partition of a JSON-lines folder, rebuilt only when the
    partition's files change: parsing JSON is most of a report's time (a year of a busy shop
    is 300 MB of lines; reading them takes seconds, the Parquet copy a fraction of that). Past
    days never change, so after the first report only new or grown partitions are converted.
    With each partition's copy, its visits (visits.sql) under `visits/`: the derived table
    that retention and KPI read for who was there on which day.
    The JSON folder stays the one source (the Firehose layout Athena reads)."""

    def __init__(self, folder: Path, root: Path | None = None) -> None:
        self.folder = folder
        key = hashlib.sha256(str(folder.resolve()).encode()).hexdigest()[:16]
        self.root = (root or Path(tempfile.gettempdir()) / "siyu-analytics-columnar") / key
        self.visits_root = self.root / "visits"

    def refresh(self, con: Any) -> int:
        """Convert the partitions that changed since the last time; how many were."""
        converted = 0
        seen = set()
        for part in self.folder.glob(f"{PARTITION_COLUMN}=*"):
            files = list(part.glob("*.json"))
            if not files:
                continue
            seen.add(part.name)
            name = f"part-{_signature(files)}.parquet"
            target = self.root / part.name / name
            visits = self.visits_root / part.name / name
            if target.exists() and visits.exists():
                continue
            # The folder and file names are ours (the bucket mirror or settings), not input.
            _copy_replacing(
                con,
                f"SELECT * FROM read_json('{part}/*.json', format = 'newline_delimited', "  # noqa: S608
                f"columns = {_duckdb_columns()})",
                target,
            )
            _copy_replacing(con, visits_sql(f"read_parquet('{target}')"), visits)
            converted += 1
        for root in (self.root, self.visits_root):
            for stale in root.glob(f"{PARTITION_COLUMN}=*"):
                if stale.name not in seen:
                    for f in stale.glob("*"):
                        f.unlink(missing_ok=True)
                    stale.rmdir()
        return converted

    def glob(self, root: Path | None = None) -> str | None:
        """The Parquet files of the events (or of another root: the visits); None if none."""
        root = root or self.root
        if not any(root.glob(f"{PARTITION_COLUMN}=*/part-*.parquet")):
            return None
        return f"{root}/{PARTITION_COLUMN}=*/part-*.parquet"


def _copy_replacing(con: Any, select: str, target: Path) -> None:
    """Write the rows of `select` to `target` as Parquet, replacing the partition's older file."""
    target.parent.mkdir(parents=True, exist_ok=True)
    tmp = target.with_name(f".{target.name}.{os.getpid()}.tmp")
    con.execute(f"COPY ({select}) TO '{tmp}' (FORMAT PARQUET)")
    os.replace(tmp, target)
    for old in target.parent.glob("part-*.parquet"):
        if old != target:
            old.unlink(missing_ok=True)


class DuckDBEngine:
    """DuckDB over a folder in the Firehose layout: `<folder>/dt=YYYY-MM-DD/*.json`, read
    through its Parquet copy (`ColumnarCache`).

    `folder` is fixed, or a callable that returns it (e.g. mirrors the bucket first)."""

    dialect = Dialect(name="duckdb", events="events", visits="visits")

    def __init__(self, folder: Path | Callable[[], Path], cache_root: Path | None = None) -> None:
        self._folder = folder
        self._cache_root = cache_root

    def folder(self) -> Path:
        return self._folder() if callable(self._folder) else self._folder

    def run(self, queries: dict[str, str]) -> dict[str, Rows]:
        import duckdb

        con = _connect()
        try:
            cache = ColumnarCache(self.folder(), self._cache_root)
            cache.refresh(con)
            files, visits = cache.glob(), cache.glob(cache.visits_root)
            if files is None or visits is None:
                # An empty folder: empty views of the same columns.
                nulls = ", ".join(f"NULL::{duck} AS {name}" for name, _, duck in COLUMNS)
                con.execute(
                    f"CREATE VIEW events AS SELECT {nulls}, NULL::VARCHAR AS {PARTITION_COLUMN} WHERE false"
                )
                con.execute(f"CREATE VIEW visits AS {visits_sql('events', keep_dt=True)}")
            else:
                for view, glob in (("events", files), ("visits", visits)):
                    con.execute(
                        f"CREATE VIEW {view} AS SELECT * FROM read_parquet('{glob}', "  # noqa: S608
                        f"hive_partitioning = true, hive_types = {{'{PARTITION_COLUMN}': 'VARCHAR'}})"
                    )
            results: dict[str, Rows] = {}
            for name, sql in queries.items():
                cursor = con.execute(sql)
                columns = [d[0] for d in cursor.description or []]
                results[name] = [dict(zip(columns, row, strict=True)) for row in cursor.fetchall()]
            return results
        except duckdb.Error as exc:
            raise ReportFailed(details={"engine": "duckdb"}) from exc
        finally:
            con.close()


# ---------------------------------------------------------------- Athena
_CONVERT: dict[str, Callable[[str], Any]] = {
    "bigint": int,
    "integer": int,
    "smallint": int,
    "tinyint": int,
    "double": float,
    "float": float,
    "real": float,
    "boolean": lambda v: v == "true",
}


class AthenaEngine:
    """Athena over the Glue table: the queries of one report start together, then each is
    polled until it ends and its result pages are read."""

    def __init__(
        self,
        database: str,
        table: str,
        workgroup: str,
        client: Any,
        *,
        timeout_seconds: float = 25.0,
        sleep: Callable[[float], None] = time.sleep,
    ) -> None:
        events = f'"{database}"."{table}"'
        # The visits table is not materialised on Athena yet: derived from the events in the
        # query (the same rows, but Athena scans the events of every day it covers).
        visits = f"({visits_sql(events, keep_dt=True)}) AS visits"
        self.dialect = Dialect(name="athena", events=events, visits=visits)
        self.database = database
        self.workgroup = workgroup
        self.client = client
        self.timeout_seconds = timeout_seconds
        self.sleep = sleep

    def run(self, queries: dict[str, str]) -> dict[str, Rows]:
        started = {
            name: self.client.start_query_execution(
                QueryString=sql,
                WorkGroup=self.workgroup,
                QueryExecutionContext={"Database": self.database},
            )["QueryExecutionId"]
            for name, sql in queries.items()
        }
        deadline = time.monotonic() + self.timeout_seconds
        return {name: self._wait_and_read(execution_id, deadline) for name, execution_id in started.items()}

    def _wait_and_read(self, execution_id: str, deadline: float) -> Rows:
        delay = 0.1
        while True:
            status = self.client.get_query_execution(QueryExecutionId=execution_id)["QueryExecution"][
                "Status"
            ]
            state = status["State"]
            if state == "SUCCEEDED":
                return self._rows(execution_id)
            if state in ("FAILED", "CANCELLED"):
                raise ReportFailed(details={"engine": "athena", "state": state})
            if time.monotonic() > deadline:
                self.client.stop_query_execution(QueryExecutionId=execution_id)
                raise ReportTimeout()
            self.sleep(delay)
            delay = min(delay * 2, 1.0)

    def _rows(self, execution_id: str) -> Rows:
        rows: Rows = []
        columns: list[tuple[str, Callable[[str], Any]]] = []
        header_skipped = False
        paginator = self.client.get_paginator("get_query_results")
        for page in paginator.paginate(QueryExecutionId=execution_id):
            result = page["ResultSet"]
            if not columns:
                columns = [
                    (c["Name"], _CONVERT.get(c["Type"].lower(), str))
                    for c in result["ResultSetMetadata"]["ColumnInfo"]
                ]
            for row in result["Rows"]:
                data = row["Data"]
                if not header_skipped:  # the first row of a SELECT's results is the header
                    header_skipped = True
                    continue
                rows.append(
                    {
                        name: (convert(cell["VarCharValue"]) if "VarCharValue" in cell else None)
                        for (name, convert), cell in zip(columns, data, strict=True)
                    }
                )
        return rows


def get_engine() -> Engine:
    """The engine this function is configured for."""
    settings = get_settings()
    if settings.analytics_engine == "athena":
        return AthenaEngine(
            settings.analytics_database,
            settings.analytics_table,
            settings.athena_workgroup,
            aws.client("athena"),
        )
    if settings.analytics_data_dir:
        return DuckDBEngine(Path(settings.analytics_data_dir))
    cache_root = settings.analytics_cache_dir or str(Path(tempfile.gettempdir()) / "siyu-analytics")
    cache_dir = Path(cache_root) / settings.analytics_bucket
    return DuckDBEngine(lambda: mirror_bucket(settings.analytics_bucket, cache_dir, aws.client("s3")))
