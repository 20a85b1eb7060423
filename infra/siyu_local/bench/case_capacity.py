"""Capacity and cost, from the code's own numbers (run after the other cases: it reads the
DynamoDB request units they counted, `bench.Table.units`; alone, `make bench` with
`capacity` only runs the cases it needs first, silently). The model is written up in
docs/capacity.md.

1. DynamoDB reads and writes per request of the member's routes (counted calls, their
   request units).
2. The flash sale: sustainable purchase attempts per second per sale, given its shard count
   and DynamoDB's 1,000 write units per second on one partition, and the Lambda concurrency
   that rate needs.
3. The live reminder and push fan-out: time to remind N members at Siyu's send rate and at
   Kuaishou's platform cap (100 messages per second), and the senders' concurrency.
4. Cost per 1,000 members per month: the request mix below (assumptions stated), the counted
   units, and the public prices of `prices.py` for cn-north-1 and us-east-1. Goal: at most
   $0.50 of variable cost per 1,000 members."""

from __future__ import annotations

import importlib
import os
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date, timedelta
from functools import cache
from typing import Any

from siyu_local import bench
from siyu_local.bench import prices
from siyu_local.bench.case_reports import DT_RANGE
from siyu_local.template import default_stack

PARTITION_WRITE_UNITS = 1_000  # per second, one partition (so one item) of a DynamoDB table
PLATFORM_MESSAGE_CAP = 100  # Kuaishou subscribe messages per second, per app
# Assumptions for what the bench cannot measure here (in-region figures, not this machine):
WARM_SECONDS = 0.040  # a warm API invocation: handler + its DynamoDB calls (single-digit ms each)
FLASH_ATTEMPT_SECONDS = 0.025  # one purchase: the sale cached, one transaction
KUAISHOU_SEND_SECONDS = 0.150  # one subscribe-message call from cn-north-1
COLD_SHARE = 0.03  # invocations that start a container (low-traffic shops see more)
INIT_SECONDS = 0.8  # billed init of a cold container (arm64, 512 MB; see case_coldstart)
MEMORY_GB = 0.5  # the template's MemorySize for API functions


@dataclass(frozen=True)
class Use:
    """One thing a member does in a month, and what it costs per time."""

    what: str
    per_month: float
    counted: tuple[str, str] | None  # the bench row whose DynamoDB calls it makes
    extra_writes: float = 0.0  # writes the row does not include (the member write limit)
    reads: float = 0.0  # when not counted: assumed read units
    writes: float = 0.0  # when not counted: assumed write units
    lambdas: int = 1  # Lambda invocations (the API's, plus consumers)
    api: int = 1  # API Gateway requests
    domain_events: int = 0  # when not counted: assumed events staged (to EventBridge, then consumers)
    firehose_records: int = 0  # 5 KB billing increments each


WRITE_LIMIT = 1.0  # the member write limit's counter (siyu.ratelimit): one UpdateItem

# A member of a local shop, per month (assumptions; docs/capacity.md explains them): 8 visits
# to the mini-program, 6 check-ins, 2 coupons claimed, 1 order paid, 1 flash-sale attempt,
# half a friend-assist help, 2 logins (tokens last 30 days but phones change), and 15
# tracked events per visit sent in 2 batches.
MIX: tuple[Use, ...] = (
    Use("login (code2session)", 2, ("auth", "DynamoDB calls per login, returning member")),
    Use("open: GET /v1/me + page layout", 16, None, reads=0.5),
    Use("GET /v1/checkins (calendar)", 6, ("members", "DynamoDB calls per GET /v1/checkins")),
    Use(
        "POST /v1/checkins",
        6,
        ("members", "DynamoDB calls per check-in after the calendar (usual flow)"),
    ),
    Use(
        "coupon claim",
        2,
        ("coupons", "DynamoDB calls per claim (goal 1)"),
        extra_writes=WRITE_LIMIT,
    ),
    Use(
        "order creation",
        1,
        ("orders", "DynamoDB calls per order creation"),
        extra_writes=WRITE_LIMIT,
    ),
    Use("payment callback", 1, ("orders", "DynamoDB calls per PAYMENT callback")),
    Use("flash-sale attempt", 1, None, writes=6.0, reads=0.5, domain_events=1),
    Use("assist help", 0.5, ("assist", "DynamoDB calls per help"), extra_writes=WRITE_LIMIT),
    Use("POST /v1/events (15 events, 2 batches a visit)", 16, None, writes=WRITE_LIMIT, firehose_records=1),
)
# Staff reading reports on Athena, per 1,000 members a month: 30 dashboard opens (the
# console's DashboardView: the business trends over 7 days, then the KPI over the last 30
# days, over the 30 before and over the month so far) and 30 other reports over 30 days, each
# one of the seven analytics reports. What each reads is counted from the SQL the reports
# render (`_scanned_days`). The data: 120 events a member a month, 400 bytes each.
EVENT_BYTES = 400
EVENTS_PER_MEMBER_MONTH = 120
DASHBOARD_OPENS, OTHER_REPORT_VIEWS = 30, 30
HISTORY_MONTHS = 12  # the event history kept in S3
ATHENA_MIN_GB = 0.01  # Athena bills at least 10 MB per query


def _units(table: bench.Table, use: Use) -> tuple[float, float, int, int | None]:
    """(read units, write units, domain events, calls counted) per time."""
    if use.counted is None:
        return use.reads, use.writes + use.extra_writes, use.domain_events, None
    calls, reads, writes, events = table.units[use.counted]
    return reads, writes + use.extra_writes, events, calls


def _ensure_counted(table: bench.Table) -> None:
    needed = sorted({use.counted[0] for use in MIX if use.counted and use.counted not in table.units})
    if not needed:
        return
    with open(os.devnull, "w", encoding="utf-8") as quiet:
        silent = bench.Table(out=quiet)
        for case in needed:
            importlib.import_module(f"siyu_local.bench.case_{case}").run(silent)
    table.units.update(silent.units)


def capacity(table: bench.Table) -> None:
    from siyu.config import get_settings

    for use in MIX:
        reads, writes, events, calls = _units(table, use)
        source = f"{calls} calls counted" if calls is not None else "assumed"
        table.add(
            "capacity", f"{use.what}: read / write units, events", f"{reads:g} / {writes:g}, {events}", source
        )

    settings = get_settings()
    shards = settings.flash_sale_shards
    takes_per_shard = PARTITION_WRITE_UNITS / 2  # a transactional write takes 2 units of its item
    per_sale = shards * takes_per_shard
    table.add("capacity", "flash sale: shards per sale (FLASH_SALE_SHARDS)", shards)
    table.add("capacity", "flash sale: attempts/s per sale while stock lasts", per_sale, "design 10,000")
    table.add(
        "capacity",
        "flash sale: Lambda concurrency at that rate",
        round(per_sale * FLASH_ATTEMPT_SECONDS),
        f"{FLASH_ATTEMPT_SECONDS * 1000:.0f} ms/attempt",
    )
    table.add("capacity", "flash sale: DynamoDB writes per attempt once sold out", 0, "reads only")

    rate = min(settings.kuaishou_message_rate, PLATFORM_MESSAGE_CAP)
    senders = _sender_concurrency()
    in_flight = senders * settings.live_sender_threads
    deliverable = min(rate, in_flight / KUAISHOU_SEND_SECONDS)
    for members in (1_000, 10_000, 50_000):
        table.add(
            "capacity",
            f"live reminder to {members:,} members: minutes at {deliverable:.0f}/s",
            members / deliverable / 60,
            f"{members / PLATFORM_MESSAGE_CAP / 60:.1f} at the cap ({PLATFORM_MESSAGE_CAP}/s)",
        )
    table.add(
        "capacity",
        "live reminder: sender concurrency x threads (in-flight sends)",
        f"{senders} x {settings.live_sender_threads}",
        f"needs {rate * KUAISHOU_SEND_SECONDS:.0f} at {rate}/s",
    )


def _sender_concurrency() -> int:
    stack = default_stack()
    fn = stack.functions()["LiveReminderSenderFunction"]
    for event in fn.events.values():
        scaling = event.get("Properties", {}).get("ScalingConfig") or {}
        if "MaximumConcurrency" in scaling:
            return int(scaling["MaximumConcurrency"])
    return 1


@dataclass
class MonthlyCost:
    lambda_: float = 0.0
    api: float = 0.0
    dynamodb: float = 0.0
    events: float = 0.0
    firehose_s3: float = 0.0
    athena: float = 0.0

    @property
    def total(self) -> float:
        return self.lambda_ + self.api + self.dynamodb + self.events + self.firehose_s3 + self.athena


def cost_per_thousand(table: bench.Table, p: prices.Prices) -> MonthlyCost:
    members = 1_000
    cost = MonthlyCost()
    invocations = reads = writes = api = domain_events = records = 0.0
    for use in MIX:
        r, w, events, _ = _units(table, use)
        n = use.per_month * members
        invocations += n * use.lambdas
        api += n * use.api
        reads += n * r
        writes += n * w
        domain_events += n * events
        records += n * use.firehose_records
    # every domain event: its outbox item (written in the change's transaction, counted above),
    # the forwarder (batches of 100 from the stream) and one consumer invocation
    invocations += domain_events / 100 + domain_events
    gb_seconds = invocations * MEMORY_GB * (WARM_SECONDS + COLD_SHARE * INIT_SECONDS)
    cost.lambda_ = gb_seconds * p.lambda_arm_gb_second + invocations / 1e6 * p.lambda_per_million_requests
    cost.api = api / 1e6 * p.http_api_per_million_requests
    cost.dynamodb = (
        writes / 1e6 * p.dynamodb_per_million_write_units + reads / 1e6 * p.dynamodb_per_million_read_units
    )
    cost.events = domain_events / 1e6 * p.eventbridge_per_million_events
    event_gb = members * EVENTS_PER_MEMBER_MONTH * EVENT_BYTES / 1e9
    firehose_gb = records * 5 * 1024 / 1e9  # each record billed in 5 KB increments
    s3_puts = 24 * 30 * 12  # Firehose buffers: at most one object per 5 minutes a day
    cost.firehose_s3 = (
        firehose_gb * p.firehose_per_gb
        + s3_puts / 1000 * p.s3_per_thousand_puts
        + event_gb * HISTORY_MONTHS / 2 * p.s3_gb_month  # the average year of history kept
    )
    day_gb = event_gb / 30
    dashboard, others = _scanned_days()

    def scanned_tb(days_per_query: list[int]) -> float:
        return sum(max(days * day_gb, ATHENA_MIN_GB) for days in days_per_query) / 1e3

    others_tb = sum(scanned_tb(days) for days in others.values()) / len(others)
    athena_tb = DASHBOARD_OPENS * scanned_tb(dashboard) + OTHER_REPORT_VIEWS * others_tb
    cost.athena = athena_tb * p.athena_per_tb_scanned
    return cost


class _CountingEngine:
    """Takes a report's queries and answers none: the days of events each would make Athena
    read. Athena scans every byte of the JSON partitions a query's `dt BETWEEN` keeps; the
    visits, not materialised on Athena, are derived from the events of the same days."""

    def __init__(self) -> None:
        from siyu.analytics.queries import Dialect

        self.dialect = Dialect(name="duckdb", events="events", visits="visits")
        self.days: list[int] = []

    def run(self, queries: dict[str, str]) -> dict[str, list[dict[str, object]]]:
        for name, sql in queries.items():
            spans = DT_RANGE.findall(sql)
            if not spans:
                raise AssertionError(f"query {name!r} keeps no day range: it would scan every partition")
            self.days.append(
                sum((date.fromisoformat(b) - date.fromisoformat(a)).days + 1 for _, a, b in spans)
            )
        return {name: [] for name in queries}


@cache
def _scanned_days() -> tuple[list[int], dict[str, list[int]]]:
    """(days of events read by each query of one dashboard open, the same of each other report)."""
    from siyu.analytics import reports
    from siyu.analytics.reports import FunnelStep, Period

    today = date(2026, 12, 15)  # mid-month: the month so far is the average 15 days

    def last(days: int) -> Period:
        return Period.of(today - timedelta(days=days - 1), today)

    def counted(*calls: Callable[[Any], object]) -> list[int]:
        engine = _CountingEngine()
        for call in calls:
            call(engine)
        return engine.days

    month = last(30)
    dashboard = counted(
        lambda e: reports.business(last(7), engine=e),
        lambda e: reports.kpi(month, engine=e),
        lambda e: reports.kpi(month.previous(), engine=e),
        lambda e: reports.kpi(Period(today.replace(day=1), today), engine=e),
    )
    steps = [FunnelStep(event="page_view"), FunnelStep(event="OrderPaid")]
    others = {
        "traffic": counted(lambda e: reports.traffic(month, engine=e)),
        "funnel": counted(lambda e: reports.funnel(month, steps, window_minutes=60, engine=e)),
        "retention": counted(lambda e: reports.retention(month, engine=e)),
        "heatmap": counted(lambda e: reports.heatmap(month, "pages/index/index", engine=e)),
        "dwell": counted(lambda e: reports.dwell(month, engine=e)),
        "bounce": counted(lambda e: reports.bounce(month, engine=e)),
        "sources": counted(lambda e: reports.sources(month, engine=e)),
    }
    return dashboard, others


def cost(table: bench.Table) -> None:
    requests = sum(use.per_month * use.api for use in MIX)
    table.add("cost", "API requests per member per month (the mix)", requests)
    dashboard, others = _scanned_days()
    table.add(
        "cost",
        "Athena: days of events one dashboard open reads (business 7 d; KPI 30 d, 30 before, month so far)",
        sum(dashboard),
        f"{len(dashboard)} queries",
    )
    for name, days in others.items():
        table.add("cost", f"Athena: days of events the {name} report over 30 days reads", sum(days))
    for p in prices.REGIONS:
        c = cost_per_thousand(table, p)
        usd = c.total / (prices.CNY_PER_USD if p.currency == "CNY" else 1.0)
        parts = {
            "Lambda": c.lambda_,
            "HTTP API": c.api,
            "DynamoDB": c.dynamodb,
            "EventBridge": c.events,
            "Firehose+S3": c.firehose_s3,
            "Athena": c.athena,
        }
        for name, value in parts.items():
            table.add("cost", f"{p.region}: {name} per 1,000 members/month ({p.currency})", round(value, 4))
        table.add(
            "cost",
            f"{p.region}: variable cost per 1,000 members/month (USD, prices {prices.AS_OF})",
            round(usd, 3),
            "<= 0.50",
        )


def run(table: bench.Table) -> None:
    bench.quiet_environment(default_stack())
    _ensure_counted(table)
    capacity(table)
    cost(table)
