"""Event tracking (埋点): the collector of mini-program events and the sink that puts the
other capabilities' domain events into the same analytics store."""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from siyu.tracking.collector import Actor, actor_of, collect
    from siyu.tracking.schema import DEVICE_HEADER, CollectResult, EventBatch, TrackEvent

__all__ = ["DEVICE_HEADER", "Actor", "CollectResult", "EventBatch", "TrackEvent", "actor_of", "collect"]

# Loaded on first use (PEP 562): the reports read `siyu.tracking.record` and must not pull
# in the collector, its Firehose delivery and the rate limits (docs/DEVELOPING.md, imports).
_FROM = {
    "Actor": "collector",
    "actor_of": "collector",
    "collect": "collector",
    "DEVICE_HEADER": "schema",
    "CollectResult": "schema",
    "EventBatch": "schema",
    "TrackEvent": "schema",
}


def __getattr__(name: str) -> Any:
    if name not in _FROM:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    return getattr(importlib.import_module(f"{__name__}.{_FROM[name]}"), name)
