"""Flash sales as operations staff create, move and cancel them, and as the mini-program
lists them.

Creating or moving a sale (re)writes its one-time schedules (siyu.flash_sales.schedules):
the opener at `starts_at`, the closer at `ends_at`. Times are whole seconds (what a
Scheduler `at()` expression can say); a start given with a fraction is rounded up.
Reads on the hot path go through a one-second in-process cache: a stampede of purchases
reads the sale item about once per second per container, not once per attempt.
"""

from __future__ import annotations

import base64
import hashlib
from datetime import datetime
from typing import Any

from pynamodb.exceptions import PutError, UpdateError

from siyu import clock
from siyu.cache import TimedCache
from siyu.config import get_settings
from siyu.errors import ValidationFailed
from siyu.flash_sales import schedules
from siyu.flash_sales.errors import FlashSaleNotEditable, FlashSaleNotFound
from siyu.flash_sales.models import (
    CANCELLED,
    OPEN,
    SALES_LIST_KEY,
    SCHEDULED,
    FlashSale,
)
from siyu.flash_sales.schemas import MAX_DURATION, SaleIn, SalePatch, check_window, whole_second
from siyu.ids import new_id

SALE_CACHE_SECONDS = 1.0


# ---------------------------------------------------------------- reading
_cache: TimedCache[str, FlashSale] = TimedCache(SALE_CACHE_SECONDS)
_listing: TimedCache[str, list[FlashSale]] = TimedCache(SALE_CACHE_SECONDS)


def get(sale_id: str, *, fresh: bool = False) -> FlashSale:
    """The sale; from the container's one-second cache unless `fresh` (a consistent read)."""

    def read() -> FlashSale:
        try:
            return FlashSale.get(*FlashSale.key(sale_id), consistent_read=fresh)
        except FlashSale.DoesNotExist as exc:
            raise FlashSaleNotFound(details={"sale_id": sale_id}) from exc

    return _cache.get_or_load(sale_id, read, fresh=fresh)


def remember(sale: FlashSale) -> None:
    _cache.put(sale.sale_id, sale)


def forget(sale_id: str | None = None) -> None:
    _listing.forget()
    _cache.forget(sale_id)


def _read_listing() -> list[FlashSale]:
    return [
        s
        for s in FlashSale.gsi1.query(SALES_LIST_KEY, FlashSale.gsi1sk > clock.now_iso(), limit=200)
        if s.status in (SCHEDULED, OPEN)
    ]


def upcoming_and_open() -> list[FlashSale]:
    """Sales not ended and not cancelled, soonest start first (one Query, cached for 1 s)."""
    found = _listing.get_or_load("listing", _read_listing)
    now = clock.now_iso()
    return sorted((s for s in found if s.ends_at > now), key=lambda s: (s.starts_at, s.sale_id))


def list_sales(limit: int = 100) -> list[FlashSale]:
    """Every sale (admin), latest end first."""
    return list(FlashSale.gsi1.query(SALES_LIST_KEY, scan_index_forward=False, limit=limit))


# ---------------------------------------------------------------- writing
def sale_id_for(created_by: str, request_key: str) -> str:
    """A sale's id from the admin's Idempotency-Key: a retried creation finds its sale."""
    digest = hashlib.sha256(f"{created_by}\x1f{request_key}".encode()).digest()
    return base64.b32encode(digest).decode()[:26]


def create(spec: SaleIn, *, created_by: str | None = None, sale_id: str | None = None) -> FlashSale:
    """Write the sale (SCHEDULED) and its two schedules. With a chosen `sale_id`, creating
    it again returns the existing sale (and makes sure its schedules exist)."""
    now = clock.now_iso()
    sale_id = sale_id or new_id()
    starts, ends = clock.iso(whole_second(spec.starts_at)), clock.iso(whole_second(spec.ends_at))
    from siyu.orders.catalogue import order_target  # only creating a sale reads the catalogue

    store_id, sku_id = order_target(spec.sku, spec.store_id, spec.sku_id)
    sale = FlashSale(
        *FlashSale.key(sale_id),
        gsi1sk=f"{ends}#{sale_id}",
        sale_id=sale_id,
        sku=spec.sku,
        sku_id=sku_id,
        store_id=store_id,
        name=spec.name,
        description=spec.description,
        image_url=spec.image_url,
        original_price_fen=spec.original_price_fen,
        sale_price_fen=spec.sale_price_fen,
        stock=spec.stock,
        per_member_limit=spec.per_member_limit,
        levels=list(spec.levels),
        hold_seconds=spec.hold_minutes * 60,
        shard_count=spec.shards or get_settings().flash_sale_shards,
        starts_at=starts,
        ends_at=ends,
        status=SCHEDULED,
        version=1,
        created_at=now,
        updated_at=now,
        created_by=created_by,
    )
    try:
        sale.save(condition=FlashSale.pk.does_not_exist())
    except PutError as exc:
        if not _conditional(exc):
            raise
        sale = get(sale_id, fresh=True)  # created before: a retry
    schedules.schedule_sale(sale)
    forget(sale_id)
    return sale


def _checked_window(sale: FlashSale, patch: SalePatch) -> tuple[datetime, datetime]:
    """The start and end after the patch; VALIDATION_ERROR when the sale cannot take them."""
    starts = whole_second(patch.starts_at) if patch.starts_at else clock.parse_iso(sale.starts_at)
    ends = whole_second(patch.ends_at) if patch.ends_at else clock.parse_iso(sale.ends_at)
    try:
        if sale.status == SCHEDULED:
            check_window(starts, ends)
        elif ends <= clock.now():
            raise ValueError("ends_at must be in the future")
        elif ends - starts > MAX_DURATION:
            raise ValueError("a flash sale lasts at most 30 days")
    except ValueError as exc:
        raise ValidationFailed(details=[{"field": "starts_at/ends_at", "reason": str(exc)}]) from exc
    return starts, ends


def _patch_actions(sale: FlashSale, patch: SalePatch, starts: datetime, ends: datetime) -> list[Any]:
    fields = patch.model_fields_set
    actions: list[Any] = [FlashSale.version.add(1), FlashSale.updated_at.set(clock.now_iso())]
    for name in ("name", "description", "image_url", "original_price_fen", "sale_price_fen"):
        if name in fields:
            attr = getattr(FlashSale, name)
            value = getattr(patch, name)
            actions.append(attr.remove() if value is None else attr.set(value))
    for name in ("stock", "per_member_limit", "levels"):
        if name in fields and getattr(patch, name) is not None:
            actions.append(getattr(FlashSale, name).set(getattr(patch, name)))
    if patch.hold_minutes is not None:
        actions.append(FlashSale.hold_seconds.set(patch.hold_minutes * 60))
    if patch.starts_at is not None:
        actions.append(FlashSale.starts_at.set(clock.iso(starts)))
    if patch.ends_at is not None:
        actions.append(FlashSale.ends_at.set(clock.iso(ends)))
        actions.append(FlashSale.gsi1sk.set(f"{clock.iso(ends)}#{sale.sale_id}"))
    return actions


def edit(sale_id: str, patch: SalePatch) -> FlashSale:
    """Change or move a sale (conditional on the version read); reschedules it."""
    sale = get(sale_id, fresh=True)
    fields = patch.model_fields_set
    if not (sale.status == SCHEDULED or (sale.status == OPEN and not patch.changes_before_start())):
        raise FlashSaleNotEditable(details={"status": sale.status, "fields": sorted(fields)})
    starts, ends = _checked_window(sale, patch)
    original = patch.original_price_fen if "original_price_fen" in fields else sale.original_price_fen
    price = patch.sale_price_fen or int(sale.sale_price_fen)
    if original is not None and original < price:
        raise ValidationFailed(
            details=[{"field": "original_price_fen", "reason": "must not be below sale_price_fen"}]
        )
    actions = _patch_actions(sale, patch, starts, ends)
    try:
        sale.update(
            actions=actions,
            condition=(FlashSale.version == sale.version) & (FlashSale.status == sale.status),
        )
    except UpdateError as exc:
        if not _conditional(exc):
            raise
        # Opened or edited meanwhile: the admin sees the sale as it is now and decides again.
        raise FlashSaleNotEditable(details={"reason": "changed meanwhile, reload and retry"}) from exc
    sale = get(sale_id, fresh=True)
    if patch.starts_at is not None or patch.ends_at is not None:
        schedules.schedule_sale(sale)
    forget(sale_id)
    return sale


def cancel(sale_id: str) -> FlashSale:
    """Cancel a sale that has not opened; its schedules are deleted. Repeating it is a no-op."""
    sale = get(sale_id, fresh=True)
    if sale.status == CANCELLED:
        return sale
    if sale.status != SCHEDULED:
        raise FlashSaleNotEditable(details={"status": sale.status})
    try:
        sale.update(
            actions=[
                FlashSale.status.set(CANCELLED),
                FlashSale.version.add(1),
                FlashSale.updated_at.set(clock.now_iso()),
            ],
            condition=FlashSale.status == SCHEDULED,
        )
    except UpdateError as exc:
        if not _conditional(exc):
            raise
        return cancel(sale_id)  # it just opened (or was cancelled): answer from what it is now
    schedules.unschedule_sale(sale_id)
    forget(sale_id)
    return get(sale_id, fresh=True)


def _conditional(exc: PutError | UpdateError) -> bool:
    cause = getattr(exc, "cause_response_code", None)
    return cause == "ConditionalCheckFailedException"
