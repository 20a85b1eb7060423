"""Coupon codes (直播间专属优惠码): a code a live stream or a shop poster announces, that a
member types to get a coupon of a `obtain="code"` template — only inside the code's
window, at most `max_uses` times in all and `per_member_limit` times per member.

For the live capability:

    create_code(code, template_id, *, starts_at, ends_at, max_uses, per_member_limit, source) -> CouponCode
    stage_create_code(tx, code, template_id, *, …same…) -> CouponCode   the same, in the caller's transaction
    update_code_window(code, *, starts_at, ends_at) -> CouponCode     a live that moves moves its code
    update_code(code, *, starts_at=None, ends_at=None, max_uses=None, per_member_limit=None) -> CouponCode
    disable_code(code) / enable_code(code) -> CouponCode
    get_code(code) -> CouponCode;  codes_of_template(template_id) -> list[CouponCode]

A member redeems with `redeem_code(member_id, code, request_key=...)`; the code's window,
use limit and per-member limit are conditions of the issuing transaction, so a window
moved a moment ago is honoured.
"""

from __future__ import annotations

import re
from datetime import datetime
from typing import Any, Literal

from pynamodb.exceptions import PutError, UpdateError
from pynamodb.transactions import TransactWrite

from siyu import clock, ratelimit
from siyu.coupons import templates
from siyu.coupons.errors import (
    CodeDisabled,
    CodeEnded,
    CodeExists,
    CodeNotFound,
    CodeNotStarted,
    CodeUsedUp,
    CouponNotClaimable,
)
from siyu.coupons.issuing import CODE, Issued, coupon_id_for, issue
from siyu.coupons.models import ACTIVE, DISABLED, CouponCode
from siyu.coupons.schemas import MAX_USES_LIMIT
from siyu.errors import RequestInProgress, ValidationFailed

CODE_PATTERN = re.compile(r"^[A-Z0-9]{4,32}$")


def normalise(code: str) -> str:
    """Codes are case-insensitive for members: stored and compared upper-case."""
    value = code.strip().upper()
    if not CODE_PATTERN.match(value):
        raise ValidationFailed(
            "优惠码格式不正确", details=[{"field": "code", "reason": "4-32 letters or digits"}]
        )
    return value


def _check_window(starts_at: str, ends_at: str) -> None:
    if ends_at <= starts_at:
        raise ValidationFailed(details=[{"field": "ends_at", "reason": "must be after starts_at"}])


def _check_limits(max_uses: int | None, per_member_limit: int | None) -> None:
    if max_uses is not None and not 1 <= max_uses <= MAX_USES_LIMIT:
        raise ValidationFailed(details=[{"field": "max_uses", "reason": f"1..{MAX_USES_LIMIT}"}])
    if per_member_limit is not None and not 1 <= per_member_limit <= 100:
        raise ValidationFailed(details=[{"field": "per_member_limit", "reason": "1..100"}])


def get_code(code: str) -> CouponCode:
    value = normalise(code)
    try:
        return CouponCode.get(*CouponCode.key(value), consistent_read=True)
    except CouponCode.DoesNotExist as exc:
        raise CodeNotFound(details={"code": value}) from exc


def _new_code(
    code: str,
    template_id: str,
    *,
    starts_at: datetime,
    ends_at: datetime,
    max_uses: int,
    per_member_limit: int,
    source: str,
) -> CouponCode:
    """The checked, unsaved item of a new code (for a `obtain="code"` template)."""
    value = normalise(code)
    starts, ends = clock.iso(starts_at), clock.iso(ends_at)
    _check_window(starts, ends)
    _check_limits(max_uses, per_member_limit)
    if not 1 <= len(source) <= 64:
        raise ValidationFailed(details=[{"field": "source", "reason": "1-64 characters"}])
    template = templates.get(template_id, fresh=True)
    if template.obtain != "code":
        raise CouponNotClaimable("该优惠券不能通过优惠码领取", details={"obtain": template.obtain})
    now = clock.now_iso()
    return CouponCode(
        *CouponCode.key(value),
        gsi1pk=f"CODES#{template_id}",
        gsi1sk=f"{starts}#{value}",
        code=value,
        template_id=template_id,
        starts_at=starts,
        ends_at=ends,
        max_uses=max_uses,
        uses=0,
        per_member_limit=per_member_limit,
        source=source,
        status=ACTIVE,
        version=1,
        created_at=now,
        updated_at=now,
    )


def create_code(
    code: str,
    template_id: str,
    *,
    starts_at: datetime,
    ends_at: datetime,
    max_uses: int,
    per_member_limit: int = 1,
    source: str,
) -> CouponCode:
    """A new code for a `obtain="code"` template. Repeating the same creation (same code,
    template and source) returns the existing code; another template's code is refused."""
    item = _new_code(
        code,
        template_id,
        starts_at=starts_at,
        ends_at=ends_at,
        max_uses=max_uses,
        per_member_limit=per_member_limit,
        source=source,
    )
    try:
        item.save(condition=CouponCode.pk.does_not_exist())
    except PutError as exc:
        existing = get_code(item.code)
        if existing.template_id == template_id and existing.source == source:
            return existing
        raise CodeExists(details={"code": item.code}) from exc
    return item


def stage_create_code(
    tx: TransactWrite,
    code: str,
    template_id: str,
    *,
    starts_at: datetime,
    ends_at: datetime,
    max_uses: int,
    per_member_limit: int = 1,
    source: str,
) -> CouponCode:
    """create_code's checks, with the write staged in the caller's transaction (conditional
    on the code being free), so a code is created together with what announces it (a live).
    When that transaction is cancelled on this item, the code is taken: COUPON_CODE_EXISTS."""
    item = _new_code(
        code,
        template_id,
        starts_at=starts_at,
        ends_at=ends_at,
        max_uses=max_uses,
        per_member_limit=per_member_limit,
        source=source,
    )
    tx.save(item, condition=CouponCode.pk.does_not_exist())
    return item


def update_code(
    code: str,
    *,
    starts_at: datetime | None = None,
    ends_at: datetime | None = None,
    max_uses: int | None = None,
    per_member_limit: int | None = None,
    status: Literal["ACTIVE", "DISABLED"] | None = None,
) -> CouponCode:
    """Change a code's window, limits or status (conditional on the version read)."""
    _check_limits(max_uses, per_member_limit)
    for _ in range(3):
        current = get_code(code)
        starts = clock.iso(starts_at) if starts_at else current.starts_at
        ends = clock.iso(ends_at) if ends_at else current.ends_at
        _check_window(starts, ends)
        version = int(current.version)
        actions: list[Any] = [
            CouponCode.version.set(version + 1),
            CouponCode.updated_at.set(clock.now_iso()),
            CouponCode.starts_at.set(starts),
            CouponCode.ends_at.set(ends),
            CouponCode.gsi1sk.set(f"{starts}#{current.code}"),
        ]
        if max_uses is not None:
            actions.append(CouponCode.max_uses.set(max_uses))
        if per_member_limit is not None:
            actions.append(CouponCode.per_member_limit.set(per_member_limit))
        if status is not None:
            actions.append(CouponCode.status.set(status))
        try:
            current.update(actions=actions, condition=CouponCode.version == version)
        except UpdateError:
            continue  # changed meanwhile (a redemption does not change the version)
        return current
    raise RequestInProgress()


def update_code_window(code: str, *, starts_at: datetime, ends_at: datetime) -> CouponCode:
    return update_code(code, starts_at=starts_at, ends_at=ends_at)


def disable_code(code: str) -> CouponCode:
    return update_code(code, status=DISABLED)


def enable_code(code: str) -> CouponCode:
    return update_code(code, status=ACTIVE)


def codes_of_template(template_id: str) -> list[CouponCode]:
    return list(CouponCode.gsi1.query(f"CODES#{template_id}", limit=500))


def _check_open(code: CouponCode) -> CouponCode:
    """Refuse early (and clearly) outside the code's window; the transaction checks again."""
    now = clock.now_iso()
    if code.status != ACTIVE:
        raise CodeDisabled(details={"code": code.code})
    if now < code.starts_at:
        raise CodeNotStarted(details={"code": code.code, "starts_at": code.starts_at})
    if now >= code.ends_at:
        raise CodeEnded(details={"code": code.code, "ends_at": code.ends_at})
    if code.uses >= code.max_uses:
        raise CodeUsedUp(details={"code": code.code})
    return code


def redeem_code(member_id: str, code: str, *, request_key: str) -> Issued:
    """A member types a code: one coupon of its template, if the code and template allow.
    `request_key` is the Idempotency-Key: a retry returns the coupon the first call issued.
    Wrong codes count against the member's guess limit (siyu.ratelimit): past it, RATE_LIMITED."""
    guesses = ratelimit.code_guesses()
    guesses.check(member_id)
    value = normalise(code)
    try:
        first = get_code(value)
    except CodeNotFound:
        guesses.hit(member_id)
        raise
    coupon_id = coupon_id_for(member_id, first.template_id, CODE, f"{value}\x1f{request_key}")
    unread = [first]

    def load() -> CouponCode:
        # The first attempt uses the read above; a retry reads the code again.
        return _check_open(unread.pop() if unread else get_code(value))

    return issue(member_id, first.template_id, coupon_id, CODE, source=value, load_code=load)
