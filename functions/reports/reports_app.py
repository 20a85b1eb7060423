"""Reports capability: analytics over the tracked and domain events (analyst role and up)."""

from __future__ import annotations

from datetime import date
from typing import Annotated

import siyu.lazy_powertools  # noqa: F401  (first import: defers Powertools' eager package inits)

from aws_lambda_powertools.event_handler.openapi.params import Query
from pydantic import Field

from siyu.analytics import reports
from siyu.analytics.reports import FunnelStep, Period, Segment
from siyu.auth import AnalystAdmin
from siyu.base_model import SiyuModel
from siyu.http import entry_point, make_app

app = make_app()

From = Annotated[date, Query(alias="from", description="first day (Asia/Shanghai), YYYY-MM-DD")]
To = Annotated[
    date, Query(alias="to", description=f"last day, inclusive; at most {reports.MAX_RANGE_DAYS} days")
]
SegmentParam = Annotated[
    Segment,
    Query(
        description="all; members or anonymous visitors; sessions launched from a video, live room or share"
    ),
]
PageParam = Annotated[str | None, Query(max_length=256, pattern=reports.PAGE, description="only this page")]


class FunnelRequest(SiyuModel):
    start: date = Field(alias="from")
    end: date = Field(alias="to")
    steps: list[FunnelStep] = Field(min_length=2, max_length=8)
    window_minutes: int = Field(default=24 * 60, ge=1, le=30 * 24 * 60)
    segment: Segment = "all"


@app.get("/v1/admin/reports/traffic", summary="PV and UV by day and page")
def traffic_report(
    admin: AnalystAdmin, start: From, end: To, page: PageParam = None, segment: SegmentParam = "all"
) -> reports.TrafficReport:
    return reports.traffic(Period.of(start, end), page=page, segment=segment)


@app.get("/v1/admin/reports/dwell", summary="Time on page: average and distribution per page")
def dwell_report(
    admin: AnalystAdmin, start: From, end: To, page: PageParam = None, segment: SegmentParam = "all"
) -> reports.DwellReport:
    return reports.dwell(Period.of(start, end), page=page, segment=segment)


@app.get("/v1/admin/reports/bounce", summary="Bounce rate: sessions with one page view, by landing page")
def bounce_report(
    admin: AnalystAdmin, start: From, end: To, page: PageParam = None, segment: SegmentParam = "all"
) -> reports.BounceReport:
    return reports.bounce(Period.of(start, end), page=page, segment=segment)


@app.get("/v1/admin/reports/heatmap", summary="Tap heatmap of a page: counts per grid cell and per element")
def heatmap_report(
    admin: AnalystAdmin,
    start: From,
    end: To,
    page: Annotated[str, Query(max_length=256, pattern=reports.PAGE, description="the page")],
    cols: Annotated[int, Query(ge=2, le=100)] = 10,
    rows: Annotated[int, Query(ge=2, le=200)] = 20,
    segment: SegmentParam = "all",
) -> reports.HeatmapReport:
    return reports.heatmap(Period.of(start, end), page, cols=cols, rows=rows, segment=segment)


@app.post(
    "/v1/admin/reports/funnel",
    summary="Funnel: visitors reaching each step in order within a window",
    description="A read: nothing changes, so no Idempotency-Key is needed.",
)
def funnel_report(admin: AnalystAdmin, body: FunnelRequest) -> reports.FunnelReport:
    return reports.funnel(
        Period.of(body.start, body.end), body.steps, window_minutes=body.window_minutes, segment=body.segment
    )


RetentionDays = Annotated[
    str,
    Query(
        pattern=r"^([1-9]|[12][0-9]|30)(,([1-9]|[12][0-9]|30)){0,29}$",
        description="comma-separated days after the first visit, each 1..30 "
        "(default 1,7,30; the console's grid asks 1..30)",
    ),
]


@app.get(
    "/v1/admin/reports/retention",
    summary="Retention cohorts by first-visit day: D1, D7, D30 (or the days asked)",
)
def retention_report(
    admin: AnalystAdmin, start: From, end: To, segment: SegmentParam = "all", days: RetentionDays = "1,7,30"
) -> reports.RetentionReport:
    return reports.retention(
        Period.of(start, end), segment=segment, days_after=tuple(int(n) for n in days.split(","))
    )


@app.get("/v1/admin/reports/sources", summary="Traffic sources: scene, video, live room, share")
def sources_report(
    admin: AnalystAdmin, start: From, end: To, segment: SegmentParam = "all"
) -> reports.SourcesReport:
    return reports.sources(Period.of(start, end), segment=segment)


@app.get(
    "/v1/admin/reports/kpi",
    summary="KPI summary: member retention, interactions, key-path drop-off vs the previous period",
)
def kpi_report(admin: AnalystAdmin, start: From, end: To) -> reports.KpiReport:
    return reports.kpi(Period.of(start, end))


@app.get(
    "/v1/admin/reports/business",
    summary="Business trends per day: new/active members, check-ins, paid orders, GMV, coupon redemptions",
    description="The period and the previous one of the same length, with totals and their comparison.",
)
def business_report(admin: AnalystAdmin, start: From, end: To) -> reports.BusinessReport:
    return reports.business(Period.of(start, end))


handler = entry_point(app)
