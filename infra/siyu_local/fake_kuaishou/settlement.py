"""The fake's rules of order sync, settlement and bills (research notes §13):

- ``POST /openapi/mp/developer/order/v1/report`` — the order must be known (an epay
  out_order_no), ``order_status`` in the enum {1,2,3,4,5,6,10,11}, 2/4/5/6/10/11 only for a
  paid order, ``open_id`` the payer's, ``product_cover_img_id`` an id this app uploaded; a
  ``sign`` is checked when given (clients disagree, so both are accepted);
- ``POST /openapi/mp/developer/file/img/uploadWithUrl?url=`` — ``{result: 1, data: {imgId}}``;
- ``epay/settle`` — refused (``EPAY_SETTLE_TOO_EARLY``) unless the order has been in 11 for
  ``settle_min_days`` (3) days; the SETTLE callback follows (``auto_complete_settles``);
  Kuaishou's service fee (``settle_fee_rate``) is taken at settlement;
- ``epay/query_settle``, ``epay/query_bill`` (a Shanghai day's PAYMENT/REFUND/SETTLE items,
  paged by cursor; the real fields were not found: this shape is the fake's);
- ``fail_calls(share, endpoints)`` answers a share of these calls with a transient error.

State (plain dicts next to ``_orders``/``_refunds``, all JSON-serialisable): ``_settles``
(out_settle_no → settle), ``_images`` (imgId → url); on each order: ``ks_status``,
``used_at`` (when 11 was accepted), ``reports`` (accepted statuses, in order).
"""

from __future__ import annotations

import random
import threading
from collections.abc import Mapping
from datetime import UTC, datetime, timedelta, timezone
from typing import Any

from . import codes

Json = dict[str, Any]
ORDER_STATUSES = frozenset({1, 2, 3, 4, 5, 6, 10, 11})
PAID_STATUSES = frozenset({2, 4, 5, 6, 10, 11})
SHANGHAI = timezone(timedelta(hours=8))
SYNC_ENDPOINTS = frozenset({"report", "upload_image", "settle", "query_settle", "query_bill"})


class SettlementRules:
    """Mixed into PlatformState: uses its lock, clock, orders, refunds and errors."""

    _lock: threading.RLock
    _orders: dict[str, Json]
    _refunds: dict[str, Json]
    _settles: dict[str, Json]
    _images: dict[str, str]
    _call_fail_share: float
    _call_fail_endpoints: frozenset[str]
    _call_fail_rng: random.Random
    settle_min_days: float
    settle_fee_rate: float
    auto_complete_settles: bool
    settle_delay: float

    def _now(self) -> float:  # pragma: no cover - PlatformState's
        raise NotImplementedError

    def _new_ks_no(self) -> str:  # pragma: no cover - PlatformState's
        raise NotImplementedError

    def _settle_created(self, out_settle_no: str) -> None:
        """Hook for FakeKuaishou (called with the lock held): schedule the SETTLE callback."""

    # ------------------------------------------------------------------ test knobs and views
    def fail_calls(self, share: float = 0.0, endpoints: set[str] | None = None, *, seed: int = 0) -> None:
        """A ``share`` of calls to ``endpoints`` (default all of SYNC_ENDPOINTS) answer the
        transient SYSTEM_BUSY; ``fail_calls()`` turns it off."""
        if not 0.0 <= share <= 1.0:
            raise ValueError("share must be within [0, 1]")
        with self._lock:
            self._call_fail_share = share
            self._call_fail_endpoints = frozenset(endpoints or SYNC_ENDPOINTS)
            self._call_fail_rng = random.Random(seed)

    def _injected_failure(self, endpoint: str) -> Json | None:
        if endpoint in self._call_fail_endpoints and self._call_fail_rng.random() < self._call_fail_share:
            return {"result": codes.SYSTEM_BUSY, "error_msg": "系统繁忙，请稍后重试 (fake: injected)"}
        return None

    @property
    def settles(self) -> dict[str, Json]:
        import copy

        with self._lock:
            return copy.deepcopy(self._settles)

    def reports_of(self, out_order_no: str) -> list[int]:
        with self._lock:
            return [r["status"] for r in self._orders.get(out_order_no, {}).get("reports", [])]

    # ------------------------------------------------------------------ order sync
    def _report(self, body: Json, sign_check: Any) -> Json:
        out_order_no = body.get("out_order_no")
        order = self._orders.get(out_order_no) if isinstance(out_order_no, str) else None
        if order is None:
            return {"result": codes.EPAY_ORDER_NOT_FOUND, "error_msg": "订单不存在 (out_order_no 未知)"}
        status = body.get("order_status")
        if not isinstance(status, int) or isinstance(status, bool) or status not in ORDER_STATUSES:
            return {
                "result": codes.PARAM_ERROR,
                "error_msg": f"参数有误: order_status 须为 {sorted(ORDER_STATUSES)}",
            }
        if status in PAID_STATUSES and order["status"] != "SUCCESS":
            return {"result": codes.ORDER_STATUS_INVALID, "error_msg": f"订单未支付，不能同步状态 {status}"}
        if body.get("open_id") != order["open_id"]:
            return {"result": codes.PARAM_ERROR, "error_msg": "参数有误: open_id 与支付用户不一致"}
        img_id = body.get("product_cover_img_id")
        if not isinstance(img_id, str) or img_id not in self._images:
            return {
                "result": codes.IMAGE_NOT_FOUND,
                "error_msg": "product_cover_img_id 无效 (须为本应用上传的图片)",
            }
        for key in ("out_biz_order_no", "order_path"):
            if not isinstance(body.get(key), str) or not body[key]:
                return {"result": codes.PARAM_ERROR, "error_msg": f"参数有误: {key} 不能为空"}
        if not isinstance(body.get("order_create_time"), int):
            return {"result": codes.PARAM_ERROR, "error_msg": "参数有误: order_create_time 须为毫秒时间戳"}
        if "sign" in body:
            sign_check(body)
        order["ks_status"] = status
        order["used_at"] = self._now() if status == 11 else None
        order.setdefault("reports", []).append({"status": status, "at": self._now()})
        return {"result": codes.OK, "error_msg": ""}

    def _upload_image(self, url: str) -> Json:
        if not url.startswith(("http://", "https://")):
            return {"result": codes.PARAM_ERROR, "error_msg": "参数有误: url 须为图片地址"}
        img_id = "img" + self._new_ks_no()
        self._images[img_id] = url
        return {"result": codes.OK, "error_msg": "", "data": {"imgId": img_id}}

    # ------------------------------------------------------------------ settle
    def _settle(self, body: Json, *, with_channel: bool) -> Json:
        out_order_no = body.get("out_order_no")
        order = self._orders.get(out_order_no) if isinstance(out_order_no, str) else None
        if order is None:
            return {"result": codes.EPAY_ORDER_NOT_FOUND, "error_msg": "订单不存在"}
        out_settle_no = body.get("out_settle_no")
        if not isinstance(out_settle_no, str) or not 6 <= len(out_settle_no) <= 32:
            return {"result": codes.PARAM_ERROR, "error_msg": "参数有误: out_settle_no 须为 6-32 位"}
        if not isinstance(body.get("reason"), str) or not body["reason"]:
            return {"result": codes.PARAM_ERROR, "error_msg": "参数有误: reason 不能为空"}
        existing = self._settles.get(out_settle_no)
        if existing is not None:
            return {"result": codes.OK, "error_msg": "", "settle_no": existing["settle_no"]}
        if any(s["out_order_no"] == out_order_no for s in self._settles.values()):
            return {"result": codes.EPAY_SETTLE_CONFLICT, "error_msg": "订单已结算"}
        if order["status"] != "SUCCESS":
            return {"result": codes.EPAY_ORDER_NOT_PAID, "error_msg": "订单未支付，不能结算"}
        used_at = order.get("used_at")
        if order.get("ks_status") != 11 or used_at is None:
            return {
                "result": codes.EPAY_SETTLE_TOO_EARLY,
                "error_msg": "订单未核销（状态须为已使用），不能结算",
            }
        ready_at = used_at + self.settle_min_days * 86400
        if self._now() < ready_at:
            return {
                "result": codes.EPAY_SETTLE_TOO_EARLY,
                "error_msg": f"订单核销未满 {self.settle_min_days:g} 天，不能结算",
            }
        amount = order["total_amount"] - order.get("refunded_amount", 0)
        asked = body.get("settle_amount")
        if asked is not None:
            if not isinstance(asked, int) or not 0 < asked <= amount:
                return {
                    "result": codes.PARAM_ERROR,
                    "error_msg": f"参数有误: settle_amount 须在 (0,{amount}]",
                }
            amount = asked
        if amount <= 0:
            return {"result": codes.EPAY_ORDER_NOT_PAID, "error_msg": "订单已全额退款，不能结算"}
        notify_url = body.get("notify_url") or order["notify_url"]
        settle = {
            "out_settle_no": out_settle_no,
            "out_order_no": out_order_no,
            "settle_no": self._new_ks_no(),
            "ks_order_no": order["ks_order_no"],
            "settle_amount": amount,
            "service_fee": round(amount * self.settle_fee_rate),
            "attach": body.get("attach") or "",
            "notify_url": notify_url,
            "status": "PROCESSING",
            "created_at": self._now(),
            "finished_at": None,
            "callback_attempts": [],
        }
        self._settles[out_settle_no] = settle
        self._settle_created(out_settle_no)
        return {"result": codes.OK, "error_msg": "", "settle_no": settle["settle_no"]}

    def _query_settle(self, body: Json, *, with_channel: bool) -> Json:
        settle = self._settles.get(str(body.get("out_settle_no") or ""))
        if settle is None:
            return {"result": codes.EPAY_SETTLE_NOT_FOUND, "error_msg": "结算单不存在"}
        order = self._orders[settle["out_order_no"]]
        return {
            "result": codes.OK,
            "error_msg": "",
            "settle_info": {
                "settle_no": settle["settle_no"],
                "total_amount": order["total_amount"],
                "settle_amount": settle["settle_amount"],
                "settle_status": "SETTLE_" + settle["status"],
                "ks_order_no": settle["ks_order_no"],
                "ks_settle_no": settle["settle_no"],
                "promotion_amount": 0,
                "developer_promotion_amount": 0,
            },
        }

    def _finish_settle(self, out_settle_no: str, status: str) -> tuple[str, Json]:
        if status not in ("SUCCESS", "FAILED"):
            raise ValueError("status must be SUCCESS or FAILED")
        with self._lock:
            settle = self._settles.get(out_settle_no)
            if settle is None:
                raise KeyError(f"unknown out_settle_no {out_settle_no!r}")
            if settle["status"] != "PROCESSING":
                raise ValueError(f"settle {out_settle_no} is already {settle['status']}")
            settle["status"] = status
            settle["finished_at"] = self._now()
            data = {
                "out_settle_no": out_settle_no,
                "attach": settle["attach"],
                "settle_amount": settle["settle_amount"],
                "status": status,
                "ks_order_no": settle["ks_order_no"],
                "ks_settle_no": settle["settle_no"],
                "enable_promotion": False,
                "promotion_amount": 0,
            }
            return settle["notify_url"], data

    # ------------------------------------------------------------------ the bill
    @staticmethod
    def _day(ts: float | None) -> str | None:
        if not ts:
            return None
        return datetime.fromtimestamp(ts, UTC).astimezone(SHANGHAI).date().isoformat()

    def bill_items(self, bill_date: str) -> list[Json]:
        """The money of one Shanghai day, oldest first: PAYMENT, REFUND and SETTLE items."""
        items: list[Json] = []
        for order in self._orders.values():
            pay_time = order["pay_time"] / 1000 if order.get("pay_time") else None
            if order["status"] == "SUCCESS" and self._day(pay_time) == bill_date:
                items.append(
                    self._bill_item("PAYMENT", order["out_order_no"], order["total_amount"], 0, pay_time)
                )
        for refund in self._refunds.values():
            if refund["status"] == "SUCCESS" and self._day(refund.get("finished_at")) == bill_date:
                items.append(
                    self._bill_item(
                        "REFUND", refund["out_order_no"], refund["refund_amount"], 0, refund["finished_at"]
                    )
                )
        for settle in self._settles.values():
            if settle["status"] == "SUCCESS" and self._day(settle["finished_at"]) == bill_date:
                items.append(
                    self._bill_item(
                        "SETTLE",
                        settle["out_order_no"],
                        settle["settle_amount"],
                        settle["service_fee"],
                        settle["finished_at"],
                    )
                )
        items.sort(key=lambda i: (i["time"], i["biz_type"], i["out_order_no"]))
        return items

    @staticmethod
    def _bill_item(biz_type: str, out_order_no: str, amount: int, fee: int, at: float | None) -> Json:
        return {
            "biz_type": biz_type,
            "out_order_no": out_order_no,
            "amount": amount,
            "service_fee": fee,
            "time": int((at or 0) * 1000),
        }

    def _query_bill(self, body: Json, *, with_channel: bool) -> Json:
        bill_date = body.get("bill_date")
        try:
            datetime.strptime(str(bill_date), "%Y-%m-%d")
        except ValueError:
            return {"result": codes.PARAM_ERROR, "error_msg": "参数有误: bill_date 须为 YYYY-MM-DD"}
        size = body.get("size") or 200
        if not isinstance(size, int) or not 1 <= size <= 500:
            return {"result": codes.PARAM_ERROR, "error_msg": "参数有误: size 须在 [1,500]"}
        start = int(body.get("cursor") or 0)
        items = self.bill_items(str(bill_date))
        page = items[start : start + size]
        more = start + size < len(items)
        return {
            "result": codes.OK,
            "error_msg": "",
            "bill": {"items": page, "next_cursor": str(start + size) if more else ""},
        }


def settle_knobs() -> Mapping[str, Any]:
    """Defaults of the knobs above (PlatformState sets them)."""
    return {
        "settle_min_days": 3.0,
        "settle_fee_rate": 0.01,
        "auto_complete_settles": True,
        "settle_delay": 0.05,
    }
