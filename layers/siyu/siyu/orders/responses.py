"""The success bodies of the order and catalogue routes, for the API contract (docs/openapi.json)."""

from pydantic import Field

from siyu.base_model import SiyuModel
from siyu.orders.schemas import (
    CategoryView,
    OrderAmounts,
    OrderView,
    PricedLine,
    ProductView,
    RefundView,
    SlotView,
    StoreView,
)


class Stores(SiyuModel):
    stores: list[StoreView]


class PickupSlots(SiyuModel):
    store_id: str
    day: str
    slots: list[SlotView]


class Categories(SiyuModel):
    categories: list[CategoryView]


class Products(SiyuModel):
    products: list[ProductView]
    next_cursor: str | None


class CreatedOrder(SiyuModel):
    order: OrderView
    replayed: bool


class Orders(SiyuModel):
    orders: list[OrderView]
    next_cursor: str | None


class Quote(SiyuModel):
    lines: list[PricedLine]
    amounts: OrderAmounts


class QueuedRefund(RefundView):
    order_id: str
    member_id: str


class Refunds(SiyuModel):
    refunds: list[QueuedRefund]
    next_cursor: str | None


class StorePickups(SiyuModel):
    store_id: str
    store_name: str
    picked_up: int = Field(description="orders handed over")
    waiting: int = Field(description="paid orders not handed over yet (a group-buy's held ones too)")
    orders: int = Field(description="every order of the day, unpaid and closed ones too")


class PickupSummary(SiyuModel):
    day: str
    stores: list[StorePickups]
