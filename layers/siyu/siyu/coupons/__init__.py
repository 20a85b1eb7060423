"""Coupons (优惠券): templates, claiming, the wallet, codes and redemption.

For other capabilities (in-process, never over HTTP):

    siyu.coupons.grant(member_id: str, template_id: str, *, source: str, source_ref: str,
                       tx: TransactWrite | None = None) -> str
        Issue a coupon (returns coupon_id) for an assist reward, a birthday, an admin grant.
        Idempotent by (member, template, source, source_ref); respects status, validity and
        stock. With `tx` the items join the caller's transaction (the caller commits); when
        that transaction is cancelled, `siyu.coupons.issue_failure(exc) -> SiyuError | None`
        names the coupon's reason (COUPON_ALREADY_GRANTED, COUPON_SOLD_OUT, …).

    siyu.coupons.redemption   the order flow: applicable(member_id, cart) -> list[Offer],
        quote(member_id, coupon_id, cart) -> int, lock_for_cart(tx, …, cart) -> int,
        stage_lock / stage_consume / stage_release(tx, member_id, coupon_id, order_id, …),
        explain(member_id, coupon_id, order_id) -> SiyuError.   (Cart, Offer live there too.)

    siyu.coupons.codes        the live capability: create_code(code, template_id, *, starts_at,
        ends_at, max_uses, per_member_limit, source) -> CouponCode, update_code_window(code, *,
        starts_at, ends_at), update_code(...), disable_code(code), enable_code(code);
        stage_create_code(tx, …) creates a code inside the caller's transaction.

    siyu.coupons.templates    create / edit / pause / resume / get / stats of templates.
    siyu.coupons.wallet       wallet(member_id, state) and get_coupon(member_id, coupon_id).
    siyu.coupons.audience     set_level_resolver(fn) — how a member's level key is found.

Members claim with `issuing.claim(member_id, template_id, request_key=...)` and codes with
`codes.redeem_code(member_id, code, request_key=...)` (routes in functions/coupons).
Events: CouponClaimed (every issue, with its channel claim|code|grant), CouponUsed,
CouponReleased.
"""

from typing import TYPE_CHECKING

from siyu.lazy_exports import from_submodules, lazy_getattr

if TYPE_CHECKING:
    from siyu.coupons.issuing import grant, issue_failure

__all__ = ["grant", "issue_failure"]


# Loaded on first use: importing a submodule (the API's shapes in siyu.coupons.schemas)
# must not load the domain and PynamoDB with it (docs/DEVELOPING.md, Import rules).
__getattr__ = lazy_getattr(__name__, from_submodules(__name__, {"issuing": __all__}))
