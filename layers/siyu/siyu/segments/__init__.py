"""Segments: dynamic (a rule over tags and member properties) or static (uploaded member ids,
or a snapshot of a frozen audience). Keys are in siyu.tags.models' table.

The seam senders use is `freeze_segment`: a segment's members at this moment, frozen once as
the audience of `ref` (see siyu.audiences). It is called by senders (queue and schedule
workers), not by request handlers: a dynamic rule over properties reads every member's state
(a Scan). While an operator edits a rule, `estimate` answers from the tag index (exact, for a
rule over tags alone) or from the last run's random sample of 1,000 members (scaled up).
Dynamic segments' sizes are refreshed by the hourly and nightly tag runs.
"""

from __future__ import annotations

import json
from collections.abc import Iterator
from dataclasses import dataclass
from typing import Any

from pynamodb.attributes import NumberAttribute, UnicodeAttribute
from pynamodb.exceptions import TransactWriteError, UpdateError
from pynamodb.models import Model

from siyu import audiences, clock
from siyu.audiences import FrozenAudience
from siyu.db import table_meta, transaction
from siyu.errors import SiyuError, define_error
from siyu.tags.models import Gsi1
from siyu.tags.rules import Compiled, compile_rule
from siyu.tags.state import MemberState, today
from siyu.txn import cancelled

SegmentNotFound = define_error("SEGMENT_NOT_FOUND", 404, "人群不存在")
SegmentKindFixed = define_error("SEGMENT_KIND_FIXED", 409, "人群类型创建后不能修改")
SegmentNotStatic = define_error("SEGMENT_NOT_STATIC", 409, "只有静态人群可以上传成员")
AudienceNotFound = define_error("AUDIENCE_NOT_FOUND", 404, "快照来源的发送名单不存在")

DYNAMIC, STATIC = "dynamic", "static"
SEGS = "SEGS"
UPLOAD_CHUNK = 50  # ids per transaction (+ the size update)
EXACT_LIMIT = 20_000  # a tags-only rule is counted exactly while its tags hold ≤ this many


class Segment(Model):
    Meta = table_meta("engage")
    pk = UnicodeAttribute(hash_key=True)
    sk = UnicodeAttribute(range_key=True, default="META")
    segment_id = UnicodeAttribute()
    name = UnicodeAttribute()
    kind = UnicodeAttribute()
    rule = UnicodeAttribute(null=True)
    size = NumberAttribute(default=0)
    size_at = UnicodeAttribute(null=True)  # dynamic: when the size was computed
    created_at = UnicodeAttribute()
    updated_at = UnicodeAttribute()
    gsi1pk = UnicodeAttribute(null=True)
    gsi1sk = UnicodeAttribute(null=True)
    listed = Gsi1["Segment"]()


class SegmentMember(Model):
    Meta = table_meta("engage")
    pk = UnicodeAttribute(hash_key=True)
    sk = UnicodeAttribute(range_key=True)
    member_id = UnicodeAttribute()


def _pk(segment_id: str) -> str:
    return f"SEG#{segment_id}"


@dataclass(frozen=True)
class SegmentView:
    segment_id: str
    name: str
    kind: str
    rule: dict[str, Any] | None
    size: int
    size_at: str | None
    updated_at: str


def _view(s: Segment) -> SegmentView:
    return SegmentView(
        s.segment_id,
        s.name,
        s.kind,
        json.loads(s.rule) if s.rule else None,
        int(s.size or 0),
        s.size_at,
        s.updated_at,
    )


def _get(segment_id: str) -> Segment:
    try:
        return Segment.get(_pk(segment_id), "META", consistent_read=True)
    except Segment.DoesNotExist:
        raise SegmentNotFound(details={"segment_id": segment_id}) from None


def get_segment(segment_id: str) -> SegmentView:
    return _view(_get(segment_id))


def list_segments() -> list[SegmentView]:
    return [_view(s) for s in Segment.listed.query(SEGS)]


def put_segment(segment_id: str, *, name: str, kind: str, rule: Any = None) -> SegmentView:
    """Create or change a segment (PUT). A dynamic rule is checked first (VALIDATION_ERROR,
    nothing stored); the kind never changes."""
    rule_text = None
    if kind == DYNAMIC:
        compiled = compile_rule(rule, allow_tags=True)
        rule_text = json.dumps(compiled.source, ensure_ascii=False, sort_keys=True, separators=(",", ":"))
    item = Segment(_pk(segment_id), "META")
    now = clock.now_iso()
    try:
        item.update(
            actions=[
                Segment.segment_id.set(segment_id),
                Segment.name.set(name),
                Segment.kind.set(kind),
                Segment.rule.set(rule_text) if rule_text else Segment.rule.remove(),
                Segment.size.set(Segment.size | 0),
                Segment.created_at.set(Segment.created_at | now),
                Segment.updated_at.set(now),
                Segment.gsi1pk.set(SEGS),
                Segment.gsi1sk.set(segment_id),
            ],
            condition=Segment.kind.does_not_exist() | (Segment.kind == kind),
        )
    except UpdateError as exc:
        if exc.cause_response_code == "ConditionalCheckFailedException":
            raise SegmentKindFixed(details={"segment_id": segment_id}) from exc
        raise
    return _view(item)


def add_members(segment_id: str, member_ids: list[str]) -> int:
    """Add uploaded ids to a static segment (a set: ids already in are skipped, so a retried
    upload adds nothing twice). Returns how many were new. Each chunk is one transaction with
    the size; a refused id (already in) is dropped and the rest of its chunk retried."""
    if _get(segment_id).kind != STATIC:
        raise SegmentNotStatic(details={"segment_id": segment_id})
    pending = list(dict.fromkeys(member_ids))
    added = 0
    while pending:
        chunk, pending = pending[:UPLOAD_CHUNK], pending[UPLOAD_CHUNK:]
        while chunk:
            try:
                with transaction() as tx:
                    for m in chunk:
                        tx.save(
                            SegmentMember(_pk(segment_id), f"M#{m}", member_id=m),
                            condition=SegmentMember.pk.does_not_exist(),
                        )
                    tx.update(
                        Segment(_pk(segment_id), "META"),
                        actions=[Segment.size.add(len(chunk))],
                        condition=Segment.kind == STATIC,
                    )
                added += len(chunk)
                break
            except TransactWriteError as exc:
                refused = cancelled(exc).refused
                if len(refused) > len(chunk) and refused[len(chunk)]:
                    raise SegmentNotStatic(details={"segment_id": segment_id}) from exc
                chunk = [m for m, no in zip(chunk, refused, strict=False) if not no]
    return added


def snapshot_from_audience(segment_id: str, ref: str) -> int:
    """A static segment's members from a frozen audience (who a push or grant went to)."""
    if audiences.get(ref) is None:
        raise AudienceNotFound(details={"ref": ref})
    return sum(add_members(segment_id, page) for page in audiences.member_pages(ref))


def static_members(segment_id: str) -> Iterator[str]:
    for item in SegmentMember.query(
        _pk(segment_id), SegmentMember.sk.startswith("M#"), attributes_to_get=["member_id"]
    ):
        yield item.member_id


# ---------------------------------------------------------------- dynamic evaluation
def _by_tags(compiled: Compiled) -> set[str] | None:
    """Exact members of a rule over tags alone, from the tag index; None when the rule reads
    properties or matches members without any tag (then the index cannot list them)."""
    from siyu.tags.store import get_tag, tag_member_ids

    if compiled.uses_state or compiled.test(MemberState(""), 0) or not compiled.tags:
        return None
    sizes = []
    for t in compiled.tags:
        try:
            sizes.append(get_tag(t).size)
        except SiyuError:  # a tag not defined (yet): nobody has it
            sizes.append(0)
    if sum(sizes) > EXACT_LIMIT:
        return None
    holders = {t: tag_member_ids(t) for t in compiled.tags}
    candidates = set().union(*holders.values())
    return {
        m
        for m in candidates
        if compiled.test(MemberState(m, tags={t: "" for t, ids in holders.items() if m in ids}), 0)
    }


def _evaluate(compiled: Compiled) -> Iterator[str]:
    exact = _by_tags(compiled)
    if exact is not None:
        yield from exact
        return
    from siyu.tags.evaluate import scan_states  # off the request path: every member's state

    day = today()
    for s in scan_states():
        if compiled.test(s, day):
            yield s.member_id


def members_now(segment_id: str) -> Iterator[str]:
    segment = _get(segment_id)
    if segment.kind == STATIC:
        return static_members(segment_id)
    return _evaluate(compile_rule(json.loads(segment.rule or "null"), allow_tags=True))


def freeze_segment(segment_id: str, *, ref: str) -> FrozenAudience:
    """The members of `segment_id` now, frozen as the audience of `ref` (once per ref)."""
    existing = audiences.get(ref)
    if existing is not None:
        return existing
    members = members_now(segment_id)  # lazy: read only if this call wins the freeze
    return audiences.freeze(ref, members, source=f"segment:{segment_id}")


@dataclass(frozen=True)
class Estimate:
    size: int
    method: str  # exact | sample | none
    sample: int
    as_of: str | None


def estimate(rule: Any) -> Estimate:
    """How many members a rule matches, while it is edited (never a Scan)."""
    compiled = compile_rule(rule, allow_tags=True)
    exact = _by_tags(compiled)
    if exact is not None:
        return Estimate(len(exact), "exact", 0, clock.now_iso())
    from siyu.tags.evaluate import sample

    found = sample()
    if found is None or not found[1]:
        return Estimate(0, "none", 0, None)
    population, states, at = found
    day = today()
    hits = sum(1 for s in states if compiled.test(s, day))
    return Estimate(round(population * hits / len(states)), "sample", len(states), at)


def refresh_sizes(states: list[MemberState]) -> int:
    """Dynamic segments' sizes from a run's states (the hourly and nightly runs)."""
    day, now, n = today(), clock.now_iso(), 0
    for s in Segment.listed.query(SEGS):
        if s.kind != DYNAMIC or not s.rule:
            continue
        compiled = compile_rule(json.loads(s.rule), allow_tags=True)
        size = sum(1 for st in states if compiled.test(st, day))
        s.update(actions=[Segment.size.set(size), Segment.size_at.set(now)])
        n += 1
    return n
