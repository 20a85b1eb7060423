"""A voucher verified at the counter counts in the dashboard's paid orders and GMV (the
business report reads VoucherVerified beside OrderPaid), on DuckDB over stored lines."""

from __future__ import annotations

import json
from datetime import UTC, date, datetime

from siyu import clock
from siyu.analytics import reports
from siyu.analytics.engine import DuckDBEngine
from siyu.analytics.reports import Period
from siyu.tracking.domain_sink import domain_record


def test_a_verified_voucher_is_a_paid_order_in_the_business_report(tmp_path) -> None:
    at = "2026-03-10T04:00:00.000Z"
    received = int(datetime(2026, 3, 10, 4, tzinfo=UTC).timestamp() * 1000)
    details = [
        {"id": "e1", "type": "OrderPaid", "occurred_at": at, "member_id": "m1", "data": {"amount_fen": 1800}},
        {
            "id": "e2",
            "type": "VoucherVerified",
            "occurred_at": at,
            "member_id": None,
            "data": {"amount_fen": 5990, "source": "ks_local"},
        },
    ]
    folder = tmp_path / "dt=2026-03-10"
    folder.mkdir()
    lines = [json.dumps(domain_record(d, received), ensure_ascii=False) for d in details]
    (folder / "part.json").write_text("\n".join(lines) + "\n", encoding="utf-8")
    clock.clock.freeze(datetime(2026, 3, 12, 4, tzinfo=UTC))
    try:
        got = reports.business(Period.of(date(2026, 3, 10), date(2026, 3, 10)), engine=DuckDBEngine(tmp_path))
    finally:
        clock.clock.reset()
    assert (got.total.orders, got.total.gmv_fen) == (2, 7790)
