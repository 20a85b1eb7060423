"""The money of each Shanghai day, per order: paid, refunded, settled (one MoneyLine per
order and kind, read per day through gsi1 `MONEY#<day>`), which the daily reconciliation
compares with Kuaishou's bill. Lines are derived from the order's state (paid_at, the
completed refund, the SETTLE callback), so writing one again is harmless: the first write
wins (a payment repaired by reconciliation is written first, on the day Kuaishou took it)."""

from __future__ import annotations

from pynamodb.exceptions import PutError

from siyu import clock
from siyu.orders.models import Order, Refund
from siyu.orders.schemas import EXTERNAL_SOURCES, R_REFUNDED
from siyu.settlement.models import PAID, REFUNDED, SETTLED_LINE, MoneyLine


def day_of(at: str) -> str:
    return clock.shanghai_day(clock.parse_iso(at)).isoformat()


def money_line(kind: str, order: Order, amount_fen: int, at: str) -> MoneyLine:
    return MoneyLine(
        *MoneyLine.key(order.order_id, kind),
        gsi1pk=MoneyLine.day_key(day_of(at)),
        gsi1sk=f"{kind}#{order.order_id}",
        kind=kind,
        order_id=order.order_id,
        store_id=order.store_id,
        amount_fen=amount_fen,
        at=at,
    )


def put_line(kind: str, order: Order, amount_fen: int, at: str) -> None:
    line = money_line(kind, order, amount_fen, at)
    try:
        line.save(condition=MoneyLine.pk.does_not_exist())
    except PutError as exc:
        if exc.cause_response_code != "ConditionalCheckFailedException":
            raise


def record_order(order: Order, refund: Refund | None) -> None:
    """The order's paid and refunded lines, once each (none for an order paid on another
    platform: a local-life voucher is reconciled with its own bill, siyu.vouchers.reconcile)."""
    if order.source in EXTERNAL_SOURCES:
        return
    if order.paid_at and order.paid_fen:
        put_line(PAID, order, int(order.paid_fen), order.paid_at)
    if refund is not None and refund.status == R_REFUNDED and refund.completed_at:
        put_line(REFUNDED, order, int(refund.amount_fen), refund.completed_at)


def record_settled(order: Order, amount_fen: int, at: str) -> None:
    put_line(SETTLED_LINE, order, amount_fen, at)


def lines_of(day: str) -> list[MoneyLine]:
    return list(MoneyLine.gsi1.query(MoneyLine.day_key(day)))
