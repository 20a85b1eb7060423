"""Documented bodies of the voucher routes (`siyu.http.returns`)."""

from __future__ import annotations

from pydantic import Field

from siyu.base_model import SiyuModel
from siyu.vouchers.schemas import Prepared, VoucherSettingsIn, VoucherView

__all__ = [
    "Authorized",
    "Linked",
    "Prepared",
    "Reconciled",
    "VoucherList",
    "VoucherSettingsIn",
    "VoucherView",
]


class Authorized(SiyuModel):
    authorized: bool
    merchant_open_id: str


class Linked(SiyuModel):
    voucher: VoucherView
    points: int = Field(description="points the buyer earned for the voucher")
    coupon_id: str | None = Field(
        description="the first-visit coupon granted (None: no template, or not granted)"
    )
    coupon_error: str | None = Field(
        description="why the first-visit coupon was not granted (its error code)"
    )


class VoucherList(SiyuModel):
    day: str
    vouchers: list[VoucherView]


class VoucherReconIssue(SiyuModel):
    ref: str
    kind: str
    siyu_fen: int | None
    platform_fen: int | None
    note: str


class Reconciled(SiyuModel):
    day: str
    matched: int
    figures: dict[str, dict[str, int]]
    issues: list[VoucherReconIssue]
