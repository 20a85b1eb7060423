"""The success bodies of the flash-sale and group-buy admin routes, for the API contract."""

from __future__ import annotations

from siyu.base_model import SiyuModel
from siyu.flash_sales.schemas import AdminSaleView, SaleView
from siyu.group_buys.schemas import DealView, GroupView, SeatView
from siyu.orders.schemas import OrderView


class AdminSales(SiyuModel):
    sales: list[AdminSaleView]


class Deals(SiyuModel):
    deals: list[DealView]


class DealGroups(SiyuModel):
    groups: list[GroupView]


class Sales(SiyuModel):
    server_time: str
    sales: list[SaleView]


class SaleDetail(SiyuModel):
    server_time: str
    sale: SaleView
    reminded: bool
    my_units: int


class Reminded(SiyuModel):
    sale_id: str
    reminded: bool
    replayed: bool


class ShardStock(SiyuModel):
    shard: int
    initial: int
    remaining: int
    taken: int
    returned: int


class SaleStock(SiyuModel):
    stock: int
    remaining: int
    taken: int
    returned: int
    held: int
    shards: list[ShardStock]


class ReminderCounts(SiyuModel):
    pending: int
    sending: int
    sent: int
    failed: int


class SaleSchedules(SiyuModel):
    """The Scheduler expressions (`at(...)`) of the sale's opener and closer, when they exist."""

    open: str | None = None
    close: str | None = None


class AdminSaleDetail(SiyuModel):
    sale: AdminSaleView
    stock: SaleStock
    reminders: ReminderCounts
    schedules: SaleSchedules


class GroupDeals(SiyuModel):
    server_time: str
    deals: list[DealView]


class GroupDealDetail(SiyuModel):
    server_time: str
    deal: DealView
    groups: list[GroupView]


class Seated(SiyuModel):
    group: GroupView
    seat: SeatView
    order: OrderView
    replayed: bool


class GroupDetail(SiyuModel):
    server_time: str
    group: GroupView
    deal: DealView
    my_seat: SeatView | None


class MyGroup(SiyuModel):
    seat: SeatView
    group: GroupView | None


class MyGroups(SiyuModel):
    groups: list[MyGroup]
