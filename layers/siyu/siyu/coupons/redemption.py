"""The redemption contract for the order flow.

    applicable(member_id, cart) -> list[Offer]        which wallet coupons fit, best saving first
    quote(member_id, coupon_id, cart) -> int          the saving in fen, or COUPON_NOT_APPLICABLE
    quote_coupon(coupon, cart) -> int                 the same for a coupon the caller has read
    lock_for_cart(tx, member_id, coupon_id, order_id, cart) -> int   quote + stage_lock
    stage_lock(tx, member_id, coupon_id, order_id)     AVAILABLE and valid now → LOCKED to the order
    stage_consume(tx, member_id, coupon_id, order_id)  LOCKED to the order → USED (+ CouponUsed)
    stage_release(tx, member_id, coupon_id, order_id, reason) -> str
        cancel / timeout: LOCKED to the order → AVAILABLE
        refund: LOCKED → AVAILABLE; USED → AVAILABLE if the coupon's terms say a refund
        restores it (restore_on_refund), else it stays USED (the step only checks it)
    explain(member_id, coupon_id, order_id) -> SiyuError   why a staged step was refused

Each stage_* adds ONE conditional item to the order's transaction (pynamodb TransactWrite
from siyu.db.transaction()), so the coupon changes exactly when the order does. If the
transaction is cancelled because of the coupon, `explain` reads it and names the reason.
"""

from __future__ import annotations

from typing import Any, Literal

from pynamodb.transactions import TransactWrite

from siyu import clock
from siyu.coupons.errors import CouponNotFound, CouponUnavailable
from siyu.coupons.models import AVAILABLE, LOCKED, USED, WalletCoupon
from siyu.coupons.schemas import Offer
from siyu.coupons.terms import Cart, Terms, not_applicable, saving
from siyu.coupons.wallet import coupons_of, get_coupon
from siyu.errors import SiyuError
from siyu.events import DomainEvent, stage

ReleaseReason = Literal["cancel", "timeout", "refund"]

__all__ = [
    "Cart",
    "Offer",
    "applicable",
    "explain",
    "lock_for_cart",
    "quote",
    "quote_coupon",
    "stage_consume",
    "stage_lock",
    "stage_release",
]


def _usable_now(c: WalletCoupon, now: str) -> None:
    if c.status != AVAILABLE:
        raise not_applicable("NOT_AVAILABLE", coupon_id=c.coupon_id)
    if now < c.valid_from:
        raise not_applicable("NOT_STARTED", coupon_id=c.coupon_id, valid_from=c.valid_from)
    if now >= c.valid_until:
        raise not_applicable("EXPIRED", coupon_id=c.coupon_id, valid_until=c.valid_until)


def _quote(c: WalletCoupon, cart: Cart, now: str) -> int:
    _usable_now(c, now)
    return saving(Terms.model_validate_json(c.terms), cart)


def applicable(member_id: str, cart: Cart) -> list[Offer]:
    """Wallet coupons usable on this cart now, the biggest saving first (then the one that
    expires soonest). One Query."""
    now = clock.now_iso()
    offers = []
    for c in coupons_of(member_id):
        try:
            off = _quote(c, cart, now)
        except SiyuError:
            continue
        offers.append(
            Offer(
                coupon_id=c.coupon_id,
                template_id=c.template_id,
                name=c.name,
                headline=Terms.model_validate_json(c.terms).headline(),
                saving_fen=off,
                valid_until=c.valid_until,
            )
        )
    offers.sort(key=lambda o: (-o.saving_fen, o.valid_until, o.coupon_id))
    return offers


def quote(member_id: str, coupon_id: str, cart: Cart) -> int:
    """The saving of one coupon on this cart, or COUPON_NOT_APPLICABLE with the reason."""
    return _quote(get_coupon(member_id, coupon_id), cart, clock.now_iso())


def quote_coupon(coupon: WalletCoupon, cart: Cart) -> int:
    """`quote` for a coupon the caller has already read (e.g. in its own BatchGetItem)."""
    return _quote(coupon, cart, clock.now_iso())


def _item(member_id: str, coupon_id: str) -> WalletCoupon:
    return WalletCoupon(*WalletCoupon.key(member_id, coupon_id))


def _index(status: str, coupon_id: str) -> Any:
    return WalletCoupon.gsi1sk.set(f"{status}#{coupon_id}")


def stage_lock(tx: TransactWrite, member_id: str, coupon_id: str, order_id: str) -> None:
    """Lock the coupon to an order: only from AVAILABLE and inside its validity."""
    now = clock.now_iso()
    tx.update(
        _item(member_id, coupon_id),
        actions=[
            WalletCoupon.status.set(LOCKED),
            WalletCoupon.order_id.set(order_id),
            WalletCoupon.locked_at.set(now),
            _index(LOCKED, coupon_id),
        ],
        condition=(WalletCoupon.status == AVAILABLE)
        & (WalletCoupon.valid_from <= now)
        & (WalletCoupon.valid_until > now),
    )


def lock_for_cart(tx: TransactWrite, member_id: str, coupon_id: str, order_id: str, cart: Cart) -> int:
    """Quote (COUPON_NOT_APPLICABLE before anything is staged) and stage the lock."""
    off = quote(member_id, coupon_id, cart)
    stage_lock(tx, member_id, coupon_id, order_id)
    return off


def stage_consume(
    tx: TransactWrite,
    member_id: str,
    coupon_id: str,
    order_id: str,
    *,
    saving_fen: int | None = None,
    template_id: str | None = None,
) -> None:
    """Use the coupon on payment: only when it is locked to this order. Emits CouponUsed
    (saving_fen and template_id, when given, go into the event for analytics)."""
    tx.update(
        _item(member_id, coupon_id),
        actions=[
            WalletCoupon.status.set(USED),
            WalletCoupon.used_at.set(clock.now_iso()),
            _index(USED, coupon_id),
        ],
        condition=(WalletCoupon.status == LOCKED) & (WalletCoupon.order_id == order_id),
    )
    data: dict[str, Any] = {"coupon_id": coupon_id, "order_id": order_id}
    if saving_fen is not None:
        data["saving_fen"] = saving_fen
    if template_id is not None:
        data["template_id"] = template_id
    stage(tx, DomainEvent(type="CouponUsed", member_id=member_id, data=data))


def _stage_back_to_available(
    tx: TransactWrite, member_id: str, coupon_id: str, order_id: str, reason: str, condition: Any
) -> None:
    tx.update(
        _item(member_id, coupon_id),
        actions=[
            WalletCoupon.status.set(AVAILABLE),
            WalletCoupon.order_id.remove(),
            WalletCoupon.locked_at.remove(),
            WalletCoupon.used_at.remove(),
            WalletCoupon.released_at.set(clock.now_iso()),
            _index(AVAILABLE, coupon_id),
        ],
        condition=condition & (WalletCoupon.order_id == order_id),
    )
    stage(
        tx,
        DomainEvent(
            type="CouponReleased",
            member_id=member_id,
            data={"coupon_id": coupon_id, "order_id": order_id, "reason": reason},
        ),
    )


def stage_release(
    tx: TransactWrite, member_id: str, coupon_id: str, order_id: str, reason: ReleaseReason
) -> str:
    """Give the coupon back when the order is cancelled, times out or is refunded.

    Returns the coupon's status once the transaction commits ("AVAILABLE" or "USED").
    cancel/timeout need no read. A refund reads the coupon once to learn whether it is
    still locked or already used and whether its terms restore it (the condition pins
    what was read, so a concurrent change cancels the transaction instead)."""
    if reason != "refund":
        _stage_back_to_available(tx, member_id, coupon_id, order_id, reason, WalletCoupon.status == LOCKED)
        return AVAILABLE
    current = get_coupon(member_id, coupon_id)
    if current.order_id != order_id or current.status not in (LOCKED, USED):
        raise CouponUnavailable(details={"coupon_id": coupon_id, "order_id": order_id})
    if current.status == LOCKED:
        _stage_back_to_available(tx, member_id, coupon_id, order_id, reason, WalletCoupon.status == LOCKED)
        return AVAILABLE
    if current.restore_on_refund:
        _stage_back_to_available(
            tx,
            member_id,
            coupon_id,
            order_id,
            reason,
            (WalletCoupon.status == USED) & (WalletCoupon.restore_on_refund == True),  # noqa: E712
        )
        return AVAILABLE
    # Terms say a refund does not give it back: only confirm it is this order's used coupon.
    tx.condition_check(
        WalletCoupon,
        *WalletCoupon.key(member_id, coupon_id),
        condition=(WalletCoupon.status == USED) & (WalletCoupon.order_id == order_id),
    )
    return USED


def explain(member_id: str, coupon_id: str, order_id: str) -> SiyuError:
    """After a cancelled order transaction: why the coupon refused (reads it once)."""
    try:
        c = get_coupon(member_id, coupon_id)
    except CouponNotFound as exc:
        return exc
    now = clock.now_iso()
    if c.status == AVAILABLE:
        try:
            _usable_now(c, now)
        except SiyuError as exc:
            return exc
        return CouponUnavailable(
            "该优惠券未锁定到此订单", details={"coupon_id": coupon_id, "status": c.status}
        )
    if c.order_id != order_id:
        return CouponUnavailable(
            "该优惠券正在其他订单中使用或已使用", details={"coupon_id": coupon_id, "status": c.status}
        )
    return CouponUnavailable(details={"coupon_id": coupon_id, "status": c.status, "order_id": order_id})
