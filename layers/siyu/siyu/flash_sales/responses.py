"""The success bodies of the flash-sale and group-buy admin routes, for the API contract."""

from __future__ import annotations

from pydantic import BaseModel

from siyu.flash_sales.sales import AdminSaleView, SaleView
from siyu.group_buys.deals import DealView
from siyu.group_buys.groups import GroupView


class AdminSales(BaseModel):
    sales: list[AdminSaleView]


class Deals(BaseModel):
    deals: list[DealView]


class DealGroups(BaseModel):
    groups: list[GroupView]


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
