"""The success bodies of the flash-sale and group-buy admin routes, for the API contract."""

from __future__ import annotations

from pydantic import BaseModel

from siyu.flash_sales.sales import AdminSaleView, SaleView
from siyu.group_buys.deals import DealView
from siyu.group_buys.groups import GroupView, SeatView
from siyu.orders.views import OrderView


class AdminSales(BaseModel):
    sales: list[AdminSaleView]


class Deals(BaseModel):
    deals: list[DealView]


class Sales(BaseModel):
    server_time: str
    sales: list[SaleView]


class SaleDetail(BaseModel):
    server_time: str
    sale: SaleView
    reminded: bool
    my_units: int


class Reminded(BaseModel):
    sale_id: str
    reminded: bool
    replayed: bool


class ShardStock(BaseModel):
    shard: int
    initial: int
    remaining: int
    taken: int
    returned: int


class SaleStock(BaseModel):
    stock: int
    remaining: int
    taken: int
    returned: int
    held: int
    shards: list[ShardStock]


class ReminderCounts(BaseModel):
    pending: int
    sending: int
    sent: int
    failed: int


class SaleSchedules(BaseModel):
    """The Scheduler expressions (`at(...)`) of the sale's opener and closer, when they exist."""

    open: str | None = None
    close: str | None = None


class AdminSaleDetail(BaseModel):
    sale: AdminSaleView
    stock: SaleStock
    reminders: ReminderCounts
    schedules: SaleSchedules


class GroupDeals(BaseModel):
    server_time: str
    deals: list[DealView]


class GroupDealDetail(BaseModel):
    server_time: str
    deal: DealView
    groups: list[GroupView]


class Seated(BaseModel):
    group: GroupView
    seat: SeatView
    order: OrderView
    replayed: bool


class GroupDetail(BaseModel):
    server_time: str
    group: GroupView
    deal: DealView
    my_seat: SeatView | None


class MyGroup(BaseModel):
    seat: SeatView
    group: GroupView | None


class MyGroups(BaseModel):
    groups: list[MyGroup]
