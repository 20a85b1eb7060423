"""The order API's shapes: request bodies, views, and the statuses and literals routes
declare. Free of DynamoDB, so a route module declares them at import and loads the domain
(PynamoDB, botocore) only in the routes that use it (docs/DEVELOPING.md, Import rules). The
domain modules import back what they used to define here.

No `from __future__ import annotations` here nor in `responses`: with string annotations
pydantic compiles every field's annotation when the class is created (35 classes, each cold
start); the few forward references are quoted instead."""

import json
from typing import TYPE_CHECKING, Annotated, Final, Literal

from pydantic import ConfigDict, Field, model_validator

from siyu.base_model import SiyuModel
from siyu.coupons.terms import RefId
from siyu.money import Count

if TYPE_CHECKING:
    from siyu.orders.models import Order, Refund, Store

# Order statuses.
PENDING_PAYMENT: Final = "PENDING_PAYMENT"
PAID: Final = "PAID"
PICKED_UP: Final = "PICKED_UP"
CANCELLED: Final = "CANCELLED"
EXPIRED: Final = "EXPIRED"
REFUND_REQUESTED: Final = "REFUND_REQUESTED"
REFUNDING: Final = "REFUNDING"
REFUNDED: Final = "REFUNDED"
REFUND_FAILED: Final = "REFUND_FAILED"
ORDER_STATUSES: Final = (
    PENDING_PAYMENT,
    PAID,
    PICKED_UP,
    CANCELLED,
    EXPIRED,
    REFUND_REQUESTED,
    REFUNDING,
    REFUNDED,
    REFUND_FAILED,
)

# Refund statuses (the Refund item).
R_REQUESTED: Final = "REQUESTED"
R_REJECTED: Final = "REJECTED"
R_REFUNDING: Final = "REFUNDING"
R_REFUNDED: Final = "REFUNDED"
R_FAILED: Final = "FAILED"
REFUND_STATUSES: Final = (R_REQUESTED, R_REJECTED, R_REFUNDING, R_REFUNDED, R_FAILED)

ORDER_SOURCES: Final = ("shop", "flash_sale", "group_buy", "ks_local")
# Orders paid and handed over outside Siyu's checkout (a Kuaishou local-life voucher verified
# at the counter: siyu.orders.external): never reported to the mini-program's order sync,
# never refunded through epay, reconciled against their own platform's bill.
EXTERNAL_SOURCES: Final = ("ks_local",)


# ---------------------------------------------------------------- the catalogue
HHMM = Annotated[str, Field(pattern=r"^([01]\d|2[0-3]):[0-5]\d$", description="HH:MM, Asia/Shanghai")]
Name = Annotated[str, Field(min_length=1, max_length=40)]
ON_SALE, OFF_SALE = "ON_SALE", "OFF_SALE"


def minutes(hhmm: str) -> int:
    hours, mins = hhmm.split(":")
    return int(hours) * 60 + int(mins)


# ---------------------------------------------------------------- stores
class PickupRules(SiyuModel):
    """预约取餐: slots of `slot_minutes` from opening time, each taking `capacity` orders."""

    model_config = ConfigDict(extra="forbid")

    enabled: bool = True
    slot_minutes: Literal[10, 15, 20, 30, 60] = 30
    capacity: int = Field(default=30, ge=1, le=1000, description="orders per slot")
    lead_minutes: int = Field(default=10, ge=0, le=240, description="earliest slot: now + this")
    days_ahead: int = Field(default=1, ge=0, le=7, description="0 = today only")


class StoreIn(SiyuModel):
    model_config = ConfigDict(extra="forbid")

    name: Name
    address: str = Field(min_length=1, max_length=128)
    latitude: float | None = Field(default=None, ge=-90, le=90)
    longitude: float | None = Field(default=None, ge=-180, le=180)
    phone: str = Field(default="", max_length=32)
    opens: HHMM = "10:00"
    closes: HHMM = "22:00"
    status: Literal["OPEN", "CLOSED"] = "OPEN"
    sort: int = Field(default=0, ge=0, le=99999)
    pickup: PickupRules = Field(default_factory=PickupRules)

    @model_validator(mode="after")
    def _hours(self) -> "StoreIn":
        if minutes(self.opens) >= minutes(self.closes):
            raise ValueError("opens must be before closes (same day)")
        return self


class StoreView(StoreIn):
    store_id: str

    @classmethod
    def of(cls, item: "Store") -> "StoreView":
        return cls.model_validate({**json.loads(item.spec), "store_id": item.store_id})


# ---------------------------------------------------------------- categories
class CategoryIn(SiyuModel):
    model_config = ConfigDict(extra="forbid")

    name: str = Field(min_length=1, max_length=16)
    sort: int = Field(default=0, ge=0, le=99999)
    visible: bool = True


class CategoryView(CategoryIn):
    category_id: str


# ---------------------------------------------------------------- products
class Sku(SiyuModel):
    model_config = ConfigDict(extra="forbid")

    sku_id: RefId
    name: str = Field(min_length=1, max_length=16, description="e.g. 中杯, 大杯")
    price_fen: int = Field(ge=1, le=10_000_000, description="price in fen (分), 100 = ¥1.00")


class Choice(SiyuModel):
    model_config = ConfigDict(extra="forbid")

    choice_id: RefId
    name: str = Field(min_length=1, max_length=16)
    price_delta_fen: int = Field(default=0, ge=0, le=100_000, description="added to the SKU price")


class OptionGroup(SiyuModel):
    """e.g. 甜度 (one of), 冰量 (one of), 加料 (up to 3)."""

    model_config = ConfigDict(extra="forbid")

    group_id: RefId
    name: str = Field(min_length=1, max_length=16)
    required: bool = True
    max_choices: int = Field(default=1, ge=1, le=12, description="1 = pick one")
    choices: list[Choice] = Field(min_length=1, max_length=12)
    default_choice_ids: list[RefId] = Field(
        default_factory=list, max_length=12, description="taken when an order does not say"
    )

    @model_validator(mode="after")
    def _consistent(self) -> "OptionGroup":
        ids = [c.choice_id for c in self.choices]
        if len(ids) != len(set(ids)):
            raise ValueError(f"option group {self.group_id}: choice ids must be unique")
        if not set(self.default_choice_ids) <= set(ids):
            raise ValueError(f"option group {self.group_id}: defaults must be among the choices")
        if len(self.default_choice_ids) > self.max_choices:
            raise ValueError(f"option group {self.group_id}: more defaults than max_choices")
        return self

    def choice(self, choice_id: str) -> Choice | None:
        return next((c for c in self.choices if c.choice_id == choice_id), None)


class ProductIn(SiyuModel):
    model_config = ConfigDict(extra="forbid")

    name: Name
    category_id: RefId
    description: str = Field(default="", max_length=200)
    image_url: str | None = Field(default=None, max_length=512)
    skus: list[Sku] = Field(min_length=1, max_length=10)
    option_groups: list[OptionGroup] = Field(default_factory=list, max_length=8)
    store_ids: list[RefId] = Field(default_factory=list, max_length=200, description="empty: every store")
    status: Literal["ON_SALE", "OFF_SALE"] = "ON_SALE"
    sort: int = Field(default=0, ge=0, le=99999)

    @model_validator(mode="after")
    def _unique(self) -> "ProductIn":
        skus = [s.sku_id for s in self.skus]
        groups = [g.group_id for g in self.option_groups]
        if len(skus) != len(set(skus)) or len(groups) != len(set(groups)):
            raise ValueError("sku and option group ids must be unique")
        return self

    def sku(self, sku_id: str) -> Sku | None:
        return next((s for s in self.skus if s.sku_id == sku_id), None)

    def sold_in(self, store_id: str) -> bool:
        return not self.store_ids or store_id in self.store_ids


class SkuView(Sku):
    stock_left: int | None = Field(description="units left; null = not limited")
    sold_out: bool


class ProductView(SiyuModel):
    product_id: str
    name: str
    category_id: str
    description: str
    image_url: str | None
    skus: list[SkuView]
    option_groups: list[OptionGroup]
    store_ids: list[str] = Field(description="empty: every store")
    status: str
    sort: int
    price_from_fen: int = Field(description="the cheapest SKU")


# ---------------------------------------------------------------- pickup slots
class SlotView(SiyuModel):
    slot: str
    starts_at: str
    capacity: int
    taken: int
    remaining: int
    available: bool


# ---------------------------------------------------------------- an order's lines and prices
MAX_LINES = 20
MAX_CUPS = 99


class OrderLineIn(SiyuModel):
    """One line as the mini-program sends it. Prices it might send are ignored (not an error:
    an older client that still sends them keeps working, and pays the server's price)."""

    model_config = ConfigDict(extra="ignore")

    product_id: RefId
    sku_id: RefId
    quantity: Count = Field(ge=1, le=MAX_CUPS)
    options: dict[RefId, list[RefId]] = Field(
        default_factory=dict, max_length=8, description="option group id → chosen choice ids"
    )


class ChosenOption(SiyuModel):
    group_id: str
    group_name: str
    choice_id: str
    name: str
    price_delta_fen: int


class PricedLine(SiyuModel):
    product_id: str
    sku_id: str
    category_id: str
    name: str
    sku_name: str
    options: list[ChosenOption]
    quantity: int
    unit_price_fen: int
    line_total_fen: int

    @property
    def label(self) -> str:
        """e.g. 杨枝甘露(大杯/少冰/五分糖)×2, for Kuaishou's order subject and detail."""
        parts = [self.sku_name, *(o.name for o in self.options)]
        return f"{self.name}({'/'.join(parts)})×{self.quantity}"


class OrderRequest(SiyuModel):
    """POST /v1/orders. Prices and totals a client may send are ignored: the server prices."""

    model_config = ConfigDict(extra="ignore")

    store_id: RefId
    items: list[OrderLineIn] = Field(min_length=1, max_length=MAX_LINES)
    coupon_id: str | None = Field(default=None, min_length=1, max_length=64)
    pickup_slot: str | None = Field(
        default=None,
        pattern=r"^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}$",
        description="YYYY-MM-DDTHH:MM (Asia/Shanghai), from GET /v1/stores/{store_id}/pickup-slots; "
        "null = as soon as possible",
    )
    remark: str | None = Field(default=None, max_length=100, description="e.g. 少放珍珠")


# ---------------------------------------------------------------- orders and refunds as read
class PayParams(SiyuModel):
    """What `ks.pay({serviceId, orderInfo: {order_no, order_info_token}})` needs."""

    service_id: str = "1"
    order_no: str
    order_info_token: str


class OrderAmounts(SiyuModel):
    subtotal_fen: int
    coupon_discount_fen: int
    level_discount_fen: int
    total_fen: int = Field(description="what the member pays")


class PickupView(SiyuModel):
    slot: str | None = Field(description="reserved slot YYYY-MM-DDTHH:MM (Asia/Shanghai); null = asap")
    day: str
    code: str | None = Field(description="shown at the counter once paid")
    picked_up_at: str | None


class RefundView(SiyuModel):
    status: str
    kind: str
    reason: str
    amount_fen: int
    requested_at: str
    decided_at: str | None
    reject_reason: str | None
    completed_at: str | None
    coupon_restored: bool | None
    points_taken: int | None
    points_shortfall: int | None

    @classmethod
    def of(cls, r: "Refund") -> "RefundView":
        return cls(
            status=r.status,
            kind=r.kind,
            reason=r.reason,
            amount_fen=int(r.amount_fen),
            requested_at=r.requested_at,
            decided_at=r.decided_at,
            reject_reason=r.reject_reason,
            completed_at=r.completed_at,
            coupon_restored=r.coupon_restored,
            points_taken=None if r.points_taken is None else int(r.points_taken),
            points_shortfall=None if r.points_shortfall is None else int(r.points_shortfall),
        )


class OrderView(SiyuModel):
    order_id: str
    member_id: str
    status: str
    store_id: str
    store_name: str
    lines: list[PricedLine]
    amounts: OrderAmounts
    coupon_id: str | None
    level_key: str | None
    pickup: PickupView
    remark: str | None
    source: str
    source_ref: str | None
    created_at: str
    expires_at: str = Field(description="an unpaid order closes at this time")
    paid_at: str | None
    first_order: bool | None
    points_awarded: int
    late_payment: bool = Field(description="paid after it had closed: refunded automatically")
    hold: str | None = Field(
        description="GROUP_FORMING: a paid group-buy order waits for its group to form (no pickup yet)"
    )
    closed_at: str | None
    payment: PayParams | None = Field(description="for ks.pay, while the order waits for payment")
    refund: RefundView | None

    @classmethod
    def of(cls, o: "Order", refund: "Refund | None" = None) -> "OrderView":
        pay = None
        if o.status == PENDING_PAYMENT and o.ks_order_no and o.order_info_token:
            pay = PayParams(order_no=o.ks_order_no, order_info_token=o.order_info_token)
        return cls(
            order_id=o.order_id,
            member_id=o.member_id,
            status=o.status,
            store_id=o.store_id,
            store_name=o.store_name,
            lines=[PricedLine.model_validate(line) for line in json.loads(o.lines)],
            amounts=OrderAmounts(
                subtotal_fen=int(o.subtotal_fen),
                coupon_discount_fen=int(o.coupon_discount_fen),
                level_discount_fen=int(o.level_discount_fen),
                total_fen=int(o.total_fen),
            ),
            coupon_id=o.coupon_id,
            level_key=o.level_key,
            pickup=PickupView(
                slot=o.pickup_slot, day=o.pickup_day, code=o.pickup_code, picked_up_at=o.picked_up_at
            ),
            remark=o.remark,
            source=o.source,
            source_ref=o.source_ref,
            created_at=o.created_at,
            expires_at=o.expires_at,
            paid_at=o.paid_at,
            first_order=o.first_order,
            points_awarded=int(o.points_awarded or 0),
            late_payment=bool(o.late_payment),
            hold=o.hold,
            closed_at=o.closed_at,
            payment=pay,
            refund=RefundView.of(refund) if refund is not None else None,
        )
