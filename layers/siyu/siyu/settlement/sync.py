"""Order sync (订单同步): each Siyu order paid through Kuaishou is reported to Kuaishou's
order list (`order/v1/report`) with the status that matches its life:

    PAID ─▶ 2 支付成功 ─▶ 10 待使用 ─▶ 11 已使用 (pickup)      a group-buy order: 2 until the
                                                           group forms (OrderConfirmed), then 10
    REFUND_REQUESTED / REFUNDING ─▶ 4   REFUND_FAILED ─▶ 5   REFUNDED ─▶ 6
    CANCELLED / EXPIRED (a Kuaishou pre-order existed, never paid) ─▶ 3

Any domain event of an order only wakes the sync up; what is reported is derived from the
order as it is now (read consistently), so events that come late, twice or in any order
report the same thing. Never out of order: the order's `updated_at` is the version of what
is reported; one conditional write takes a lease for a version newer than the one reported,
and the report is recorded conditional on that lease, so an earlier retry cannot overwrite a
later status. A report Kuaishou refuses is recorded on the OrderSync item (admin view), counted
(metric OrderSyncRefused, alarmed) and raised, so the queue retries it with backoff and finally
keeps it in its dead-letter queue.
"""

from __future__ import annotations

import contextlib
import hashlib
import json
from datetime import timedelta
from enum import StrEnum
from typing import Any

from pynamodb.exceptions import UpdateError

from siyu import clock
from siyu.config import get_settings
from siyu.errors import define_error
from siyu.kuaishou import KuaishouCallError, client
from siyu.members.models import Member
from siyu.observability import logger, metrics
from siyu.orders import catalogue, schemas, views
from siyu.orders.models import Order
from siyu.orders.schemas import (
    CANCELLED,
    EXPIRED,
    PAID,
    PICKED_UP,
    REFUND_FAILED,
    REFUND_REQUESTED,
    REFUNDED,
    REFUNDING,
)
from siyu.settlement import ledger, settle
from siyu.settlement.models import CoverImage, OrderSync

# Kuaishou's order_status (§13.1).
S_PAID, S_CANCELLED, S_REFUNDING, S_REFUND_FAILED, S_REFUNDED, S_WAITING, S_USED = 2, 3, 4, 5, 6, 10, 11
LEASE = timedelta(seconds=90)

SyncBusy = define_error("ORDER_SYNC_BUSY", 503, "订单同步处理中，请稍后重试")
SyncRefused = define_error("ORDER_SYNC_REFUSED", 502, "快手拒绝了订单状态同步")

# Domain events that may change what Kuaishou should show of an order.
ORDER_EVENTS = (
    "OrderPaid",
    "OrderConfirmed",
    "OrderPickedUp",
    "OrderRefundRequested",
    "OrderRefundRejected",
    "OrderRefundFailed",
    "OrderRefunded",
    "OrderCancelled",
    "OrderExpired",
    "OrderLatePaid",
    "OrderLatePaymentRefunded",
)


class Outcome(StrEnum):
    REPORTED = "reported"
    UNCHANGED = "unchanged"  # Kuaishou shows this status already
    STALE = "stale"  # a newer version was reported already
    NOT_REPORTED = "not_reported"  # never at Kuaishou (no pre-order)


def kuaishou_status(order: Order) -> int | None:
    """The order_status Kuaishou should show for the order now (None: nothing to report)."""
    if order.source in schemas.EXTERNAL_SOURCES:  # paid on another platform (a local-life voucher)
        return None
    status = order.status
    if status == PAID:
        return S_PAID if order.hold else S_WAITING
    if status == PICKED_UP:
        return S_USED
    if status in (REFUND_REQUESTED, REFUNDING):
        return S_REFUNDING
    if status == REFUND_FAILED:
        return S_REFUND_FAILED
    if status == REFUNDED:
        return S_REFUNDED
    if status in (CANCELLED, EXPIRED) and order.ks_order_no:
        return S_CANCELLED
    return None


def steps_to(order: Order, target: int, reported: int | None) -> list[int]:
    """The statuses to report, in order: a paid order shows 支付成功 (2) first."""
    paid_life = target not in (S_CANCELLED, S_PAID) and not order.late_payment
    return [S_PAID, target] if reported is None and paid_life else [target]


# ---------------------------------------------------------------- the cover image
def cover_image_id(order: Order) -> str | None:
    """The platform's id of the first line's product image, uploaded once per image URL."""
    lines = json.loads(order.lines)
    if not lines:
        return None
    product_id = str(lines[0]["product_id"])
    try:
        url = catalogue.get_product(product_id).image_url
    except Exception:  # a product removed since: report without a cover (Kuaishou may refuse)
        url = None
    if not url:
        return None
    key = (f"PRODUCT#{product_id}", "KSIMG#" + hashlib.sha256(url.encode()).hexdigest()[:32])
    try:
        return str(CoverImage.get(*key).img_id)
    except CoverImage.DoesNotExist:
        pass
    img_id = client().upload_image(url)
    CoverImage(*key, url=url, img_id=img_id, uploaded_at=clock.now_iso()).save()  # same id either way
    return img_id


def report_fields(order: Order, status: int, img_id: str | None) -> dict[str, object]:
    member = Member.get(*Member.key(order.member_id))
    fields: dict[str, object] = {
        "out_order_no": order.order_id,
        "out_biz_order_no": order.order_id,
        "open_id": member.open_id,
        "order_create_time": int(clock.parse_iso(order.created_at).timestamp() * 1000),
        "order_status": status,
        "order_path": f"{get_settings().kuaishou_order_page}?id={order.order_id}",
    }
    if img_id:
        fields["product_cover_img_id"] = img_id
    return fields


# ---------------------------------------------------------------- syncing one order
def _read_sync(order_id: str) -> OrderSync | None:
    try:
        return OrderSync.get(*OrderSync.key(order_id), consistent_read=True)
    except OrderSync.DoesNotExist:
        return None


def _is_stale(state: OrderSync | None, version: str, target: int) -> bool:
    """Reported already: a newer version, or this version with this status. (Two changes of
    one order within a millisecond share a version: the status tells them apart.)"""
    if state is None or not state.reported_version:
        return False
    if state.reported_version == version:
        return state.reported_status is not None and int(state.reported_status) == target
    return state.reported_version > version


def _take_lease(order_id: str, version: str, target: int) -> None:
    now = clock.now()
    item = OrderSync(*OrderSync.key(order_id), order_id=order_id)
    newer = (
        OrderSync.reported_version.does_not_exist()
        | (OrderSync.reported_version < version)
        | ((OrderSync.reported_version == version) & (OrderSync.reported_status != target))
    )
    item.update(
        actions=[
            OrderSync.order_id.set(order_id),
            OrderSync.lease_version.set(version),
            OrderSync.lease_until.set(clock.iso(now + LEASE)),
        ],
        condition=newer & (OrderSync.lease_until.does_not_exist() | (OrderSync.lease_until < clock.iso(now))),
    )


def _record(order_id: str, version: str, status: int, *, final: bool) -> None:
    now = clock.now_iso()
    actions: list[Any] = [
        OrderSync.reported_status.set(status),
        OrderSync.reported_at.set(now),
        OrderSync.history.set((OrderSync.history | []).append([f"{status}@{now}"])),
        OrderSync.calls.add(1),
        OrderSync.refused_status.remove(),
        OrderSync.refused_result.remove(),
        OrderSync.refused_message.remove(),
        OrderSync.refused_at.remove(),
    ]
    if status == S_USED:
        actions.append(OrderSync.used_at.set(now))
    if final:
        actions += [
            OrderSync.reported_version.set(version),
            OrderSync.lease_version.remove(),
            OrderSync.lease_until.remove(),
        ]
    OrderSync(*OrderSync.key(order_id)).update(actions=actions, condition=OrderSync.lease_version == version)


def _record_refusal(order_id: str, version: str, status: int, exc: KuaishouCallError) -> None:
    OrderSync(*OrderSync.key(order_id)).update(
        actions=[
            OrderSync.refused_status.set(status),
            OrderSync.refused_result.set(exc.result),
            OrderSync.refused_message.set(exc.message[:500]),
            OrderSync.refused_at.set(clock.now_iso()),
            OrderSync.calls.add(1),
            OrderSync.lease_version.remove(),
            OrderSync.lease_until.remove(),
        ],
        condition=OrderSync.lease_version == version,
    )


def _release(order_id: str, version: str) -> None:
    with contextlib.suppress(UpdateError):  # the lease ran out and another report took over
        OrderSync(*OrderSync.key(order_id)).update(
            actions=[
                OrderSync.lease_version.remove(),
                OrderSync.lease_until.remove(),
                OrderSync.calls.add(1),
            ],
            condition=OrderSync.lease_version == version,
        )


def sync_order(order_id: str) -> Outcome:
    """Report the order's current status (and 2 first, for a paid order never reported).
    Idempotent. SyncBusy while another report of the order is in flight; SyncRefused when
    Kuaishou refuses; KuaishouUnavailable when it cannot be reached: all three are retried."""
    order, refund = views.read(order_id)
    ledger.record_order(order, refund)
    target = kuaishou_status(order)
    if target is None:
        return Outcome.NOT_REPORTED
    version = order.updated_at
    state = _read_sync(order_id)
    if _is_stale(state, version, target):
        # Reported already. A delivery that died after recording the report but before
        # settlement followed it is repaired here: the queue delivers it again (idempotent).
        _after(order, target, state)
        return Outcome.STALE
    try:
        _take_lease(order_id, version, target)
    except UpdateError as exc:
        if exc.cause_response_code != "ConditionalCheckFailedException":
            raise
        state = _read_sync(order_id)
        if _is_stale(state, version, target):
            return Outcome.STALE
        raise SyncBusy(details={"order_id": order_id}) from None
    reported = state.reported_status if state is not None else None
    steps = steps_to(order, target, None if reported is None else int(reported))
    if steps == [int(reported or 0)]:
        _record_unchanged(order_id, version)
        _after(order, target, state)
        return Outcome.UNCHANGED
    status = steps[0]
    try:
        img_id = cover_image_id(order)
        for i, status in enumerate(steps):
            client().report_order(**report_fields(order, status, img_id))
            _record(order_id, version, status, final=i == len(steps) - 1)
    except KuaishouCallError as exc:  # the report or the cover upload
        _record_refusal(order_id, version, status, exc)
        metrics.add_metric(name="OrderSyncRefused", unit="Count", value=1)
        logger.error(
            "kuaishou refused an order status",
            extra={"order_id": order_id, "status": status, "result": exc.result},
        )
        raise SyncRefused(details={"order_id": order_id, "status": status, "result": exc.result}) from exc
    except Exception:
        _release(order_id, version)
        raise
    metrics.add_metric(name="OrderStatusReported", unit="Count", value=len(steps))
    _after(order, target, _read_sync(order_id))
    return Outcome.REPORTED


def _record_unchanged(order_id: str, version: str) -> None:
    OrderSync(*OrderSync.key(order_id)).update(
        actions=[
            OrderSync.reported_version.set(version),
            OrderSync.lease_version.remove(),
            OrderSync.lease_until.remove(),
        ],
        condition=OrderSync.lease_version == version,
    )


def _after(order: Order, target: int, state: OrderSync | None) -> None:
    """Settlement follows what Kuaishou shows: used (11) starts the settle clock; a refund
    or cancel takes an unsettled order out of settlement."""
    if target == S_USED and state is not None and state.used_at:
        settle.on_used(order, state.used_at)
    elif target in (S_REFUNDING, S_REFUNDED, S_CANCELLED):
        settle.on_left_used(order.order_id)


def read_state(order_id: str) -> OrderSync | None:
    return _read_sync(order_id)
