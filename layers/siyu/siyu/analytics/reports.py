"""Analytics reports over the stored events: traffic (PV/UV), dwell, bounce, heatmap,
funnel, retention, traffic sources and the KPI summary. Each function takes a period of
Asia/Shanghai days and runs the SQL of ./sql on the configured engine; SQL returns
counts and sums, and the ratios are computed here from them (rounded to 4 places).

Other capabilities may call these in-process, e.g. `funnel(Period.of(a, b), steps)`.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date, timedelta
from typing import TYPE_CHECKING, Any, Literal

from pydantic import Field, TypeAdapter

from siyu import clock
from siyu.analytics import queries
from siyu.analytics.queries import Dialect, day, integer, text
from siyu.base_model import SiyuModel
from siyu.config import get_settings
from siyu.errors import InternalError, define_error

if TYPE_CHECKING:
    from siyu.analytics.engine import Engine, Rows

RangeInvalid = define_error("REPORT_RANGE_INVALID", 400, "报表日期范围无效")

MAX_RANGE_DAYS = 93
RETENTION_LOOKBACK_DAYS = 365  # a visitor's "first visit" is the first seen in this many days
RETENTION_DAYS = (1, 7, 30)
MAX_RETENTION_DAY = 30
Segment = Literal["all", "members", "anonymous", "video", "live", "share"]
SOURCE_SEGMENTS = frozenset({"video", "live", "share"})
# Upper bounds (exclusive) in ms and labels; the last bucket has no upper bound.
DWELL_BUCKETS: tuple[tuple[int | None, str], ...] = (
    (3_000, "0-3s"),
    (10_000, "3-10s"),
    (30_000, "10-30s"),
    (60_000, "30-60s"),
    (180_000, "1-3min"),
    (600_000, "3-10min"),
    (None, "10min+"),
)
STEP_EVENT = r"^([a-z][a-z0-9_]{0,63}|[A-Z][A-Za-z0-9]{0,63})$"  # client or domain event names
PAGE = r"^/?[A-Za-z0-9_\-./]{1,255}$"


# ---------------------------------------------------------------- inputs
@dataclass(frozen=True)
class Period:
    """Inclusive range of Asia/Shanghai days."""

    start: date
    end: date

    @classmethod
    def of(cls, start: date, end: date, max_days: int = MAX_RANGE_DAYS) -> Period:
        if end < start or (end - start).days + 1 > max_days:
            raise RangeInvalid(
                details={"from": start.isoformat(), "to": end.isoformat(), "max_days": max_days}
            )
        return cls(start, end)

    @property
    def days(self) -> int:
        return (self.end - self.start).days + 1

    def previous(self) -> Period:
        """The period of the same length just before."""
        return Period(self.start - timedelta(days=self.days), self.start - timedelta(days=1))


class FunnelStep(SiyuModel):
    event: str = Field(
        pattern=STEP_EVENT, description="event name: page_view, a custom event, or a domain event"
    )
    page: str | None = Field(default=None, pattern=PAGE, description="only events on this page")


class PeriodOut(SiyuModel):
    start: str = Field(serialization_alias="from")
    end: str = Field(serialization_alias="to")

    @classmethod
    def of(cls, period: Period) -> PeriodOut:
        return cls(start=period.start.isoformat(), end=period.end.isoformat())


ATTRIBUTION_WINDOW_MS = 24 * 3600 * 1000


def segment_sql(segment: Segment, attribution_ms: int | None = ATTRIBUTION_WINDOW_MS) -> str:
    """The row filter of a segment, on the `d` alias of base.sql.

    Source segments (share, live, video) keep the events of sessions launched from that kind
    of source. Domain events (an order, a payment) have no session: each goes to the source
    of the member's latest launch before it, within `attribution_ms` — the visit that led to it.
    `attribution_ms=None`: sessions only, no domain event kept (for visits_base.sql, which has
    no times: the reports on it count track events only)."""
    if segment == "all":
        return "TRUE"
    if segment == "members":
        return "d.member_id IS NOT NULL"
    if segment == "anonymous":
        return "d.member_id IS NULL AND d.kind = 'track'"
    source = text(segment)
    sessions = (
        "EXISTS (SELECT 1 FROM dedup s WHERE s.visitor_id = d.visitor_id "  # noqa: S608 (a quoted enum)
        f"AND s.session_id = d.session_id AND s.source_type = {source})"
    )
    if attribution_ms is None:
        return f"(d.session_id IS NOT NULL AND {sessions})"
    return (
        f"(CASE WHEN d.session_id IS NOT NULL THEN {sessions} "  # noqa: S608 (a quoted enum and an int)
        "WHEN d.kind = 'domain' AND d.member_id IS NOT NULL THEN "
        "(SELECT max_by(l.source_type, l.ts_ms) FROM dedup l WHERE l.member_id = d.member_id "
        "AND l.kind = 'track' AND l.source_type IS NOT NULL AND l.ts_ms <= d.ts_ms "
        f"AND l.ts_ms > d.ts_ms - {int(attribution_ms)}) = {source} "
        "ELSE FALSE END)"
    )


def clean_page(page: str) -> str:
    if not re.match(PAGE, page):
        raise RangeInvalid("页面路径无效", details={"field": "page"})
    return page.lstrip("/")


def rate(part: int | None, whole: int | None) -> float | None:
    return round(part / whole, 4) if part is not None and whole else None


def _dialect(engine: Engine | None) -> tuple[Engine, Dialect]:
    # The engine (and the AWS clients or DuckDB it may load) is imported by the first report.
    from siyu.analytics.engine import get_engine

    chosen = engine or get_engine()
    return chosen, chosen.dialect


# ---------------------------------------------------------------- traffic (PV / UV)
class TrafficCounts(SiyuModel):
    pv: int
    uv: int


class TrafficByDay(TrafficCounts):
    day: str


class TrafficByPage(TrafficCounts):
    page: str


class TrafficByDayPage(TrafficCounts):
    day: str
    page: str


class TrafficReport(SiyuModel):
    period: PeriodOut
    segment: str
    page: str | None
    total: TrafficCounts
    by_day: list[TrafficByDay]
    by_page: list[TrafficByPage]
    by_day_page: list[TrafficByDayPage]


def traffic(
    period: Period, *, page: str | None = None, segment: Segment = "all", engine: Engine | None = None
) -> TrafficReport:
    engine, dialect = _dialect(engine)
    page = clean_page(page) if page else None
    sql = queries.render(
        "traffic",
        dialect,
        period.start,
        period.end,
        segment_sql(segment),
        page_filter=f"page = {text(page)}" if page else "TRUE",
    )
    rows = engine.run({"traffic": sql})["traffic"]
    total = TrafficCounts(pv=0, uv=0)
    by_day, by_page, by_day_page = [], [], []
    for r in rows:
        counts = {"pv": r["pv"], "uv": r["uv"]}
        match r["grouping_set"]:
            case 0:
                by_day_page.append(TrafficByDayPage(day=r["event_date"], page=r["page"], **counts))
            case 1:
                by_day.append(TrafficByDay(day=r["event_date"], **counts))
            case 2:
                by_page.append(TrafficByPage(page=r["page"], **counts))
            case _:
                total = TrafficCounts(**counts)
    return TrafficReport(
        period=PeriodOut.of(period),
        segment=segment,
        page=page,
        total=total,
        by_day=sorted(by_day, key=lambda t: t.day),
        by_page=sorted(by_page, key=lambda t: (-t.pv, t.page)),
        by_day_page=sorted(by_day_page, key=lambda t: (t.day, -t.pv, t.page)),
    )


# ---------------------------------------------------------------- dwell
class DwellBucket(SiyuModel):
    bucket: str
    leaves: int


class DwellStats(SiyuModel):
    leaves: int = Field(description="page_leave events counted")
    avg_dwell_ms: int | None
    buckets: list[DwellBucket]


class DwellByPage(DwellStats):
    page: str


class DwellReport(SiyuModel):
    period: PeriodOut
    segment: str
    page: str | None
    total: DwellStats
    by_page: list[DwellByPage]


def _dwell_bucket_sql() -> str:
    whens = " ".join(
        f"WHEN dwell_ms < {upper} THEN {i}" for i, (upper, _) in enumerate(DWELL_BUCKETS) if upper is not None
    )
    return f"CASE {whens} ELSE {len(DWELL_BUCKETS) - 1} END"


def _dwell_stats(counts: dict[int, tuple[int, int]]) -> dict[str, Any]:
    leaves = sum(n for n, _ in counts.values())
    total_ms = sum(ms for _, ms in counts.values())
    return {
        "leaves": leaves,
        "avg_dwell_ms": round(total_ms / leaves) if leaves else None,
        "buckets": [
            DwellBucket(bucket=label, leaves=counts.get(i, (0, 0))[0])
            for i, (_, label) in enumerate(DWELL_BUCKETS)
        ],
    }


def dwell(
    period: Period, *, page: str | None = None, segment: Segment = "all", engine: Engine | None = None
) -> DwellReport:
    engine, dialect = _dialect(engine)
    page = clean_page(page) if page else None
    sql = queries.render(
        "dwell",
        dialect,
        period.start,
        period.end,
        segment_sql(segment),
        page_filter=f"page = {text(page)}" if page else "TRUE",
        dwell_bucket=_dwell_bucket_sql(),
    )
    per_page: dict[str, dict[int, tuple[int, int]]] = {}
    overall: dict[int, tuple[int, int]] = {}
    for r in engine.run({"dwell": sql})["dwell"]:
        bucket, leaves, total_ms = int(r["bucket"]), int(r["leaves"]), int(r["total_ms"])
        per_page.setdefault(r["page"], {})[bucket] = (leaves, total_ms)
        n, ms = overall.get(bucket, (0, 0))
        overall[bucket] = (n + leaves, ms + total_ms)
    pages = [DwellByPage(page=p, **_dwell_stats(c)) for p, c in per_page.items()]
    return DwellReport(
        period=PeriodOut.of(period),
        segment=segment,
        page=page,
        total=DwellStats(**_dwell_stats(overall)),
        by_page=sorted(pages, key=lambda d: (-d.leaves, d.page)),
    )


# ---------------------------------------------------------------- bounce
class BounceStats(SiyuModel):
    sessions: int = Field(description="sessions with at least one page view")
    bounced: int = Field(description="sessions with exactly one page view")
    bounce_rate: float | None


class BounceByPage(BounceStats):
    landing_page: str


class BounceReport(SiyuModel):
    period: PeriodOut
    segment: str
    page: str | None
    total: BounceStats
    by_landing_page: list[BounceByPage]


def bounce(
    period: Period, *, page: str | None = None, segment: Segment = "all", engine: Engine | None = None
) -> BounceReport:
    engine, dialect = _dialect(engine)
    page = clean_page(page) if page else None
    sql = queries.render(
        "bounce",
        dialect,
        period.start,
        period.end,
        segment_sql(segment),
        landing_filter=f"landing_page = {text(page)}" if page else "TRUE",
    )
    total = BounceStats(sessions=0, bounced=0, bounce_rate=None)
    pages = []
    for r in engine.run({"bounce": sql})["bounce"]:
        # Over a period without sessions the total row holds NULL sums: that is zero.
        sessions, bounced = int(r["sessions"] or 0), int(r["bounced"] or 0)
        stats = {"sessions": sessions, "bounced": bounced, "bounce_rate": rate(bounced, sessions)}
        if r["grouping_set"] == 0:
            pages.append(BounceByPage(landing_page=r["landing_page"], **stats))
        else:
            total = BounceStats(**stats)
    return BounceReport(
        period=PeriodOut.of(period),
        segment=segment,
        page=page,
        total=total,
        by_landing_page=sorted(pages, key=lambda b: (-b.sessions, b.landing_page)),
    )


# ---------------------------------------------------------------- heatmap
class HeatCell(SiyuModel):
    col: int
    row: int
    taps: int


class ElementTaps(SiyuModel):
    element: str
    taps: int


class HeatmapReport(SiyuModel):
    period: PeriodOut
    segment: str
    page: str
    cols: int
    rows: int
    taps: int
    cells: list[HeatCell] = Field(description="cells with taps; col 0 is the left edge, row 0 the top")
    elements: list[ElementTaps]


def heatmap(
    period: Period,
    page: str,
    *,
    cols: int = 10,
    rows: int = 20,
    segment: Segment = "all",
    engine: Engine | None = None,
) -> HeatmapReport:
    engine, dialect = _dialect(engine)
    page = clean_page(page)
    sql = queries.render(
        "heatmap",
        dialect,
        period.start,
        period.end,
        segment_sql(segment),
        page=text(page),
        cols=integer(cols),
        rows=integer(rows),
    )
    cells, elements = [], []
    for r in engine.run({"heatmap": sql})["heatmap"]:
        if r["part"] == "cell":
            cells.append(HeatCell(col=r["col_no"], row=r["row_no"], taps=r["taps"]))
        else:
            elements.append(ElementTaps(element=r["element"], taps=r["taps"]))
    return HeatmapReport(
        period=PeriodOut.of(period),
        segment=segment,
        page=page,
        cols=cols,
        rows=rows,
        taps=sum(c.taps for c in cells),
        cells=sorted(cells, key=lambda c: (c.row, c.col)),
        elements=sorted(elements, key=lambda e: (-e.taps, e.element)),
    )


# ---------------------------------------------------------------- funnel
class FunnelStepResult(SiyuModel):
    step: int
    event: str
    page: str | None
    reached: int = Field(description="visitors who reached this step in order within the window")
    conversion: float | None = Field(description="reached / reached at step 1")
    step_conversion: float | None = Field(description="reached / reached at the step before")
    drop_off: float | None = Field(description="1 - step_conversion (跳失率 of this step)")


class FunnelReport(SiyuModel):
    period: PeriodOut
    segment: str
    window_minutes: int
    steps: list[FunnelStepResult]


def _step_match(step: FunnelStep) -> str:
    match = f"name = {text(step.event)}"
    return match + (f" AND page = {text(step.page.lstrip('/'))}" if step.page else "")


def _funnel_sql(
    dialect: Dialect, period: Period, steps: list[FunnelStep], window_minutes: int, segment: Segment
) -> str:
    # Only the steps' events are read, and for a source segment the launches it looks up too.
    keep = "name IN (" + ", ".join(sorted({text(s.event) for s in steps})) + ")"
    if segment in SOURCE_SEGMENTS:
        keep += " OR source_type IS NOT NULL"
    return queries.funnel_sql(
        dialect,
        period.start,
        period.end,
        segment_sql(segment, window_minutes * 60_000),
        [_step_match(s) for s in steps],
        window_minutes * 60_000,
        keep=keep,
    )


def _funnel_steps(steps: list[FunnelStep], rows: Rows) -> list[FunnelStepResult]:
    reached = {int(r["step"]): int(r["reached"]) for r in rows}
    out = []
    for i, step in enumerate(steps, start=1):
        n = reached.get(i, 0)
        before = reached.get(i - 1, 0) if i > 1 else None
        step_conversion = rate(n, before) if before is not None else None
        out.append(
            FunnelStepResult(
                step=i,
                event=step.event,
                page=step.page.lstrip("/") if step.page else None,
                reached=n,
                conversion=rate(n, reached.get(1, 0)),
                step_conversion=step_conversion,
                drop_off=round(1 - step_conversion, 4) if step_conversion is not None else None,
            )
        )
    return out


def funnel(
    period: Period,
    steps: list[FunnelStep],
    *,
    window_minutes: int = 24 * 60,
    segment: Segment = "all",
    engine: Engine | None = None,
) -> FunnelReport:
    """Visitors reaching each step in order, the later steps within `window_minutes` of the
    first (all steps inside the period)."""
    engine, dialect = _dialect(engine)
    rows = engine.run({"funnel": _funnel_sql(dialect, period, steps, window_minutes, segment)})["funnel"]
    return FunnelReport(
        period=PeriodOut.of(period),
        segment=segment,
        window_minutes=window_minutes,
        steps=_funnel_steps(steps, rows),
    )


# ---------------------------------------------------------------- retention
class RetentionDay(SiyuModel):
    day: int
    retained: int | None = Field(
        description="cohort visitors who visited again on day N; null until day N is over"
    )
    rate: float | None


class RetentionCohort(SiyuModel):
    first_date: str
    size: int
    days: list[RetentionDay]


class RetentionReport(SiyuModel):
    period: PeriodOut
    segment: str
    cohorts: list[RetentionCohort]
    overall: list[RetentionDay] = Field(description="over the cohorts whose day N is over")


def retention(
    period: Period,
    *,
    segment: Segment = "all",
    days_after: tuple[int, ...] = RETENTION_DAYS,
    engine: Engine | None = None,
) -> RetentionReport:
    """Cohorts by first-visit day in the period; returns N days later for each N of
    `days_after` (D1, D7, D30 unless asked otherwise; each 1..30)."""
    engine, dialect = _dialect(engine)
    if not days_after or any(not 1 <= n <= MAX_RETENTION_DAY for n in days_after):
        raise RangeInvalid(details={"field": "days", "max": MAX_RETENTION_DAY})
    days_after = tuple(sorted(set(days_after)))
    columns = "".join(
        f",\n    count(DISTINCT CASE WHEN day_no = {integer(n)} THEN visitor_id END) AS d{integer(n)}"
        for n in days_after
    )
    sql = queries.render(
        "retention",
        dialect,
        period.start - timedelta(days=RETENTION_LOOKBACK_DAYS),
        period.end + timedelta(days=max(days_after)),
        segment_sql(segment, attribution_ms=None),  # visits are track events
        base_file="visits_base",
        day_columns=columns,
        **{"from": day(period.start), "to": day(period.end)},
    )
    today = clock.shanghai_day()
    cohorts = []
    sums = {n: [0, 0] for n in days_after}
    for r in sorted(engine.run({"retention": sql})["retention"], key=lambda r: r["first_date"]):
        first = date.fromisoformat(r["first_date"])
        days = []
        for n in days_after:
            if first + timedelta(days=n) < today:
                retained = int(r[f"d{n}"])
                sums[n][0] += retained
                sums[n][1] += r["size"]
                days.append(RetentionDay(day=n, retained=retained, rate=rate(retained, r["size"])))
            else:
                days.append(RetentionDay(day=n, retained=None, rate=None))
        cohorts.append(RetentionCohort(first_date=r["first_date"], size=r["size"], days=days))
    overall = [
        RetentionDay(day=n, retained=sums[n][0], rate=rate(sums[n][0], sums[n][1])) for n in days_after
    ]
    return RetentionReport(period=PeriodOut.of(period), segment=segment, cohorts=cohorts, overall=overall)


# ---------------------------------------------------------------- traffic sources
class SourceCount(SiyuModel):
    sessions: int
    visitors: int


class SceneSource(SourceCount):
    scene: str | None


class TypeSource(SourceCount):
    source_type: str


class NamedSource(SourceCount):
    source_type: str
    source_id: str | None


class SourcesReport(SiyuModel):
    period: PeriodOut
    segment: str
    by_scene: list[SceneSource]
    by_type: list[TypeSource] = Field(description="video, live, share, other")
    by_source: list[NamedSource] = Field(description="which video, live room or sharing member")


def sources(period: Period, *, segment: Segment = "all", engine: Engine | None = None) -> SourcesReport:
    """Sessions and visitors by how the session was launched."""
    engine, dialect = _dialect(engine)
    sql = queries.render("sources", dialect, period.start, period.end, segment_sql(segment))
    by_scene, by_type, by_source = [], [], []
    for r in engine.run({"sources": sql})["sources"]:
        counts = {"sessions": r["sessions"], "visitors": r["visitors"]}
        match r["grouping_set"]:
            case 3:
                by_scene.append(SceneSource(scene=r["scene"], **counts))
            case 5:
                by_type.append(TypeSource(source_type=r["source_type"], **counts))
            case _:
                by_source.append(
                    NamedSource(source_type=r["source_type"], source_id=r["source_id"], **counts)
                )
    return SourcesReport(
        period=PeriodOut.of(period),
        segment=segment,
        by_scene=sorted(by_scene, key=lambda s: (-s.sessions, s.scene or "")),
        by_type=sorted(by_type, key=lambda s: (-s.sessions, s.source_type)),
        by_source=sorted(by_source, key=lambda s: (-s.sessions, s.source_type, s.source_id or "")),
    )


# ---------------------------------------------------------------- KPI summary
class KpiComparison(SiyuModel):
    current: float | None
    previous: float | None
    delta: float | None = Field(description="current - previous")
    growth: float | None = Field(description="delta / previous")


def compare(current: float | None, previous: float | None) -> KpiComparison:
    delta = round(current - previous, 4) if current is not None and previous is not None else None
    growth = round(delta / previous, 4) if delta is not None and previous else None
    return KpiComparison(current=current, previous=previous, delta=delta, growth=growth)


class KpiReport(SiyuModel):
    period: PeriodOut
    previous_period: PeriodOut
    member_retention: KpiComparison = Field(
        description="members active in the period before who are active again in this one, as a share"
    )
    active_members: KpiComparison
    interactions: KpiComparison = Field(description="taps, custom and domain events (not page views/leaves)")
    key_path_drop_off: KpiComparison = Field(description="1 - reached last step / reached first step")
    key_path: list[FunnelStepResult]
    key_path_window_minutes: int


INTERACTIONS = "name NOT IN ('page_view', 'page_leave')"


def key_path() -> list[FunnelStep]:
    try:
        return TypeAdapter(list[FunnelStep]).validate_json(get_settings().analytics_key_path)
    except ValueError as exc:
        raise InternalError(details={"setting": "ANALYTICS_KEY_PATH"}) from exc


def _drop_off(steps: list[FunnelStepResult]) -> float | None:
    if not steps or not steps[0].reached:
        return None
    return round(1 - steps[-1].reached / steps[0].reached, 4)


def kpi(period: Period, *, engine: Engine | None = None) -> KpiReport:
    """Member retention, interactions and key-path drop-off, against the previous period."""
    engine, dialect = _dialect(engine)
    previous = period.previous()
    before = previous.previous()
    path = key_path()
    window = get_settings().analytics_key_path_window_minutes
    bounds = {"current_from": day(period.start), "previous_from": day(previous.start)}
    results = engine.run(
        {
            "activity": queries.render(
                "kpi_activity", dialect, before.start, period.end, "TRUE", base_file="visits_base", **bounds
            ),
            "interactions": queries.render(
                "kpi_interactions", dialect, previous.start, period.end, "TRUE", keep=INTERACTIONS, **bounds
            ),
            "path_current": _funnel_sql(dialect, period, path, window, "all"),
            "path_previous": _funnel_sql(dialect, previous, path, window, "all"),
        }
    )
    activity = {int(r["period"]): r for r in results["activity"]}
    interactions = {int(r["period"]): int(r["interactions"]) for r in results["interactions"]}

    def retention_of(p: int) -> float | None:
        row = activity.get(p)
        return rate(row["retained"], row["active"]) if row else None

    current_path = _funnel_steps(path, results["path_current"])
    previous_path = _funnel_steps(path, results["path_previous"])
    return KpiReport(
        period=PeriodOut.of(period),
        previous_period=PeriodOut.of(previous),
        member_retention=compare(retention_of(1), retention_of(0)),
        active_members=compare(
            activity[2]["active"] if 2 in activity else 0, activity[1]["active"] if 1 in activity else 0
        ),
        interactions=compare(interactions.get(2, 0), interactions.get(1, 0)),
        key_path_drop_off=compare(_drop_off(current_path), _drop_off(previous_path)),
        key_path=current_path,
        key_path_window_minutes=window,
    )


# ---------------------------------------------------------------- business trends
class BusinessCounts(SiyuModel):
    new_members: int
    active_members: int = Field(description="distinct members with any event that day (a total: per period)")
    checkins: int
    orders: int = Field(description="paid orders")
    gmv_fen: int = Field(description="paid order amounts, fen")
    coupon_redemptions: int


class BusinessDay(BusinessCounts):
    day: str


class BusinessReport(SiyuModel):
    period: PeriodOut
    previous_period: PeriodOut
    by_day: list[BusinessDay] = Field(description="every day of the period, zeros included")
    previous_by_day: list[BusinessDay]
    total: BusinessCounts
    previous_total: BusinessCounts
    comparison: dict[str, KpiComparison] = Field(
        description="each count of `total` against the previous period"
    )


BUSINESS_FIELDS = tuple(BusinessCounts.model_fields)


def _json_int(dialect: Dialect, key: str) -> str:
    extract = "json_extract_scalar" if dialect.name == "athena" else "json_extract_string"
    return f"CAST({extract}(props, '$.{key}') AS BIGINT)"


def business(period: Period, *, engine: Engine | None = None) -> BusinessReport:
    """Daily new members, active members, check-ins, paid orders, GMV and coupon
    redemptions of the period and of the previous one (same length)."""
    engine, dialect = _dialect(engine)
    previous = period.previous()
    amount = _json_int(dialect, "amount_fen")
    both = Period(previous.start, period.end)
    results = engine.run(
        {
            "days": queries.render("business", dialect, both.start, both.end, "TRUE", amount_fen=amount),
            "current": queries.render("business_total", dialect, period.start, period.end, "TRUE"),
            "previous": queries.render("business_total", dialect, previous.start, previous.end, "TRUE"),
        }
    )
    rows = {r["event_date"]: r for r in results["days"]}

    def days_of(p: Period) -> list[BusinessDay]:
        out = []
        for i in range(p.days):
            d = (p.start + timedelta(days=i)).isoformat()
            r = rows.get(d, {})
            out.append(BusinessDay(day=d, **{f: int(r.get(f) or 0) for f in BUSINESS_FIELDS}))
        return out

    def total_of(days: list[BusinessDay], active: list[dict[str, Any]]) -> BusinessCounts:
        sums = {f: sum(getattr(d, f) for d in days) for f in BUSINESS_FIELDS}
        sums["active_members"] = int(active[0]["active_members"] or 0) if active else 0
        return BusinessCounts(**sums)

    current_days, previous_days = days_of(period), days_of(previous)
    total = total_of(current_days, results["current"])
    previous_total = total_of(previous_days, results["previous"])
    return BusinessReport(
        period=PeriodOut.of(period),
        previous_period=PeriodOut.of(previous),
        by_day=current_days,
        previous_by_day=previous_days,
        total=total,
        previous_total=previous_total,
        comparison={f: compare(getattr(total, f), getattr(previous_total, f)) for f in BUSINESS_FIELDS},
    )
