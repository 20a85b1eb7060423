"""A member's coupons (卡包): one Query on the member's partition in the commerce table."""

from __future__ import annotations

from siyu import clock
from siyu.coupons.errors import CouponNotFound
from siyu.coupons.models import WalletCoupon
from siyu.coupons.schemas import STATES, CouponView, State


def coupons_of(member_id: str) -> list[WalletCoupon]:
    """Every coupon the member holds (DynamoDB's TTL drops them months after they end)."""
    return list(
        WalletCoupon.query(f"MEMBER#{member_id}", WalletCoupon.sk.startswith("COUPON#"), consistent_read=True)
    )


def wallet(member_id: str, state: State | None = None) -> tuple[list[CouponView], dict[str, int]]:
    """The member's coupons (optionally of one state) and the count per state.
    Usable ones first, soonest to expire first; then the rest, newest first."""
    now = clock.now_iso()
    views = [CouponView.of(c, now) for c in coupons_of(member_id)]
    counts: dict[str, int] = {s: sum(1 for v in views if v.state == s) for s in STATES}
    if state is not None:
        views = [v for v in views if v.state == state]
    usable = sorted((v for v in views if v.state == "usable"), key=lambda v: (v.valid_until, v.coupon_id))
    rest = sorted((v for v in views if v.state != "usable"), key=lambda v: v.issued_at, reverse=True)
    return usable + rest, counts


def get_coupon(member_id: str, coupon_id: str) -> WalletCoupon:
    try:
        return WalletCoupon.get(*WalletCoupon.key(member_id, coupon_id), consistent_read=True)
    except WalletCoupon.DoesNotExist as exc:
        raise CouponNotFound(details={"coupon_id": coupon_id}) from exc
