"""Pricing: the server's price of an order, from the catalogue only (never from the client).

    unit price  = the SKU's price (or a capability's override, e.g. a flash-sale price)
                  + the price deltas of the chosen options (加料)
    subtotal    = Σ unit price × quantity
    coupon      = the coupon's saving on the subtotal (siyu.coupons decides; ≥ 1 fen left)
    level       = the member level's discount (basis points) on what the coupon leaves,
                  rounded half up, never taking the last fen
    total       = subtotal − coupon − level   (what Kuaishou charges, ≥ 1 fen)

The coupon comes first because its thresholds (满30减5) are printed on menu prices; the
level discount is the member's own price on what is left to pay. No I/O here.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass

from siyu.money import percent_of
from siyu.orders.catalogue import CatalogueProduct
from siyu.orders.errors import OrderItemInvalid, ProductNotFound, ProductUnavailable
from siyu.orders.schemas import MAX_CUPS, MAX_LINES, ChosenOption, OrderLineIn, PricedLine


@dataclass(frozen=True)
class Amounts:
    subtotal_fen: int
    coupon_discount_fen: int
    level_discount_fen: int
    total_fen: int


def _options(product: CatalogueProduct, line: OrderLineIn) -> list[ChosenOption]:
    spec = product.spec
    known = {g.group_id for g in spec.option_groups}
    unknown = set(line.options) - known
    if unknown:
        raise OrderItemInvalid(
            details={
                "product_id": product.product_id,
                "reason": "UNKNOWN_OPTION_GROUP",
                "groups": sorted(unknown),
            }
        )
    chosen: list[ChosenOption] = []
    for group in spec.option_groups:
        picked = list(dict.fromkeys(line.options.get(group.group_id) or group.default_choice_ids))
        if group.required and not picked:
            raise OrderItemInvalid(
                details={
                    "product_id": product.product_id,
                    "reason": "OPTION_REQUIRED",
                    "group": group.group_id,
                }
            )
        if len(picked) > group.max_choices:
            raise OrderItemInvalid(
                details={
                    "product_id": product.product_id,
                    "reason": "TOO_MANY_CHOICES",
                    "group": group.group_id,
                    "max_choices": group.max_choices,
                }
            )
        for choice_id in picked:
            choice = group.choice(choice_id)
            if choice is None:
                raise OrderItemInvalid(
                    details={
                        "product_id": product.product_id,
                        "reason": "UNKNOWN_CHOICE",
                        "group": group.group_id,
                        "choice": choice_id,
                    }
                )
            chosen.append(
                ChosenOption(
                    group_id=group.group_id,
                    group_name=group.name,
                    choice_id=choice.choice_id,
                    name=choice.name,
                    price_delta_fen=choice.price_delta_fen,
                )
            )
    return chosen


def price_lines(
    lines: list[OrderLineIn],
    products: Mapping[str, CatalogueProduct],
    store_id: str,
    price_override: Mapping[str, int] | None = None,
) -> list[PricedLine]:
    """Each line at the catalogue's price. `price_override` (sku_id → unit price in fen)
    replaces the SKU price for a capability that sells at its own price (a flash sale)."""
    if not 1 <= len(lines) <= MAX_LINES:
        raise OrderItemInvalid(details={"reason": "LINES", "max_lines": MAX_LINES})
    if sum(line.quantity for line in lines) > MAX_CUPS:
        raise OrderItemInvalid(details={"reason": "TOO_MANY_ITEMS", "max_items": MAX_CUPS})
    priced = []
    for line in lines:
        product = products.get(line.product_id)
        if product is None:
            raise ProductNotFound(details={"product_id": line.product_id})
        spec = product.spec
        if spec.status != "ON_SALE" or not spec.sold_in(store_id):
            raise ProductUnavailable(details={"product_id": line.product_id, "store_id": store_id})
        sku = spec.sku(line.sku_id)
        if sku is None:
            raise OrderItemInvalid(
                details={"product_id": line.product_id, "reason": "UNKNOWN_SKU", "sku_id": line.sku_id}
            )
        options = _options(product, line)
        base = (
            price_override[sku.sku_id] if price_override and sku.sku_id in price_override else sku.price_fen
        )
        unit = base + sum(o.price_delta_fen for o in options)
        priced.append(
            PricedLine(
                product_id=product.product_id,
                sku_id=sku.sku_id,
                category_id=spec.category_id,
                name=spec.name,
                sku_name=sku.name,
                options=options,
                quantity=line.quantity,
                unit_price_fen=unit,
                line_total_fen=unit * line.quantity,
            )
        )
    return priced


def subtotal(lines: list[PricedLine]) -> int:
    return sum(line.line_total_fen for line in lines)


def amounts(subtotal_fen: int, coupon_off_fen: int, level_discount_bp: int) -> Amounts:
    if subtotal_fen < 1:
        raise OrderItemInvalid(details={"reason": "ZERO_AMOUNT"})
    after_coupon = subtotal_fen - coupon_off_fen
    level_off = min(percent_of(after_coupon, level_discount_bp), after_coupon - 1) if level_discount_bp else 0
    return Amounts(subtotal_fen, coupon_off_fen, max(level_off, 0), after_coupon - max(level_off, 0))


def reserved_units(lines: list[PricedLine]) -> dict[tuple[str, str], int]:
    """Units per (product, SKU): one stock write per SKU however many lines share it."""
    units: dict[tuple[str, str], int] = {}
    for line in lines:
        key = (line.product_id, line.sku_id)
        units[key] = units.get(key, 0) + line.quantity
    return units
