"""What a coupon is worth on a cart: the terms (kind, amounts, scope) and the pure
arithmetic of the saving. No I/O here: the wallet, the order flow and the previews all
compute a saving the same way."""

from __future__ import annotations

from typing import Annotated, Literal

from pydantic import ConfigDict, Field, model_validator

from siyu.base_model import SiyuModel
from siyu.coupons.errors import CouponNotApplicable
from siyu.errors import SiyuError
from siyu.money import Count, Fen, percent_of, yuan

Kind = Literal["fixed", "threshold", "percent", "first_order"]
Scope = Literal["order", "categories", "products"]
KIND_LABEL = {"fixed": "立减", "threshold": "满减", "percent": "折扣", "first_order": "首单立减"}

RefId = Annotated[str, Field(min_length=1, max_length=64, pattern=r"^[A-Za-z0-9_.:-]+$")]


class Terms(SiyuModel):
    """The rules a coupon carries. Copied onto every issued coupon: a claimed coupon keeps
    the terms it was claimed with, whatever happens to the template later."""

    model_config = ConfigDict(extra="forbid", frozen=True)

    kind: Kind = Field(
        description="fixed 立减 | threshold 满减 | percent 折扣 (capped) | first_order 首单立减"
    )
    amount_off_fen: Fen | None = Field(default=None, description="fixed, threshold, first_order: fen off")
    min_spend_fen: Fen = Field(default=0, description="spend on in-scope goods needed to use the coupon")
    pay_rate_bp: int | None = Field(
        default=None, ge=100, le=9900, description="percent: share paid in basis points, 8800 = 8.8折"
    )
    max_off_fen: Fen | None = Field(default=None, description="percent: the cap on the saving")
    scope: Scope = Field(default="order", description="whole order, some categories or some products")
    scope_ids: list[RefId] = Field(
        default_factory=list, max_length=200, description="category or product ids"
    )
    store_ids: list[RefId] = Field(default_factory=list, max_length=200, description="empty: every store")
    restore_on_refund: bool = Field(default=False, description="a refund gives the coupon back")

    @model_validator(mode="after")
    def _consistent(self) -> Terms:
        if self.kind == "percent":
            if self.pay_rate_bp is None or self.max_off_fen is None or self.max_off_fen < 1:
                raise ValueError("a percent coupon needs pay_rate_bp and a max_off_fen cap")
            if self.amount_off_fen is not None:
                raise ValueError("a percent coupon has no amount_off_fen")
        else:
            if self.amount_off_fen is None or self.amount_off_fen < 1:
                raise ValueError(f"a {self.kind} coupon needs amount_off_fen >= 1")
            if self.pay_rate_bp is not None or self.max_off_fen is not None:
                raise ValueError(f"a {self.kind} coupon has no pay_rate_bp or max_off_fen")
        if self.kind == "threshold" and self.min_spend_fen <= (self.amount_off_fen or 0):
            raise ValueError("a threshold coupon needs min_spend_fen above amount_off_fen")
        if self.scope == "order" and self.scope_ids:
            raise ValueError("scope_ids only go with scope categories or products")
        if self.scope != "order" and not self.scope_ids:
            raise ValueError(f"scope {self.scope} needs scope_ids")
        return self

    def headline(self) -> str:
        """What the mini-program prints on the coupon, e.g. 满30减5, 8.8折, 立减3."""
        if self.kind == "percent":
            rate = (self.pay_rate_bp or 0) / 1000
            return f"{rate:g}折"
        off = yuan(self.amount_off_fen or 0).removesuffix(".00")
        if self.kind == "threshold" or self.min_spend_fen:
            return f"满{yuan(self.min_spend_fen).removesuffix('.00')}减{off}"
        return f"{KIND_LABEL[self.kind]}{off}"


class CartLine(SiyuModel):
    product_id: RefId
    category_id: RefId
    quantity: Count = Field(ge=1, le=999)
    unit_price_fen: Fen


class Cart(SiyuModel):
    """What the order flow asks about: the store, the lines and the goods total (fen)."""

    store_id: RefId
    lines: list[CartLine] = Field(min_length=1, max_length=100)
    subtotal_fen: Fen = Field(description="goods total before any discount")
    is_first_order: bool = False


NOT_APPLICABLE_MESSAGES = {
    "FIRST_ORDER_ONLY": "该优惠券仅限首单使用",
    "STORE": "该优惠券不适用于本门店",
    "SCOPE": "购物车中没有该优惠券适用的商品",
    "MIN_SPEND": "未达到该优惠券的使用门槛",
    "NO_SAVING": "该订单金额无法使用此优惠券",
    "NOT_STARTED": "该优惠券尚未到可用时间",
    "EXPIRED": "该优惠券已过期",
    "NOT_AVAILABLE": "该优惠券已使用或正在其他订单中使用",
}


def not_applicable(reason: str, **details: object) -> SiyuError:
    return CouponNotApplicable(NOT_APPLICABLE_MESSAGES[reason], details={"reason": reason, **details})


def eligible_amount(terms: Terms, cart: Cart) -> int:
    """The part of the cart the coupon applies to."""
    if terms.scope == "order":
        return cart.subtotal_fen
    wanted = set(terms.scope_ids)
    attr = "category_id" if terms.scope == "categories" else "product_id"
    return sum(line.quantity * line.unit_price_fen for line in cart.lines if getattr(line, attr) in wanted)


def saving(terms: Terms, cart: Cart) -> int:
    """The fen this coupon takes off this cart, or COUPON_NOT_APPLICABLE with the reason.

    The saving never exceeds the in-scope amount and always leaves at least 1 fen to pay
    (Kuaishou takes no zero-amount payment)."""
    if terms.kind == "first_order" and not cart.is_first_order:
        raise not_applicable("FIRST_ORDER_ONLY")
    if terms.store_ids and cart.store_id not in terms.store_ids:
        raise not_applicable("STORE")
    base = eligible_amount(terms, cart)
    if base <= 0:
        raise not_applicable("SCOPE")
    if base < terms.min_spend_fen:
        raise not_applicable("MIN_SPEND", min_spend_fen=terms.min_spend_fen, eligible_fen=base)
    if terms.kind == "percent":
        off = min(base - percent_of(base, terms.pay_rate_bp or 10000), terms.max_off_fen or 0)
    else:
        off = min(terms.amount_off_fen or 0, base)
    off = min(off, cart.subtotal_fen - 1)
    if off <= 0:
        raise not_applicable("NO_SAVING")
    return off
