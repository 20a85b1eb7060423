"""Targeted push (issue 23 items 3–4): subscribe-message credits, campaigns to a segment with
caps and quiet hours, and coupon or points grants to a segment.

- `credits.record(member_id, results, request_key)` — the accepts of one
  ks.requestSubscribeMessage call (one accept = one send)
- `campaigns.create / send / fan_out / figures / record_open`
- `sender.send_batch`, `sender.release_held` — the queue's member batches; the end of quiet hours
- `grants.create / send / fan_out / send_batch / figures`
- `process(batch)` — one message of the push queue, whatever its kind

Key layout in the engage table: siyu.push.models.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING, Any

from siyu.lazy_exports import from_submodules, lazy_getattr

if TYPE_CHECKING:
    from siyu.push.queue import PushBatch

__all__ = ["PushBatch", "process"]


# Loaded on first use: importing a submodule (the API's shapes in siyu.push.schemas) must
# not load the push queue (docs/DEVELOPING.md, Import rules).
__getattr__ = lazy_getattr(__name__, from_submodules(__name__, {"queue": ["PushBatch"]}))


def process(batch: PushBatch, time_left: Callable[[], float] | None = None) -> dict[str, Any]:
    """Handle one push-queue message; returns counts by outcome (for the log)."""
    from siyu.push import campaigns, grants, sender

    if batch.kind == "campaign_fanout":
        return {"queued": campaigns.fan_out(batch.ref)}
    if batch.kind == "grant_fanout":
        return {"queued": grants.fan_out(batch.ref)}
    if batch.kind == "campaign":
        return {str(k): v for k, v in sender.send_batch(batch, time_left).items()}
    return dict(grants.send_batch(batch, time_left))
