"""Analytics reports over the events that tracking stores (one SQL, Athena or DuckDB)."""

from siyu.analytics.reports import (
    FunnelStep,
    Period,
    bounce,
    dwell,
    funnel,
    heatmap,
    kpi,
    retention,
    sources,
    traffic,
)

__all__ = [
    "FunnelStep",
    "Period",
    "bounce",
    "dwell",
    "funnel",
    "heatmap",
    "kpi",
    "retention",
    "sources",
    "traffic",
]
