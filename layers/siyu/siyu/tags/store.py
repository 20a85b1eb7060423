"""Tag definitions and who has which tag; every change of a member's tags is one transaction
with its `TagsChanged` domain event (and the tags' sizes)."""

from __future__ import annotations

import json
from dataclasses import dataclass
from typing import Any

from pynamodb.exceptions import TransactWriteError, UpdateError

from siyu import clock
from siyu.db import transaction
from siyu.errors import define_error
from siyu.events import DomainEvent, stage
from siyu.tags.computed import LIFECYCLE, RFM
from siyu.tags.models import TAGDEFS, MemberTag, TagDef, member_pk, tag_pk
from siyu.tags.rules import compile_rule
from siyu.txn import cancelled

TagNotFound = define_error("TAG_NOT_FOUND", 404, "标签不存在")
TagNotManual = define_error("TAG_NOT_MANUAL", 409, "该标签由规则计算，不能手动添加或移除")
TagKindFixed = define_error("TAG_KIND_FIXED", 409, "标签类型创建后不能修改")
TagReserved = define_error("TAG_RESERVED", 409, "系统标签不能修改")

MANUAL, RULE, RFM_KIND, LIFECYCLE_KIND = "manual", "rule", "rfm", "lifecycle"
COMPUTED_KINDS = (RULE, RFM_KIND, LIFECYCLE_KIND)
BUILTIN: dict[str, tuple[str, str]] = {
    **{tag_id: (name, LIFECYCLE_KIND) for tag_id, name in LIFECYCLE.items()},
    **{tag_id: (name, RFM_KIND) for tag_id, name in RFM.items()},
}
MAX_TAGS_PER_CHANGE = 30  # a transaction holds ≤ 100 items: 3 per tag + the event


@dataclass(frozen=True)
class Tag:
    tag_id: str
    name: str
    kind: str
    description: str | None
    rule: dict[str, Any] | None
    version: int
    size: int
    updated_at: str | None


def _view(item: TagDef) -> Tag:
    return Tag(
        tag_id=item.tag_id or item.pk[4:],
        name=item.name or BUILTIN.get(item.pk[4:], ("", ""))[0],
        kind=item.kind or BUILTIN.get(item.pk[4:], ("", MANUAL))[1],
        description=item.description,
        rule=json.loads(item.rule) if item.rule else None,
        version=int(item.version or 0),
        size=int(item.size or 0),
        updated_at=item.updated_at,
    )


def _builtin(tag_id: str) -> Tag:
    name, kind = BUILTIN[tag_id]
    return Tag(tag_id, name, kind, None, None, 0, 0, None)


def put_tag(tag_id: str, *, name: str, kind: str, description: str | None, rule: Any) -> Tag:
    """Create or change a manual or rule tag (PUT: the same body again changes nothing new).
    A rule is checked first (VALIDATION_ERROR, nothing stored); the kind never changes."""
    if tag_id in BUILTIN or tag_id.startswith(("rfm-", "life-")):
        raise TagReserved(details={"tag_id": tag_id})
    rule_text = None
    if kind == RULE:
        compiled = compile_rule(rule)
        rule_text = json.dumps(compiled.source, ensure_ascii=False, sort_keys=True, separators=(",", ":"))
    item = TagDef(tag_pk(tag_id), "META")
    now = clock.now_iso()
    try:
        item.update(
            actions=[
                TagDef.tag_id.set(tag_id),
                TagDef.name.set(name),
                TagDef.kind.set(kind),
                TagDef.description.set(description) if description else TagDef.description.remove(),
                TagDef.rule.set(rule_text) if rule_text else TagDef.rule.remove(),
                TagDef.version.add(1),
                TagDef.size.set(TagDef.size | 0),
                TagDef.created_at.set(TagDef.created_at | now),
                TagDef.updated_at.set(now),
                TagDef.gsi1pk.set(TAGDEFS),
                TagDef.gsi1sk.set(tag_id),
            ],
            condition=TagDef.kind.does_not_exist() | (TagDef.kind == kind),
        )
    except UpdateError as exc:
        if exc.cause_response_code == "ConditionalCheckFailedException":
            raise TagKindFixed(details={"tag_id": tag_id}) from exc
        raise
    return _view(item)


def get_tag(tag_id: str) -> Tag:
    try:
        return _view(TagDef.get(tag_pk(tag_id), "META"))
    except TagDef.DoesNotExist:
        if tag_id in BUILTIN:
            return _builtin(tag_id)
        raise TagNotFound(details={"tag_id": tag_id}) from None


def list_tags() -> list[Tag]:
    """Every tag with its size: the stored ones (a Query on gsi1) and the built-in ones."""
    stored = {t.tag_id: t for t in (_view(i) for i in TagDef.listed.query(TAGDEFS))}
    for tag_id in BUILTIN:
        stored.setdefault(tag_id, _builtin(tag_id))
    return sorted(stored.values(), key=lambda t: (t.kind, t.tag_id))


def rule_tags() -> dict[str, str]:
    """Rule tags' rules as stored (tag id → JSON text), for the evaluator."""
    return {t.tag_id: json.dumps(t.rule) for t in list_tags() if t.kind == RULE and t.rule}


@dataclass(frozen=True)
class MemberTagView:
    tag_id: str
    kind: str
    since: str


def member_tags(member_id: str) -> list[MemberTagView]:
    return [
        MemberTagView(i.tag_id, i.kind, i.since)
        for i in MemberTag.query(member_pk(member_id), MemberTag.sk.startswith("TAG#"), consistent_read=True)
    ]


def tag_members(tag_id: str, *, limit: int = 50, cursor: str | None = None) -> tuple[list[str], str | None]:
    """A page of the tag's members (a Query on gsi1, by member id)."""
    start = (
        {
            "gsi1pk": {"S": f"TAGM#{tag_id}"},
            "gsi1sk": {"S": cursor},
            "pk": {"S": member_pk(cursor)},
            "sk": {"S": f"TAG#{tag_id}"},
        }
        if cursor
        else None
    )
    page = MemberTag.by_tag.query(f"TAGM#{tag_id}", limit=limit, last_evaluated_key=start)
    ids = [i.member_id for i in page]
    more = page.last_evaluated_key
    return ids, (more["gsi1sk"]["S"] if more else None)


def tag_member_ids(tag_id: str) -> set[str]:
    return {i.member_id for i in MemberTag.by_tag.query(f"TAGM#{tag_id}", attributes_to_get=["member_id"])}


def change_member_tags(
    member_id: str,
    added: dict[str, str],
    removed: dict[str, str],
    *,
    by: str,
    guard_manual: str | None = None,
) -> bool:
    """Add and remove tags (tag id → kind) of one member in one transaction with its TagsChanged
    event. False when a condition refused (the tag is already there, or already gone, or a
    concurrent change won): nothing was written; the caller reads again if it must."""
    if not added and not removed:
        return True
    if len(added) + len(removed) > MAX_TAGS_PER_CHANGE:
        raise ValueError("too many tag changes for one transaction")
    now = clock.now_iso()
    pk = member_pk(member_id)
    try:
        with transaction() as tx:
            for tag_id, kind in added.items():
                item = MemberTag(
                    pk,
                    f"TAG#{tag_id}",
                    member_id=member_id,
                    tag_id=tag_id,
                    kind=kind,
                    since=now,
                    gsi1pk=f"TAGM#{tag_id}",
                    gsi1sk=member_id,
                )
                tx.save(item, condition=MemberTag.pk.does_not_exist())
            for tag_id in removed:
                tx.delete(MemberTag(pk, f"TAG#{tag_id}"), condition=MemberTag.pk.exists())
            for tag_id, delta in [*((t, 1) for t in added), *((t, -1) for t in removed)]:
                kind = added.get(tag_id) or removed[tag_id]
                name = BUILTIN.get(tag_id, (tag_id, kind))[0]
                tx.update(
                    TagDef(tag_pk(tag_id), "META"),
                    actions=[
                        TagDef.size.add(delta),
                        TagDef.tag_id.set(tag_id),
                        TagDef.kind.set(TagDef.kind | kind),
                        TagDef.name.set(TagDef.name | name),
                        TagDef.gsi1pk.set(TAGDEFS),
                        TagDef.gsi1sk.set(tag_id),
                    ],
                    condition=(TagDef.kind == MANUAL) if tag_id == guard_manual else None,
                )
            stage(
                tx,
                DomainEvent(
                    type="TagsChanged",
                    member_id=member_id,
                    data={"added": sorted(added), "removed": sorted(removed), "by": by},
                ),
            )
    except TransactWriteError as exc:
        cancelled(exc)  # re-raises anything but a refused condition or a lost race
        return False
    return True


def _manual(tag_id: str) -> Tag:
    tag = get_tag(tag_id)
    if tag.kind != MANUAL:
        raise TagNotManual(details={"tag_id": tag_id, "kind": tag.kind})
    return tag


def tag_member(member_id: str, tag_id: str) -> bool:
    """An operator tags a member. True if added now; False if the member had it (no event)."""
    _manual(tag_id)
    return change_member_tags(member_id, {tag_id: MANUAL}, {}, by=MANUAL, guard_manual=tag_id)


def untag_member(member_id: str, tag_id: str) -> bool:
    """An operator removes a manual tag. True if removed now; False if the member had none."""
    _manual(tag_id)
    return change_member_tags(member_id, {}, {tag_id: MANUAL}, by=MANUAL, guard_manual=tag_id)
