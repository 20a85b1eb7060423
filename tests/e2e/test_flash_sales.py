"""A flash sale in the local runtime, over HTTP: created to start 5 seconds later, it opens by
itself (its one-time schedule fires the opener), sends the reminder, accepts purchases, and
closes by itself at its end."""

from __future__ import annotations

from datetime import datetime, timedelta
from urllib.parse import urlencode

import pytest

from tests.e2e.conftest import RunningRuntime, wait_for

pytestmark = pytest.mark.e2e


def _runtime_now(runtime: RunningRuntime) -> datetime:
    return datetime.fromisoformat(runtime.get("/v1/health").json()["time"].replace("Z", "+00:00"))


def _iso(moment: datetime) -> str:
    return moment.isoformat().replace("+00:00", "Z")


def test_a_sale_opens_by_itself_accepts_purchases_and_closes_by_itself(local_runtime: RunningRuntime):
    credentials = {"username": "operator", "password": "siyu-operator-demo"}
    admin = local_runtime.post("/v1/admin/auth/login", credentials)
    admin_token = admin.json()["access_token"]
    buyer = local_runtime.login("e2e-flash-buyer")["access_token"]
    waiter = local_runtime.login("e2e-flash-waiter")
    # Seconds of margin each way: on a busy 2-core machine a cold start alone can take several.
    starts = _runtime_now(local_runtime) + timedelta(seconds=15)
    created = local_runtime.post(
        "/v1/admin/flash-sales",
        {
            "sku": "SKU-NMLC",
            "name": "柠檬茶 e2e 秒杀",
            "sale_price_fen": 600,
            "stock": 3,
            "starts_at": _iso(starts),
            "ends_at": _iso(starts + timedelta(seconds=20)),
        },
        token=admin_token,
        headers={"Idempotency-Key": "e2e-flash-sale-1"},
    )
    assert created.status == 201, created.body
    sale_id = created.json()["sale_id"]

    def scheduled() -> set[str]:
        return {s["name"] for s in local_runtime.get("/_local/schedules").json()["scheduler"]}

    wait_for(
        lambda: {f"flash-{sale_id}-open", f"flash-{sale_id}-close"} <= scheduled(),
        "open/close schedules",
        timeout=10,
    )

    reminded = local_runtime.post(f"/v1/flash-sales/{sale_id}/remind", token=waiter["access_token"])
    assert reminded.status == 201, reminded.body
    early = local_runtime.post(
        f"/v1/flash-sales/{sale_id}/purchase", token=buyer, headers={"Idempotency-Key": "e2e-buy-0001"}
    )
    assert (early.status, early.json()["error"]["code"]) == (409, "FLASH_SALE_NOT_STARTED")
    listed = local_runtime.get("/v1/flash-sales").json()
    mine = next(s for s in listed["sales"] if s["sale_id"] == sale_id)
    assert mine["state"] == "upcoming"
    assert 0 < mine["seconds_to_start"] <= 16

    def status() -> str:
        view = local_runtime.get(f"/v1/admin/flash-sales/{sale_id}", token=admin_token).json()
        return str(view["sale"]["status"])

    wait_for(
        lambda: status() == "OPEN", "the opener schedule to open the sale", timeout=40
    )  # nobody called anything: the schedule did
    bought = local_runtime.post(
        f"/v1/flash-sales/{sale_id}/purchase", token=buyer, headers={"Idempotency-Key": "e2e-buy-0002"}
    )
    assert bought.status == 201, bought.body
    assert (bought.json()["purchase"]["price_fen"], bought.json()["purchase"]["status"]) == (600, "HELD")

    def reminder_sent() -> bool:
        messages = local_runtime.get("/_local/kuaishou/messages").json()
        return any(sale_id in m["page"] for m in messages)

    wait_for(reminder_sent, "the opening reminder sent", timeout=10)

    wait_for(lambda: status() == "CLOSED", "the closer schedule to close the sale", timeout=45)
    late = local_runtime.post(
        f"/v1/flash-sales/{sale_id}/purchase", token=buyer, headers={"Idempotency-Key": "e2e-buy-0003"}
    )
    assert (late.status, late.json()["error"]["code"]) == (409, "FLASH_SALE_ENDED")
    view = local_runtime.get(f"/v1/admin/flash-sales/{sale_id}", token=admin_token).json()
    assert (view["stock"]["remaining"], view["stock"]["taken"]) == (2, 1)
    assert view["schedules"] == {}  # both one-time schedules deleted themselves after firing


def _pay(runtime: RunningRuntime, order_id: str) -> None:
    paid = runtime.request(
        "POST",
        "/pay",
        raw=urlencode({"out_order_no": order_id}).encode(),
        headers={"Content-Type": "application/x-www-form-urlencoded", "Accept": "application/json"},
        base=runtime.info["kuaishou_url"],
    )
    assert paid.status == 200, paid.body


def test_a_group_forms_when_both_members_pay_and_their_orders_are_confirmed(local_runtime: RunningRuntime):
    credentials = {"username": "operator", "password": "siyu-operator-demo"}
    admin_token = local_runtime.post("/v1/admin/auth/login", credentials).json()["access_token"]
    deal = local_runtime.post(
        "/v1/admin/group-buys",
        {
            "sku": "SKU-ZSPT",
            "store_id": "STORE-JINGAN",
            "name": "芝士葡萄 e2e 2人团",
            "group_price_fen": 1500,
            "group_size": 2,
            "hours_to_fill": 1,
            "ends_at": _iso(_runtime_now(local_runtime) + timedelta(days=1)),
        },
        token=admin_token,
        headers={"Idempotency-Key": "e2e-group-deal-1"},
    )
    assert deal.status == 201, deal.body
    leader = local_runtime.login("e2e-group-leader")["access_token"]
    friend = local_runtime.login("e2e-group-friend")["access_token"]
    deal_id = deal.json()["deal_id"]
    started = local_runtime.post(
        f"/v1/group-buys/{deal_id}/groups", token=leader, headers={"Idempotency-Key": "e2e-group-start-1"}
    )
    assert started.status == 201, started.body
    group_id = started.json()["group"]["group_id"]
    joined = local_runtime.post(f"/v1/group-buys/groups/{group_id}/join", token=friend)
    assert joined.status == 201, joined.body
    orders = {leader: started.json()["order"]["order_id"], friend: joined.json()["order"]["order_id"]}

    for order_id in orders.values():
        _pay(local_runtime, order_id)

    # The payments reach the group through the outbox and the bus; the group forms, and its
    # GroupFormed confirms both orders the same way.
    def group_status() -> str:
        view = local_runtime.get(f"/v1/group-buys/groups/{group_id}", token=leader).json()
        return str(view["group"]["status"])

    def confirmed() -> bool:
        views = [local_runtime.get(f"/v1/orders/{o}", token=t).json() for t, o in orders.items()]
        return all(v["hold"] is None for v in views)

    wait_for(lambda: group_status() == "FORMED", "the group FORMED", timeout=60)
    wait_for(confirmed, "every group order confirmed", timeout=20)
    view = local_runtime.get(f"/v1/orders/{orders[friend]}", token=friend).json()
    assert (view["status"], view["amounts"]["total_fen"], view["source"]) == ("PAID", 1500, "group_buy")
