"""Members reserve a live (with the subscribe-message consent the mini-program obtained) and
withdraw. A reservation is keyed by (live, member): reserving twice is one reservation."""

from __future__ import annotations

from dataclasses import dataclass

from pynamodb.exceptions import TransactWriteError

from siyu import clock
from siyu.db import transaction
from siyu.errors import define_error
from siyu.events import DomainEvent, stage
from siyu.live.lives import LiveCancelled, LiveEnded, get_live
from siyu.live.models import ACTIVE, CANCELLED, WITHDRAWN, Reservation
from siyu.members.models import Member

MemberNotFound = define_error("MEMBER_NOT_FOUND", 404, "会员不存在")


@dataclass(frozen=True)
class ReservationResult:
    reservation: Reservation
    created: bool


def view(reservation: Reservation | None, live_id: str) -> dict[str, object]:
    active = reservation is not None and reservation.status == ACTIVE
    return {
        "live_id": live_id,
        "reserved": active,
        "template_id": reservation.template_id if active and reservation else None,
        "reserved_at": reservation.reserved_at if active and reservation else None,
    }


def find(live_id: str, member_id: str) -> Reservation | None:
    try:
        return Reservation.get(*Reservation.key(live_id, member_id), consistent_read=True)
    except Reservation.DoesNotExist:
        return None


def reserve(live_id: str, member_id: str, template_id: str) -> ReservationResult:
    """Record the reservation and LiveReserved in one transaction; a repeat changes nothing."""
    live = get_live(live_id)
    if live.status == CANCELLED:
        raise LiveCancelled()
    if clock.parse_iso(live.ends_at) <= clock.now():
        raise LiveEnded()
    try:
        member = Member.get(*Member.key(member_id))
    except Member.DoesNotExist as exc:
        raise MemberNotFound() from exc
    reservation = Reservation(
        *Reservation.key(live_id, member_id),
        live_id=live_id,
        member_id=member_id,
        open_id=member.open_id,
        template_id=template_id,
        status=ACTIVE,
        reserved_at=clock.now_iso(),
    )
    try:
        with transaction() as tx:
            tx.save(
                reservation, condition=Reservation.pk.does_not_exist() | (Reservation.status == WITHDRAWN)
            )
            stage(
                tx,
                DomainEvent(
                    type="LiveReserved",
                    member_id=member_id,
                    data={"live_id": live_id, "starts_at": live.starts_at, "template_id": template_id},
                ),
            )
    except TransactWriteError:
        existing = find(live_id, member_id)
        if existing is not None and existing.status == ACTIVE:
            return ReservationResult(existing, created=False)
        raise
    return ReservationResult(reservation, created=True)


def withdraw(live_id: str, member_id: str) -> bool:
    """Withdraw (idempotent); True if a reservation was active. Reminders not yet sent skip it."""
    get_live(live_id)
    reservation = Reservation(*Reservation.key(live_id, member_id))
    try:
        with transaction() as tx:
            tx.update(
                reservation,
                actions=[Reservation.status.set(WITHDRAWN), Reservation.cancelled_at.set(clock.now_iso())],
                condition=Reservation.status == ACTIVE,
            )
            stage(
                tx,
                DomainEvent(type="LiveReservationCancelled", member_id=member_id, data={"live_id": live_id}),
            )
    except TransactWriteError:
        existing = find(live_id, member_id)
        if existing is None or existing.status != ACTIVE:
            return False
        raise
    return True
