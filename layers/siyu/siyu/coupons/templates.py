"""Coupon templates: what operations staff create, edit, pause and watch.

A template carries the terms (copied onto every coupon issued from it), the validity of
those coupons, the stock, the claim window, the audience and how it is obtained. Claims
read templates through a short in-process cache; every admin change bumps `version` and
claims are conditional on the version they read, so a stale copy can delay a claim by a
retry but never issue a coupon under outdated rules.
"""

from __future__ import annotations

from datetime import datetime, timedelta
from typing import Any, Literal

from pynamodb.exceptions import PutError, UpdateError

from siyu import clock
from siyu.cache import TimedCache
from siyu.coupons.errors import StockBelowClaimed, TemplateNotFound
from siyu.coupons.models import ACTIVE, AVAILABLE, LOCKED, PAUSED, USED, CouponTemplate, WalletCoupon
from siyu.coupons.schemas import (
    OBTAIN_CHANNELS,
    FixedValidity,
    Obtain,
    RelativeValidity,
    TemplateIn,
    TemplatePatch,
    TemplateStats,
    int_or_none,
)
from siyu.errors import RequestInProgress, ValidationFailed
from siyu.ids import new_id

CACHE_SECONDS = 30.0


def validity_window(t: CouponTemplate, issued_at: datetime) -> tuple[str, str]:
    """(valid_from, valid_until) of a coupon issued now from this template."""
    if t.validity_kind == "fixed":
        return str(t.valid_starts_at), str(t.valid_ends_at)
    return clock.iso(issued_at), clock.iso(issued_at + timedelta(days=int(t.valid_days or 0)))


# ---------------------------------------------------------------- reading (cached)
_cache: TimedCache[str, CouponTemplate] = TimedCache(CACHE_SECONDS)


def get(template_id: str, *, fresh: bool = False) -> CouponTemplate:
    """The template; from the container's cache unless `fresh` (then a consistent read)."""

    def read() -> CouponTemplate:
        try:
            return CouponTemplate.get(*CouponTemplate.key(template_id), consistent_read=fresh)
        except CouponTemplate.DoesNotExist as exc:
            raise TemplateNotFound(details={"template_id": template_id}) from exc

    return _cache.get_or_load(template_id, read, fresh=fresh)


def forget(template_id: str | None = None) -> None:
    _cache.forget(template_id)


def list_templates(obtain: Obtain | None = None, limit: int = 200) -> list[CouponTemplate]:
    """Every template (admin), newest claim deadline first; a Query per obtain channel."""
    found: list[CouponTemplate] = []
    for channel in (obtain,) if obtain else OBTAIN_CHANNELS:
        found.extend(
            CouponTemplate.gsi1.query(CouponTemplate.list_key(channel), scan_index_forward=False, limit=limit)
        )
    found.sort(key=lambda t: t.claim_ends_at, reverse=True)
    return found[:limit]


def open_public_templates() -> list[CouponTemplate]:
    """Public templates whose claim window has not ended (a Query on gsi1 from now on)."""
    now = clock.now_iso()
    return [
        t
        for t in CouponTemplate.gsi1.query(
            CouponTemplate.list_key("public"), CouponTemplate.gsi1sk > now, limit=500
        )
        if t.claim_starts_at <= now
    ]


# ---------------------------------------------------------------- writing
def create(
    spec: TemplateIn, *, created_by: str | None = None, template_id: str | None = None
) -> CouponTemplate:
    """A new template (a ULID id). With a chosen `template_id` (seed data), creating it again
    returns the existing template."""
    now = clock.now_iso()
    template_id = template_id or new_id()
    claim_ends = clock.iso(spec.claim_ends_at)
    validity = spec.validity
    template = CouponTemplate(
        *CouponTemplate.key(template_id),
        gsi1pk=CouponTemplate.list_key(spec.obtain),
        gsi1sk=f"{claim_ends}#{template_id}",
        template_id=template_id,
        name=spec.name,
        description=spec.description,
        terms=spec.terms.model_dump_json(),
        obtain=spec.obtain,
        audience=spec.audience,
        levels=list(spec.levels),
        new_member_days=spec.new_member_days,
        validity_kind=validity.kind,
        valid_starts_at=clock.iso(validity.starts_at) if isinstance(validity, FixedValidity) else None,
        valid_ends_at=clock.iso(validity.ends_at) if isinstance(validity, FixedValidity) else None,
        valid_days=validity.days if isinstance(validity, RelativeValidity) else None,
        total_stock=spec.total_stock,
        stock_left=spec.total_stock,
        per_member_limit=spec.per_member_limit,
        claim_starts_at=clock.iso(spec.claim_starts_at) if spec.claim_starts_at else now,
        claim_ends_at=claim_ends,
        status=ACTIVE,
        version=1,
        created_at=now,
        updated_at=now,
        created_by=created_by,
    )
    try:
        template.save(condition=CouponTemplate.pk.does_not_exist())
    except PutError:
        return get(template_id, fresh=True)
    return template


def edit(template_id: str, patch: TemplatePatch) -> CouponTemplate:
    """Apply a patch, conditional on the version read (optimistic; retried on a race)."""
    fields = patch.model_fields_set
    for _ in range(3):
        current = get(template_id, fresh=True)
        version = int(current.version)
        actions: list[Any] = [
            CouponTemplate.version.set(version + 1),
            CouponTemplate.updated_at.set(clock.now_iso()),
        ]
        condition = CouponTemplate.version == version
        for name in ("name", "description", "per_member_limit", "audience", "new_member_days"):
            value = getattr(patch, name)
            if name in fields and value is not None:
                actions.append(getattr(CouponTemplate, name).set(value))
        audience = patch.audience if patch.audience is not None else current.audience
        levels = patch.levels if patch.levels is not None else list(current.levels or [])
        if (audience == "levels") != bool(levels):
            raise ValidationFailed(details=[{"field": "levels", "reason": "levels go with audience=levels"}])
        if patch.levels is not None:
            actions.append(CouponTemplate.levels.set(list(patch.levels)))
        starts = clock.iso(patch.claim_starts_at) if patch.claim_starts_at else current.claim_starts_at
        ends = clock.iso(patch.claim_ends_at) if patch.claim_ends_at else current.claim_ends_at
        _check_window(current, starts, ends)
        if patch.claim_starts_at:
            actions.append(CouponTemplate.claim_starts_at.set(starts))
        if patch.claim_ends_at:
            actions += [
                CouponTemplate.claim_ends_at.set(ends),
                CouponTemplate.gsi1sk.set(f"{ends}#{template_id}"),
            ]
        if "total_stock" in fields:
            stock_actions, stock_condition = _stock_change(current, patch.total_stock)
            actions += stock_actions
            if stock_condition is not None:
                condition &= stock_condition
        try:
            current.update(actions=actions, condition=condition)
        except UpdateError as exc:
            if _stock_too_low(template_id, patch.total_stock if "total_stock" in fields else None):
                raise StockBelowClaimed() from exc
            continue  # someone else changed it meanwhile: read again
        forget(template_id)
        return current
    raise RequestInProgress()


def _check_window(t: CouponTemplate, starts: str, ends: str) -> None:
    if ends <= starts:
        raise ValidationFailed(
            details=[{"field": "claim_ends_at", "reason": "must be after claim_starts_at"}]
        )
    if t.validity_kind == "fixed" and ends > str(t.valid_ends_at):
        raise ValidationFailed(details=[{"field": "claim_ends_at", "reason": "after the coupons' validity"}])


def _issued(t: CouponTemplate) -> int:
    return int(t.claimed_count) + int(t.code_count) + int(t.granted_count)


def _stock_change(t: CouponTemplate, new_total: int | None) -> tuple[list[Any], Any]:
    """Actions and condition that move total stock; stock_left moves by the same delta."""
    if new_total is None:  # becomes unlimited
        return [CouponTemplate.total_stock.remove(), CouponTemplate.stock_left.remove()], None
    if t.total_stock is None:  # becomes limited: left = total - issued, as long as nobody claims meanwhile
        left = new_total - _issued(t)
        if left < 0:
            raise StockBelowClaimed(details={"issued": _issued(t)})
        pinned = (
            (CouponTemplate.claimed_count == t.claimed_count)
            & (CouponTemplate.code_count == t.code_count)
            & (CouponTemplate.granted_count == t.granted_count)
        )
        return [CouponTemplate.total_stock.set(new_total), CouponTemplate.stock_left.set(left)], pinned
    delta = new_total - int(t.total_stock)
    return (
        [CouponTemplate.total_stock.set(new_total), CouponTemplate.stock_left.add(delta)],
        CouponTemplate.stock_left >= -delta,
    )


def _stock_too_low(template_id: str, new_total: int | None) -> bool:
    if new_total is None:
        return False
    t = get(template_id, fresh=True)
    return new_total < _issued(t)


def set_status(template_id: str, status: Literal["ACTIVE", "PAUSED"]) -> CouponTemplate:
    """Pause or resume (idempotent)."""
    template = CouponTemplate(*CouponTemplate.key(template_id))
    try:
        template.update(
            actions=[
                CouponTemplate.status.set(status),
                CouponTemplate.version.add(1),
                CouponTemplate.updated_at.set(clock.now_iso()),
            ],
            condition=CouponTemplate.pk.exists(),
        )
    except UpdateError as exc:
        raise TemplateNotFound(details={"template_id": template_id}) from exc
    forget(template_id)
    return template


def pause(template_id: str) -> CouponTemplate:
    return set_status(template_id, PAUSED)


def resume(template_id: str) -> CouponTemplate:
    return set_status(template_id, ACTIVE)


def stats(template_id: str) -> TemplateStats:
    """Counters from the template plus a count per coupon status (Query COUNT on gsi1)."""
    t = get(template_id, fresh=True)
    now = clock.now_iso()
    pk = f"CPNS#{template_id}"

    def count(status: str, valid: bool | None = None) -> int:
        cond = None
        if valid is True:
            cond = WalletCoupon.valid_until > now
        elif valid is False:
            cond = WalletCoupon.valid_until <= now
        return WalletCoupon.count(
            pk, WalletCoupon.gsi1sk.startswith(f"{status}#"), filter_condition=cond, index_name="gsi1"
        )

    return TemplateStats(
        total_stock=int_or_none(t.total_stock),
        stock_left=int_or_none(t.stock_left),
        claimed=int(t.claimed_count),
        by_code=int(t.code_count),
        granted=int(t.granted_count),
        available=count(AVAILABLE, valid=True),
        locked=count(LOCKED),
        used=count(USED),
        expired=count(AVAILABLE, valid=False),
    )
