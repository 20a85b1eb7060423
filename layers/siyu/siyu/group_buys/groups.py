"""Groups (团): started by one member, joined by others through a share link, formed when N
members have paid, failed when the deadline passes first.

Every change is one conditional transaction on the group item and a seat:

- start: the group (FORMING, one seat taken) and the leader's seat — the group id comes from
  the request's Idempotency-Key, so a retry finds its group;
- join: seats + 1 with the condition `joined < size` (and FORMING, before the deadline) and
  the member's seat (condition: not seated already) — a group never holds more than N;
- paid (the order flow calls `mark_member_paid`): the seat JOINED → PAID and, on the group,
  paid + 1 and the member's order reference, conditional on the paid count read; the N-th
  payment makes the group FORMED in the same write, with GroupFormed listing every order;
- leave (an unpaid order expired): the seat JOINED → LEFT and seats - 1;
- fail (the expiry sweep): FORMING → FAILED on the paid count read, with GroupFailed
  listing the paid members and their orders: the order flow refunds them from that event.
"""

from __future__ import annotations

import base64
import hashlib
import random
import time
from dataclasses import dataclass
from datetime import timedelta
from typing import Any, cast

from pynamodb.exceptions import TransactWriteError
from pynamodb.transactions import TransactWrite

from siyu import clock
from siyu.db import transaction
from siyu.events import DomainEvent, stage
from siyu.group_buys import deals
from siyu.group_buys.errors import (
    GroupAlreadyPaid,
    GroupBusy,
    GroupClosed,
    GroupFull,
    GroupNotFound,
    GroupNotJoined,
)
from siyu.group_buys.models import FAILED, FORMED, FORMING, JOINED, LEFT, PAID, Group, GroupDeal, Seat
from siyu.observability import logger
from siyu.txn import cancelled

ATTEMPTS = 6


@dataclass(frozen=True)
class Seated:
    group: Group
    seat: Seat
    replayed: bool  # the member was seated before (a retry)


@dataclass(frozen=True)
class PaidOutcome:
    group: Group
    formed: bool  # this payment completed the group
    replayed: bool  # the payment had been recorded before


def group_id_for(member_id: str, deal_id: str, request_key: str) -> str:
    digest = hashlib.sha256("\x1f".join((member_id, deal_id, request_key)).encode()).digest()
    return base64.b32encode(digest).decode()[:26]


# ---------------------------------------------------------------- reading
def get(group_id: str, *, fresh: bool = True) -> Group:
    try:
        return Group.get(*Group.key(group_id), consistent_read=fresh)
    except Group.DoesNotExist as exc:
        raise GroupNotFound(details={"group_id": group_id}) from exc


def seat_of(group_id: str, member_id: str) -> Seat | None:
    try:
        return Seat.get(*Seat.key(group_id, member_id), consistent_read=True)
    except Seat.DoesNotExist:
        return None


def joinable(deal_id: str, limit: int = 20) -> list[Group]:
    """Groups of a deal one can still join: FORMING, before their deadline, a seat free."""
    now = clock.now_iso()
    found = Group.gsi1.query(Group.forming_key(deal_id), Group.gsi1sk > f"{now}$", limit=limit * 3)
    return [g for g in found if int(g.joined) < int(g.size)][:limit]


def of_deal(deal_id: str, *, status: str | None = None, limit: int = 50) -> list[Group]:
    """Every group of a deal (forming, formed, failed), newest first: staff's view (gsi2)."""
    return list(
        Group.by_deal.query(
            Group.deal_key(deal_id),
            scan_index_forward=False,
            filter_condition=(Group.status == status) if status else None,
            limit=limit,
        )
    )


def groups_of(member_id: str, limit: int = 50) -> list[tuple[Seat, Group | None]]:
    seats = list(Seat.gsi1.query(Seat.member_index_key(member_id), scan_index_forward=False, limit=limit))
    keys = [Group.key(s.group_id) for s in seats]
    by_id = {g.group_id: g for g in Group.batch_get(keys)} if keys else {}
    return [(s, by_id.get(s.group_id)) for s in seats]


# ---------------------------------------------------------------- start and join
def _new_seat(group_id: str, deal_id: str, member_id: str, role: str) -> Seat:
    now = clock.now_iso()
    return Seat(
        *Seat.key(group_id, member_id),
        gsi1pk=Seat.member_index_key(member_id),
        gsi1sk=f"{now}#{group_id}",
        group_id=group_id,
        deal_id=deal_id,
        member_id=member_id,
        role=role,
        status=JOINED,
        joined_at=now,
    )


def start_group(member_id: str, deal_id: str, *, request_key: str) -> Seated:
    """Start a group of a deal (the member takes the first seat, then pays for it)."""
    group_id = group_id_for(member_id, deal_id, request_key)
    existing = seat_of(group_id, member_id)
    if existing is not None:
        return Seated(get(group_id), existing, replayed=True)
    deal = deals.get(deal_id)
    deals.require_active(deal)
    now = clock.now()
    expires_at = clock.iso(now + timedelta(hours=int(deal.hours_to_fill)))
    group = Group(
        *Group.key(group_id),
        gsi1pk=Group.forming_key(deal_id),
        gsi1sk=f"{expires_at}#{group_id}",
        gsi2pk=Group.deal_key(deal_id),
        gsi2sk=f"{clock.iso(now)}#{group_id}",
        group_id=group_id,
        deal_id=deal_id,
        leader_id=member_id,
        size=int(deal.group_size),
        joined=1,
        paid=0,
        paid_members={},
        status=FORMING,
        expires_at=expires_at,
        created_at=clock.iso(now),
    )
    seat = _new_seat(group_id, deal_id, member_id, "leader")
    try:
        with transaction() as tx:
            tx.save(group, condition=Group.pk.does_not_exist())
            tx.save(seat, condition=Seat.pk.does_not_exist())
    except TransactWriteError as exc:
        if not exc.cancellation_reasons:
            raise
        again = seat_of(group_id, member_id)
        if again is None:
            raise GroupBusy() from exc
        return Seated(get(group_id), again, replayed=True)
    return Seated(group, seat, replayed=False)


def join(member_id: str, group_id: str) -> Seated:
    """Take a seat in a group (the share link); idempotent per member and group."""
    for attempt in range(ATTEMPTS):
        seat = seat_of(group_id, member_id)
        if seat is not None and seat.status != LEFT:
            return Seated(get(group_id), seat, replayed=True)
        group = get(group_id, fresh=False)
        _check_joinable(group)
        now = clock.now_iso()
        seat = _new_seat(group_id, group.deal_id, member_id, "member")
        try:
            with transaction() as tx:
                tx.update(
                    Group(*Group.key(group_id)),
                    actions=[Group.joined.add(1)],
                    condition=(Group.status == FORMING)
                    & (Group.joined < Group.size)
                    & (Group.expires_at > now),
                    return_values="ALL_OLD",
                )
                tx.save(
                    seat,
                    condition=Seat.pk.does_not_exist() | (Seat.status == LEFT),
                    return_values="ALL_OLD",
                )
        except TransactWriteError as exc:
            refused = cancelled(exc)
            # The member's own seat decides first: a double tap that lost to its twin on the
            # last seat is seated (by the twin), not refused as GROUP_FULL.
            mine = seat_of(group_id, member_id)
            if mine is not None and mine.status != LEFT:
                return Seated(get(group_id), mine, replayed=True)
            refused_group = refused.item(*Group.key(group_id))
            if refused_group is not None:
                _check_joinable(_group_from(refused_group, group))
            time.sleep(random.uniform(0, 0.005 * 2**attempt))
            continue  # seated meanwhile (a retry) or a conflict: look again
        return Seated(get(group_id), seat, replayed=False)
    raise GroupBusy()


def _group_from(raw: dict[str, Any], fallback: Group) -> Group:
    def number(name: str) -> float:
        return float((raw.get(name) or {}).get("N", 0))

    copy = Group(*Group.key(fallback.group_id))
    copy.group_id = fallback.group_id
    copy.deal_id = fallback.deal_id
    copy.size = number("size")
    copy.joined = number("joined")
    copy.status = str((raw.get("status") or {}).get("S", fallback.status))
    copy.expires_at = str((raw.get("expires_at") or {}).get("S", fallback.expires_at))
    return copy


def _check_joinable(group: Group) -> None:
    if group.status != FORMING or clock.now_iso() >= group.expires_at:
        raise GroupClosed(details={"status": group.status, "expires_at": group.expires_at})
    if int(group.joined) >= int(group.size):
        raise GroupFull(details={"size": int(group.size)})


# ---------------------------------------------------------------- the order flow's side
def mark_member_paid(group_id: str, member_id: str, order_ref: str) -> PaidOutcome:
    """Record that a seated member's order is paid. The N-th payment forms the group
    (GroupFormed, in the same write). Repeating it with the same order is a no-op.

    Raises GROUP_NOT_JOINED (no seat, or the seat was given back), GROUP_ALREADY_PAID
    (paid with another order) or GROUP_CLOSED (formed, failed or past its deadline): the
    order flow refunds such a payment."""
    for attempt in range(ATTEMPTS):
        seat = seat_of(group_id, member_id)
        if seat is None or seat.status == LEFT:
            raise GroupNotJoined(details={"group_id": group_id})
        group = get(group_id)
        if seat.status == PAID:
            if seat.order_ref == order_ref:
                return PaidOutcome(group, formed=False, replayed=True)
            raise GroupAlreadyPaid(details={"order_ref": seat.order_ref})
        if group.status != FORMING or clock.now_iso() >= group.expires_at:
            raise GroupClosed(details={"status": group.status, "expires_at": group.expires_at})
        paid_before = int(group.paid)
        forms = paid_before + 1 == int(group.size)
        now = clock.now_iso()
        # A map entry as an update path (pynamodb's typing sees only the item's value).
        paid_entry = cast(Any, Group.paid_members)[member_id]
        actions: list[Any] = [Group.paid.add(1), paid_entry.set(order_ref)]
        if forms:
            actions += [
                Group.status.set(FORMED),
                Group.formed_at.set(now),
                Group.gsi1pk.remove(),
                Group.gsi1sk.remove(),
            ]
        try:
            with transaction() as tx:
                tx.update(
                    seat,
                    actions=[Seat.status.set(PAID), Seat.order_ref.set(order_ref), Seat.paid_at.set(now)],
                    condition=Seat.status == JOINED,
                )
                tx.update(
                    Group(*Group.key(group_id)),
                    actions=actions,
                    condition=(Group.status == FORMING)
                    & (Group.paid == paid_before)
                    & (Group.expires_at > now),
                )
                if forms:
                    members = {**_paid_members(group), member_id: order_ref}
                    stage(tx, _group_event("GroupFormed", group, members, {"formed_at": now}))
        except TransactWriteError as exc:
            if not exc.cancellation_reasons:
                raise
            time.sleep(random.uniform(0, 0.005 * 2**attempt))
            continue  # another payment landed first, or a retry: read again
        if forms:
            logger.info("group formed", extra={"group_id": group_id})
        return PaidOutcome(get(group_id), formed=forms, replayed=False)
    raise GroupBusy()


def release_seat(group_id: str, member_id: str) -> bool:
    """Give back an unpaid seat (the member's order expired): True if this call freed it."""
    seat = seat_of(group_id, member_id)
    if seat is None or seat.status != JOINED:
        return False
    try:
        with transaction() as tx:
            stage_release(tx, seat)
    except TransactWriteError as exc:
        if not exc.cancellation_reasons:
            raise
        return False  # paid or released meanwhile
    return True


def seat_key_of(source_ref: str | None) -> tuple[str, str] | None:
    """(group_id, member_id) from a group-buy order's source_ref "<group_id>:<member_id>"."""
    group_id, _, member_id = (source_ref or "").partition(":")
    return (group_id, member_id) if group_id and member_id else None


def stage_release_of(tx: TransactWrite, source_ref: str | None, order_id: str, reason: str) -> None:
    """An unpaid order of a seat closes (siyu.orders.returns): the seat back to its group in
    the order's own transaction, exactly once. A refund keeps the seat: the group formed or
    failed with it."""
    key = seat_key_of(source_ref)
    if reason == "refund" or key is None:
        return
    seat = seat_of(*key)
    if seat is None or seat.status != JOINED or seat.order_ref != order_id:
        return  # paid, given back before, or another order's seat: nothing to add
    stage_release(tx, seat)


def stage_release(tx: TransactWrite, seat: Seat) -> None:
    """The seat JOINED → LEFT and the group's seat count - 1, in the caller's transaction."""
    tx.update(
        Seat(*Seat.key(seat.group_id, seat.member_id)),
        actions=[Seat.status.set(LEFT), Seat.left_at.set(clock.now_iso())],
        condition=(Seat.status == JOINED) & (Seat.joined_at == seat.joined_at),
    )
    tx.update(Group(*Group.key(seat.group_id)), actions=[Group.joined.add(-1)], condition=Group.joined > 0)


def _paid_members(group: Group) -> dict[str, str]:
    raw = group.paid_members
    if raw is None:
        return {}
    values = raw.as_dict() if hasattr(raw, "as_dict") else dict(raw)
    return {str(k): str(v) for k, v in values.items()}


def _group_event(kind: str, group: Group, paid: dict[str, str], extra: dict[str, Any]) -> DomainEvent:
    deal = _deal_or_none(group.deal_id)
    return DomainEvent(
        type=kind,
        member_id=group.leader_id,
        data={
            "group_id": group.group_id,
            "deal_id": group.deal_id,
            "sku": deal.sku if deal else None,
            "group_price_fen": int(deal.group_price_fen) if deal else None,
            "size": int(group.size),
            "members": [{"member_id": m, "order_ref": ref} for m, ref in sorted(paid.items())],
            **extra,
        },
    )


def _deal_or_none(deal_id: str) -> GroupDeal | None:
    try:
        return GroupDeal.get(*GroupDeal.key(deal_id))
    except GroupDeal.DoesNotExist:
        return None


# ---------------------------------------------------------------- expiry
def fail_group(group_id: str) -> bool:
    """A FORMING group past its deadline becomes FAILED, with GroupFailed listing every paid
    member and order (to refund). True if this call failed it; running it again does nothing."""
    for attempt in range(ATTEMPTS):
        group = get(group_id)
        now = clock.now_iso()
        if group.status != FORMING or now < group.expires_at:
            return False
        paid = _paid_members(group)
        unpaid = [
            s for s in Seat.query(Group.key(group_id)[0], Seat.sk.startswith("MEMBER#")) if s.status == JOINED
        ]
        try:
            with transaction() as tx:
                tx.update(
                    Group(*Group.key(group_id)),
                    actions=[
                        Group.status.set(FAILED),
                        Group.failed_at.set(now),
                        Group.gsi1pk.remove(),
                        Group.gsi1sk.remove(),
                    ],
                    condition=(Group.status == FORMING) & (Group.paid == int(group.paid)),
                )
                stage(
                    tx,
                    _group_event(
                        "GroupFailed",
                        group,
                        paid,
                        {
                            "failed_at": now,
                            "refund": "all paid members",
                            "unpaid_members": sorted(s.member_id for s in unpaid),
                            # Their orders still wait for payment: the order flow cancels them.
                            "unpaid_orders": sorted(s.order_ref for s in unpaid if s.order_ref),
                        },
                    ),
                )
        except TransactWriteError as exc:
            if not exc.cancellation_reasons:
                raise
            time.sleep(random.uniform(0, 0.005 * 2**attempt))
            continue
        logger.info("group failed", extra={"group_id": group_id, "paid": len(paid)})
        return True
    raise GroupBusy()


def expire_due(limit: int = 500) -> int:
    """Fail every FORMING group past its deadline (Query per live deal on the sparse index)."""
    now = clock.now_iso()
    failed = 0
    for deal in deals.deals_with_live_groups():
        # gsi1sk is "<expires_at>#<group_id>": everything below "<now>$" expired at or before now.
        due = Group.gsi1sk < f"{now}$"
        for group in Group.gsi1.query(Group.forming_key(deal.deal_id), due, limit=limit):
            if fail_group(group.group_id):
                failed += 1
    return failed
