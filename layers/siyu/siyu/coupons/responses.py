"""The success bodies of the coupon routes, for the API contract (docs/openapi.json)."""

from __future__ import annotations

from pydantic import BaseModel

from siyu.coupons.catalogue import ClaimableCoupon
from siyu.coupons.codes import CodeView
from siyu.coupons.redemption import Offer
from siyu.coupons.templates import TemplateStats, TemplateView
from siyu.coupons.wallet import CouponView


class CouponCentre(BaseModel):
    coupons: list[ClaimableCoupon]


class IssuedCoupon(BaseModel):
    coupon: CouponView
    replayed: bool


class Wallet(BaseModel):
    coupons: list[CouponView]
    counts: dict[str, int]


class Offers(BaseModel):
    offers: list[Offer]


class Templates(BaseModel):
    templates: list[TemplateView]


class TemplateWithStats(BaseModel):
    template: TemplateView
    stats: TemplateStats


class Granted(BaseModel):
    coupon_id: str
    member_id: str


class Codes(BaseModel):
    codes: list[CodeView]
