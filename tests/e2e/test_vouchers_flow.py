"""The voucher counter end to end on the local runtime (its own worker processes, DynamoDB
Local and the fake local-life platform): a voucher bought on Kuaishou is prepared and verified
at the counter, the ks_local order shows in the store's order list, the buyer is linked by
member code (points, first-visit coupon), the same code confirmed from many counters at once
(requests spread over the function's containers) is verified once, a verify that times out
twice is recovered, an undo, and the day's reconciliation with the platform's bill."""

from __future__ import annotations

import threading
from collections import Counter

import pytest

from tests.e2e.conftest import RunningRuntime

pytestmark = pytest.mark.e2e
STORE = "STORE-JINGAN"


def _staff(runtime: RunningRuntime) -> str:
    login = runtime.post("/v1/admin/auth/login", {"username": "operator", "password": "siyu-operator-demo"})
    assert login.status == 200, login.body
    return str(login.json()["access_token"])


def _sell(runtime: RunningRuntime, **spec: object) -> dict:
    sold = runtime.post("/_local/locallife", {"action": "sell", **spec})
    assert sold.status == 200, sold.body
    return dict(sold.json()["result"])


def _prepare(runtime: RunningRuntime, token: str, code: str) -> dict:
    prepared = runtime.post("/v1/admin/vouchers/prepare", {"store_id": STORE, "code": code}, token=token)
    assert prepared.status == 200, prepared.body
    return dict(prepared.json())


def _verify(runtime: RunningRuntime, token: str, prepared: dict, key: str):
    body = {
        "store_id": STORE,
        "certificate_id": prepared["voucher"]["certificate_id"],
        "verify_token": prepared["verify_token"],
    }
    return runtime.post("/v1/admin/vouchers/verify", body, token=token, headers={"Idempotency-Key": key})


def bind_demo_stores(runtime: RunningRuntime) -> None:
    """The demo's voucher settings, again (another test on this runtime may have changed them)."""
    from siyu_local.demo.vouchers import POIS

    owner = runtime.post("/v1/admin/auth/login", {"username": "owner", "password": "siyu-owner-demo"})
    body = {"pois": POIS, "points_per_yuan": 1, "first_visit_template_id": "DEMO-NEWCOMER"}
    saved = runtime.request("PUT", "/v1/admin/vouchers/settings", body, token=owner.json()["access_token"])
    assert saved.status == 200, saved.body


def test_the_counter_flow_on_the_local_runtime(local_runtime: RunningRuntime) -> None:
    runtime = local_runtime
    bind_demo_stores(runtime)
    token = _staff(runtime)

    # 1. a voucher bought on Kuaishou, verified at the counter, seen in the store's orders
    sold = _sell(runtime, title="双人下午茶套餐", pay_fen=5990, original_fen=8800)
    prepared = _prepare(runtime, token, sold["code"])
    assert (prepared["voucher"]["title"], prepared["voucher"]["pay_fen"]) == ("双人下午茶套餐", 5990)
    done = _verify(runtime, token, prepared, "e2e-voucher-0001")
    assert done.status == 200, done.body
    voucher = done.json()
    assert voucher["state"] == "verified"
    # (other tests on this worker's runtime verify vouchers at this store too)
    orders = runtime.get(f"/v1/admin/orders?store_id={STORE}&source=ks_local", token=token).json()
    ours = [o for o in orders["orders"] if o["order_id"] == voucher["order_id"]]
    assert [o["status"] for o in ours] == ["PICKED_UP"], orders
    assert {o["source"] for o in orders["orders"]} == {"ks_local"}

    # 2. the buyer shows their member code: points by the demo rule (1 per yuan) and the coupon
    member = runtime.login("e2e-voucher-buyer")["member"]
    linked = runtime.post(
        f"/v1/admin/vouchers/{sold['certificate_id']}/member",
        {"member_code": member["member_id"]},
        token=token,
    )
    assert linked.status == 200, linked.body
    assert linked.json()["points"] == 59
    assert linked.json()["coupon_id"]

    # 3. the same code confirmed from eight counters at once: verified once
    raced = _sell(runtime, title="招牌杨枝甘露 2 杯", pay_fen=2490, original_fen=3600)
    tokens = [_prepare(runtime, token, raced["code"]) for _ in range(8)]
    barrier = threading.Barrier(len(tokens))
    outcomes: list[str] = []

    def confirm(i: int) -> None:
        barrier.wait()
        answer = _verify(runtime, token, tokens[i], f"e2e-race-counter-{i}")
        outcomes.append("verified" if answer.status == 200 else answer.json()["error"]["code"])

    threads = [threading.Thread(target=confirm, args=(i,)) for i in range(len(tokens))]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    counts = Counter(outcomes)
    assert counts["verified"] == 1, counts
    assert set(counts) <= {"verified", "VOUCHER_BUSY", "VOUCHER_USED"}, counts
    count = runtime.post(
        "/_local/locallife", {"action": "verified_count", "certificate_id": raced["certificate_id"]}
    )
    assert count.json()["result"] == 1

    # 4. a verify whose answers are lost twice: 504, then 重新确认 finishes it
    slow = _sell(runtime, title="50 元代金券", pay_fen=4500, original_fen=5000)
    slow_prepared = _prepare(runtime, token, slow["code"])
    for _ in range(2):
        runtime.post("/_local/locallife", {"action": "delay_next_verify", "seconds": 4})
    timed_out = _verify(runtime, token, slow_prepared, "e2e-voucher-slow")
    assert timed_out.status == 504, timed_out.body
    assert timed_out.json()["error"]["code"] == "VOUCHER_PLATFORM_TIMEOUT"
    recovered = runtime.post(
        f"/v1/admin/vouchers/{slow['certificate_id']}/recover",
        token=token,
        headers={"Idempotency-Key": "e2e-voucher-slow"},
    )
    assert recovered.status == 200, recovered.body
    assert recovered.json()["state"] == "verified"

    # 5. an undo within the window
    undone = runtime.post(f"/v1/admin/vouchers/{slow['certificate_id']}/cancel", token=token)
    assert undone.status == 200, undone.body
    assert undone.json()["state"] == "cancelled"

    # 6. the day reconciles with the platform's bill (the undone voucher: verify and cancel)
    # (the day's list holds what other tests on this runtime verified too; each must match)
    listed = runtime.get("/v1/admin/vouchers", token=token).json()
    day = listed["day"]
    of_day = {v["certificate_id"]: v["state"] for v in listed["vouchers"]}
    mine = [sold["certificate_id"], raced["certificate_id"], slow["certificate_id"]]
    assert [of_day.get(c) for c in mine] == ["verified", "verified", "cancelled"], of_day
    reconciled = runtime.post(f"/v1/admin/vouchers/reconciliations/{day}/run", token=token)
    assert reconciled.status == 200, reconciled.body
    assert reconciled.json()["issues"] == []
    verified_that_day = [v for v in listed["vouchers"] if v["verify_id"]]
    assert reconciled.json()["matched"] == len(verified_that_day) >= 3
