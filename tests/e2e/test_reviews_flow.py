"""Reviews and recommendations through the local runtime: a paid order reaches the
recommendation counts through the outbox, the bus and the OrderPaid consumer; once picked
up, its lines are reviewed, the comment task completes and the product page shows it."""

from __future__ import annotations

from urllib.parse import urlencode

import pytest

from tests.e2e.conftest import RunningRuntime, wait_for

pytestmark = pytest.mark.e2e


def test_pay_pick_up_review_and_see_it_recommended(local_runtime: RunningRuntime):
    token = local_runtime.login("e2e-reviews-buyer")["access_token"]
    # 柠檬茶 with 黑糖珍珠鲜奶: a pair the demo counts do not hold.
    body = {
        "store_id": "STORE-JINGAN",
        "items": [
            {"product_id": "SKU-NMLC", "sku_id": "M", "quantity": 1},
            {"product_id": "SKU-HTZZ", "sku_id": "M", "quantity": 1},
        ],
    }

    def score() -> float:
        """The score of 黑糖珍珠鲜奶 next to a cart holding 柠檬茶."""
        answer = local_runtime.get(
            "/v1/recommendations?context=cart&store_id=STORE-JINGAN&items=SKU-NMLC&limit=20"
        )
        return next(p["score"] for p in answer.json()["products"] if p["product_id"] == "SKU-HTZZ")

    before = score()
    created = local_runtime.post(
        "/v1/orders", body, token=token, headers={"Idempotency-Key": "e2e-review-0001"}
    )
    assert created.status == 201, created.body
    order_id = created.json()["order"]["order_id"]
    paid = local_runtime.request(
        "POST",
        "/pay",
        raw=urlencode({"out_order_no": order_id}).encode(),
        headers={"Content-Type": "application/x-www-form-urlencoded", "Accept": "application/json"},
        base=local_runtime.info["kuaishou_url"],
    )
    assert paid.status == 200, paid.body

    # OrderPaid → outbox → bus → the reviews consumer counts the pair.
    wait_for(lambda: score() > before, "the paid order counted for recommendations", timeout=30)

    operator = local_runtime.post(
        "/v1/admin/auth/login", {"username": "operator", "password": "siyu-operator-demo"}
    ).json()["access_token"]
    assert local_runtime.post(f"/v1/admin/orders/{order_id}/picked-up", {}, token=operator).status == 200
    review = {"rating": 5, "text": "柠檬很香", "photos": ["https://cdn.siyu.local/r/1.jpg"]}
    answer = local_runtime.request("PUT", f"/v1/orders/{order_id}/lines/0/review", review, token=token)
    assert answer.status == 200, answer.body
    assert answer.json()["comment_task"]["task_id"] == "comment"
    page = local_runtime.get("/v1/products/SKU-NMLC/reviews").json()
    assert page["rating"]["count"] == 1
    assert page["reviews"][0]["text"] == "柠檬很香"
