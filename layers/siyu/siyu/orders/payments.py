"""Kuaishou payment callbacks and applying a payment to an order.

The callback (POST /v1/payments/kuaishou/notify) is verified first: `kwaisign` must be
md5(raw body + app_secret); a wrong or missing signature is refused (401) and nothing is
read or written. A verified callback is acknowledged with `{"result": 1, "message_id": …}`
once it has been applied (or found applied before); anything else makes Kuaishou push it
again, which is safe because applying is idempotent.

A PAYMENT success marks the order paid in ONE transaction, conditional on the order still
being PENDING_PAYMENT: the order (status, payment, pickup code, first-order flag, points),
the order out of the unpaid index, the coupon consumed, the points awarded (siyu.members:
once per order), the member's order stats (the first paid order puts them, conditional on
their absence: the first-order flag is exact under concurrency), the pickup code item, and
OrderPaid. Ten copies of one callback at once: one transaction commits, the others find the
order paid. A payment for an order that had already closed (expired or cancelled) is
refunded in full automatically (the order is not revived: its stock, slot and coupon went
back when it closed); OrderLatePaid records it.

REFUND callbacks complete refunds (siyu.orders.refunds); SETTLE callbacks settlements
(siyu.settlement.settle).
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from pydantic import ConfigDict, Field, StrictInt, ValidationError
from pynamodb.exceptions import TransactWriteError

from siyu import clock
from siyu.base_model import SiyuModel
from siyu.config import get_settings
from siyu.coupons import redemption
from siyu.db import table_name, transaction
from siyu.events import DomainEvent, stage
from siyu.kuaishou import client
from siyu.members import points
from siyu.observability import logger, metrics
from siyu.orders import pickup, refunds
from siyu.orders.errors import OrderBusy, OrderNotFound, PaymentAmountMismatch, PaymentSignatureInvalid
from siyu.orders.models import Order, OrderStats, PendingOrder, Refund
from siyu.orders.reads import batch_get
from siyu.orders.schemas import CANCELLED, EXPIRED, PAID, PENDING_PAYMENT, R_REFUNDING, REFUNDING
from siyu.txn import cancelled

ATTEMPTS = 6
POINTS_REASON = "订单消费"
LATE_PAYMENT_REASON = "订单已关闭，支付款自动退回"


@dataclass(frozen=True)
class Payment:
    """What Kuaishou says was paid (from the callback or query_order)."""

    amount_fen: int
    ks_order_no: str
    channel: str = ""
    trade_no: str | None = None
    member_hint: str | None = None  # `attach` of the pre-order: the member, for a one-call read


@dataclass(frozen=True)
class Applied:
    order: Order
    newly_paid: bool


# ---------------------------------------------------------------- reading
def _load(order_id: str, member_hint: str | None) -> tuple[Order | None, OrderStats | None]:
    """The order and its member's order stats: one BatchGetItem when the member is known."""
    if not member_hint:
        try:
            order = Order.get(*Order.key(order_id), consistent_read=True)
        except Order.DoesNotExist:
            return None, None
        return order, _stats(order.member_id)
    table = table_name("commerce")
    raws = batch_get({table: [Order.key(order_id), OrderStats.key(member_hint)]})
    found = {sk: raw for (_, _, sk), raw in raws.items()}
    if "ORDER" not in found:
        return None, None
    order = Order.from_raw_data(found["ORDER"])
    if order.member_id != member_hint:
        return order, _stats(order.member_id)
    stats = found.get("ORDERSTATS")
    return order, OrderStats.from_raw_data(stats) if stats else None


def _stats(member_id: str) -> OrderStats | None:
    try:
        return OrderStats.get(*OrderStats.key(member_id), consistent_read=True)
    except OrderStats.DoesNotExist:
        return None


def points_for(total_fen: int) -> int:
    return (total_fen // 100) * get_settings().order_points_per_yuan


# ---------------------------------------------------------------- applying a payment
def apply_payment(order_id: str, payment: Payment) -> Applied | None:
    """Mark the order paid (exactly once), or refund a payment that came after it closed.
    None for an order this app does not know."""
    order, stats = _load(order_id, payment.member_hint)
    for _ in range(ATTEMPTS):
        if order is None:
            logger.warning("payment for an unknown order", extra={"order_id": order_id})
            return None
        if order.status == PENDING_PAYMENT:
            if payment.amount_fen != int(order.total_fen):
                logger.error(
                    "payment amount differs from the order",
                    extra={"order_id": order_id, "paid": payment.amount_fen, "total": int(order.total_fen)},
                )
                raise PaymentAmountMismatch(details={"order_id": order_id})
            try:
                paid = _pay(order, stats, payment)
            except TransactWriteError as exc:
                failure = cancelled(exc)
                if failure.itemless and not failure.items and not failure.conflict:
                    # Only the coupon's step refuses without an item: it is not locked to this order.
                    logger.error("coupon refused the payment", extra={"order_id": order_id})
                    raise
                order, stats = _load(order_id, order.member_id)
                continue
            metrics.add_metric(name="OrdersPaid", unit="Count", value=1)
            return Applied(paid, newly_paid=True)
        if order.status in (EXPIRED, CANCELLED) and not order.late_payment:
            try:
                _late_payment(order, payment)
            except TransactWriteError as exc:
                cancelled(exc)
                order, stats = _load(order_id, order.member_id)
                continue
            refunds.ensure_applied(order_id)
            return Applied(Order.get(*Order.key(order_id), consistent_read=True), newly_paid=False)
        if order.late_payment:
            refunds.ensure_applied(order_id)  # a repeat callback retries the refund if it failed
        return Applied(order, newly_paid=False)
    raise OrderBusy()


def _pay(order: Order, stats: OrderStats | None, payment: Payment) -> Order:
    member_id, order_id = order.member_id, order.order_id
    first = stats is None
    now = clock.now_iso()
    code = pickup.new_code()
    award = points_for(int(order.total_fen))
    with transaction() as tx:
        tx.update(
            order,
            actions=[
                Order.status.set(PAID),
                Order.paid_at.set(now),
                Order.paid_fen.set(payment.amount_fen),
                Order.ks_order_no.set(payment.ks_order_no or order.ks_order_no or ""),
                Order.trade_no.set(payment.trade_no or ""),
                Order.pay_channel.set(payment.channel or "UNKNOWN"),
                Order.first_order.set(first),
                Order.points_awarded.set(award),
                Order.pickup_code.set(code),
                Order.updated_at.set(now),
            ],
            condition=Order.status == PENDING_PAYMENT,
            return_values="ALL_OLD",
        )
        tx.delete(PendingOrder(*PendingOrder.key(order.order_id, order.expires_at)))
        if order.coupon_id:
            redemption.stage_consume(
                tx,
                member_id,
                order.coupon_id,
                order_id,
                saving_fen=int(order.coupon_discount_fen),
                template_id=order.coupon_template_id,
            )
        if award > 0:
            points.stage_change(tx, member_id, award, reason=POINTS_REASON, source="order", ref=order_id)
        if first:
            tx.save(
                OrderStats(*OrderStats.key(member_id), first_order_id=order_id, paid_count=1),
                condition=OrderStats.pk.does_not_exist(),
                return_values="ALL_OLD",
            )
        else:
            tx.update(
                OrderStats(*OrderStats.key(member_id)),
                actions=[OrderStats.paid_count.add(1)],
                condition=OrderStats.pk.exists(),
                return_values="ALL_OLD",
            )
        pickup.stage_code(tx, order.store_id, order.pickup_day, code, order_id)
        stage(
            tx,
            DomainEvent(
                type="OrderPaid",
                member_id=member_id,
                data={
                    "order_id": order_id,
                    "first_order": first,
                    "amount_fen": payment.amount_fen,
                    "store_id": order.store_id,
                    "pickup_code": code,
                    "pickup_slot": order.pickup_slot,
                    "coupon_id": order.coupon_id,
                    "points": award,
                    "source": order.source,
                    "source_ref": order.source_ref,
                },
            ),
        )
    logger.info("order paid", extra={"order_id": order_id, "first_order": first})
    order.status, order.paid_at, order.pickup_code, order.first_order = PAID, now, code, first
    order.points_awarded, order.paid_fen = award, payment.amount_fen
    return order


def _late_payment(order: Order, payment: Payment) -> None:
    """Record the payment on the closed order and start its full refund (one transaction)."""
    now = clock.now_iso()
    with transaction() as tx:
        tx.update(
            order,
            actions=[
                Order.status.set(REFUNDING),
                Order.status_before_refund.set(order.status),
                Order.late_payment.set(True),
                Order.paid_at.set(now),
                Order.paid_fen.set(payment.amount_fen),
                Order.ks_order_no.set(payment.ks_order_no or order.ks_order_no or ""),
                Order.trade_no.set(payment.trade_no or ""),
                Order.pay_channel.set(payment.channel or "UNKNOWN"),
                Order.updated_at.set(now),
            ],
            condition=(Order.status == order.status) & (Order.late_payment == False),  # noqa: E712
            return_values="ALL_OLD",
        )
        tx.save(
            refunds.new_refund(
                order,
                status=R_REFUNDING,
                kind="late_payment",
                reason=LATE_PAYMENT_REASON,
                amount_fen=payment.amount_fen,
                attempt=1,
                now=now,
                system_refund_no=refunds.out_refund_no(order.order_id, 1),
            ),
            condition=Refund.pk.does_not_exist(),
            return_values="ALL_OLD",
        )
        stage(
            tx,
            DomainEvent(
                type="OrderLatePaid",
                member_id=order.member_id,
                data={
                    "order_id": order.order_id,
                    "amount_fen": payment.amount_fen,
                    "closed_as": order.status,
                    "source": order.source,
                    "source_ref": order.source_ref,
                },
            ),
        )
    logger.warning("payment after the order closed: refunding", extra={"order_id": order.order_id})


def reconcile(order_id: str, *, member_id: str | None = None) -> Order:
    """An order still waiting for payment: ask Kuaishou (query_order) and apply a payment that
    its callback has not brought yet. Returns the order as it is afterwards."""
    from siyu.orders import epay

    try:
        order = Order.get(*Order.key(order_id), consistent_read=True)
    except Order.DoesNotExist:
        raise OrderNotFound(details={"order_id": order_id}) from None
    if member_id is not None and order.member_id != member_id:
        raise OrderNotFound(details={"order_id": order_id})
    if (
        order.status not in (PENDING_PAYMENT, EXPIRED, CANCELLED)
        or not order.ks_order_no
        or order.late_payment
    ):
        return order
    state = epay.query(order_id)
    if state.pay_status != "SUCCESS":
        return order
    applied = apply_payment(
        order_id,
        Payment(amount_fen=state.total_amount, ks_order_no=state.ks_order_no, channel=state.channel),
    )
    return applied.order if applied else order


# ---------------------------------------------------------------- the callback
def ack(message_id: str | None) -> dict[str, Any]:
    return {"result": 1, "message_id": message_id or ""}


class _PaymentData(SiyuModel):
    """`data` of a PAYMENT callback: what Siyu relies on is typed strictly."""

    model_config = ConfigDict(extra="ignore", coerce_numbers_to_str=True)

    out_order_no: str = Field(min_length=1, max_length=128)
    status: str | None = None
    order_amount: StrictInt | None = Field(default=None, ge=0)
    ks_order_no: str | None = None
    channel: str | None = None
    trade_no: str | None = None
    attach: str | None = None


class _RefundData(SiyuModel):
    model_config = ConfigDict(extra="ignore", coerce_numbers_to_str=True)

    out_refund_no: str = Field(min_length=1, max_length=128)
    status: str | None = None
    ks_refund_no: str | None = None


class _Envelope(SiyuModel):
    model_config = ConfigDict(extra="ignore", coerce_numbers_to_str=True)

    biz_type: str
    message_id: str | None = None
    data: Any = None  # checked per biz_type, so a bad `data` is still acknowledged by message_id


def _malformed(reason: str, message_id: str | None = None) -> dict[str, Any]:
    """A signed callback Siyu cannot read: retrying the same bytes cannot help, so it is
    acknowledged, logged and counted (MalformedPaymentCallbacks, alarmed in the template)."""
    logger.error("signed callback Siyu cannot read", extra={"reason": reason})
    metrics.add_metric(name="MalformedPaymentCallbacks", unit="Count", value=1)
    return ack(message_id)


def handle_callback(
    raw_body: bytes,
    kwaisign: str | None,
    *,
    on_settle: Callable[[dict[str, Any], str], None] | None = None,
) -> dict[str, Any]:
    """Verify, parse and apply one callback; returns the acknowledgement Kuaishou expects.
    PAYMENT_SIGNATURE_INVALID before anything is read when the signature does not match.
    SETTLE callbacks go to `on_settle` (settlement builds on orders; the notify function
    composes the two)."""
    if not client().verify_callback(raw_body, kwaisign):
        logger.warning("callback with a wrong signature refused")
        raise PaymentSignatureInvalid()
    try:
        envelope = _Envelope.model_validate_json(raw_body)
    except ValidationError:
        return _malformed("not a Kuaishou envelope")
    message_id = envelope.message_id or ""
    logger.append_keys(kuaishou_message_id=message_id, biz_type=envelope.biz_type)
    try:
        if envelope.biz_type == "PAYMENT":
            _payment_callback(_PaymentData.model_validate(envelope.data))
        elif envelope.biz_type == "REFUND":
            data = _RefundData.model_validate(envelope.data)
            refunds.complete(
                data.out_refund_no, succeeded=data.status == "SUCCESS", ks_refund_no=data.ks_refund_no or ""
            )
        elif envelope.biz_type == "SETTLE" and on_settle is not None:
            if not isinstance(envelope.data, dict):
                return _malformed("SETTLE data is not an object", message_id)
            on_settle(envelope.data, message_id)
        else:
            logger.info("callback ignored")
    except ValidationError as exc:
        return _malformed(f"{envelope.biz_type} data: {exc.error_count()} faults", message_id)
    return ack(message_id)


def _payment_callback(data: _PaymentData) -> None:
    if data.status != "SUCCESS":
        # PROCESSING / FAILED: the order waits (the member may pay again) or closes at expiry.
        logger.info("payment not successful", extra={"order_id": data.out_order_no, "status": data.status})
        return
    apply_payment(
        data.out_order_no,
        Payment(
            amount_fen=data.order_amount or 0,
            ks_order_no=data.ks_order_no or "",
            channel=data.channel or "",
            trade_no=data.trade_no or None,
            member_hint=data.attach or None,
        ),
    )
