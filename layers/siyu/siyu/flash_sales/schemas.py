"""The flash-sale API's shapes: sale bodies and views, the states a sale shows. Free of
DynamoDB, so the flash-sale routes declare them at import and load the domain (PynamoDB,
botocore) only in the routes that use it (docs/DEVELOPING.md, Import rules)."""

from __future__ import annotations

from datetime import datetime, timedelta
from typing import TYPE_CHECKING, Annotated, Literal

from pydantic import AwareDatetime, ConfigDict, Field, model_validator

from siyu import clock
from siyu.base_model import SiyuModel

if TYPE_CHECKING:
    from siyu.flash_sales.models import FlashSale

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
        check_window(whole_second(self.starts_at), whole_second(self.ends_at))
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


def check_window(starts: datetime, ends: datetime, *, field: str = "starts_at") -> None:
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
    from siyu.flash_sales.models import CANCELLED, CLOSED

    now_iso = clock.iso(now or clock.now())
    if sale.status == CANCELLED:
        return "cancelled"
    if sale.status == CLOSED or now_iso >= sale.ends_at:
        return "ended"
    if now_iso < sale.starts_at:
        return "upcoming"
    return "sold_out" if sale.sold_out else "open"
