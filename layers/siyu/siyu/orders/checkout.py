"""Creating an order: price it on the server, reserve, and get Kuaishou's pre-order.

1. One BatchGetItem reads everything the price depends on: the store, the products and
   their stock items, the member (open_id), the member's account (level) and order stats
   (first order), and the order itself (a retried request finds its order here).
2. The server prices the lines from the catalogue (siyu.orders.pricing); the coupon is
   quoted by siyu.coupons (one read of the coupon).
3. ONE TransactWriteItems: the order (conditional on not existing: its id is derived from
   the member and the Idempotency-Key), each limited SKU's stock − n (condition: enough
   left), the pickup slot's counter + 1 (condition: below capacity), the coupon locked to
   the order, the order in the unpaid index, OrderCreated. Any refusal cancels it all.
4. The expiry schedule (one-time, at expires_at) and Kuaishou's create_order; the pre-order
   is stored on the order (one UpdateItem) and returned for ks.pay.

If Kuaishou fails after step 3 the order stays PENDING_PAYMENT with everything reserved
and its expiry scheduled: the same request again (same Idempotency-Key) resumes at step 4,
cancelling releases at once, and the expiry releases it at the latest. The client gets
KUAISHOU_UNAVAILABLE with the order id.

Other capabilities (a flash sale) create orders in-process with `create_order(...,
price_override=..., source=..., source_ref=..., stage_extra=...)`.
"""

from __future__ import annotations

import base64
import hashlib
import json
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from datetime import timedelta
from typing import Any, NoReturn

from pynamodb.exceptions import TransactWriteError
from pynamodb.transactions import TransactWrite

from siyu import clock
from siyu.config import get_settings
from siyu.coupons import redemption
from siyu.coupons.errors import CouponNotFound, MemberNotFound
from siyu.coupons.models import WalletCoupon
from siyu.coupons.terms import Cart, CartLine, not_applicable
from siyu.db import table_name, transaction
from siyu.errors import IdempotencyKeyReused, KuaishouUnavailable
from siyu.events import DomainEvent, stage
from siyu.members.account import Snapshot
from siyu.members.levels import benefits_of, ladder
from siyu.members.models import Account, Member
from siyu.observability import logger, metrics
from siyu.orders import epay, pickup, pricing
from siyu.orders.catalogue import CatalogueProduct
from siyu.orders.errors import OrderBusy, PickupSlotFull, ProductSoldOut, StoreClosed, StoreNotFound
from siyu.orders.models import Order, OrderStats, PendingOrder, Product, StockItem, Store
from siyu.orders.reads import batch_get
from siyu.orders.release import schedule_expiry
from siyu.orders.schemas import PENDING_PAYMENT, OrderRequest, OrderView, PricedLine, StoreView
from siyu.txn import Cancelled, cancelled, number

ATTEMPTS = 3
StageExtra = Callable[[TransactWrite, str], None]


@dataclass(frozen=True)
class Checkout:
    order: OrderView
    replayed: bool  # the request had created this order before


@dataclass
class _Read:
    order: Order | None = None
    store: StoreView | None = None
    products: dict[str, CatalogueProduct] | None = None
    stock: dict[tuple[str, str], StockItem] | None = None
    member: Member | None = None
    account: Account | None = None
    stats: OrderStats | None = None
    coupon: WalletCoupon | None = None


def order_id_for(member_id: str, source: str, key: str) -> str:
    """An order's id from the request's natural key (member, source, Idempotency-Key): a retry
    names the same order. 26 characters of [A-Z2-7], a valid Kuaishou out_order_no."""
    digest = hashlib.sha256("\x1f".join(("order", member_id, source, key)).encode()).digest()
    return base64.b32encode(digest).decode()[:26]


def request_hash(request: OrderRequest, extra: Mapping[str, Any]) -> str:
    canonical = json.dumps(
        {"request": request.model_dump(mode="json"), **extra}, sort_keys=True, separators=(",", ":")
    )
    return hashlib.sha256(canonical.encode()).hexdigest()


# ---------------------------------------------------------------- step 1: one read
def _read_all(member_id: str, order_id: str | None, request: OrderRequest) -> _Read:
    commerce, members = table_name("commerce"), table_name("members")
    product_ids = sorted({line.product_id for line in request.items})
    sku_keys = sorted({(line.product_id, line.sku_id) for line in request.items})
    keys: dict[str, list[tuple[str, str]]] = {
        commerce: [
            *([Order.key(order_id)] if order_id else []),
            Store.key(request.store_id),
            OrderStats.key(member_id),
            *(Product.key(p) for p in product_ids),
            *(StockItem.key(p, s) for p, s in sku_keys),
        ],
        members: [Member.key(member_id), Account.key(member_id)],
    }
    if request.coupon_id:
        keys[commerce].append(WalletCoupon.key(member_id, request.coupon_id))
    found = batch_get(keys)

    def get(table: str, key: tuple[str, str]) -> dict[str, Any] | None:
        return found.get((table, *key))

    result = _Read(products={}, stock={})
    raw = get(commerce, Order.key(order_id)) if order_id else None
    if raw is not None:
        result.order = Order.from_raw_data(raw)
        return result
    raw = get(commerce, Store.key(request.store_id))
    result.store = StoreView.of(Store.from_raw_data(raw)) if raw else None
    for product_id in product_ids:
        raw = get(commerce, Product.key(product_id))
        if raw is not None:
            assert result.products is not None
            result.products[product_id] = CatalogueProduct.of(Product.from_raw_data(raw))
    for product_id, sku_id in sku_keys:
        raw = get(commerce, StockItem.key(product_id, sku_id))
        if raw is not None:
            assert result.stock is not None
            result.stock[(product_id, sku_id)] = StockItem.from_raw_data(raw)
    raw = get(members, Member.key(member_id))
    result.member = Member.from_raw_data(raw) if raw else None
    raw = get(members, Account.key(member_id))
    result.account = Account.from_raw_data(raw) if raw else None
    raw = get(commerce, OrderStats.key(member_id))
    result.stats = OrderStats.from_raw_data(raw) if raw else None
    if request.coupon_id:
        raw = get(commerce, WalletCoupon.key(member_id, request.coupon_id))
        result.coupon = WalletCoupon.from_raw_data(raw) if raw else None
    return result


# ---------------------------------------------------------------- the whole flow
def create_order(
    member_id: str,
    request: OrderRequest,
    *,
    key: str,
    price_override: Mapping[str, int] | None = None,
    apply_discounts: bool = True,
    source: str = "shop",
    source_ref: str | None = None,
    stage_extra: StageExtra | None = None,
    hold: str | None = None,
) -> Checkout:
    """Create (or, for a retry with the same key, return) the member's order, reserved and
    with its Kuaishou pre-order. `price_override` (sku_id → unit price in fen) and
    `apply_discounts=False` let a capability sell at its own price; `stage_extra(tx,
    order_id)` adds that capability's items (its own unit counter) to the order's
    transaction — if one of them refuses, the TransactWriteError reaches the caller. `hold`
    marks the order as not confirmed once paid (no pickup) until siyu.orders.holds clears it."""
    order_id = order_id_for(member_id, source, key)
    fingerprint = request_hash(
        request,
        {
            "price_override": dict(price_override or {}),
            "discounts": apply_discounts,
            "source_ref": source_ref,
        },
    )
    for _ in range(ATTEMPTS):
        read = _read_all(member_id, order_id, request)
        if read.order is not None:
            return _replay(read.order, fingerprint)
        order = _prepare(
            member_id, order_id, request, read, price_override, apply_discounts, source, source_ref
        )
        order.request_hash = fingerprint
        order.hold = hold
        try:
            with transaction() as tx:
                _stage(tx, order, request, read, stage_extra)
        except TransactWriteError as exc:
            failure = cancelled(exc)
            if failure.item(*Order.key(order_id)) is not None:
                continue  # a concurrent copy of this request created it: replay it
            if failure.only_conflict:
                continue
            _refusal(failure, order, request, exc, has_extra=stage_extra is not None)
        metrics.add_metric(name="OrdersCreated", unit="Count", value=1)
        schedule_expiry(order_id, clock.parse_iso(order.expires_at))
        return Checkout(_with_pre_order(order, read.member), replayed=False)
    raise OrderBusy()


def _replay(order: Order, fingerprint: str) -> Checkout:
    if order.request_hash != fingerprint:
        raise IdempotencyKeyReused(details={"order_id": order.order_id})
    if order.status == PENDING_PAYMENT and not order.order_info_token:
        # The first attempt stopped before Kuaishou answered: finish it now.
        try:
            member = Member.get(*Member.key(order.member_id))
        except Member.DoesNotExist:
            raise MemberNotFound() from None
        return Checkout(_with_pre_order(order, member), replayed=True)
    return Checkout(OrderView.of(order), replayed=True)


def _reserved(lines: list[PricedLine], read: _Read) -> list[list[Any]]:
    """[product, sku, units] of each tracked SKU the order takes; PRODUCT_SOLD_OUT if short."""
    reserved: list[list[Any]] = []
    for (product_id, sku_id), units in sorted(pricing.reserved_units(lines).items()):
        stock = (read.stock or {}).get((product_id, sku_id))
        if stock is None or not stock.tracked:
            continue
        if int(stock.left) < units:
            raise ProductSoldOut(
                details={"product_id": product_id, "sku_id": sku_id, "left": int(stock.left)}
            )
        reserved.append([product_id, sku_id, units])
    return reserved


def _coupon_off(
    coupon_id: str, store_id: str, lines: list[PricedLine], subtotal: int, read: _Read
) -> tuple[int, str]:
    """What the member's coupon takes off this cart (its terms checked), and its template."""
    if read.coupon is None:
        raise CouponNotFound(details={"coupon_id": coupon_id})
    cart = Cart(
        store_id=store_id,
        lines=[
            CartLine(
                product_id=line.product_id,
                category_id=line.category_id,
                quantity=line.quantity,
                unit_price_fen=line.unit_price_fen,
            )
            for line in lines
        ],
        subtotal_fen=subtotal,
        is_first_order=read.stats is None,
    )
    return redemption.quote_coupon(read.coupon, cart), read.coupon.template_id


def _prepare(
    member_id: str,
    order_id: str,
    request: OrderRequest,
    read: _Read,
    price_override: Mapping[str, int] | None,
    apply_discounts: bool,
    source: str,
    source_ref: str | None,
) -> Order:
    """Check and price the request from what was read (raises before anything is written)."""
    settings = get_settings()
    store = read.store
    if store is None:
        raise StoreNotFound(details={"store_id": request.store_id})
    if store.status != "OPEN":
        raise StoreClosed(details={"store_id": store.store_id})
    if read.member is None:
        raise MemberNotFound()
    now = clock.now()
    slot = pickup.check_slot(store, request.pickup_slot, now) if request.pickup_slot else None
    lines = pricing.price_lines(request.items, read.products or {}, store.store_id, price_override)
    reserved = _reserved(lines, read)
    subtotal = pricing.subtotal(lines)
    coupon_off, level_bp, level_key, template_id = 0, 0, None, None
    if apply_discounts:
        benefits = benefits_of(Snapshot.of(member_id, read.account), ladder())
        level_bp, level_key = benefits.discount_bp, benefits.level_key
        if request.coupon_id:
            coupon_off, template_id = _coupon_off(request.coupon_id, store.store_id, lines, subtotal, read)
    elif request.coupon_id:
        raise not_applicable("NOT_AVAILABLE", coupon_id=request.coupon_id)
    amounts = pricing.amounts(subtotal, coupon_off, level_bp)
    expires = now + timedelta(seconds=settings.order_payment_timeout_seconds)
    created = clock.iso(now)
    pickup_day = slot.day if slot else clock.shanghai_day(now).isoformat()
    return Order(
        *Order.key(order_id),
        gsi1pk=Order.member_index(member_id),
        gsi1sk=f"{created}#{order_id}",
        gsi2pk=Order.store_day_index(store.store_id, pickup_day),
        gsi2sk=f"{created}#{order_id}",
        order_id=order_id,
        member_id=member_id,
        store_id=store.store_id,
        store_name=store.name,
        status=PENDING_PAYMENT,
        lines=json.dumps([line.model_dump() for line in lines], ensure_ascii=False, separators=(",", ":")),
        reserved=json.dumps(reserved, separators=(",", ":")),
        subtotal_fen=amounts.subtotal_fen,
        coupon_id=request.coupon_id if apply_discounts else None,
        coupon_template_id=template_id,
        coupon_discount_fen=amounts.coupon_discount_fen,
        level_key=level_key,
        level_discount_bp=level_bp,
        level_discount_fen=amounts.level_discount_fen,
        total_fen=amounts.total_fen,
        pickup_slot=slot.slot if slot else None,
        pickup_day=pickup_day,
        remark=request.remark,
        source=source,
        source_ref=source_ref,
        request_hash="",
        created_at=created,
        expires_at=clock.iso(expires),
        ks_expire_seconds=settings.order_payment_timeout_seconds,
        late_payment=False,
        updated_at=created,
    )


def _stage(
    tx: TransactWrite, order: Order, request: OrderRequest, read: _Read, stage_extra: StageExtra | None
) -> None:
    tx.save(order, condition=Order.pk.does_not_exist(), return_values="ALL_OLD")
    for product_id, sku_id, units in json.loads(order.reserved):
        tx.update(
            StockItem(*StockItem.key(product_id, sku_id)),
            actions=[StockItem.left.add(-units)],
            condition=(StockItem.tracked == True) & (StockItem.left >= units),  # noqa: E712
            return_values="ALL_OLD",
        )
    if order.pickup_slot:
        assert read.store is not None
        pickup.stage_take(tx, order.store_id, pickup.slot_of(order.pickup_slot), read.store.pickup.capacity)
    if order.coupon_id:
        redemption.stage_lock(tx, order.member_id, order.coupon_id, order.order_id)
    tx.save(
        PendingOrder(*PendingOrder.key(order.order_id, order.expires_at), order_id=order.order_id),
        condition=PendingOrder.pk.does_not_exist(),
    )
    if stage_extra is not None:
        stage_extra(tx, order.order_id)
    stage(
        tx,
        DomainEvent(
            type="OrderCreated",
            member_id=order.member_id,
            data={
                "order_id": order.order_id,
                "store_id": order.store_id,
                "total_fen": int(order.total_fen),
                "subtotal_fen": int(order.subtotal_fen),
                "coupon_id": order.coupon_id,
                "coupon_discount_fen": int(order.coupon_discount_fen),
                "level_discount_fen": int(order.level_discount_fen),
                "items": sum(line.quantity for line in request.items),
                "pickup_slot": order.pickup_slot,
                "source": order.source,
                "source_ref": order.source_ref,
            },
        ),
    )


def _refusal(
    failure: Cancelled, order: Order, request: OrderRequest, exc: TransactWriteError, has_extra: bool
) -> NoReturn:
    """Raise the error that explains a cancelled order transaction."""
    for raw in failure.with_sk("STOCK#"):
        raise ProductSoldOut(
            details={
                "product_id": raw["pk"]["S"].removeprefix("PRODUCT#"),
                "sku_id": raw["sk"]["S"].removeprefix("STOCK#"),
                "left": number(raw, "left"),
            }
        )
    if failure.with_sk("SLOT#"):
        raise PickupSlotFull(details={"pickup_slot": order.pickup_slot})
    if has_extra:
        raise exc  # possibly the calling capability's own item: it knows what its items mean
    if failure.itemless and order.coupon_id:
        raise redemption.explain(order.member_id, order.coupon_id, order.order_id)
    logger.error("order transaction cancelled for no known reason", extra={"order_id": order.order_id})
    raise OrderBusy()


def _with_pre_order(order: Order, member: Member | None) -> OrderView:
    """Kuaishou's pre-order for ks.pay, stored on the order (the same fields every time)."""
    if member is None:
        raise MemberNotFound()
    try:
        pre = epay.create_pre_order(order, member.open_id)
    except KuaishouUnavailable as exc:
        raise KuaishouUnavailable(
            "支付服务暂时不可用，请稍后重试（订单已保留）",
            details={"order_id": order.order_id, "retry": "same Idempotency-Key"},
        ) from exc
    now = clock.now_iso()
    order.update(
        actions=[
            Order.ks_order_no.set(pre.order_no),
            Order.order_info_token.set(pre.order_info_token),
            Order.updated_at.set(now),
        ],
    )
    return OrderView.of(order)


def quote(member_id: str, request: OrderRequest) -> dict[str, Any]:
    """The price the order would have now (nothing reserved): lines and amounts."""
    read = _read_all(member_id, None, request)
    order = _prepare(member_id, "QUOTE", request, read, None, True, "shop", None)
    view = OrderView.of(order)
    return {"lines": [line.model_dump() for line in view.lines], "amounts": view.amounts.model_dump()}


__all__ = ["Checkout", "OrderRequest", "create_order", "order_id_for", "quote"]
