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
from datetime import datetime, timedelta
from typing import Annotated, Any, Literal

from pydantic import AwareDatetime, ConfigDict, Field, model_validator
from pynamodb.exceptions import PutError, UpdateError

from siyu import clock
from siyu.base_model import SiyuModel
from siyu.cache import TimedCache
from siyu.config import get_settings
from siyu.errors import ValidationFailed
from siyu.flash_sales import schedules
from siyu.flash_sales.errors import FlashSaleNotEditable, FlashSaleNotFound
from siyu.flash_sales.models import (
    CANCELLED,
    CLOSED,
    OPEN,
    SALES_LIST_KEY,
    SCHEDULED,
    FlashSale,
)
from siyu.ids import new_id

SALE_CACHE_SECONDS = 1.0
MAX_DURATION = timedelta(days=30)
LevelKey = Annotated[str, Field(min_length=1, max_length=32)]
State = Literal["upcoming", "open", "sold_out", "ended", "cancelled"]


def whole_second(moment: datetime) -> datetime:
    """Round up to a whole second (a Scheduler at() has no fractions)."""
    if moment.microsecond:
        moment = moment.replace(microsecond=0) + timedelta(seconds=1)
    return moment


class SaleIn(SiyuModel):
    """A new flash sale."""

    model_config = ConfigDict(extra="forbid")

    sku: str = Field(min_length=1, max_length=64, description="the catalogue product sold (product_id)")
    sku_id: str | None = Field(
        default=None, min_length=1, max_length=64, description="the product's SKU (size); null: its first"
    )
    store_id: str | None = Field(
        default=None,
        min_length=1,
        max_length=64,
        description="the pickup store of its orders; null: the first",
    )
    name: str = Field(min_length=1, max_length=40)
    description: str = Field(default="", max_length=200)
    image_url: str | None = Field(default=None, max_length=512)
    original_price_fen: int | None = Field(
        default=None, ge=1, le=100_000_000, description="crossed-out price"
    )
    sale_price_fen: int = Field(ge=1, le=100_000_000, description="the flash-sale price in fen")
    stock: int = Field(ge=1, le=100_000)
    per_member_limit: int = Field(default=1, ge=1, le=10)
    levels: list[LevelKey] = Field(default_factory=list, max_length=20, description="empty: every member")
    starts_at: AwareDatetime = Field(description="in the future; rounded up to a whole second")
    ends_at: AwareDatetime
    hold_minutes: int = Field(default=15, ge=1, le=120, description="how long a taken unit waits for payment")
    shards: int | None = Field(default=None, ge=1, le=50, description="K stock items (default: configured)")

    @model_validator(mode="after")
    def _window(self) -> SaleIn:
        _check_window(whole_second(self.starts_at), whole_second(self.ends_at))
        if self.original_price_fen is not None and self.original_price_fen < self.sale_price_fen:
            raise ValueError("original_price_fen must not be below sale_price_fen")
        return self


class SalePatch(SiyuModel):
    """Before the start everything may change; once open, only the end and the texts."""

    model_config = ConfigDict(extra="forbid")

    name: str | None = Field(default=None, min_length=1, max_length=40)
    description: str | None = Field(default=None, max_length=200)
    image_url: str | None = Field(default=None, max_length=512)
    original_price_fen: int | None = Field(default=None, ge=1, le=100_000_000)
    sale_price_fen: int | None = Field(default=None, ge=1, le=100_000_000)
    stock: int | None = Field(default=None, ge=1, le=100_000)
    per_member_limit: int | None = Field(default=None, ge=1, le=10)
    levels: list[LevelKey] | None = Field(default=None, max_length=20)
    starts_at: AwareDatetime | None = None
    ends_at: AwareDatetime | None = None
    hold_minutes: int | None = Field(default=None, ge=1, le=120)

    def changes_before_start(self) -> bool:
        fields = self.model_fields_set - {"name", "description", "image_url", "ends_at"}
        return bool(fields)


def _check_window(starts: datetime, ends: datetime, *, field: str = "starts_at") -> None:
    if starts <= clock.now():
        raise ValueError(f"{field} must be in the future")
    if ends <= starts:
        raise ValueError("ends_at must be after starts_at")
    if ends - starts > MAX_DURATION:
        raise ValueError("a flash sale lasts at most 30 days")


# ---------------------------------------------------------------- views
class SaleView(SiyuModel):
    """A sale as the mini-program shows it; `state` and the countdowns use server time."""

    sale_id: str
    sku: str
    sku_id: str | None
    store_id: str | None
    name: str
    description: str
    image_url: str | None
    original_price_fen: int | None
    sale_price_fen: int
    stock: int
    per_member_limit: int
    levels: list[str]
    starts_at: str
    ends_at: str
    state: State
    seconds_to_start: int = Field(description="0 once started")
    seconds_to_end: int = Field(description="0 once ended")

    @classmethod
    def of(cls, sale: FlashSale, now: datetime | None = None) -> SaleView:
        now = now or clock.now()
        starts, ends = clock.parse_iso(sale.starts_at), clock.parse_iso(sale.ends_at)
        return cls(
            sale_id=sale.sale_id,
            sku=sale.sku,
            sku_id=sale.sku_id,
            store_id=sale.store_id,
            name=sale.name,
            description=sale.description,
            image_url=sale.image_url,
            original_price_fen=_int(sale.original_price_fen),
            sale_price_fen=int(sale.sale_price_fen),
            stock=int(sale.stock),
            per_member_limit=int(sale.per_member_limit),
            levels=list(sale.levels or []),
            starts_at=sale.starts_at,
            ends_at=sale.ends_at,
            state=state_of(sale, now),
            seconds_to_start=max(0, int((starts - now).total_seconds() + 0.999)),
            seconds_to_end=max(0, int((ends - now).total_seconds() + 0.999)),
        )


class AdminSaleView(SaleView):
    status: str
    sold_out: bool
    shard_count: int
    hold_seconds: int
    version: int
    opened_at: str | None
    closed_at: str | None
    sold_out_at: str | None
    created_at: str
    updated_at: str
    created_by: str | None

    @classmethod
    def of(cls, sale: FlashSale, now: datetime | None = None) -> AdminSaleView:
        base = SaleView.of(sale, now).model_dump()
        return cls(
            **base,
            status=sale.status,
            sold_out=bool(sale.sold_out),
            shard_count=int(sale.shard_count),
            hold_seconds=int(sale.hold_seconds),
            version=int(sale.version),
            opened_at=sale.opened_at,
            closed_at=sale.closed_at,
            sold_out_at=sale.sold_out_at,
            created_at=sale.created_at,
            updated_at=sale.updated_at,
            created_by=sale.created_by,
        )


def _int(value: float | None) -> int | None:
    return None if value is None else int(value)


def state_of(sale: FlashSale, now: datetime | None = None) -> State:
    now_iso = clock.iso(now or clock.now())
    if sale.status == CANCELLED:
        return "cancelled"
    if sale.status == CLOSED or now_iso >= sale.ends_at:
        return "ended"
    if now_iso < sale.starts_at:
        return "upcoming"
    return "sold_out" if sale.sold_out else "open"


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
            _check_window(starts, ends)
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
