"""Group-buy seats become orders, and what happens to orders follows the group.

- start / join: the seat (siyu.group_buys.groups), then its pending order at the group price
  (siyu.orders.checkout.create_order, source "group_buy", source_ref "<group_id>:<member_id>",
  hold GROUP_FORMING). The order's id derives from the member, the group and the seat's
  joined_at: a retried request finds its order; a member who rejoins after their order
  expired gets a new one. The order's transaction writes its id on the seat, conditional on
  the seat still being the one it was made for. An order the catalogue refuses for good gives
  the seat back at once; a transient failure keeps both, for the retry to finish.
- paid (OrderPaid of a group-buy order, from the bus): the seat is paid
  (groups.mark_member_paid); a payment that cannot count (the group closed first) is
  refunded at once.
- GroupFormed: every member's order is confirmed (the hold is lifted: pickup allowed).
- GroupFailed: every paid order is refunded (siyu.orders.refunds.by_system), and every order
  still waiting for payment is cancelled (its seat goes back with it).
- an unpaid order that closes (cancel, timeout): siyu.orders.returns gives its seat back
  (groups.stage_release_of) inside the order's own transaction, exactly once.

Every step is idempotent: the bus delivers at least once.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from pynamodb.exceptions import TransactWriteError
from pynamodb.transactions import TransactWrite

from siyu.errors import SiyuError
from siyu.events import DomainEvent
from siyu.group_buys import deals, groups
from siyu.group_buys.errors import DealNotOrderable, GroupAlreadyPaid, GroupClosed, GroupNotJoined
from siyu.group_buys.models import JOINED, GroupDeal, Seat
from siyu.observability import logger
from siyu.orders import holds, refunds, release
from siyu.orders.checkout import create_order
from siyu.orders.schemas import OrderLineIn, OrderRequest, OrderView

SOURCE = "group_buy"
GROUP_FAILED_REASON = "拼团未成团，自动退款"
GROUP_CLOSED_REASON = "拼团已结束，付款自动退回"


@dataclass(frozen=True)
class GroupOrder:
    seated: groups.Seated
    order: OrderView


def source_ref(group_id: str, member_id: str) -> str:
    return f"{group_id}:{member_id}"


# ---------------------------------------------------------------- start and join
def start_order(member_id: str, deal_id: str, *, request_key: str) -> GroupOrder:
    """Start a group (开团) and create the leader's pending order at the group price."""
    deal = deals.get(deal_id)
    target = _order_target(deal)
    return _order_for(groups.start_group(member_id, deal_id, request_key=request_key), deal, target)


def join_order(member_id: str, group_id: str) -> GroupOrder:
    """Join a group (参团) and create the member's pending order at the group price."""
    deal = deals.get(groups.get(group_id, fresh=False).deal_id)
    target = _order_target(deal)
    return _order_for(groups.join(member_id, group_id), deal, target)


def _order_target(deal: GroupDeal) -> tuple[str, str]:
    """The store and SKU of the deal's orders (checked before a seat is taken)."""
    if not deal.store_id or not deal.sku_id:
        raise DealNotOrderable(details={"deal_id": deal.deal_id, "missing": "store_id/sku_id"})
    return deal.store_id, deal.sku_id


def _order_for(seated: groups.Seated, deal: GroupDeal, target: tuple[str, str]) -> GroupOrder:
    seat = seated.seat
    store_id, sku_id = target
    request = OrderRequest(
        store_id=store_id, items=[OrderLineIn(product_id=deal.sku, sku_id=sku_id, quantity=1)]
    )

    def link(tx: TransactWrite, order_id: str) -> None:
        tx.update(
            Seat(*Seat.key(seat.group_id, seat.member_id)),
            actions=[Seat.order_ref.set(order_id)],
            condition=(Seat.status == JOINED) & (Seat.joined_at == seat.joined_at),
        )

    try:
        checkout = create_order(
            seat.member_id,
            request,
            key=f"{seat.group_id}:{seat.joined_at}",
            price_override={sku_id: int(deal.group_price_fen)},
            apply_discounts=False,
            source=SOURCE,
            source_ref=source_ref(seat.group_id, seat.member_id),
            stage_extra=link,
            hold=holds.GROUP_FORMING,
        )
    except TransactWriteError as exc:
        # Only our link can refuse here: the seat was given back meanwhile.
        raise GroupNotJoined(details={"group_id": seat.group_id}) from exc
    except SiyuError as exc:
        if exc.status < 500:  # refused for good: the seat must not stay taken for nothing
            groups.release_seat(seat.group_id, seat.member_id)
            logger.warning(
                "group order refused; seat given back", extra={"group_id": seat.group_id, "code": exc.code}
            )
        raise
    seat.order_ref = checkout.order.order_id
    return GroupOrder(seated, checkout.order)


# ---------------------------------------------------------------- events from the bus
def on_event(event: DomainEvent) -> None:
    data = event.data
    if event.type == "OrderPaid" and data.get("source") == SOURCE:
        on_order_paid(str(data["order_id"]), str(data.get("source_ref") or ""))
    elif event.type == "GroupFormed":
        for member in data.get("members", []):
            holds.confirm(member["order_ref"], holds.GROUP_FORMING, member_id=member["member_id"])
    elif event.type == "GroupFailed":
        on_group_failed(data)


def on_order_paid(order_id: str, ref: str) -> None:
    """Count the payment for the seat; refund it if it cannot count any more."""
    key = groups.seat_key_of(ref)
    if key is None:
        logger.error("group-buy order without its seat", extra={"order_id": order_id})
        return
    try:
        outcome = groups.mark_member_paid(*key, order_id)
    except (GroupClosed, GroupNotJoined, GroupAlreadyPaid) as exc:
        logger.warning(
            "group-buy payment cannot count: refunding", extra={"order_id": order_id, "why": exc.code}
        )
        refunds.by_system(order_id, kind="group_failed", reason=GROUP_CLOSED_REASON)
        return
    logger.info("group-buy seat paid", extra={"order_id": order_id, "formed": outcome.formed})


def on_group_failed(data: dict[str, Any]) -> None:
    """Refund every paid order and cancel every unpaid one. One failure does not stop the
    others; it is raised at the end so that the bus delivers the event again."""
    failures: list[str] = []
    for member in data.get("members") or []:
        order_id = str(member["order_ref"])
        try:
            refunds.by_system(order_id, kind="group_failed", reason=GROUP_FAILED_REASON)
        except Exception:
            logger.exception("group-failed refund not started", extra={"order_id": order_id})
            failures.append(order_id)
    for order_id in data.get("unpaid_orders") or []:
        try:
            release.close(str(order_id), "cancel")
        except SiyuError as exc:
            if exc.status >= 500:
                failures.append(str(order_id))
            # 4xx: paid meanwhile; its OrderPaid finds the group closed and refunds it
        except Exception:
            logger.exception("unpaid group-buy order not cancelled", extra={"order_id": order_id})
            failures.append(str(order_id))
    if failures:
        raise RuntimeError(f"group-failed follow-up incomplete for orders {failures}")
