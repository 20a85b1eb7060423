"""Settlement (结算) of Kuaishou 担保支付 orders, so the merchant can withdraw the money.

Kuaishou accepts `epay/settle` only after the order has been in status 11 (已使用) for 3
days, and 11 comes only from the order sync (siyu.settlement.sync). The settle state of an
order (a Settlement item next to it):

    not_due ─(due_at passed, order still PICKED_UP: one transaction)─▶ due
    due ─settle accepted─▶ requested ─SETTLE callback─▶ settled | failed
    due ─settle refused─▶ failed          (11 reported: due_at = accepted + SETTLE_MIN_DAYS + margin)
    requested ─no callback after RECOVER_AFTER: query_settle─▶ settled | failed (as the callback)

A refund or cancel reported before the order is due takes it out (the item goes); a refund
rejected later reports 11 again and restarts the platform's clock. An order leaves not_due
only while it is PICKED_UP (a condition in the same transaction), so once a refund has been
asked for, the settle state cannot move any more: the refund guard's read is exact.
Settle calls share one app-wide rate limit (siyu.ratelimit, bucket KUAISHOU_SETTLE).
"""

from __future__ import annotations

from datetime import datetime, timedelta
from typing import Any

from pynamodb.exceptions import DeleteError, PutError, TransactWriteError, UpdateError

from siyu import clock
from siyu.config import get_settings
from siyu.db import transaction
from siyu.errors import KuaishouUnavailable, define_error
from siyu.kuaishou import KuaishouCallError, client
from siyu.observability import logger, metrics
from siyu.orders.models import Order
from siyu.orders.schemas import PICKED_UP
from siyu.ratelimit import RateLimiter
from siyu.settlement import ledger
from siyu.settlement.models import SETTLED_LINE, Settlement
from siyu.settlement.schemas import DUE, FAILED, NOT_DUE, REQUESTED, SETTLED
from siyu.txn import cancelled

KUAISHOU_SETTLE = "kuaishou-settle"
SETTLE_REASON = "订单已核销，结算货款"
BATCH = 200
# Kuaishou pushes the SETTLE callback a few times and then gives up; a request still without
# an answer this long after it was made is asked about (epay/query_settle) by the schedule.
RECOVER_AFTER = timedelta(minutes=30)

RefundAfterSettlement = define_error(
    "REFUND_AFTER_SETTLEMENT",
    409,
    "该订单已结算，退款后平台服务费不退回；确认承担后请带上 confirm_fee_loss=true 再次操作",
)

_limiter: RateLimiter | None = None


def limiter() -> RateLimiter:
    """Every settle call of the app, whichever container makes it, shares this budget."""
    global _limiter
    if _limiter is None:
        _limiter = RateLimiter(KUAISHOU_SETTLE, get_settings().kuaishou_settle_rate)
    return _limiter


def out_settle_no(order_id: str) -> str:
    return f"{order_id}-S1"


def order_id_of(settle_no: str) -> str:
    return settle_no.rsplit("-", 1)[0]


def due_at(used_at: str) -> str:
    settings = get_settings()
    wait = timedelta(days=settings.settle_min_days, hours=settings.settle_margin_hours)
    return clock.iso(clock.parse_iso(used_at) + wait)


def read(order_id: str) -> Settlement | None:
    try:
        return Settlement.get(*Settlement.key(order_id), consistent_read=True)
    except Settlement.DoesNotExist:
        return None


def _conditional(exc: PutError | UpdateError | DeleteError) -> bool:
    return exc.cause_response_code == "ConditionalCheckFailedException"


# ---------------------------------------------------------------- following the order sync
def on_used(order: Order, used_at: str) -> None:
    """Kuaishou accepted 11 at `used_at`: the order waits (not_due) until it is due."""
    due = due_at(used_at)
    now = clock.now_iso()
    item = Settlement(
        *Settlement.key(order.order_id),
        order_id=order.order_id,
        store_id=order.store_id,
        state=NOT_DUE,
        amount_fen=int(order.paid_fen or order.total_fen),
        used_at=used_at,
        due_at=due,
        gsi1pk=Settlement.index_key(NOT_DUE, due, order.order_id)[0],
        gsi1sk=Settlement.index_key(NOT_DUE, due, order.order_id)[1],
        updated_at=now,
    )
    try:
        item.save(condition=Settlement.pk.does_not_exist() | (Settlement.state == NOT_DUE))
    except PutError as exc:
        if not _conditional(exc):
            raise


def on_left_used(order_id: str) -> None:
    """A refund or cancel was reported: an order not yet due is no longer settled."""
    try:
        Settlement(*Settlement.key(order_id)).delete(condition=Settlement.state == NOT_DUE)
    except DeleteError as exc:
        if not _conditional(exc):
            raise


# ---------------------------------------------------------------- the schedule
def due_orders(now: datetime | None = None, limit: int = BATCH) -> list[str]:
    """Orders whose settle time has come (not_due) or whose request must be made again (due)."""
    until = clock.iso(now or clock.now()) + "#~"
    found: list[str] = []
    for state in (NOT_DUE, DUE):
        for item in Settlement.gsi1.query(
            f"SETTLES#{state}", Settlement.gsi1sk <= until, limit=limit - len(found)
        ):
            found.append(item.order_id)
        if len(found) >= limit:
            break
    return found


def unanswered_requests(now: datetime | None = None, limit: int = BATCH) -> list[str]:
    """Orders asked to be settled more than RECOVER_AFTER ago whose callback never came."""
    until = clock.iso((now or clock.now()) - RECOVER_AFTER)
    return [
        item.order_id
        for item in Settlement.gsi1.query(f"SETTLES#{REQUESTED}", limit=limit)
        if (item.requested_at or "") <= until
    ]


def run_due(now: datetime | None = None) -> dict[str, int]:
    counts: dict[str, int] = {}
    outcomes = [request(order_id) for order_id in due_orders(now)]
    outcomes += [recover(order_id) for order_id in unanswered_requests(now)]
    for outcome in outcomes:
        counts[outcome] = counts.get(outcome, 0) + 1
    return counts


def _set_state(item: Settlement, state: str, actions: list[Any], condition: Any) -> None:
    item.update(actions=_state_actions(item, state, actions), condition=condition)


def _state_actions(item: Settlement, state: str, actions: list[Any]) -> list[Any]:
    index = Settlement.index_key(state, item.due_at, item.order_id)
    return [
        Settlement.state.set(state),
        Settlement.gsi1pk.set(index[0]),
        Settlement.gsi1sk.set(index[1]),
        Settlement.updated_at.set(clock.now_iso()),
        *actions,
    ]


def request(order_id: str) -> str:
    """Ask Kuaishou to settle a due order, at most once at a time. Returns what happened."""
    item = read(order_id)
    if item is None or item.state not in (NOT_DUE, DUE):
        return "not_pending"
    if item.due_at > clock.now_iso():
        return "not_due"
    index = Settlement.index_key(DUE, item.due_at, order_id)
    try:
        with transaction() as tx:
            tx.update(
                item,
                actions=[
                    Settlement.state.set(DUE),
                    Settlement.gsi1pk.set(index[0]),
                    Settlement.gsi1sk.set(index[1]),
                    Settlement.attempts.add(1),
                    Settlement.out_settle_no.set(out_settle_no(order_id)),
                    Settlement.updated_at.set(clock.now_iso()),
                ],
                condition=(Settlement.state == item.state) & (Settlement.attempts == int(item.attempts)),
            )
            tx.condition_check(
                Order, Order.key(order_id)[0], Order.key(order_id)[1], condition=Order.status == PICKED_UP
            )
    except TransactWriteError:
        return "skipped"  # refund asked for meanwhile, or another run took it
    settings = get_settings()
    fields: dict[str, Any] = {
        "out_order_no": order_id,
        "out_settle_no": out_settle_no(order_id),
        "reason": SETTLE_REASON,
        "attach": item.store_id,
        "settle_amount": int(item.amount_fen),
    }
    if settings.kuaishou_notify_url:
        fields["notify_url"] = settings.kuaishou_notify_url
    limiter().acquire()
    try:
        answer = client().settle(**fields)
    except KuaishouCallError as exc:
        _set_state(
            item,
            FAILED,
            [Settlement.error_result.set(exc.result), Settlement.error_message.set(exc.message[:500])],
            Settlement.state == DUE,
        )
        metrics.add_metric(name="SettleRefused", unit="Count", value=1)
        logger.error("kuaishou refused to settle", extra={"order_id": order_id, "result": exc.result})
        return "refused"
    except KuaishouUnavailable:
        logger.warning("kuaishou unreachable for settle; the next run retries", extra={"order_id": order_id})
        return "retry"
    try:
        _set_state(
            item,
            REQUESTED,
            [
                Settlement.settle_no.set(str(answer.get("settle_no") or "")),
                Settlement.requested_at.set(clock.now_iso()),
            ],
            Settlement.state == DUE,
        )
    except UpdateError as exc:
        if not _conditional(exc):
            raise  # else the SETTLE callback was faster
    metrics.add_metric(name="SettleRequested", unit="Count", value=1)
    return "requested"


# ---------------------------------------------------------------- Kuaishou's answer
def on_callback(data: dict[str, Any], message_id: str) -> None:
    """The SETTLE callback (signature verified by the payments callback): settled or failed,
    exactly once; a repeat changes nothing."""
    settle_no = str(data.get("out_settle_no") or "")
    order_id = order_id_of(settle_no)
    item = read(order_id)
    if item is None or item.out_settle_no != settle_no:
        logger.warning("settle callback for an unknown settlement", extra={"out_settle_no": settle_no})
        return
    if item.state == SETTLED and item.settled_at:
        # A repeat: the money line commits with the state (below); one settled before that
        # wrote it afterwards, and a crash in between left none. First write wins.
        ledger.record_settled(Order.get(*Order.key(order_id)), int(item.settled_fen or 0), item.settled_at)
    if item.state not in (DUE, REQUESTED):
        return
    now = clock.now_iso()
    if str(data.get("status") or "") != "SUCCESS":
        try:
            _set_state(
                item,
                FAILED,
                [
                    Settlement.error_message.set("SETTLE callback: " + str(data.get("status"))),
                    Settlement.callback_message_id.set(message_id),
                ],
                Settlement.state.is_in(DUE, REQUESTED),
            )
        except UpdateError as exc:
            if not _conditional(exc):
                raise
            return
        metrics.add_metric(name="SettleRefused", unit="Count", value=1)
        return
    amount = int(data.get("settle_amount") or item.amount_fen)
    settled = [
        Settlement.settled_at.set(now),
        Settlement.settled_fen.set(amount),
        Settlement.ks_settle_no.set(str(data.get("ks_settle_no") or "")),
        Settlement.callback_message_id.set(message_id),
    ]
    try:
        # The state and the day's money line together: reconciliation never sees one alone.
        with transaction() as tx:
            tx.update(
                item,
                actions=_state_actions(item, SETTLED, settled),
                condition=Settlement.state.is_in(DUE, REQUESTED),
            )
            tx.save(ledger.money_line(SETTLED_LINE, Order.get(*Order.key(order_id)), amount, now))
    except TransactWriteError as exc:
        if cancelled(exc).condition_failed:
            return  # another delivery of the callback settled it
        raise
    metrics.add_metric(name="OrdersSettled", unit="Count", value=1)


def recover(order_id: str) -> str:
    """Ask Kuaishou about a request whose SETTLE callback was lost and record its answer
    exactly as the callback would have (on_callback: a late callback then changes nothing)."""
    item = read(order_id)
    if item is None or item.state != REQUESTED or not item.out_settle_no:
        return "not_pending"
    try:
        info = client().query_settle(item.out_settle_no)
    except (KuaishouCallError, KuaishouUnavailable) as exc:
        logger.warning(
            "settle status unknown; the next run asks again", extra={"order_id": order_id, "error": str(exc)}
        )
        return "retry"
    status = str(info.get("settle_status") or "").removeprefix("SETTLE_")
    if status not in ("SUCCESS", "FAILED"):
        return "processing"
    data = {
        "out_settle_no": item.out_settle_no,
        "status": status,
        "settle_amount": info.get("settle_amount") or item.amount_fen,
        "ks_settle_no": info.get("ks_settle_no") or "",
    }
    on_callback(data, message_id=f"query_settle@{clock.now_iso()}")
    logger.info("settle outcome recovered by query", extra={"order_id": order_id, "status": status})
    return "recovered"


# ---------------------------------------------------------------- refunds after settlement
def guard_refund(order_id: str, *, confirm_fee_loss: bool) -> None:
    """REFUND_AFTER_SETTLEMENT for an order being or already settled, unless the merchant
    confirms that Kuaishou keeps its service fee. Exact: see the module docstring."""
    item = read(order_id)
    if item is None or item.state not in (DUE, REQUESTED, SETTLED) or confirm_fee_loss:
        return
    raise RefundAfterSettlement(details={"order_id": order_id, "settle_state": item.state})
