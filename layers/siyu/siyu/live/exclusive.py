"""A live's exclusive coupon (直播间专属优惠码): a code of the coupons capability
(siyu.coupons.codes, source `live:<live_id>`) that members redeem through the coupons route,
valid from the live's start to its expected end plus a grace period.

The live decides the code's window and whether it is on; the coupons capability enforces it
at redemption (window, limits, status are conditions of its issuing transaction). What the
live stores (template, code, limits, grace) is the source of truth; `sync` makes the code
match it after every change of the live.
"""

from __future__ import annotations

import secrets
from datetime import datetime, timedelta
from typing import Any, Literal

from pynamodb.transactions import TransactWrite

from siyu import clock
from siyu.coupons import codes, schemas, templates
from siyu.coupons.errors import CodeExists, CodeNotFound, CouponNotClaimable
from siyu.coupons.models import ACTIVE, DISABLED, CouponCode
from siyu.live.models import CANCELLED, Live
from siyu.live.schemas import (
    GENERATED_ALPHABET,
    GENERATED_LENGTH,
    GENERATED_PREFIX,
    CouponState,
    ExclusiveCoupon,
)
from siyu.observability import logger


def source_of(live_id: str) -> str:
    return f"live:{live_id}"


def window(starts_at: str, ends_at: str, grace_minutes: int) -> tuple[datetime, datetime]:
    """When the code is valid: from the live's start to its expected end plus the grace."""
    return clock.parse_iso(starts_at), clock.parse_iso(ends_at) + timedelta(minutes=grace_minutes)


def live_window(live: Live) -> tuple[datetime, datetime]:
    return window(live.starts_at, live.ends_at, int(live.coupon_grace_minutes or 0))


def generate_code() -> str:
    return GENERATED_PREFIX + "".join(secrets.choice(GENERATED_ALPHABET) for _ in range(GENERATED_LENGTH))


def find_code(code: str) -> CouponCode | None:
    try:
        return codes.get_code(code)
    except CodeNotFound:
        return None


def free_code() -> str:
    """A generated code nobody holds (the create's condition still guards a race)."""
    for _ in range(5):
        code = generate_code()
        if find_code(code) is None:
            return code
    raise CodeExists(details={"code": code})


def check_template(template_id: str) -> None:
    """The coupons capability's own refusals, before anything is written."""
    template = templates.get(template_id, fresh=True)  # COUPON_TEMPLATE_NOT_FOUND
    if template.obtain != "code":
        raise CouponNotClaimable("该优惠券不能通过优惠码领取", details={"obtain": template.obtain})


def is_ours(found: CouponCode, live_id: str, template_id: str) -> bool:
    """A code this live made earlier (e.g. removed, then added again): reused, not recreated."""
    return found.source == source_of(live_id) and found.template_id == template_id


def stage_create(
    tx: TransactWrite, live_id: str, coupon: ExclusiveCoupon, code: str, starts_at: str, ends_at: str
) -> CouponCode:
    """The code, created in the live's transaction (checks the template first: unknown →
    COUPON_TEMPLATE_NOT_FOUND, not a code template → COUPON_NOT_CLAIMABLE)."""
    starts, ends = window(starts_at, ends_at, coupon.grace_minutes)
    return codes.stage_create_code(
        tx,
        code,
        coupon.template_id,
        starts_at=starts,
        ends_at=ends,
        max_uses=coupon.max_uses or codes.MAX_USES_LIMIT,
        per_member_limit=coupon.per_member_limit,
        source=source_of(live_id),
    )


def sync(live: Live, *, activate: bool = False) -> None:
    """Make the live's code match the live: window, limits and — when the live is cancelled —
    disabled. `activate` turns a disabled code back on (the operator set the coupon again).
    Idempotent: a PATCH or cancel that runs again repairs a sync that did not happen."""
    if not live.coupon_code:
        return
    status: Literal["ACTIVE", "DISABLED"] | None = None
    if live.status == CANCELLED:
        status = DISABLED
    elif activate:
        status = ACTIVE
    starts, ends = live_window(live)
    try:
        codes.update_code(
            live.coupon_code,
            starts_at=starts,
            ends_at=ends,
            max_uses=int(live.coupon_max_uses or codes.MAX_USES_LIMIT),
            per_member_limit=int(live.coupon_per_member_limit or 1),
            status=status,
        )
    except CodeNotFound:  # deleted behind the live's back: nothing to move
        logger.warning("live coupon code missing", extra={"live_id": live.live_id, "code": live.coupon_code})


def set_status(code: str, status: Literal["ACTIVE", "DISABLED"]) -> None:
    try:
        codes.update_code(code, status=status)
    except CodeNotFound:
        logger.warning("live coupon code missing", extra={"code": code})


def coupon_state(live: Live, now: datetime) -> CouponState:
    if live.status == CANCELLED:
        return "CANCELLED"
    starts, ends = live_window(live)
    if now < starts:
        return "UPCOMING"
    return "OPEN" if now < ends else "ENDED"


def admin_view(live: Live, now: datetime | None = None) -> dict[str, Any] | None:
    if not live.coupon_code:
        return None
    starts, ends = live_window(live)
    return {
        "template_id": live.coupon_template_id,
        "code": live.coupon_code,
        "max_uses": int(live.coupon_max_uses) if live.coupon_max_uses is not None else None,
        "per_member_limit": int(live.coupon_per_member_limit or 1),
        "grace_minutes": int(live.coupon_grace_minutes or 0),
        "starts_at": clock.iso(starts),
        "ends_at": clock.iso(ends),
        "state": coupon_state(live, now or clock.now()),
    }


def member_view(live: Live, now: datetime) -> dict[str, Any] | None:
    """Members learn that there is an exclusive coupon and when it opens; the code itself only
    while it can be redeemed (announcing it earlier would let it be shared before the live)."""
    if not live.coupon_code or live.status == CANCELLED:
        return None
    starts, ends = live_window(live)
    state = coupon_state(live, now)
    return {
        "template_id": live.coupon_template_id,
        "starts_at": clock.iso(starts),
        "ends_at": clock.iso(ends),
        "state": state,
        "code": live.coupon_code if state == "OPEN" else None,
    }


def figures(live: Live) -> dict[str, Any] | None:
    """The code as the coupons capability counts it: uses so far and its own state."""
    if not live.coupon_code:
        return None
    found = find_code(live.coupon_code)
    if found is None:
        return None
    view = schemas.CodeView.of(found)
    return {"code": view.code, "uses": view.uses, "max_uses": view.max_uses, "state": view.state}
