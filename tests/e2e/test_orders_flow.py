"""An order through the local runtime: log in, order from the demo menu, pay on the fake
Kuaishou platform's /pay page (which sends the signed callback), see it paid with points."""

from __future__ import annotations

import json
from urllib.parse import urlencode

import pytest

from tests.e2e.conftest import RunningRuntime, wait_for

pytestmark = pytest.mark.e2e


def test_order_pay_on_the_fake_platform_and_see_it_paid(local_runtime: RunningRuntime):
    token = local_runtime.login("e2e-orders-buyer")["access_token"]
    menu = local_runtime.get("/v1/products?store_id=STORE-JINGAN&limit=50").json()["products"]
    assert "SKU-YZGL" in [p["product_id"] for p in menu]

    body = {
        "store_id": "STORE-JINGAN",
        "items": [{"product_id": "SKU-YZGL", "sku_id": "M", "quantity": 2, "unit_price_fen": 1}],
    }
    created = local_runtime.post(
        "/v1/orders", body, token=token, headers={"Idempotency-Key": "e2e-order-0001"}
    )
    assert created.status == 201, created.body
    order = created.json()["order"]
    assert order["amounts"]["total_fen"] == 3600  # the menu's price, not the client's
    assert order["payment"]["order_info_token"]

    paid = local_runtime.request(
        "POST",
        "/pay",
        raw=urlencode({"out_order_no": order["order_id"]}).encode(),
        headers={"Content-Type": "application/x-www-form-urlencoded", "Accept": "application/json"},
        base=local_runtime.info["kuaishou_url"],
    )
    assert paid.status == 200, paid.body
    assert "已确认" in paid.json()["message"]  # the backend acknowledged the callback

    view = local_runtime.get(f"/v1/orders/{order['order_id']}", token=token).json()
    assert (view["status"], view["first_order"], view["points_awarded"]) == ("PAID", True, 36)
    assert len(view["pickup"]["code"]) == 4
    assert local_runtime.get("/v1/points", token=token).json()["balance"] >= 36
    # OrderPaid reaches the members capability through the outbox and the bus: the demo's
    # first-order task (100 points) completes.
    wait_for(
        lambda: local_runtime.get("/v1/points", token=token).json()["balance"] >= 136,
        "the paid order's points in the balance",
        timeout=20,
    )


def test_an_unpaid_order_expires_on_the_runtimes_clock(start_runtime):
    runtime: RunningRuntime = start_runtime()  # its own runtime: this test moves the clock
    token = runtime.login("e2e-orders-late")["access_token"]
    body = {"store_id": "STORE-JINGAN", "items": [{"product_id": "SKU-ZSPT", "sku_id": "M", "quantity": 2}]}
    created = runtime.post("/v1/orders", body, token=token, headers={"Idempotency-Key": "e2e-order-0002"})
    assert created.status == 201, created.body
    order_id = created.json()["order"]["order_id"]

    def left() -> int:
        return int(runtime.get("/v1/products/SKU-ZSPT").json()["skus"][0]["stock_left"])

    assert left() == 48
    # The runtime discovers schedules created at run time on its next poll.
    wait_for(
        lambda: order_id in json.dumps(runtime.get("/_local/schedules").json()["scheduler"]),
        "the expiry schedule",
    )

    runtime.post("/_local/clock", {"advance_seconds": 16 * 60})
    wait_for(
        lambda: runtime.get(f"/v1/orders/{order_id}", token=token).json()["status"] == "EXPIRED",
        "the order EXPIRED by its schedule",
        timeout=60,  # a schedule's delivery, then a container's cold start, on a loaded machine
    )
    assert left() == 50
