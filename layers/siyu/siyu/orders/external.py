"""Orders paid and handed over outside Siyu's checkout: a Kuaishou local-life voucher (团购券)
verified at the counter becomes an order of source `ks_local`, so the store's order list,
reports and the member's history see it. The order is written PICKED_UP (the buyer is at the
counter) in the verifying transaction; an undo within the platform's window cancels it; a
buyer who becomes known later (member code, phone, the join QR) is written onto it.

Such orders are never reported to the mini-program's order sync, never refunded through epay
and never in the epay ledger (`schemas.EXTERNAL_SOURCES`)."""

from __future__ import annotations

import json

from pynamodb.transactions import TransactWrite

from siyu import clock
from siyu.orders.models import Order
from siyu.orders.schemas import CANCELLED, PICKED_UP, PricedLine, StoreView

# member_id of an order whose buyer is not linked to a member yet.
UNLINKED_MEMBER = "-"


def stage_counter_order(
    tx: TransactWrite,
    *,
    order_id: str,
    store: StoreView,
    source: str,
    source_ref: str,
    product_ref: str,
    title: str,
    list_fen: int,
    paid_fen: int,
    at: str,
    admin_id: str,
    member_id: str | None = None,
) -> None:
    member = member_id or UNLINKED_MEMBER
    day = clock.shanghai_day(clock.parse_iso(at)).isoformat()
    line = PricedLine(
        product_id=product_ref,
        sku_id=product_ref,
        category_id=source,
        name=title,
        sku_name=title,
        options=[],
        quantity=1,
        unit_price_fen=list_fen,
        line_total_fen=list_fen,
    )
    order = Order(
        *Order.key(order_id),
        gsi1pk=Order.member_index(member),
        gsi1sk=f"{at}#{order_id}",
        gsi2pk=Order.store_day_index(store.store_id, day),
        gsi2sk=f"{at}#{order_id}",
        order_id=order_id,
        member_id=member,
        store_id=store.store_id,
        store_name=store.name,
        status=PICKED_UP,
        lines=json.dumps([line.model_dump()], ensure_ascii=False, separators=(",", ":")),
        subtotal_fen=list_fen,
        coupon_discount_fen=0,
        level_discount_fen=0,
        total_fen=paid_fen,
        pickup_day=day,
        source=source,
        source_ref=source_ref,
        request_hash="",
        created_at=at,
        expires_at=at,
        ks_expire_seconds=0,
        paid_at=at,
        paid_fen=paid_fen,
        pay_channel=source,
        picked_up_at=at,
        picked_up_by=admin_id,
        late_payment=False,
        updated_at=at,
    )
    tx.save(order, condition=Order.pk.does_not_exist())


def stage_cancel(tx: TransactWrite, order_id: str, at: str) -> None:
    """The voucher was undone: the order is cancelled (condition: still handed over)."""
    tx.update(
        Order(*Order.key(order_id)),
        actions=[Order.status.set(CANCELLED), Order.closed_at.set(at), Order.updated_at.set(at)],
        condition=Order.status == PICKED_UP,
    )


def stage_member(tx: TransactWrite, order_id: str, member_id: str, at: str) -> None:
    """The buyer became known: the order moves to the member's history (condition: unlinked)."""
    created = Order.get(*Order.key(order_id), attributes_to_get=["created_at"]).created_at
    tx.update(
        Order(*Order.key(order_id)),
        actions=[
            Order.member_id.set(member_id),
            Order.gsi1pk.set(Order.member_index(member_id)),
            Order.gsi1sk.set(f"{created}#{order_id}"),
            Order.updated_at.set(at),
        ],
        condition=Order.member_id == UNLINKED_MEMBER,
    )
