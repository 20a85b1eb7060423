"""What staff read: an order's Kuaishou sync and settle state, a day's reconciliation."""

from __future__ import annotations

import json
from typing import Any

from siyu.errors import define_error
from siyu.orders.paging import decode_cursor, encode_cursor
from siyu.orders.views import read as read_order
from siyu.settlement import settle, sync
from siyu.settlement.models import ReconIssue, ReconRun, Settlement

ReconciliationNotFound = define_error("RECONCILIATION_NOT_FOUND", 404, "该日尚未对账")


def order_state(order_id: str) -> dict[str, Any]:
    """ORDER_NOT_FOUND for an unknown order."""
    order, _ = read_order(order_id)
    state = sync.read_state(order_id)
    item = settle.read(order_id)
    return {
        "order_id": order_id,
        "status": order.status,
        "kuaishou": {
            "expected_status": sync.kuaishou_status(order),
            "reported_status": None
            if state is None or state.reported_status is None
            else int(state.reported_status),
            "reported_at": state.reported_at if state else None,
            "history": list(state.history) if state else [],
            "report_calls": int(state.calls) if state else 0,
            "refused": None
            if state is None or state.refused_status is None
            else {
                "status": int(state.refused_status),
                "result": int(state.refused_result or 0),
                "message": state.refused_message,
                "at": state.refused_at,
            },
        },
        "settlement": None if item is None else _settlement(item),
    }


def settlements(state: str, *, limit: int = 50, cursor: str | None = None) -> dict[str, Any]:
    """Orders in one settle state, earliest due first (e.g. `failed`: staff's work queue)."""
    results = Settlement.gsi1.query(f"SETTLES#{state}", limit=limit, last_evaluated_key=decode_cursor(cursor))
    items = [_settlement(item) | {"order_id": item.order_id, "store_id": item.store_id} for item in results]
    next_key = results.last_evaluated_key if len(items) == limit else None
    return {"settlements": items, "next_cursor": encode_cursor(next_key)}


def _settlement(item: Settlement) -> dict[str, Any]:
    return {
        "state": item.state,
        "amount_fen": int(item.amount_fen),
        "used_at": item.used_at,
        "due_at": item.due_at,
        "out_settle_no": item.out_settle_no,
        "requested_at": item.requested_at,
        "settled_at": item.settled_at,
        "settled_fen": None if item.settled_fen is None else int(item.settled_fen),
        "error": item.error_message,
    }


def reconciliation(day: str, *, limit: int = 50, cursor: str | None = None) -> dict[str, Any]:
    try:
        run = ReconRun.get(*ReconRun.key(day), consistent_read=True)
    except ReconRun.DoesNotExist:
        raise ReconciliationNotFound(details={"day": day}) from None
    results = ReconIssue.query(
        f"RECON#{day}",
        ReconIssue.sk.startswith("ISSUE#"),
        limit=limit,
        last_evaluated_key=decode_cursor(cursor),
    )
    issues = [
        {
            "order_id": i.order_id,
            "kind": i.kind,
            "repaired": bool(i.repaired),
            "siyu_fen": None if i.siyu_fen is None else int(i.siyu_fen),
            "platform_fen": None if i.platform_fen is None else int(i.platform_fen),
            "note": i.note,
        }
        for i in results
    ]
    next_key = results.last_evaluated_key if len(issues) == limit else None
    return {
        "day": day,
        "ran_at": run.ran_at,
        "figures": json.loads(run.figures),
        "matched": int(run.matched),
        "repaired": int(run.repaired),
        "issue_count": int(run.issues),
        "issues": issues,
        "next_cursor": encode_cursor(next_key),
    }
