"""The success bodies of the tags and segments routes, for the API contract."""

from __future__ import annotations

from typing import Any

from pydantic import BaseModel


class Tag(BaseModel):
    tag_id: str
    name: str
    kind: str  # manual | rule | rfm | lifecycle
    description: str | None
    rule: dict[str, Any] | None
    version: int
    size: int
    updated_at: str | None


class TagRun(BaseModel):
    kind: str  # hourly | nightly
    started_at: str
    finished_at: str
    members: int
    added: int
    removed: int
    compute_ms: int
    total_ms: int


class Tags(BaseModel):
    tags: list[Tag]
    runs: list[TagRun]  # "last computed"


class MemberTag(BaseModel):
    tag_id: str
    kind: str
    since: str


class MemberTags(BaseModel):
    member_id: str
    tags: list[MemberTag]


class TagChange(BaseModel):
    member_id: str
    tag_id: str
    changed: bool  # false: the member already had (or already lacked) the tag


class TagMembers(BaseModel):
    tag_id: str
    member_ids: list[str]
    next_cursor: str | None


class Segment(BaseModel):
    segment_id: str
    name: str
    kind: str  # dynamic | static
    rule: dict[str, Any] | None
    size: int
    size_at: str | None
    updated_at: str


class Segments(BaseModel):
    segments: list[Segment]


class SegmentEstimate(BaseModel):
    size: int
    method: str  # exact | sample | none
    sample: int
    as_of: str | None


class SegmentUpload(BaseModel):
    segment_id: str
    added: int
    size: int
