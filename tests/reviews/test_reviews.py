"""Reviews through the handler: once per line, moderation, the rating aggregate, the comment
task once per day, staff hide / restore / reply, and bad input that stores nothing."""

from __future__ import annotations

import os
from datetime import timedelta

import pytest

from siyu import clock
from siyu.config import get_settings
from siyu.events import DomainEvent
from siyu.members import account, tasks
from siyu.members.models import TaskProgress
from siyu.orders.schemas import PAID
from tests.reviews.support import advance, api, member, order, rating_item, review, setup_menu, stored_reviews
from tests.support import admin_token, event_data


@pytest.fixture(autouse=True)
def _menu(aws):
    setup_menu(task_points=10)


def _comment_done(member_id: str) -> int:
    period = clock.shanghai_day().isoformat()
    try:
        return int(TaskProgress.get(*TaskProgress.key(member_id, period, "comment")).done)
    except TaskProgress.DoesNotExist:
        return 0


def test_a_review_is_stored_once_counted_in_the_rating_and_shown_on_the_product_page():
    member_id, token = member("小红")
    order_id = order(member_id, ["P-TEA", "P-GRAPE"])
    status, body = review(
        token, order_id, 1, rating=4, text="葡萄很新鲜", photos=["https://cdn.example.com/a.jpg"]
    )
    assert status == 200
    assert body["created"] is True
    assert body["review"]["product_id"] == "P-GRAPE"
    assert body["review"]["author"] == "小**"
    assert body["comment_task"]["completed"] is True
    assert rating_item("P-GRAPE") == {
        "count": 1,
        "sum": 4,
        "histogram": {"1": 0, "2": 0, "3": 0, "4": 1, "5": 0},
    }
    assert event_data("ProductReviewed")[0]["product_id"] == "P-GRAPE"

    # A retry with the same body returns the stored review; nothing is counted twice.
    status, again = review(
        token, order_id, 1, rating=4, text="葡萄很新鲜", photos=["https://cdn.example.com/a.jpg"]
    )
    assert (status, again["created"], again["review"]) == (200, False, body["review"])
    assert rating_item("P-GRAPE")["count"] == 1
    # Another body for the same line is refused.
    status, error = review(token, order_id, 1, rating=1)
    assert (status, error["error"]["code"]) == (409, "REVIEW_EXISTS")

    status, page = api("GET", "/v1/products/P-GRAPE/reviews")
    assert status == 200
    assert page["rating"] == {
        "product_id": "P-GRAPE",
        "count": 1,
        "sum": 4,
        "average": 4.0,
        "histogram": {"1": 0, "2": 0, "3": 0, "4": 1, "5": 0},
    }
    assert [r["text"] for r in page["reviews"]] == ["葡萄很新鲜"]
    assert "member_id" not in page["reviews"][0]
    assert "order_id" not in page["reviews"][0]
    assert "review_id" not in page["reviews"][0]

    status, mine = api("GET", f"/v1/orders/{order_id}/reviews", token=token)
    assert status == 200
    assert mine["reviewable"] is True
    assert [ln["review"] is not None for ln in mine["lines"]] == [False, True]


BAD_BODIES = [
    ({"rating": 0}, "rating"),
    ({"rating": 6}, "rating"),
    ({"rating": "five"}, "rating"),
    ({"text": "好"}, "rating"),
    ({"rating": 5, "text": "好" * 501}, "text"),
    ({"rating": 5, "photos": ["http://cdn.example.com/a.jpg"]}, "photos"),
    ({"rating": 5, "photos": [f"https://cdn.example.com/{n}.jpg" for n in range(7)]}, "photos"),
    ({"rating": 5, "stars": 5}, "stars"),
    ({"rating": 5, "text": "ok\x07"}, "control_characters"),
]


def test_bad_input_is_a_validation_error_and_stores_nothing():
    member_id, token = member()
    order_id = order(member_id, ["P-TEA"])
    for body, field in BAD_BODIES:
        status, error = api("PUT", f"/v1/orders/{order_id}/lines/0/review", body, token=token)
        assert (status, error["error"]["code"]) == (400, "VALIDATION_ERROR"), body
        assert field in str(error["error"]["details"]), body
    assert api("PUT", f"/v1/orders/{order_id}/lines/x/review", {"rating": 5}, token=token)[0] == 400
    assert stored_reviews() == []
    assert rating_item("P-TEA") is None
    assert event_data("ProductReviewed") == []


def test_refused_orders_and_lines_store_nothing():
    member_id, token = member()
    other_id, _ = member("小明")
    picked = order(member_id, ["P-TEA"])
    unpicked = order(member_id, ["P-TEA"], status=PAID)
    someone_elses = order(other_id, ["P-TEA"])
    assert review(token, picked, 1)[1]["error"]["code"] == "ORDER_LINE_NOT_FOUND"
    assert review(token, unpicked)[1]["error"]["code"] == "ORDER_NOT_REVIEWABLE"
    assert review(token, someone_elses)[0] == 404
    assert review(token, "NO-SUCH-ORDER")[0] == 404
    advance(timedelta(days=31))
    assert review(token, picked)[1]["error"]["code"] == "ORDER_NOT_REVIEWABLE"
    assert stored_reviews() == []
    assert rating_item("P-TEA") is None


def test_moderation_refuses_blocked_words_and_stores_nothing():
    member_id, token = member()
    order_id = order(member_id, ["P-TEA"])
    status, error = review(token, order_id, text="想要优惠请 加 微 信 abc")
    assert (status, error["error"]["code"]) == (422, "REVIEW_TEXT_REJECTED")
    assert error["error"]["details"]["checker"] == "wordlist"
    assert stored_reviews() == []
    assert rating_item("P-TEA") is None
    assert _comment_done(member_id) == 0
    assert review(token, order_id, text="好喝")[0] == 200


@pytest.fixture
def kuaishou_moderation(monkeypatch):
    monkeypatch.setitem(os.environ, "REVIEW_MODERATION", "kuaishou")
    get_settings.cache_clear()
    yield
    get_settings.cache_clear()


def test_kuaishou_content_check_refuses_and_an_outage_stores_nothing(kuaishou_moderation, fake_kuaishou):
    member_id, token = member()
    order_id = order(member_id, ["P-TEA", "P-GRAPE", "P-MANGO"])
    status, error = review(token, order_id, 0, text="这是假货")
    assert (status, error["error"]["code"]) == (422, "REVIEW_TEXT_REJECTED")
    assert error["error"]["details"] == {"checker": "kuaishou", "labels": ["prohibited"]}
    assert review(token, order_id, 0, text="待人工审核的内容")[0] == 422  # suggest=review is not shown
    fake_kuaishou.outage(True)
    try:
        status, error = review(token, order_id, 1, text="好喝")
    finally:
        fake_kuaishou.outage(False)
    assert (status, error["error"]["code"]) == (503, "MODERATION_UNAVAILABLE")
    assert stored_reviews() == []
    status, ok = review(token, order_id, 1, text="好喝")
    assert status == 200
    assert ok["review"]["text"] == "好喝"
    assert stored_reviews()[0].moderation == "kuaishou"


def test_the_comment_task_completes_once_per_day_whatever_the_reviews_and_events():
    member_id, token = member()
    first, second = order(member_id, ["P-TEA", "P-GRAPE"]), order(member_id, ["P-MANGO"])
    assert review(token, first, 0)[1]["comment_task"]["done"] == 1
    assert review(token, first, 1)[1]["comment_task"] is None
    assert review(token, second, 0)[1]["comment_task"] is None
    # The consumer of ProductReviewed (at least once) finds the day done.
    for data in event_data("ProductReviewed"):
        tasks.on_event(DomainEvent(type="ProductReviewed", member_id=member_id, data=data))
    assert _comment_done(member_id) == 1
    assert account.read(member_id).balance == 10
    # The next Shanghai day counts again.
    advance(timedelta(days=1))
    third = order(member_id, ["P-CAKE"])
    assert review(token, third, 0)[1]["comment_task"]["done"] == 1
    assert account.read(member_id).balance == 20


def test_the_comment_task_completes_from_the_event_when_the_route_did_not():
    member_id, _ = member()
    day = clock.shanghai_day().isoformat()
    event = DomainEvent(type="ProductReviewed", member_id=member_id, data={"day": day, "product_id": "P-TEA"})
    tasks.on_event(event)
    tasks.on_event(event)  # redelivered
    assert _comment_done(member_id) == 1
    assert account.read(member_id).balance == 10


def test_a_member_cannot_claim_the_comment_task_without_a_review():
    _, token = member()
    from members_app import handler as members_handler

    from tests.conftest import Api

    status, error = Api(members_handler)(
        "POST", "/v1/tasks/comment/complete", {}, token=token, headers={"idempotency-key": "claim-0001"}
    )
    assert (status, error["error"]["code"]) == (403, "TASK_NOT_CLAIMABLE")


def test_staff_hide_restore_and_reply_keep_the_rating_exact():
    member_id, token = member()
    order_id = order(member_id, ["P-TEA", "P-TEA"])
    review(token, order_id, 0, rating=5, text="很好")
    review(token, order_id, 1, rating=2, text="太甜")
    review_id = f"{order_id}-01"
    operator, analyst = admin_token("operator"), admin_token("analyst", admin_id="analyst-1")

    status, _error = api(
        "POST", f"/v1/admin/reviews/{review_id}/hide", {"reason": "与商品无关"}, token=analyst
    )
    assert status == 403
    status, hidden = api(
        "POST", f"/v1/admin/reviews/{review_id}/hide", {"reason": "与商品无关"}, token=operator
    )
    assert (status, hidden["status"], hidden["hidden_by"]) == (200, "HIDDEN", "admin-1")
    assert api("POST", f"/v1/admin/reviews/{review_id}/hide", {"reason": "重复"}, token=operator)[0] == 200
    assert rating_item("P-TEA") == {
        "count": 1,
        "sum": 5,
        "histogram": {"1": 0, "2": 0, "3": 0, "4": 0, "5": 1},
    }
    assert [r["text"] for r in api("GET", "/v1/products/P-TEA/reviews")[1]["reviews"]] == ["很好"]
    status, staff = api("GET", "/v1/admin/products/P-TEA/reviews", query="status=HIDDEN", token=analyst)
    assert [r["hidden_reason"] for r in staff["reviews"]] == ["与商品无关"]

    status, restored = api("POST", f"/v1/admin/reviews/{review_id}/restore", token=operator)
    assert (status, restored["status"], restored["hidden_reason"]) == (200, "SHOWN", None)
    assert rating_item("P-TEA")["count"] == 2
    assert rating_item("P-TEA")["sum"] == 7

    status, replied = api(
        "PUT", f"/v1/admin/reviews/{review_id}/reply", {"text": "已为您调整甜度"}, token=operator
    )
    assert (status, replied["reply"]) == (200, "已为您调整甜度")
    shown = api("GET", "/v1/products/P-TEA/reviews")[1]["reviews"]
    assert {r["reply"] for r in shown} == {"已为您调整甜度", None}
    assert (
        api("POST", "/v1/admin/reviews/NOPE-00/restore", token=operator)[1]["error"]["code"]
        == "REVIEW_NOT_FOUND"
    )


def test_product_reviews_are_paged_newest_first():
    member_id, token = member()
    order_id = order(member_id, ["P-CAKE"] * 3)
    for line in range(3):
        review(token, order_id, line, rating=3 + line, text=f"第{line}条")
        advance(timedelta(minutes=1))
    _, first = api("GET", "/v1/products/P-CAKE/reviews", query="limit=2")
    assert [r["text"] for r in first["reviews"]] == ["第2条", "第1条"]
    _, rest = api("GET", "/v1/products/P-CAKE/reviews", query=f"limit=2&cursor={first['next_cursor']}")
    assert [r["text"] for r in rest["reviews"]] == ["第0条"]
    assert rest["next_cursor"] is None
    assert first["rating"]["count"] == 3
    assert first["rating"]["average"] == 4.0
