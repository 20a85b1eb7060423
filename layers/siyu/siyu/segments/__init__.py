"""Segments: dynamic (a rule over tags and member properties) or static (uploaded ids).

The seam senders use is `freeze_segment`: a segment's members at this moment, frozen once as
the audience of `ref` (see siyu.audiences). The tags-and-segments work fills in the segment
store and rule evaluation behind it.
"""

from __future__ import annotations

from siyu.audiences import FrozenAudience


def freeze_segment(segment_id: str, *, ref: str) -> FrozenAudience:
    """The members of `segment_id` now, frozen as the audience of `ref` (once per ref)."""
    raise NotImplementedError("segments are not stored yet")
