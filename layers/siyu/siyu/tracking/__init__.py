"""Event tracking (埋点): the collector of mini-program events and the sink that puts the
other capabilities' domain events into the same analytics store."""

from __future__ import annotations

from typing import TYPE_CHECKING

from siyu.lazy_exports import from_submodules, lazy_getattr

if TYPE_CHECKING:
    from siyu.tracking.collector import Actor, actor_of, collect
    from siyu.tracking.schema import DEVICE_HEADER, CollectResult, EventBatch, TrackEvent

__all__ = ["DEVICE_HEADER", "Actor", "CollectResult", "EventBatch", "TrackEvent", "actor_of", "collect"]

# Loaded on first use (PEP 562): the reports read `siyu.tracking.record` and must not pull
# in the collector, its Firehose delivery and the rate limits (docs/DEVELOPING.md, imports).
__getattr__ = lazy_getattr(
    __name__,
    from_submodules(
        __name__,
        {
            "collector": ["Actor", "actor_of", "collect"],
            "schema": ["DEVICE_HEADER", "CollectResult", "EventBatch", "TrackEvent"],
        },
    ),
)
