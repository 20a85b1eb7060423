"""Orders capability: the menu (stores, categories, products, pickup slots), the member's
orders (create, list, cancel, refund), and the admin routes for the catalogue, pickup and
refunds. Routes parse, call siyu.orders, and shape the answer. The Kuaishou payment
callback is its own function (orders_payments), the expiry its own (orders_timeout).

The domain (PynamoDB, botocore) is imported in the routes that use it, so importing this
module — every cold start — stays light (docs/DEVELOPING.md, Import rules)."""

from __future__ import annotations

from datetime import date
from typing import Annotated, Any

import siyu.lazy_powertools  # noqa: F401  (first import: defers Powertools' eager package inits)

from aws_lambda_powertools.event_handler.openapi.params import Path, Query
from pydantic import ConfigDict, Field

from siyu import clock
from siyu.auth import AnalystAdmin, CurrentMember, OperatorAdmin
from siyu.base_model import SiyuModel
from siyu.coupons.terms import RefId
from siyu.errors import ValidationFailed
from siyu.http import entry_point, make_app, returns
from siyu.idempotency import IdempotencyKey, check_key
from siyu.orders import responses as R
from siyu.orders.schemas import (
    ORDER_SOURCES,
    ORDER_STATUSES,
    PAID,
    PICKED_UP,
    REFUND_STATUSES,
    CategoryIn,
    CategoryView,
    OrderRequest,
    OrderView,
    ProductIn,
    ProductView,
    StoreIn,
    StoreView,
)

app = make_app()

Limit = Annotated[int, Query(ge=1, le=50, description="page size")]
# Ids that staff choose for stores, categories and products (used in coupons' scopes too).
CatalogueId = Annotated[str, Path(min_length=1, max_length=64, pattern=r"^[A-Za-z0-9_.:-]+$")]
Cursor = Annotated[str | None, Query(max_length=2048, description="next_cursor of the previous page")]


class RefundRequest(SiyuModel):
    model_config = ConfigDict(extra="forbid")
    reason: str = Field(min_length=1, max_length=100, description="why (shown to staff)")


class RejectRequest(SiyuModel):
    model_config = ConfigDict(extra="forbid")
    reason: str = Field(min_length=1, max_length=100, description="shown to the member")


class StockRequest(SiyuModel):
    model_config = ConfigDict(extra="forbid")
    sku_id: RefId
    left: int | None = Field(ge=0, le=1_000_000, description="units left; null = not limited")


def _order(order_and_refund: tuple[Any, Any]) -> dict[str, Any]:
    order, refund = order_and_refund
    return OrderView.of(order, refund).model_dump()


def _day(value: str | None) -> date:
    try:
        return date.fromisoformat(value) if value else clock.shanghai_day()
    except ValueError:
        raise ValidationFailed(details=[{"field": "day", "reason": "YYYY-MM-DD"}]) from None


# ---------------------------------------------------------------- the menu (public)
@app.get(
    "/v1/stores", responses=returns(R.Stores), summary="open stores, with opening hours and pickup rules"
)
def stores() -> dict[str, Any]:
    from siyu.orders import catalogue

    return {"stores": [s.model_dump() for s in catalogue.list_stores()]}


@app.get(
    "/v1/stores/<store_id>/pickup-slots",
    responses=returns(R.PickupSlots),
    summary="a day's pickup slots (预约取餐) with places left",
    description="`available` slots can be sent as `pickup_slot` when ordering.",
)
def pickup_slots(
    store_id: str,
    day: Annotated[str | None, Query(description="YYYY-MM-DD (Asia/Shanghai), default today")] = None,
) -> dict[str, Any]:
    from siyu.orders import catalogue, pickup

    store = catalogue.get_store(store_id)
    the_day = _day(day)
    return {
        "store_id": store_id,
        "day": the_day.isoformat(),
        "slots": [s.model_dump() for s in pickup.slots_of(store, the_day)],
    }


@app.get("/v1/categories", responses=returns(R.Categories), summary="menu categories in display order")
def categories() -> dict[str, Any]:
    from siyu.orders import catalogue

    return {"categories": [c.model_dump() for c in catalogue.list_categories()]}


@app.get(
    "/v1/products",
    responses=returns(R.Products),
    summary="the menu: products on sale, by category, optionally for one store (paged)",
)
def products(
    store_id: Annotated[str | None, Query(max_length=64)] = None,
    category_id: Annotated[str | None, Query(max_length=64)] = None,
    limit: Limit = 20,
    cursor: Cursor = None,
) -> dict[str, Any]:
    from siyu.orders import catalogue

    page = catalogue.list_products(store_id=store_id, category_id=category_id, limit=limit, cursor=cursor)
    return {"products": [p.model_dump() for p in page.products], "next_cursor": page.next_cursor}


@app.get(
    "/v1/products/<product_id>",
    responses=returns(ProductView),
    summary="a product with its SKUs, options and stock left",
)
def product(product_id: str) -> dict[str, Any]:
    from siyu.orders import catalogue

    return catalogue.get_product(product_id).model_dump()


# ---------------------------------------------------------------- the member's orders
@app.post(
    "/v1/orders/quote",
    responses=returns(R.Quote),
    summary="price a cart as an order would (nothing is reserved)",
    description="Same body as POST /v1/orders. Prices come from the catalogue, never from the client.",
)
def quote_order(body: OrderRequest, member: CurrentMember) -> dict[str, Any]:
    from siyu.orders import checkout

    return checkout.quote(member.member_id, body)


@app.post(
    "/v1/orders",
    responses=returns(R.CreatedOrder, 201),
    summary="create an order and its Kuaishou payment (下单)",
    description="Needs an Idempotency-Key: a retry returns the same order (`replayed: true`). The server "
    "prices the order (client prices are ignored), applies the level discount and the coupon, reserves "
    "stock and the pickup slot, locks the coupon, and returns `order.payment` for ks.pay. Unpaid orders "
    "close at `expires_at`.",
    status_code=201,
)
def create_order(
    body: OrderRequest, member: CurrentMember, idempotency_key: IdempotencyKey = None
) -> dict[str, Any]:
    from siyu.orders import checkout

    key = check_key(idempotency_key)
    result = checkout.create_order(member.member_id, body, key=key)
    return {"order": result.order.model_dump(), "replayed": result.replayed}


@app.get("/v1/orders", responses=returns(R.Orders), summary="my orders, newest first (paged)")
def my_orders(
    member: CurrentMember,
    status: Annotated[str | None, Query(description=" | ".join(ORDER_STATUSES))] = None,
    limit: Limit = 20,
    cursor: Cursor = None,
) -> dict[str, Any]:
    from siyu.orders import views

    if status is not None and status not in ORDER_STATUSES:
        raise ValidationFailed(details=[{"field": "status", "reason": "unknown status"}])
    page = views.list_of_member(member.member_id, status=status, limit=limit, cursor=cursor)
    return {"orders": [o.model_dump() for o in page.orders], "next_cursor": page.next_cursor}


@app.get(
    "/v1/orders/<order_id>",
    responses=returns(OrderView),
    summary="one of my orders (pickup code once paid, ks.pay params while unpaid)",
)
def my_order(order_id: str, member: CurrentMember) -> dict[str, Any]:
    from siyu.orders import views

    return _order(views.order_of_member(member.member_id, order_id))


@app.post(
    "/v1/orders/<order_id>/cancel",
    responses=returns(OrderView),
    summary="cancel an unpaid order: stock, slot and coupon return",
    description="Idempotent: cancelling a cancelled order returns it. ORDER_ALREADY_PAID if it was paid.",
)
def cancel_order(order_id: str, member: CurrentMember) -> dict[str, Any]:
    from siyu.orders import release, views

    release.close(order_id, "cancel", member_id=member.member_id)
    return _order(views.read(order_id))


@app.post(
    "/v1/orders/<order_id>/reconcile",
    responses=returns(OrderView),
    summary="check the payment with Kuaishou (after ks.pay succeeded, before the callback)",
)
def reconcile_order(order_id: str, member: CurrentMember) -> dict[str, Any]:
    from siyu.orders import payments, views

    payments.reconcile(order_id, member_id=member.member_id)
    return _order(views.read(order_id))


@app.post(
    "/v1/orders/<order_id>/refund",
    responses=returns(OrderView),
    summary="ask for a refund of a paid order (staff approve it)",
    description="Idempotent: asking again while the refund is open returns the order.",
)
def request_refund(order_id: str, body: RefundRequest, member: CurrentMember) -> dict[str, Any]:
    from siyu.orders import refunds

    return _order(refunds.request(member.member_id, order_id, body.reason))


# ---------------------------------------------------------------- admin: catalogue
@app.get("/v1/admin/stores", responses=returns(R.Stores), summary="every store, open or closed")
def admin_stores(admin: AnalystAdmin) -> dict[str, Any]:
    from siyu.orders import catalogue

    return {"stores": [s.model_dump() for s in catalogue.list_stores(include_closed=True)]}


@app.put(
    "/v1/admin/stores/<store_id>",
    responses=returns(StoreView),
    summary="create or replace a store (hours, pickup slots)",
)
def admin_put_store(store_id: CatalogueId, body: StoreIn, admin: OperatorAdmin) -> dict[str, Any]:
    from siyu.orders import catalogue

    return catalogue.put_store(store_id, body).model_dump()


@app.get("/v1/admin/categories", responses=returns(R.Categories), summary="every category, hidden ones too")
def admin_categories(admin: AnalystAdmin) -> dict[str, Any]:
    from siyu.orders import catalogue

    return {"categories": [c.model_dump() for c in catalogue.list_categories(include_hidden=True)]}


@app.put(
    "/v1/admin/categories/<category_id>",
    responses=returns(CategoryView),
    summary="create or replace a category",
)
def admin_put_category(category_id: CatalogueId, body: CategoryIn, admin: OperatorAdmin) -> dict[str, Any]:
    from siyu.orders import catalogue

    return catalogue.put_category(category_id, body).model_dump()


@app.get(
    "/v1/admin/products", responses=returns(R.Products), summary="every product, off-sale ones too (paged)"
)
def admin_products(
    admin: AnalystAdmin,
    category_id: Annotated[str | None, Query(max_length=64)] = None,
    limit: Limit = 50,
    cursor: Cursor = None,
) -> dict[str, Any]:
    from siyu.orders import catalogue

    page = catalogue.list_products(category_id=category_id, limit=limit, cursor=cursor, include_off_sale=True)
    return {"products": [p.model_dump() for p in page.products], "next_cursor": page.next_cursor}


@app.put(
    "/v1/admin/products/<product_id>",
    responses=returns(ProductView),
    summary="create or replace a product: SKUs with prices in fen, options, stores, status",
    description="Stock is set apart (PUT …/stock); orders already placed keep their prices.",
)
def admin_put_product(product_id: CatalogueId, body: ProductIn, admin: OperatorAdmin) -> dict[str, Any]:
    from siyu.orders import catalogue

    return catalogue.put_product(product_id, body).model_dump()


@app.put(
    "/v1/admin/products/<product_id>/stock",
    responses=returns(ProductView),
    summary="set the units left of a SKU (null: not limited)",
    description="Idempotent: the count replaces the previous one.",
)
def admin_put_stock(product_id: str, body: StockRequest, admin: OperatorAdmin) -> dict[str, Any]:
    from siyu.orders import catalogue

    return catalogue.set_stock(product_id, body.sku_id, body.left).model_dump()


# ---------------------------------------------------------------- admin: orders, pickup, refunds
@app.get(
    "/v1/admin/orders",
    responses=returns(R.Orders),
    summary="staff's order list: a store's orders of a pickup day, or a member's, newest first (paged)",
    description="With `member_id`: that member's orders (gsi1). Otherwise `store_id` is needed: the store's "
    "orders of `day` (gsi2). Both are Queries; `status` and `source` filter them.",
)
def admin_orders(
    admin: AnalystAdmin,
    store_id: Annotated[str | None, Query(min_length=1, max_length=64)] = None,
    member_id: Annotated[str | None, Query(min_length=1, max_length=64, pattern=r"^[0-9A-Za-z]+$")] = None,
    day: Annotated[str | None, Query(description="pickup day YYYY-MM-DD, default today")] = None,
    status: Annotated[str | None, Query(description=" | ".join(ORDER_STATUSES))] = None,
    source: Annotated[str | None, Query(description=" | ".join(ORDER_SOURCES))] = None,
    limit: Limit = 20,
    cursor: Cursor = None,
) -> dict[str, Any]:
    from siyu.orders import views

    if status is not None and status not in ORDER_STATUSES:
        raise ValidationFailed(details=[{"field": "status", "reason": "unknown status"}])
    if source is not None and source not in ORDER_SOURCES:
        raise ValidationFailed(details=[{"field": "source", "reason": "unknown source"}])
    if member_id:
        page = views.list_of_member(member_id, status=status, source=source, limit=limit, cursor=cursor)
    elif store_id:
        the_day = _day(day).isoformat()
        page = views.search(store_id, the_day, status=status, source=source, limit=limit, cursor=cursor)
    else:
        raise ValidationFailed(details=[{"field": "store_id", "reason": "store_id or member_id is needed"}])
    return {"orders": [o.model_dump() for o in page.orders], "next_cursor": page.next_cursor}


@app.get(
    "/v1/admin/pickup-summary",
    responses=returns(R.PickupSummary),
    summary="a day's pickups per store: handed over, waiting",
)
def admin_pickup_summary(
    admin: AnalystAdmin,
    day: Annotated[str | None, Query(description="YYYY-MM-DD (Asia/Shanghai), default today")] = None,
) -> dict[str, Any]:
    from siyu.orders import catalogue, views

    the_day = _day(day).isoformat()
    stores = []
    for store in catalogue.list_stores(include_closed=True):
        counts = views.pickup_counts(store.store_id, the_day)
        stores.append(
            {
                "store_id": store.store_id,
                "store_name": store.name,
                "picked_up": counts.get(PICKED_UP, 0),
                "waiting": counts.get(PAID, 0),
                "orders": sum(counts.values()),
            }
        )
    return {"day": the_day, "stores": stores}


@app.get("/v1/admin/orders/<order_id>", responses=returns(OrderView), summary="an order with its refund")
def admin_order(order_id: str, admin: AnalystAdmin) -> dict[str, Any]:
    from siyu.orders import views

    return _order(views.read(order_id))


@app.get(
    "/v1/admin/pickups/<code>",
    responses=returns(OrderView),
    summary="find an order by its pickup code (取餐码) at a store",
)
def admin_pickup(
    code: str,
    admin: OperatorAdmin,
    store_id: Annotated[str, Query(min_length=1, max_length=64)],
    day: Annotated[str | None, Query(description="YYYY-MM-DD (Asia/Shanghai), default today")] = None,
) -> dict[str, Any]:
    from siyu.orders import pickup, views

    order_id = pickup.order_for_code(store_id, code, _day(day).isoformat())
    return _order(views.read(order_id))


@app.post(
    "/v1/admin/orders/<order_id>/picked-up",
    responses=returns(OrderView),
    summary="hand a paid order over (取餐)",
    description="Idempotent: marking it again returns it. ORDER_NOT_PICKABLE unless paid.",
)
def admin_picked_up(order_id: str, admin: OperatorAdmin) -> dict[str, Any]:
    from siyu.orders import pickup, views

    pickup.mark_picked_up(order_id, admin.admin_id)
    return _order(views.read(order_id))


@app.post(
    "/v1/admin/orders/<order_id>/reconcile",
    responses=returns(OrderView),
    summary="check an unpaid order's payment with Kuaishou",
)
def admin_reconcile(order_id: str, admin: OperatorAdmin) -> dict[str, Any]:
    from siyu.orders import payments, views

    payments.reconcile(order_id)
    return _order(views.read(order_id))


@app.get(
    "/v1/admin/refunds",
    responses=returns(R.Refunds),
    summary="refunds by status, oldest request first (default: waiting for a decision)",
)
def admin_refunds(
    admin: AnalystAdmin,
    status: Annotated[str, Query(description=" | ".join(REFUND_STATUSES))] = "REQUESTED",
    limit: Limit = 50,
    cursor: Cursor = None,
) -> dict[str, Any]:
    from siyu.orders import views

    if status not in REFUND_STATUSES:
        raise ValidationFailed(details=[{"field": "status", "reason": "unknown status"}])
    items, next_cursor = views.refunds_with_status(status, limit=limit, cursor=cursor)
    return {"refunds": items, "next_cursor": next_cursor}


@app.post(
    "/v1/admin/orders/<order_id>/refund/approve",
    responses=returns(OrderView),
    summary="approve a refund: Kuaishou refunds, its callback completes it",
    description="Idempotent. Approving again retries a refund Kuaishou did not take or that failed. "
    "REFUND_AFTER_SETTLEMENT for an order settled (or being settled) with Kuaishou, whose service "
    "fee is not returned, unless confirm_fee_loss=true.",
)
def admin_approve_refund(
    order_id: str,
    admin: OperatorAdmin,
    confirm_fee_loss: Annotated[
        bool, Query(description="the merchant accepts losing Kuaishou's fee of a settled order")
    ] = False,
) -> dict[str, Any]:
    from siyu.orders import refunds
    from siyu.settlement import settle

    settle.guard_refund(order_id, confirm_fee_loss=confirm_fee_loss)
    return _order(refunds.approve(order_id, admin.admin_id))


@app.post(
    "/v1/admin/orders/<order_id>/refund/reject",
    responses=returns(OrderView),
    summary="reject a refund request (the order is as before)",
)
def admin_reject_refund(order_id: str, body: RejectRequest, admin: OperatorAdmin) -> dict[str, Any]:
    from siyu.orders import refunds

    return _order(refunds.reject(order_id, admin.admin_id, body.reason))


handler = entry_point(app)
