"""Event tracking (埋点): the collector of mini-program events and the sink that puts the
other capabilities' domain events into the same analytics store."""

from siyu.tracking.collector import Actor, actor_of, collect
from siyu.tracking.schema import DEVICE_HEADER, CollectResult, EventBatch, TrackEvent

__all__ = ["DEVICE_HEADER", "Actor", "CollectResult", "EventBatch", "TrackEvent", "actor_of", "collect"]
