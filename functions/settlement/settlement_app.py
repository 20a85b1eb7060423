"""Settlement admin routes: an order's Kuaishou sync and settle state, a day's
reconciliation (figures per store and the differences listed for staff), and running a
day's reconciliation again.

The domain (PynamoDB, botocore) is imported in the routes that use it, so importing this
module — every cold start — stays light (docs/DEVELOPING.md, Import rules)."""

from __future__ import annotations

from datetime import date
from typing import Annotated, Any

import siyu.lazy_powertools  # noqa: F401  (first import: defers Powertools' eager package inits)

from aws_lambda_powertools.event_handler.openapi.params import Path, Query

from siyu.auth import AnalystAdmin, OperatorAdmin
from siyu.errors import ValidationFailed
from siyu.http import entry_point, make_app, returns
from siyu.settlement import responses as R
from siyu.settlement.schemas import FAILED, SETTLE_STATES

app = make_app()


def _day(value: str) -> date:
    try:
        return date.fromisoformat(value)
    except ValueError:
        raise ValidationFailed(details=[{"field": "day", "reason": "YYYY-MM-DD"}]) from None


Day = Annotated[str, Path(min_length=10, max_length=10, description="YYYY-MM-DD (Asia/Shanghai)")]
Limit = Annotated[int, Query(ge=1, le=100, description="page size")]
Cursor = Annotated[str | None, Query(max_length=2048, description="next_cursor of the previous page")]


@app.get(
    "/v1/admin/orders/<order_id>/kuaishou",
    responses=returns(R.OrderKuaishou),
    summary="what Kuaishou's order list shows of the order, and its settlement",
    description="A status Kuaishou refused is under kuaishou.refused (also alarmed).",
)
def admin_order_kuaishou(order_id: str, admin: AnalystAdmin) -> dict[str, Any]:
    from siyu.settlement import views

    return views.order_state(order_id)


@app.get(
    "/v1/admin/settlements",
    responses=returns(R.Settlements),
    summary="orders by settle state, earliest due first (default: failed, staff's work queue)",
)
def admin_settlements(
    admin: AnalystAdmin,
    state: Annotated[str, Query(description=" | ".join(SETTLE_STATES))] = FAILED,
    limit: Limit = 50,
    cursor: Cursor = None,
) -> dict[str, Any]:
    from siyu.settlement import views

    if state not in SETTLE_STATES:
        raise ValidationFailed(details=[{"field": "state", "reason": "unknown state"}])
    return views.settlements(state, limit=limit, cursor=cursor)


@app.get(
    "/v1/admin/reconciliations/<day>",
    responses=returns(R.Reconciliation),
    summary="a day's reconciliation with Kuaishou: figures per store and the differences (paged)",
)
def admin_reconciliation(
    day: Day, admin: AnalystAdmin, limit: Limit = 50, cursor: Cursor = None
) -> dict[str, Any]:
    from siyu.settlement import views

    return views.reconciliation(_day(day).isoformat(), limit=limit, cursor=cursor)


@app.post(
    "/v1/admin/reconciliations/<day>/run",
    responses=returns(R.Reconciliation),
    summary="reconcile a day with Kuaishou now (idempotent: the day's figures are replaced)",
)
def admin_run_reconciliation(day: Day, admin: OperatorAdmin) -> dict[str, Any]:
    from siyu.settlement import reconcile, views

    the_day = _day(day)
    reconcile.run(the_day)
    return views.reconciliation(the_day.isoformat())


handler = entry_point(app)
