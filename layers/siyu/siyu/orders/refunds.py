"""Refunds of whole orders: the member asks, an operator approves (or rejects), Kuaishou is
asked to refund (apply_refund), and its REFUND callback completes it.

    PAID / PICKED_UP ──request──▶ REFUND_REQUESTED ──approve──▶ REFUNDING ──callback──▶ REFUNDED
                     ◀──reject──                                    │ FAILED: REFUND_FAILED
                                                                    └──approve again (new attempt)

Completion is ONE transaction, conditional on the refund still waiting for this
out_refund_no: the refund and the order → REFUNDED, stock back, the pickup slot back (if not
picked up), the coupon restored or kept per its terms (siyu.coupons), the order's points
taken back — never below zero: what the balance cannot cover is recorded as the shortfall —
and OrderRefunded. A payment that arrived after its order had closed is refunded the same
way (kind late_payment) without giving anything back, since its order already did.
"""

from __future__ import annotations

from pynamodb.exceptions import TransactWriteError
from pynamodb.transactions import TransactWrite

from siyu import clock
from siyu.db import transaction
from siyu.events import DomainEvent, stage
from siyu.members.account import InsufficientPoints
from siyu.observability import logger, metrics
from siyu.orders import epay
from siyu.orders.errors import OrderBusy, OrderNotFound, OrderNotRefundable, OrderOnHold, RefundNotPending
from siyu.orders.models import Order, Refund
from siyu.orders.returns import Returned, stage_returns
from siyu.orders.schemas import (
    EXTERNAL_SOURCES,
    PAID,
    PICKED_UP,
    R_FAILED,
    R_REFUNDED,
    R_REFUNDING,
    R_REJECTED,
    R_REQUESTED,
    REFUND_FAILED,
    REFUND_REQUESTED,
    REFUNDED,
    REFUNDING,
)
from siyu.orders.views import read
from siyu.txn import cancelled

ATTEMPTS = 6


def out_refund_no(order_id: str, attempt: int) -> str:
    return f"{order_id}-{attempt}"


def order_id_of(refund_no: str) -> str:
    return refund_no.rsplit("-", 1)[0]


def _refund_index(status: str, refund: Refund) -> list[object]:
    gsi1pk, gsi1sk = Refund.index_key(status, refund.requested_at, refund.order_id)
    return [Refund.gsi1pk.set(gsi1pk), Refund.gsi1sk.set(gsi1sk)]


def new_refund(
    order: Order,
    *,
    status: str,
    kind: str,
    reason: str,
    amount_fen: int,
    attempt: int,
    now: str,
    system_refund_no: str | None = None,
) -> Refund:
    """A refund record of the order. A system refund (`system_refund_no`: a failed group-buy,
    a late payment) is decided at once, with no staff approval."""
    gsi1pk, gsi1sk = Refund.index_key(status, now, order.order_id)
    return Refund(
        *Refund.key(order.order_id),
        gsi1pk=gsi1pk,
        gsi1sk=gsi1sk,
        order_id=order.order_id,
        member_id=order.member_id,
        status=status,
        kind=kind,
        reason=reason,
        amount_fen=amount_fen,
        attempt=attempt,
        requested_at=now,
        updated_at=now,
        out_refund_no=system_refund_no,
        decided_by="system" if system_refund_no else None,
        decided_at=now if system_refund_no else None,
    )


def _stage_open(
    tx: TransactWrite,
    order: Order,
    order_status: str,
    refund_status: str,
    kind: str,
    reason: str,
    attempt: int,
    now: str,
    *,
    system_refund_no: str | None = None,
) -> None:
    """The paid order into a refund state and its refund record (a new one, or one that
    replaces a rejected request), conditional on both being as read."""
    tx.update(
        order,
        actions=[
            Order.status.set(order_status),
            Order.status_before_refund.set(order.status),
            Order.updated_at.set(now),
        ],
        condition=Order.status == order.status,
        return_values="ALL_OLD",
    )
    tx.save(
        new_refund(
            order,
            status=refund_status,
            kind=kind,
            reason=reason,
            amount_fen=int(order.paid_fen or order.total_fen),
            attempt=attempt,
            now=now,
            system_refund_no=system_refund_no,
        ),
        condition=Refund.pk.does_not_exist() | (Refund.status == R_REJECTED),
        return_values="ALL_OLD",
    )


# ---------------------------------------------------------------- the member asks
def request(member_id: str, order_id: str, reason: str) -> tuple[Order, Refund | None]:
    """Ask for a refund of a paid order. Asking again while it is open changes nothing."""
    for _ in range(ATTEMPTS):
        order, refund = read(order_id)
        if order.member_id != member_id:
            raise OrderNotFound(details={"order_id": order_id})
        if order.status in (REFUND_REQUESTED, REFUNDING, REFUNDED, REFUND_FAILED):
            return order, refund
        if order.status not in (PAID, PICKED_UP) or order.late_payment or order.source in EXTERNAL_SOURCES:
            raise OrderNotRefundable(details={"order_id": order_id, "status": order.status})
        if order.hold:  # e.g. a group that has not formed: it is refunded by itself if it fails
            raise OrderOnHold(details={"order_id": order_id, "hold": order.hold})
        now = clock.now_iso()
        attempt = int(refund.attempt) if refund is not None else 0
        try:
            with transaction() as tx:
                _stage_open(tx, order, REFUND_REQUESTED, R_REQUESTED, "member_request", reason, attempt, now)
                stage(
                    tx,
                    DomainEvent(
                        type="OrderRefundRequested",
                        member_id=member_id,
                        data={"order_id": order_id, "amount_fen": int(order.paid_fen or order.total_fen)},
                    ),
                )
        except TransactWriteError as exc:
            cancelled(exc)
            continue
        return read(order_id)
    raise OrderBusy()


# ---------------------------------------------------------------- staff decide
def reject(order_id: str, admin_id: str, reason: str) -> tuple[Order, Refund | None]:
    for _ in range(ATTEMPTS):
        order, refund = read(order_id)
        if refund is not None and refund.status == R_REJECTED and order.status != REFUND_REQUESTED:
            return order, refund
        if refund is None or refund.status != R_REQUESTED:
            raise RefundNotPending(
                details={"order_id": order_id, "status": refund.status if refund else None}
            )
        now = clock.now_iso()
        try:
            with transaction() as tx:
                tx.update(
                    refund,
                    actions=[
                        Refund.status.set(R_REJECTED),
                        Refund.decided_by.set(admin_id),
                        Refund.decided_at.set(now),
                        Refund.reject_reason.set(reason),
                        Refund.updated_at.set(now),
                        *_refund_index(R_REJECTED, refund),  # type: ignore[list-item]
                    ],
                    condition=Refund.status == R_REQUESTED,
                    return_values="ALL_OLD",
                )
                tx.update(
                    order,
                    actions=[Order.status.set(order.status_before_refund or PAID), Order.updated_at.set(now)],
                    condition=Order.status == REFUND_REQUESTED,
                    return_values="ALL_OLD",
                )
                stage(
                    tx,
                    DomainEvent(
                        type="OrderRefundRejected", member_id=order.member_id, data={"order_id": order_id}
                    ),
                )
        except TransactWriteError as exc:
            cancelled(exc)
            continue
        return read(order_id)
    raise OrderBusy()


def approve(order_id: str, admin_id: str) -> tuple[Order, Refund | None]:
    """Start the refund at Kuaishou. Approving again retries a refund Kuaishou did not take
    (unreachable) or that failed (a new attempt with a new out_refund_no)."""
    for _ in range(ATTEMPTS):
        order, refund = read(order_id)
        if refund is None or refund.status == R_REJECTED:
            raise RefundNotPending(
                details={"order_id": order_id, "status": refund.status if refund else None}
            )
        if refund.status in (R_REFUNDING, R_REFUNDED):
            break
        attempt = int(refund.attempt) + 1
        now = clock.now_iso()
        try:
            with transaction() as tx:
                tx.update(
                    refund,
                    actions=[
                        Refund.status.set(R_REFUNDING),
                        Refund.attempt.set(attempt),
                        Refund.out_refund_no.set(out_refund_no(order_id, attempt)),
                        Refund.applied_at.remove(),
                        Refund.decided_by.set(admin_id),
                        Refund.decided_at.set(now),
                        Refund.updated_at.set(now),
                        *_refund_index(R_REFUNDING, refund),  # type: ignore[list-item]
                    ],
                    condition=(Refund.status == refund.status) & (Refund.attempt == int(refund.attempt)),
                    return_values="ALL_OLD",
                )
                tx.update(
                    order,
                    actions=[Order.status.set(REFUNDING), Order.updated_at.set(now)],
                    condition=Order.status.is_in(REFUND_REQUESTED, REFUND_FAILED),
                    return_values="ALL_OLD",
                )
        except TransactWriteError as exc:
            cancelled(exc)
            continue
        break
    else:
        raise OrderBusy()
    ensure_applied(order_id)
    return read(order_id)


def by_system(order_id: str, *, kind: str, reason: str) -> tuple[Order, Refund | None]:
    """A refund nobody has to approve (a group-buy that failed): a paid order goes straight to
    REFUNDING and Kuaishou is asked. Completion gives back what a member's refund gives back.
    Idempotent: an order already refunding or refunded is only nudged (ensure_applied)."""
    for _ in range(ATTEMPTS):
        order, refund = read(order_id)
        if order.status in (REFUNDING, REFUNDED):
            break
        if order.status in (REFUND_REQUESTED, REFUND_FAILED):
            return approve(order_id, "system")
        if order.status not in (PAID, PICKED_UP) or order.late_payment:
            raise OrderNotRefundable(details={"order_id": order_id, "status": order.status})
        now = clock.now_iso()
        attempt = (int(refund.attempt) if refund is not None else 0) + 1
        try:
            with transaction() as tx:
                _stage_open(
                    tx,
                    order,
                    REFUNDING,
                    R_REFUNDING,
                    kind,
                    reason,
                    attempt,
                    now,
                    system_refund_no=out_refund_no(order_id, attempt),
                )
        except TransactWriteError as exc:
            cancelled(exc)
            continue
        logger.info("system refund started", extra={"order_id": order_id, "kind": kind})
        break
    else:
        raise OrderBusy()
    ensure_applied(order_id)
    return read(order_id)


def ensure_applied(order_id: str) -> None:
    """Ask Kuaishou to refund a REFUNDING refund it has not accepted yet (same fields on a
    retry, so Kuaishou answers a repeat with the refund it has)."""
    order, refund = read(order_id)
    if refund is None or refund.status != R_REFUNDING or refund.applied_at or not refund.out_refund_no:
        return
    refund_no = refund.out_refund_no
    ks_refund_no = epay.apply_refund(
        order_id, refund_no, int(refund.amount_fen), refund.reason, order.member_id
    )
    now = clock.now_iso()
    try:
        refund.update(
            actions=[
                Refund.applied_at.set(now),
                Refund.ks_refund_no.set(ks_refund_no),
                Refund.updated_at.set(now),
            ],
            condition=Refund.out_refund_no == refund_no,
        )
    except Exception:  # the callback may already have completed it; the record is only informative
        logger.info("refund changed while applying", extra={"order_id": order_id})
    metrics.add_metric(name="RefundsApplied", unit="Count", value=1)


# ---------------------------------------------------------------- Kuaishou's answer
def complete(refund_no: str, *, succeeded: bool, ks_refund_no: str = "") -> None:
    """The REFUND callback: complete (or fail) the refund waiting for this out_refund_no,
    exactly once; a repeat or an outdated attempt changes nothing."""
    order_id = order_id_of(refund_no)
    for _ in range(ATTEMPTS):
        try:
            order, refund = read(order_id)
        except OrderNotFound:
            logger.warning("refund callback for an unknown order", extra={"out_refund_no": refund_no})
            return
        if refund is None or refund.status != R_REFUNDING or refund.out_refund_no != refund_no:
            return
        try:
            if succeeded:
                _complete(order, refund, ks_refund_no)
            else:
                _fail(order, refund)
        except TransactWriteError as exc:
            cancelled(exc)
            continue
        except InsufficientPoints:
            continue  # the balance moved between the two reads: compute again
        return
    raise OrderBusy()


def _complete(order: Order, refund: Refund, ks_refund_no: str) -> None:
    now = clock.now_iso()
    member_id = order.member_id
    with transaction() as tx:
        returned = Returned()
        if refund.kind != "late_payment":  # a late payment's order gave everything back already
            returned = stage_returns(tx, order, "refund")
        coupon_restored = None if returned.coupon_status is None else returned.coupon_status == "AVAILABLE"
        taken, shortfall = returned.points_taken, returned.points_shortfall
        tx.update(
            refund,
            actions=[
                Refund.status.set(R_REFUNDED),
                Refund.completed_at.set(now),
                Refund.ks_refund_no.set(ks_refund_no or refund.ks_refund_no or ""),
                Refund.points_taken.set(taken),
                Refund.points_shortfall.set(shortfall),
                Refund.updated_at.set(now),
                *([Refund.coupon_restored.set(coupon_restored)] if coupon_restored is not None else []),
                *_refund_index(R_REFUNDED, refund),  # type: ignore[list-item]
            ],
            condition=(Refund.status == R_REFUNDING) & (Refund.out_refund_no == str(refund.out_refund_no)),
            return_values="ALL_OLD",
        )
        tx.update(
            order,
            actions=[Order.status.set(REFUNDED), Order.updated_at.set(now)],
            condition=Order.status == REFUNDING,
            return_values="ALL_OLD",
        )
        data = {
            "order_id": order.order_id,
            "refund_id": refund.out_refund_no,
            "amount_fen": int(refund.amount_fen),
            "store_id": order.store_id,
            "source": order.source,
            "source_ref": order.source_ref,
        }
        if refund.kind != "late_payment":
            data.update(coupon_restored=coupon_restored, points_taken=taken, points_shortfall=shortfall)
            stage(tx, DomainEvent(type="OrderRefunded", member_id=member_id, data=data))
        else:
            # Not OrderRefunded: the payment never counted as a sale (no growth, no points to undo).
            stage(tx, DomainEvent(type="OrderLatePaymentRefunded", member_id=member_id, data=data))
    logger.info("refund completed", extra={"order_id": order.order_id, "points_shortfall": shortfall})
    metrics.add_metric(name="OrdersRefunded", unit="Count", value=1)


def _fail(order: Order, refund: Refund) -> None:
    now = clock.now_iso()
    with transaction() as tx:
        tx.update(
            refund,
            actions=[
                Refund.status.set(R_FAILED),
                Refund.fail_count.add(1),
                Refund.updated_at.set(now),
                *_refund_index(R_FAILED, refund),  # type: ignore[list-item]
            ],
            condition=(Refund.status == R_REFUNDING) & (Refund.out_refund_no == str(refund.out_refund_no)),
            return_values="ALL_OLD",
        )
        tx.update(
            order,
            actions=[Order.status.set(REFUND_FAILED), Order.updated_at.set(now)],
            condition=Order.status == REFUNDING,
            return_values="ALL_OLD",
        )
        stage(
            tx,
            DomainEvent(
                type="OrderRefundFailed", member_id=order.member_id, data={"order_id": order.order_id}
            ),
        )
    logger.warning("refund failed at Kuaishou", extra={"order_id": order.order_id})
