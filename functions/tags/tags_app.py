"""Tags capability (HTTP, staff only): tag definitions and rules, manual tagging, a member's
tags, segments with their sizes and a size estimate while a rule is edited, and when tags
were last computed. The rules are in siyu.tags and siyu.segments; tags_events (domain events)
and tags_schedule (hourly, nightly) keep members' tags up to date.

The domain (PynamoDB, botocore) is imported in the routes that use it, so importing this
module — every cold start — stays light (docs/DEVELOPING.md, Import rules)."""

from __future__ import annotations

from dataclasses import asdict
from typing import Annotated, Any, Literal

import siyu.lazy_powertools  # noqa: F401  (first import: defers Powertools' eager package inits)

from aws_lambda_powertools.event_handler.openapi.params import Path, Query
from pydantic import ConfigDict, Field

from siyu.auth import AnalystAdmin, OperatorAdmin
from siyu.base_model import SiyuModel
from siyu.http import PlainText, entry_point, make_app, returns
from siyu.observability import metrics
from siyu.tags import responses as R
from siyu.tags.rules import TAG_ID

app = make_app()

TagId = Annotated[str, Path(pattern=TAG_ID, description="lower-case letters, digits and -")]
SegmentId = Annotated[str, Path(pattern=TAG_ID, description="lower-case letters, digits and -")]
MemberId = Annotated[str, Path(min_length=1, max_length=64, pattern=r"^[A-Za-z0-9_-]+$")]
MemberIdText = Annotated[str, Field(min_length=1, max_length=64, pattern=r"^[A-Za-z0-9_-]+$")]

RULE_DOC = (
    "A rule is a JSON tree: `{all: [...]}`, `{any: [...]}`, `{not: rule}`, "
    "`{prop, op, value}` over member properties and `{count, days, op, value}` over day counters "
    "(siyu.tags.rules); a rule that does not parse is VALIDATION_ERROR naming the path, and nothing "
    "is stored."
)


class TagIn(SiyuModel):
    model_config = ConfigDict(extra="forbid")

    name: PlainText = Field(min_length=1, max_length=40)
    kind: Literal["manual", "rule"]
    description: PlainText | None = Field(default=None, max_length=200)
    rule: dict[str, Any] | None = Field(default=None, description="required for kind rule")


class SegmentIn(SiyuModel):
    model_config = ConfigDict(extra="forbid")

    name: PlainText = Field(min_length=1, max_length=40)
    kind: Literal["dynamic", "static"]
    rule: dict[str, Any] | None = Field(
        default=None, description="dynamic: a rule that may also test tags, `{tag: <tag_id>}`"
    )
    snapshot_of: str | None = Field(
        default=None, max_length=128, description="static: copy the members of this frozen audience ref"
    )


class SegmentEstimateIn(SiyuModel):
    model_config = ConfigDict(extra="forbid")

    rule: dict[str, Any]


class SegmentMembersIn(SiyuModel):
    model_config = ConfigDict(extra="forbid")

    member_ids: list[MemberIdText] = Field(min_length=1, max_length=1000)


# ---------------------------------------------------------------- tags
@app.get("/v1/admin/tags", responses=returns(R.Tags), summary="Tags with their sizes, and when last computed")
def list_tags(admin: AnalystAdmin) -> dict[str, Any]:
    from siyu.tags import evaluate, store

    return {
        "tags": [asdict(t) for t in store.list_tags()],
        "runs": [asdict(r) for r in evaluate.last_runs()],
    }


@app.get("/v1/admin/tags/<tag_id>", responses=returns(R.Tag), summary="One tag")
def get_tag(tag_id: TagId, admin: AnalystAdmin) -> dict[str, Any]:
    from siyu.tags import store

    return asdict(store.get_tag(tag_id))


@app.put(
    "/v1/admin/tags/<tag_id>",
    responses=returns(R.Tag),
    summary="Create or change a manual or rule tag (the same body again changes nothing)",
    description=RULE_DOC + " A changed rule applies at each member's next event and at the hourly run.",
)
def put_tag(tag_id: TagId, body: TagIn, admin: OperatorAdmin) -> dict[str, Any]:
    from siyu.tags import store

    tag = store.put_tag(tag_id, name=body.name, kind=body.kind, description=body.description, rule=body.rule)
    return asdict(tag)


@app.get("/v1/admin/tags/<tag_id>/members", responses=returns(R.TagMembers), summary="A tag's members")
def tag_members(
    tag_id: TagId,
    admin: AnalystAdmin,
    limit: Annotated[int, Query(ge=1, le=200)] = 50,
    cursor: Annotated[str | None, Query(max_length=64, pattern=r"^[A-Za-z0-9_-]+$")] = None,
) -> dict[str, Any]:
    from siyu.tags import store

    store.get_tag(tag_id)
    ids, more = store.tag_members(tag_id, limit=limit, cursor=cursor)
    return {"tag_id": tag_id, "member_ids": ids, "next_cursor": more}


@app.get("/v1/admin/members/<member_id>/tags", responses=returns(R.MemberTags), summary="A member's tags")
def member_tags(member_id: MemberId, admin: AnalystAdmin) -> dict[str, Any]:
    from siyu.tags import store

    return {"member_id": member_id, "tags": [asdict(t) for t in store.member_tags(member_id)]}


@app.put(
    "/v1/admin/members/<member_id>/tags/<tag_id>",
    responses=returns(R.TagChange),
    summary="Tag a member with a manual tag (idempotent: `changed` false when already tagged)",
)
def tag_member(member_id: MemberId, tag_id: TagId, admin: OperatorAdmin) -> dict[str, Any]:
    from siyu.tags import store

    changed = store.tag_member(member_id, tag_id)
    if changed:
        metrics.add_metric(name="MembersTagged", unit="Count", value=1)
    return {"member_id": member_id, "tag_id": tag_id, "changed": changed}


@app.delete(
    "/v1/admin/members/<member_id>/tags/<tag_id>",
    responses=returns(R.TagChange),
    summary="Remove a manual tag from a member (idempotent: `changed` false when not tagged)",
)
def untag_member(member_id: MemberId, tag_id: TagId, admin: OperatorAdmin) -> dict[str, Any]:
    from siyu.tags import store

    changed = store.untag_member(member_id, tag_id)
    return {"member_id": member_id, "tag_id": tag_id, "changed": changed}


# ---------------------------------------------------------------- segments
@app.get("/v1/admin/segments", responses=returns(R.Segments), summary="Segments with their sizes")
def list_segments(admin: AnalystAdmin) -> dict[str, Any]:
    from siyu import segments

    return {"segments": [asdict(s) for s in segments.list_segments()]}


@app.get("/v1/admin/segments/<segment_id>", responses=returns(R.Segment), summary="One segment")
def get_segment(segment_id: SegmentId, admin: AnalystAdmin) -> dict[str, Any]:
    from siyu import segments

    return asdict(segments.get_segment(segment_id))


@app.put(
    "/v1/admin/segments/<segment_id>",
    responses=returns(R.Segment),
    summary="Create or change a segment: dynamic (a rule) or static (uploaded ids, or a snapshot)",
    description=RULE_DOC + " Dynamic sizes are refreshed by the hourly run; `snapshot_of` copies the "
    "members a push or grant was frozen for (idempotent: members already in are skipped).",
)
def put_segment(segment_id: SegmentId, body: SegmentIn, admin: OperatorAdmin) -> dict[str, Any]:
    from siyu import segments

    segments.put_segment(segment_id, name=body.name, kind=body.kind, rule=body.rule)
    if body.kind == "static" and body.snapshot_of:
        segments.snapshot_from_audience(segment_id, body.snapshot_of)
    return asdict(segments.get_segment(segment_id))


@app.post(
    "/v1/admin/segments/<segment_id>/members",
    responses=returns(R.SegmentUpload),
    summary="Upload up to 1,000 member ids into a static segment (a set: a retry adds nothing twice)",
)
def upload_members(segment_id: SegmentId, body: SegmentMembersIn, admin: OperatorAdmin) -> dict[str, Any]:
    from siyu import segments

    added = segments.add_members(segment_id, body.member_ids)
    return {"segment_id": segment_id, "added": added, "size": segments.get_segment(segment_id).size}


@app.post(
    "/v1/admin/segments/estimate",
    responses=returns(R.SegmentEstimate),
    summary="Estimate a rule's size while editing (exact for tags alone, else from a 1,000-member sample)",
    description=RULE_DOC,
)
def estimate(body: SegmentEstimateIn, admin: AnalystAdmin) -> dict[str, Any]:
    from siyu import segments

    return asdict(segments.estimate(body.rule))


handler = entry_point(app)
