"""Money reaches the merchant, on the local runtime and its clock: an order paid on the fake
platform is reported 2 and 10 through the bus and the order-sync queue, pickup reports 11,
the hourly settle schedule leaves it alone on day 2 and settles it on day 3 (plus the
margin), the SETTLE callback is recorded, and the settle day reconciles with the bill."""

from __future__ import annotations

from datetime import datetime, timedelta, timezone
from urllib.parse import urlencode

import pytest

from tests.e2e.conftest import RunningRuntime, wait_for

pytestmark = pytest.mark.e2e


def test_pay_report_pickup_settle_and_reconcile_on_the_runtimes_clock(start_runtime):
    runtime: RunningRuntime = start_runtime()  # its own runtime: this test moves the clock

    def staff() -> str:  # staff log in again after the clock moved days ahead
        login = runtime.post(
            "/v1/admin/auth/login", {"username": "operator", "password": "siyu-operator-demo"}
        )
        return str(login.json()["access_token"])

    token = runtime.login("e2e-settlement-buyer")["access_token"]
    body = {"store_id": "STORE-JINGAN", "items": [{"product_id": "SKU-YZGL", "sku_id": "M", "quantity": 1}]}
    created = runtime.post("/v1/orders", body, token=token, headers={"Idempotency-Key": "e2e-settle-0001"})
    assert created.status == 201, created.body
    order_id = created.json()["order"]["order_id"]
    total = created.json()["order"]["amounts"]["total_fen"]
    paid = runtime.request(
        "POST",
        "/pay",
        raw=urlencode({"out_order_no": order_id}).encode(),
        headers={"Content-Type": "application/x-www-form-urlencoded", "Accept": "application/json"},
        base=runtime.info["kuaishou_url"],
    )
    assert paid.status == 200, paid.body

    def kuaishou() -> dict:
        return runtime.get(f"/v1/admin/orders/{order_id}/kuaishou", token=staff()).json()

    wait_for(lambda: kuaishou()["kuaishou"]["reported_status"] == 10, timeout=30)
    assert [h.split("@")[0] for h in kuaishou()["kuaishou"]["history"]] == ["2", "10"]

    picked = runtime.post(f"/v1/admin/orders/{order_id}/picked-up", token=staff())
    assert picked.status == 200, picked.body
    wait_for(lambda: (kuaishou()["settlement"] or {}).get("state") == "not_due", timeout=30)
    assert kuaishou()["kuaishou"]["reported_status"] == 11

    runs = runtime.log().count("SettlementSettleFunction ok")
    runtime.post("/_local/clock", {"advance_seconds": 2 * 86400})  # day 2: the schedule fires, not due
    # Every schedule fires at a clock jump, each a cold start: a loaded machine needs minutes.
    wait_for(lambda: runtime.log().count("SettlementSettleFunction ok") > runs, timeout=180)
    assert kuaishou()["settlement"]["state"] == "not_due"

    runtime.post("/_local/clock", {"advance_seconds": 86400 + 7 * 3600})  # day 3 + the margin
    wait_for(lambda: kuaishou()["settlement"]["state"] == "settled", timeout=180)
    settlement = kuaishou()["settlement"]
    assert settlement["settled_fen"] == total

    settled_at = datetime.fromisoformat(settlement["settled_at"].replace("Z", "+00:00"))
    day = settled_at.astimezone(timezone(timedelta(hours=8))).date().isoformat()  # a Shanghai day
    ran = runtime.post(f"/v1/admin/reconciliations/{day}/run", token=staff())
    assert ran.status == 200, ran.body
    figures = ran.json()["figures"]["STORE-JINGAN"]
    assert figures["settled_fen"] == total
    assert figures["fee_fen"] == round(total * 0.01)
    assert figures["net_fen"] == total - figures["fee_fen"]
