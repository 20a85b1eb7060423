"""Flash-sales capability: flash sales (限时秒杀) and group-buys (拼团) for members, and
their admin routes. Routes parse, call siyu.flash_sales / siyu.group_buys, and shape the
answer; the opener, closer and group-expiry sweep are their own functions.

The domain (PynamoDB, botocore) is imported in the routes that use it, so importing this
module — every cold start — stays light (docs/DEVELOPING.md, Import rules)."""

from __future__ import annotations

from typing import TYPE_CHECKING, Annotated, Any, Literal

import siyu.lazy_powertools  # noqa: F401  (first import: defers Powertools' eager package inits)

from aws_lambda_powertools.event_handler.openapi.params import Path, Query

from siyu import clock
from siyu.auth import AnalystAdmin, CurrentMember, OperatorAdmin
from siyu.auth.principals import UnmeteredMember
from siyu.base_model import SiyuModel
from siyu.flash_sales import responses as R
from siyu.flash_sales.schemas import AdminSaleView, SaleIn, SalePatch, SaleView
from siyu.group_buys.schemas import DealIn, DealView, GroupView, SeatView
from siyu.http import entry_point, make_app, returns
from siyu.idempotency import IdempotencyKey, check_key, run_once
from siyu.observability import metrics
from siyu.orders.schemas import OrderView

if TYPE_CHECKING:
    from siyu.flash_sales.models import FlashPurchase
    from siyu.group_buys.ordering import GroupOrder

app = make_app()

Id = Annotated[str, Path(min_length=1, max_length=64, pattern=r"^[0-9A-Za-z]+$")]


class PurchaseView(SiyuModel):
    purchase_id: str
    sale_id: str
    sku: str
    name: str
    price_fen: int
    status: str
    hold_expires_at: str
    created_at: str
    order_id: str | None

    @classmethod
    def of(cls, p: FlashPurchase) -> PurchaseView:
        return cls(
            purchase_id=p.purchase_id,
            sale_id=p.sale_id,
            sku=p.sku,
            name=p.name,
            price_fen=int(p.price_fen),
            status=p.status,
            hold_expires_at=p.hold_expires_at,
            created_at=p.created_at,
            order_id=p.order_id,
        )


class Purchases(SiyuModel):
    purchases: list[PurchaseView]


class Purchased(SiyuModel):
    purchase: PurchaseView
    order: OrderView
    replayed: bool


def _units_of(member_id: str, sale_id: str) -> int:
    from siyu.flash_sales.models import BuyCounter

    try:
        return int(BuyCounter.get(*BuyCounter.key(member_id, sale_id)).bought)
    except BuyCounter.DoesNotExist:
        return 0


# ---------------------------------------------------------------- flash sales: members
@app.get(
    "/v1/flash-sales",
    responses=returns(R.Sales),
    summary="upcoming and open flash sales, with the server time",
    description="No login needed. Count down from `server_time` and `seconds_to_start`, "
    "not the phone's clock.",
)
def list_flash_sales() -> dict[str, Any]:
    from siyu.flash_sales import sales

    now = clock.now()
    return {
        "server_time": clock.iso(now),
        "sales": [SaleView.of(s, now).model_dump() for s in sales.upcoming_and_open()],
    }


@app.get(
    "/v1/flash-sales/<sale_id>",
    responses=returns(R.SaleDetail),
    summary="one flash sale, with my reminder and my units",
)
def read_flash_sale(sale_id: Id, member: CurrentMember) -> dict[str, Any]:
    from siyu.flash_sales import opening, sales

    now = clock.now()
    sale = sales.get(sale_id)
    return {
        "server_time": clock.iso(now),
        "sale": SaleView.of(sale, now).model_dump(),
        "reminded": opening.is_reminded(member.member_id, sale_id),
        "my_units": _units_of(member.member_id, sale_id),
    }


@app.post(
    "/v1/flash-sales/<sale_id>/remind",
    responses=returns(R.Reminded, 201),
    summary="remind me when it opens (a Kuaishou subscribe message)",
    description="Call after ks.requestSubscribeMessage was accepted. Once per member and sale: a repeat "
    "answers replayed=true.",
    status_code=201,
)
def remind_me(sale_id: Id, member: CurrentMember) -> dict[str, Any]:
    from siyu.flash_sales import opening

    result = opening.remind(member.member_id, sale_id)
    return {"sale_id": sale_id, "reminded": True, "replayed": result.replayed}


@app.post(
    "/v1/flash-sales/<sale_id>/purchase",
    responses=returns(Purchased, 201),
    summary="take one unit at the flash-sale price (抢购)",
    description="Needs an Idempotency-Key: a retry with the same key returns the same unit and order "
    "(replayed=true). Creates the pending order at the sale price; `order.payment` is for ks.pay. An unpaid "
    "order that closes (cancel, expiry) or a refund gives the unit back.",
    status_code=201,
)
def purchase(sale_id: Id, member: UnmeteredMember, idempotency_key: IdempotencyKey = None) -> dict[str, Any]:
    from siyu.flash_sales import ordering

    key = check_key(idempotency_key)
    result = ordering.purchase_order(member.member_id, sale_id, request_key=key)
    if not result.replayed:
        metrics.add_metric(name="FlashSaleUnitsTaken", unit="Count", value=1)
    return {
        "purchase": PurchaseView.of(result.purchase).model_dump(),
        "order": result.order.model_dump(),
        "replayed": result.replayed,
    }


@app.get("/v1/me/flash-purchases", responses=returns(Purchases), summary="my flash-sale units, newest first")
def my_flash_purchases(member: CurrentMember) -> dict[str, Any]:
    from siyu.flash_sales import stock

    return {"purchases": [PurchaseView.of(p).model_dump() for p in stock.purchases_of(member.member_id)]}


# ---------------------------------------------------------------- flash sales: admin
@app.post(
    "/v1/admin/flash-sales",
    responses=returns(AdminSaleView, 201),
    summary="create a flash sale (opened and closed on schedule)",
    description="Needs an Idempotency-Key: a retry returns the sale created first. Creates one-time "
    "schedules for the opener (at starts_at) and the closer (at ends_at).",
    status_code=201,
)
def create_flash_sale(
    body: SaleIn, admin: OperatorAdmin, idempotency_key: IdempotencyKey = None
) -> dict[str, Any]:
    from siyu.flash_sales import sales

    key = check_key(idempotency_key)

    def create() -> dict[str, Any]:
        sale_id = sales.sale_id_for(admin.admin_id, key)
        sale = sales.create(body, created_by=admin.admin_id, sale_id=sale_id)
        return AdminSaleView.of(sale).model_dump()

    return run_once("flash-sale-create", admin.admin_id, key, body.model_dump(mode="json"), create)


@app.get(
    "/v1/admin/flash-sales", responses=returns(R.AdminSales), summary="list flash sales, latest end first"
)
def list_admin_flash_sales(admin: AnalystAdmin) -> dict[str, Any]:
    from siyu.flash_sales import sales

    now = clock.now()
    return {"sales": [AdminSaleView.of(s, now).model_dump() for s in sales.list_sales()]}


@app.get(
    "/v1/admin/flash-sales/<sale_id>",
    responses=returns(R.AdminSaleDetail),
    summary="a flash sale with its stock by shard, reminders, schedules",
)
def read_admin_flash_sale(sale_id: Id, admin: AnalystAdmin) -> dict[str, Any]:
    from siyu.flash_sales import opening, sales, schedules, stock

    sale = sales.get(sale_id, fresh=True)
    stats = stock.stats(sale)
    return {
        "sale": AdminSaleView.of(sale).model_dump(),
        "stock": {
            "stock": stats.stock,
            "remaining": stats.remaining,
            "taken": stats.taken,
            "returned": stats.returned,
            "held": stats.held,
            "shards": stats.shards,
        },
        "reminders": opening.reminder_counts(sale_id),
        "schedules": schedules.describe(sale_id),
    }


@app.patch(
    "/v1/admin/flash-sales/<sale_id>",
    responses=returns(AdminSaleView),
    summary="change or move a flash sale",
    description="Before it opens anything may change (its schedules move with it); once open, only the "
    "end (extend or end early) and the texts.",
)
def edit_flash_sale(sale_id: Id, body: SalePatch, admin: OperatorAdmin) -> dict[str, Any]:
    from siyu.flash_sales import sales

    return AdminSaleView.of(sales.edit(sale_id, body)).model_dump()


@app.post(
    "/v1/admin/flash-sales/<sale_id>/cancel",
    responses=returns(AdminSaleView),
    summary="cancel a flash sale that has not opened",
)
def cancel_flash_sale(sale_id: Id, admin: OperatorAdmin) -> dict[str, Any]:
    from siyu.flash_sales import sales

    return AdminSaleView.of(sales.cancel(sale_id)).model_dump()


# ---------------------------------------------------------------- group-buys: members
def _seated(result: GroupOrder) -> dict[str, Any]:
    return {
        "group": GroupView.of(result.seated.group).model_dump(),
        "seat": SeatView.of(result.seated.seat).model_dump(),
        "order": result.order.model_dump(),
        "replayed": result.seated.replayed,
    }


@app.get(
    "/v1/group-buys",
    responses=returns(R.GroupDeals),
    summary="group-buy deals one can start a group in now",
    description="No login needed.",
)
def list_group_deals() -> dict[str, Any]:
    from siyu.group_buys import deals

    now = clock.now()
    return {
        "server_time": clock.iso(now),
        "deals": [DealView.of(d, now).model_dump() for d in deals.active_deals()],
    }


@app.get(
    "/v1/group-buys/<deal_id>",
    responses=returns(R.GroupDealDetail),
    summary="a deal and the groups one can still join",
)
def read_group_deal(deal_id: Id, member: CurrentMember) -> dict[str, Any]:
    from siyu.group_buys import deals, groups

    deal = deals.get(deal_id)
    return {
        "server_time": clock.now_iso(),
        "deal": DealView.of(deal).model_dump(),
        "groups": [v.model_dump() for v in GroupView.many(groups.joinable(deal_id))],
    }


@app.post(
    "/v1/group-buys/<deal_id>/groups",
    responses=returns(R.Seated, 201),
    summary="start a group (开团): take the first seat and its pending order at the group price",
    description="Needs an Idempotency-Key: a retry returns the same group and order. Pay `order.payment` "
    "with ks.pay, then share `group_id` for others to join. The paid order is on hold (GROUP_FORMING) until "
    "the group forms; if it fails, every payment is refunded automatically.",
    status_code=201,
)
def start_group(deal_id: Id, member: CurrentMember, idempotency_key: IdempotencyKey = None) -> dict[str, Any]:
    from siyu.group_buys import ordering as group_ordering

    key = check_key(idempotency_key)
    result = group_ordering.start_order(member.member_id, deal_id, request_key=key)
    if not result.seated.replayed:
        metrics.add_metric(name="GroupsStarted", unit="Count", value=1)
    return _seated(result)


@app.get(
    "/v1/group-buys/groups/<group_id>",
    responses=returns(R.GroupDetail),
    summary="a group (the share link), with my seat",
)
def read_group(group_id: Id, member: CurrentMember) -> dict[str, Any]:
    from siyu.group_buys import deals, groups

    group = groups.get(group_id, fresh=False)
    seat = groups.seat_of(group_id, member.member_id)
    return {
        "server_time": clock.now_iso(),
        "group": GroupView.of(group).model_dump(),
        "deal": DealView.of(deals.get(group.deal_id)).model_dump(),
        "my_seat": SeatView.of(seat).model_dump() if seat else None,
    }


@app.post(
    "/v1/group-buys/groups/<group_id>/join",
    responses=returns(R.Seated, 201),
    summary="join a group (参团): take a seat and its pending order at the group price",
    description="Once per member and group: a repeat answers replayed=true with the same order. "
    "GROUP_FULL when every seat is taken. Pay `order.payment` with ks.pay; an order left unpaid gives "
    "the seat back when it expires.",
    status_code=201,
)
def join_group(group_id: Id, member: CurrentMember) -> dict[str, Any]:
    from siyu.group_buys import ordering as group_ordering

    result = group_ordering.join_order(member.member_id, group_id)
    if not result.seated.replayed:
        metrics.add_metric(name="GroupsJoined", unit="Count", value=1)
    return _seated(result)


@app.get("/v1/me/group-buys", responses=returns(R.MyGroups), summary="my groups, newest first")
def my_groups(member: CurrentMember) -> dict[str, Any]:
    from siyu.group_buys import groups

    mine = groups.groups_of(member.member_id)
    views = {v.group_id: v for v in GroupView.many([g for _, g in mine if g is not None])}
    return {
        "groups": [
            {
                "seat": SeatView.of(seat).model_dump(),
                "group": views[group.group_id].model_dump() if group else None,
            }
            for seat, group in mine
        ]
    }


# ---------------------------------------------------------------- group-buys: admin
@app.post(
    "/v1/admin/group-buys",
    responses=returns(DealView, 201),
    summary="create a group-buy deal",
    description="Needs an Idempotency-Key: a retry returns the deal created first.",
    status_code=201,
)
def create_group_deal(
    body: DealIn, admin: OperatorAdmin, idempotency_key: IdempotencyKey = None
) -> dict[str, Any]:
    from siyu.group_buys import deals

    key = check_key(idempotency_key)

    def create() -> dict[str, Any]:
        deal_id = deals.deal_id_for(admin.admin_id, key)
        return DealView.of(deals.create(body, created_by=admin.admin_id, deal_id=deal_id)).model_dump()

    return run_once("group-deal-create", admin.admin_id, key, body.model_dump(mode="json"), create)


@app.get("/v1/admin/group-buys", responses=returns(R.Deals), summary="list group-buy deals")
def list_admin_group_deals(admin: AnalystAdmin) -> dict[str, Any]:
    from siyu.group_buys import deals

    return {"deals": [DealView.of(d).model_dump() for d in deals.list_deals()]}


@app.get(
    "/v1/admin/group-buys/<deal_id>/groups",
    responses=returns(R.DealGroups),
    summary="every group of a deal, newest first: forming, formed, failed",
)
def list_admin_deal_groups(
    deal_id: Id,
    admin: AnalystAdmin,
    status: Annotated[
        Literal["FORMING", "FORMED", "FAILED"] | None, Query(description="only this status")
    ] = None,
) -> dict[str, Any]:
    from siyu.group_buys import groups

    found = groups.of_deal(deal_id, status=status)
    return {"groups": [g.model_dump() for g in GroupView.many(found)]}


@app.post(
    "/v1/admin/group-buys/<deal_id>/end",
    responses=returns(DealView),
    summary="stop new groups of a deal now",
)
def end_group_deal(deal_id: Id, admin: OperatorAdmin) -> dict[str, Any]:
    from siyu.group_buys import deals

    return DealView.of(deals.end(deal_id)).model_dump()


handler = entry_point(app)
