"""The success bodies of the coupon routes, for the API contract (docs/openapi.json)."""

from __future__ import annotations

from siyu.base_model import SiyuModel
from siyu.coupons.schemas import ClaimableCoupon, CodeView, CouponView, Offer, TemplateStats, TemplateView


class CouponCentre(SiyuModel):
    coupons: list[ClaimableCoupon]


class IssuedCoupon(SiyuModel):
    coupon: CouponView
    replayed: bool


class Wallet(SiyuModel):
    coupons: list[CouponView]
    counts: dict[str, int]


class Offers(SiyuModel):
    offers: list[Offer]


class Templates(SiyuModel):
    templates: list[TemplateView]


class TemplateWithStats(SiyuModel):
    template: TemplateView
    stats: TemplateStats


class Granted(SiyuModel):
    coupon_id: str
    member_id: str


class Codes(SiyuModel):
    codes: list[CodeView]
