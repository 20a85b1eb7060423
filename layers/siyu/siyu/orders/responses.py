"""The success bodies of the order and catalogue routes, for the API contract (docs/openapi.json)."""

from __future__ import annotations

from pydantic import BaseModel, Field

from siyu.orders.catalogue import CategoryView, ProductView, StoreView
from siyu.orders.pickup import SlotView
from siyu.orders.pricing import PricedLine
from siyu.orders.views import OrderAmounts, OrderView, RefundView


class Stores(BaseModel):
    stores: list[StoreView]


class PickupSlots(BaseModel):
    store_id: str
    day: str
    slots: list[SlotView]


class Categories(BaseModel):
    categories: list[CategoryView]


class Products(BaseModel):
    products: list[ProductView]
    next_cursor: str | None


class CreatedOrder(BaseModel):
    order: OrderView
    replayed: bool


class Orders(BaseModel):
    orders: list[OrderView]
    next_cursor: str | None


class Quote(BaseModel):
    lines: list[PricedLine]
    amounts: OrderAmounts


class QueuedRefund(RefundView):
    order_id: str
    member_id: str


class Refunds(BaseModel):
    refunds: list[QueuedRefund]
    next_cursor: str | None


class StorePickups(BaseModel):
    store_id: str
    store_name: str
    picked_up: int = Field(description="orders handed over")
    waiting: int = Field(description="paid orders not handed over yet (a group-buy's held ones too)")
    orders: int = Field(description="every order of the day, unpaid and closed ones too")


class PickupSummary(BaseModel):
    day: str
    stores: list[StorePickups]
