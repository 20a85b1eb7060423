"""Daily reconciliation: Siyu's money of a Shanghai day (siyu.settlement.ledger) against
Kuaishou's bill of that day (epay/query_bill).

- paid at Kuaishou but not in Siyu (a lost PAYMENT callback): repaired through
  siyu.orders.payments.reconcile (query_order, then the payment is applied as its callback
  would have), listed as repaired;
- every other difference (missing on one side, different amounts) is listed for staff
  (ReconIssue items under the day, read with the admin route, paged);
- figures per store: paid, refunded, settled, fees (Kuaishou's service fee, from its bill),
  net = settled − fees (what became withdrawable that day).
Running a day again replaces its figures and adds issues idempotently (one per order+kind).
"""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from datetime import UTC, date, datetime, timedelta
from typing import Any

from siyu import clock
from siyu.kuaishou import client
from siyu.observability import logger, metrics
from siyu.orders import payments
from siyu.orders.errors import OrderNotFound
from siyu.orders.views import read as read_order
from siyu.settlement import ledger
from siyu.settlement.models import BILL_KINDS, PAID, REFUNDED, SETTLED_LINE, MoneyLine, ReconIssue, ReconRun


@dataclass
class BillItem:
    kind: str  # paid | refunded | settled
    order_id: str
    amount_fen: int
    fee_fen: int
    at: str  # when Kuaishou moved it (UTC ISO-8601)


@dataclass
class Figures:
    paid_fen: int = 0
    refunded_fen: int = 0
    settled_fen: int = 0
    fee_fen: int = 0

    def as_dict(self) -> dict[str, int]:
        return {
            "paid_fen": self.paid_fen,
            "refunded_fen": self.refunded_fen,
            "settled_fen": self.settled_fen,
            "fee_fen": self.fee_fen,
            "net_fen": self.settled_fen - self.fee_fen,
        }


@dataclass
class Result:
    day: str
    figures: dict[str, dict[str, int]]
    matched: int = 0
    repaired: int = 0
    issues: list[dict[str, Any]] = field(default_factory=list)


def previous_day() -> date:
    return clock.shanghai_day() - timedelta(days=1)


def bill(day: str) -> list[BillItem]:
    items: list[BillItem] = []
    cursor = ""
    while True:
        page = client().query_bill(day, cursor)
        for raw in page.get("items") or []:
            kind = BILL_KINDS.get(str(raw.get("biz_type")))
            if kind is None:
                continue
            items.append(
                BillItem(
                    kind=kind,
                    order_id=str(raw.get("out_order_no") or ""),
                    amount_fen=int(raw.get("amount") or 0),
                    fee_fen=int(raw.get("service_fee") or 0),
                    at=clock.iso(datetime.fromtimestamp(int(raw.get("time") or 0) / 1000, UTC)),
                )
            )
        cursor = str(page.get("next_cursor") or "")
        if not cursor:
            return items


def _find_payment(item: BillItem) -> tuple[MoneyLine | None, bool]:
    """A payment on Kuaishou's bill without a line in Siyu: the order paid in Siyu whose line
    is not written yet (the sync is behind), or a lost PAYMENT callback, applied now through the
    reconcile path (query_order) and written on the day Kuaishou took it. Returns the line
    (None: unknown order, or not paid) and whether it was repaired."""
    try:
        order, _ = read_order(item.order_id)
        lost = not order.paid_at
        if lost:
            payments.reconcile(item.order_id)
        order, refund = read_order(item.order_id)
    except OrderNotFound:
        return None, False
    if not order.paid_at or not order.paid_fen:
        return None, False
    ledger.put_line(PAID, order, int(order.paid_fen), item.at if lost else order.paid_at)
    ledger.record_order(order, refund)
    line = MoneyLine.get(*MoneyLine.key(item.order_id, PAID), consistent_read=True)
    on_day = line.gsi1pk == MoneyLine.day_key(ledger.day_of(item.at))
    return (line if on_day else None), lost


def _refund_line(item: BillItem) -> MoneyLine | None:
    """A refund on the bill without a line yet (the sync is behind): from the order's refund."""
    try:
        order, refund = read_order(item.order_id)
    except OrderNotFound:
        return None
    ledger.record_order(order, refund)
    try:
        line = MoneyLine.get(*MoneyLine.key(item.order_id, REFUNDED), consistent_read=True)
    except MoneyLine.DoesNotExist:
        return None
    return line if line.gsi1pk == MoneyLine.day_key(ledger.day_of(item.at)) else None


def _issue(
    result: Result,
    order_id: str,
    kind: str,
    note: str,
    siyu: int | None,
    platform: int | None,
    *,
    repaired: bool = False,
) -> None:
    ReconIssue(
        *ReconIssue.key(result.day, order_id, kind),
        day=result.day,
        order_id=order_id,
        kind=kind,
        repaired=repaired,
        siyu_fen=siyu,
        platform_fen=platform,
        note=note,
        found_at=clock.now_iso(),
    ).save()
    result.issues.append(
        {"order_id": order_id, "kind": kind, "repaired": repaired, "siyu_fen": siyu, "platform_fen": platform}
    )


def run(day: date | None = None) -> Result:
    the_day = (day or previous_day()).isoformat()
    ours = {(line.kind, line.order_id): line for line in ledger.lines_of(the_day)}
    theirs = {(item.kind, item.order_id): item for item in bill(the_day)}
    result = Result(day=the_day, figures={})
    for key, item in theirs.items():
        kind, order_id = key
        line = ours.get(key)
        if line is None and kind == PAID:
            line, repaired = _find_payment(item)
            if line is not None:
                ours[key] = line
            if line is not None and repaired:
                result.repaired += 1
                _issue(
                    result,
                    order_id,
                    "lost_payment_callback",
                    "快手已收款、思域未记录：已按快手查询补记",
                    int(line.amount_fen),
                    item.amount_fen,
                    repaired=True,
                )
                continue
        if line is None and kind == REFUNDED:
            line = _refund_line(item)
            if line is not None:
                ours[key] = line
        if line is None:
            _issue(result, order_id, f"missing_in_siyu_{kind}", "快手账单有、思域无", None, item.amount_fen)
        elif int(line.amount_fen) != item.amount_fen:
            _issue(
                result,
                order_id,
                f"amount_mismatch_{kind}",
                "金额不一致",
                int(line.amount_fen),
                item.amount_fen,
            )
        else:
            result.matched += 1
    for key, line in ours.items():
        if key not in theirs:
            _issue(
                result,
                line.order_id,
                f"missing_at_kuaishou_{line.kind}",
                "思域有、快手账单无",
                int(line.amount_fen),
                None,
            )
    figures: dict[str, Figures] = {}
    for (kind, order_id), line in ours.items():
        fig = figures.setdefault(line.store_id, Figures())
        if kind == PAID:
            fig.paid_fen += int(line.amount_fen)
        elif kind == REFUNDED:
            fig.refunded_fen += int(line.amount_fen)
        elif kind == SETTLED_LINE:
            fig.settled_fen += int(line.amount_fen)
            bill_item = theirs.get((kind, order_id))
            fig.fee_fen += bill_item.fee_fen if bill_item else 0
    result.figures = {store: fig.as_dict() for store, fig in sorted(figures.items())}
    ReconRun(
        *ReconRun.key(the_day),
        day=the_day,
        figures=json.dumps(result.figures, separators=(",", ":")),
        matched=result.matched,
        repaired=result.repaired,
        issues=len(result.issues),
        ran_at=clock.now_iso(),
    ).save()
    metrics.add_metric(name="ReconciliationIssues", unit="Count", value=len(result.issues))
    logger.info(
        "reconciled",
        extra={
            "day": the_day,
            "matched": result.matched,
            "repaired": result.repaired,
            "issues": len(result.issues),
        },
    )
    return result
