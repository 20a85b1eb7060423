"""Counting what members do, from the domain events, into their tag state.

Each event is counted once: a `~SEEN#<event id>` marker goes into the same transaction as the
counter ADDs (EventBridge delivers at least once). Day counters are ADDs and sets are ADDs,
so events arriving late or out of order still sum to the same state.

| event | counts |
| --- | --- |
| MemberRegistered | registration day, source (`invite` when invited) |
| OrderPaid | day `order_paid` +1, `spend_fen` + amount; totals |
| OrderRefunded | day `refund` +1, `spend_fen` − amount; total spend |
| PointsChanged (source `checkin`) | day `checkin` +1 |
| CouponUsed | day `coupon_used` +1; the coupon's template in `coupons_used` |
| MemberVisited | day `visit` +1; the launch source (live, share, video, other) in `sources` |

MemberVisited comes from the tracking collector (`visits.record_visit`): the first tracked
batch of a member per Shanghai day and launch source.
"""

from __future__ import annotations

from datetime import timedelta
from typing import Any

from pynamodb.exceptions import TransactWriteError

from siyu import clock
from siyu.db import transaction
from siyu.events import DomainEvent
from siyu.tags.models import DayCount, Profile, Seen, member_pk
from siyu.txn import cancelled

SEEN_DAYS = 8
COUNTER_DAYS = 400
EVENT_TYPES = (
    "MemberRegistered",
    "OrderPaid",
    "OrderRefunded",
    "PointsChanged",
    "CouponUsed",
    "MemberVisited",
)


def _changes(event: DomainEvent) -> tuple[dict[str, int], dict[str, Any]] | None:
    """(day counter ADDs, profile changes) of an event, or None when it counts for nothing."""
    data = event.data
    t = event.type
    if t == "MemberRegistered":
        source = "invite" if data.get("inviter_id") else str(data.get("source") or "kuaishou")
        return {}, {"registered_at": event.occurred_at, "reg_source": source}
    if t == "OrderPaid":
        amount = int(data.get("amount_fen") or 0)
        return {"order_paid": 1, "spend_fen": amount}, {"orders": 1, "spend_fen": amount}
    if t == "OrderRefunded":
        amount = int(data.get("amount_fen") or 0)
        return {"refund": 1, "spend_fen": -amount}, {"spend_fen": -amount}
    if t == "PointsChanged" and data.get("source") == "checkin" and int(data.get("delta") or 0) > 0:
        return {"checkin": 1}, {}
    if t == "CouponUsed":
        template = data.get("template_id")
        return {"coupon_used": 1}, ({"coupons_used": str(template)} if template else {})
    if t == "MemberVisited":
        visit_source = data.get("source_type")
        return {"visit": 1}, {"visits": 1, **({"sources": str(visit_source)} if visit_source else {})}
    return None


def record(event: DomainEvent) -> bool:
    """Count the event into its member's state. True when counted now; False when it counts for
    nothing or was counted before."""
    changes = _changes(event)
    if changes is None or not event.member_id:
        return False
    counters, profile = changes
    pk = member_pk(event.member_id)
    at = clock.parse_iso(event.occurred_at)
    day = clock.shanghai_day(at).isoformat()

    try:
        with transaction() as tx:
            tx.save(
                Seen(pk, f"~SEEN#{event.id}", ttl=clock.epoch(clock.now() + timedelta(days=SEEN_DAYS))),
                condition=Seen.pk.does_not_exist(),
            )
            if counters:
                tx.update(
                    DayCount(pk, f"C#{day}"),
                    actions=[
                        *(getattr(DayCount, m).add(n) for m, n in counters.items()),
                        DayCount.ttl.set(clock.epoch(at + timedelta(days=COUNTER_DAYS))),
                    ],
                )
            actions: list[Any] = []
            for name, value in profile.items():
                attr = getattr(Profile, name)
                if name in ("registered_at", "reg_source"):
                    actions.append(attr.set(attr | value))
                elif name in ("sources", "coupons_used"):
                    actions.append(attr.add({value}))
                else:
                    actions.append(attr.add(value))
            if actions:
                tx.update(Profile(pk, "PROFILE"), actions=actions)
    except TransactWriteError as exc:
        if cancelled(exc).condition_failed:
            return False  # counted before
        raise
    return True
