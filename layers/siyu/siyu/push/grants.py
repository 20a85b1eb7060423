"""Grants to a segment: a coupon (through siyu.coupons' grant and stock code) or points
(through siyu.members.points with a reason) to each member of the frozen audience, once.

Exactly once per member: the coupon's id is derived from (member, template, "segment_grant",
grant id) and issued with the template's stock in one transaction (siyu.coupons.grant), and
the points change is applied once per (source "segment_grant", ref grant id) by the points
ledger — so a redelivered batch, or two workers on one batch, grant nothing twice. When the
stock runs out, the rest of the members are recorded SOLD_OUT; the stock never goes below zero.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable
from typing import Any

from pynamodb.exceptions import PutError, UpdateError

from siyu import clock, coupons, segments
from siyu.coupons.errors import CouponSoldOut
from siyu.errors import SiyuError
from siyu.ids import new_id
from siyu.members import points
from siyu.observability import logger
from siyu.push import queue
from siyu.push.errors import GrantNotFound
from siyu.push.models import (
    DRAFT,
    FAILED,
    GRANT_INDEX,
    GRANTED,
    QUEUED,
    SENDING_OUT,
    SOLD_OUT,
    Grant,
    GrantDelivery,
)
from siyu.push.queue import PushBatch
from siyu.push.schemas import GrantSpec

SOURCE = "segment_grant"  # the coupon grant's source and the points ledger's source


def ref(grant_id: str) -> str:
    return f"grant:{grant_id}"


def create(spec: GrantSpec, *, admin_id: str) -> Grant:
    if spec.coupon_template_id is not None:
        from siyu.coupons import templates

        templates.get(spec.coupon_template_id)  # COUPON_TEMPLATE_NOT_FOUND before anything is stored
    segments.get_segment(spec.segment_id)  # SEGMENT_NOT_FOUND before anything is stored
    grant_id = new_id()
    now = clock.now_iso()
    grant = Grant(
        *Grant.key(grant_id),
        grant_id=grant_id,
        name=spec.name,
        segment_id=spec.segment_id,
        coupon_template_id=spec.coupon_template_id,
        points=spec.points,
        reason=spec.reason,
        status=DRAFT,
        created_by=admin_id,
        created_at=now,
        gsi1sk=f"{now}#{grant_id}",
    )
    grant.save(condition=Grant.pk.does_not_exist())
    return grant


def get(grant_id: str, *, consistent: bool = False) -> Grant:
    try:
        return Grant.get(*Grant.key(grant_id), consistent_read=consistent)
    except Grant.DoesNotExist:
        raise GrantNotFound(details={"grant_id": grant_id}) from None


def recent(limit: int = 20) -> list[Grant]:
    return list(Grant.by_gsi1.query(GRANT_INDEX, scan_index_forward=False, limit=limit))


def send(grant_id: str) -> Grant:
    """Queue the grant's fan-out once (DRAFT → FANNING_OUT); a repeat changes nothing."""
    grant = get(grant_id, consistent=True)
    try:
        grant.update(
            actions=[Grant.status.set(SENDING_OUT), Grant.queued_at.set(clock.now_iso())],
            condition=Grant.status == DRAFT,
        )
    except UpdateError:
        current = get(grant_id, consistent=True)
        if current.status == SENDING_OUT:  # the first call may have failed before queueing:
            queue.enqueue("grant_fanout", grant_id)  # fan-outs are safe to repeat
        return current
    queue.enqueue("grant_fanout", grant_id)
    return grant


def fan_out(grant_id: str) -> int:
    try:
        grant = get(grant_id, consistent=True)
    except SiyuError:
        return 0
    if grant.status == DRAFT:
        return 0
    size = queue.enqueue_segment("grant", grant_id, grant.segment_id, ref(grant_id))
    grant.update(
        actions=[Grant.status.set(QUEUED), Grant.targeted.set(size)],
        condition=Grant.status.is_in(SENDING_OUT, QUEUED),
    )
    return size


def _record(grant_id: str, member_id: str, status: str, **fields: Any) -> None:
    item = GrantDelivery(
        *GrantDelivery.key(grant_id, member_id),
        member_id=member_id,
        status=status,
        updated_at=clock.now_iso(),
        **fields,
    )
    try:  # a member recorded GRANTED stays so (a later repeat answers the same coupon anyway)
        item.save(condition=GrantDelivery.pk.does_not_exist() | (GrantDelivery.status != GRANTED))
    except PutError as exc:
        if exc.cause_response_code != "ConditionalCheckFailedException":
            raise


def grant_one(grant: Grant, member_id: str) -> str:
    """Give one member the grant (once); returns GRANTED, SOLD_OUT or FAILED."""
    try:
        if grant.coupon_template_id:
            coupon_id = coupons.grant(
                member_id, grant.coupon_template_id, source=SOURCE, source_ref=grant.grant_id
            )
            _record(grant.grant_id, member_id, GRANTED, coupon_id=coupon_id)
        else:
            points.change(
                member_id, int(grant.points or 0), reason=str(grant.reason), source=SOURCE, ref=grant.grant_id
            )
            _record(grant.grant_id, member_id, GRANTED)
    except CouponSoldOut:
        _record(grant.grant_id, member_id, SOLD_OUT, error_code="COUPON_SOLD_OUT")
        return SOLD_OUT
    except SiyuError as exc:
        if exc.status >= 500:
            raise  # busy or unavailable: the batch is redelivered
        _record(grant.grant_id, member_id, FAILED, error_code=exc.code)
        return FAILED
    return GRANTED


def send_batch(batch: PushBatch, time_left: Callable[[], float] | None = None) -> Counter[str]:
    outcomes: Counter[str] = Counter()
    try:
        grant = get(batch.ref, consistent=True)
    except SiyuError:
        outcomes["dropped"] = len(batch.members)
        return outcomes
    for member_id in batch.members:
        outcomes[grant_one(grant, member_id)] += 1
    logger.info("grant batch", extra={"grant_id": grant.grant_id, **outcomes})
    return outcomes


def figures(grant: Grant) -> dict[str, int]:
    counts = Counter(
        d.status
        for d in GrantDelivery.query(
            grant.pk, GrantDelivery.sk.startswith("TO#"), attributes_to_get=["pk", "sk", "status"]
        )
    )
    targeted = int(grant.targeted)
    settled = counts[GRANTED] + counts[SOLD_OUT] + counts[FAILED]
    return {
        "targeted": targeted,
        "granted": counts[GRANTED],
        "sold_out": counts[SOLD_OUT],
        "failed": counts[FAILED],
        "pending": max(0, targeted - settled),
    }


def view(grant: Grant) -> dict[str, Any]:
    return {
        "grant_id": grant.grant_id,
        "name": grant.name,
        "segment_id": grant.segment_id,
        "coupon_template_id": grant.coupon_template_id,
        "points": None if grant.points is None else int(grant.points),
        "reason": grant.reason,
        "status": grant.status,
        "created_by": grant.created_by,
        "created_at": grant.created_at,
        "queued_at": grant.queued_at,
        "figures": figures(grant),
    }
