"""The order's side of Kuaishou 担保支付 (epay): the pre-order (create_order) whose
`order_no` and `order_info_token` the mini-program hands to `ks.pay`, the refund request,
and reading an order's payment state (query_order).

create_order is sent with exactly the same fields every time for one order (all derived
from the stored order), because Kuaishou refuses a repeated out_order_no whose fields differ
and answers an identical one with the existing pre-order: a retry is therefore safe.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from typing import Any

from siyu.config import get_settings
from siyu.errors import KuaishouRejected, SiyuError
from siyu.kuaishou import KuaishouCallError, client
from siyu.observability import logger
from siyu.orders.models import Order

SUBJECT_WIDTH = 128
DETAIL_WIDTH = 1024


def _clean(text: str) -> str:
    """Kuaishou takes no emoji or special symbols in subject/detail."""
    return "".join(
        ch for ch in text if ord(ch) >= 0x20 and ord(ch) <= 0xFFFF and not 0x2600 <= ord(ch) <= 0x27BF
    ).strip()


def _width(text: str) -> int:
    return sum(1 if ord(ch) < 128 else 2 for ch in text)  # one 汉字 counts 2


def _fit(text: str, width: int) -> str:
    out, used = [], 0
    for ch in text:
        w = 1 if ord(ch) < 128 else 2
        if used + w > width:
            break
        out.append(ch)
        used += w
    return "".join(out)


def _labels(order: Order) -> list[str]:
    lines = json.loads(order.lines)
    labels = []
    for line in lines:
        parts = [line["sku_name"], *(o["name"] for o in line.get("options", []))]
        labels.append(f"{line['name']}({'/'.join(parts)})x{line['quantity']}")
    return labels


def order_fields(order: Order, open_id: str) -> dict[str, Any]:
    """The create_order body (without sign): a pure function of the stored order."""
    settings = get_settings()
    lines = json.loads(order.lines)
    count = sum(int(line["quantity"]) for line in lines)
    first = _clean(lines[0]["name"]) or "商品"
    subject = _fit(
        _clean(f"{order.store_name} {first}" + (f" 等{count}件" if count > 1 else "")), SUBJECT_WIDTH
    )
    detail = _fit(_clean("，".join(_labels(order))), DETAIL_WIDTH) or subject
    fields: dict[str, Any] = {
        "out_order_no": order.order_id,
        "open_id": open_id,
        "total_amount": int(order.total_fen),
        "subject": subject or "订单",
        "detail": detail,
        "type": settings.kuaishou_goods_type,
        "expire_time": int(order.ks_expire_seconds),
        "attach": order.member_id,  # echoed in the PAYMENT callback: finds the member's items in one read
    }
    if settings.kuaishou_notify_url:
        fields["notify_url"] = settings.kuaishou_notify_url
    return fields


@dataclass(frozen=True)
class PreOrder:
    order_no: str
    order_info_token: str


def _rejected(exc: KuaishouCallError, what: str, order_id: str) -> SiyuError:
    logger.warning("kuaishou refused", extra={"call": what, "order_id": order_id, "result": exc.result})
    return KuaishouRejected(details={"kuaishou_result": exc.result, "order_id": order_id})


def create_pre_order(order: Order, open_id: str) -> PreOrder:
    """KUAISHOU_UNAVAILABLE when unreachable, KUAISHOU_REJECTED when refused."""
    try:
        info = client().create_order(**order_fields(order, open_id))
    except KuaishouCallError as exc:
        raise _rejected(exc, "create_order", order.order_id) from exc
    return PreOrder(order_no=str(info["order_no"]), order_info_token=str(info["order_info_token"]))


@dataclass(frozen=True)
class PaymentState:
    pay_status: str  # PROCESSING | SUCCESS | FAILED | TIMEOUT
    total_amount: int
    ks_order_no: str
    channel: str


def query(order_id: str) -> PaymentState:
    try:
        info = client().query_order(order_id)
    except KuaishouCallError as exc:
        raise _rejected(exc, "query_order", order_id) from exc
    return PaymentState(
        pay_status=str(info.get("pay_status", "")),
        total_amount=int(info.get("total_amount") or 0),
        ks_order_no=str(info.get("ks_order_no") or ""),
        channel=str(info.get("pay_channel") or ""),
    )


def apply_refund(order_id: str, out_refund_no: str, amount_fen: int, reason: str, member_id: str) -> str:
    """Ask Kuaishou to refund; the REFUND callback completes it. Same fields for a retry."""
    settings = get_settings()
    fields: dict[str, Any] = {
        "out_order_no": order_id,
        "out_refund_no": out_refund_no,
        "reason": _fit(_clean(reason), 128) or "退款",
        "refund_amount": amount_fen,
        "attach": member_id,
    }
    if settings.kuaishou_notify_url:
        fields["notify_url"] = settings.kuaishou_notify_url
    try:
        payload = client().apply_refund(**fields)
    except KuaishouCallError as exc:
        raise _rejected(exc, "apply_refund", order_id) from exc
    return str(payload.get("refund_no") or "")
