"""The success bodies of the tags and segments routes, for the API contract."""

from __future__ import annotations

from typing import Any

from siyu.base_model import SiyuModel


class Tag(SiyuModel):
    tag_id: str
    name: str
    kind: str  # manual | rule | rfm | lifecycle
    description: str | None
    rule: dict[str, Any] | None
    version: int
    size: int
    updated_at: str | None


class TagRun(SiyuModel):
    kind: str  # hourly | nightly
    started_at: str
    finished_at: str
    members: int
    added: int
    removed: int
    compute_ms: int
    total_ms: int


class Tags(SiyuModel):
    tags: list[Tag]
    runs: list[TagRun]  # "last computed"


class MemberTag(SiyuModel):
    tag_id: str
    kind: str
    since: str


class MemberTags(SiyuModel):
    member_id: str
    tags: list[MemberTag]


class TagChange(SiyuModel):
    member_id: str
    tag_id: str
    changed: bool  # false: the member already had (or already lacked) the tag


class TagMembers(SiyuModel):
    tag_id: str
    member_ids: list[str]
    next_cursor: str | None


class Segment(SiyuModel):
    segment_id: str
    name: str
    kind: str  # dynamic | static
    rule: dict[str, Any] | None
    size: int
    size_at: str | None
    updated_at: str


class Segments(SiyuModel):
    segments: list[Segment]


class SegmentEstimate(SiyuModel):
    size: int
    method: str  # exact | sample | none
    sample: int
    as_of: str | None


class SegmentUpload(SiyuModel):
    segment_id: str
    added: int
    size: int
