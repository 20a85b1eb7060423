"""Reviews racing on DynamoDB Local (atomic conditional writes and transactions): one review
per order line, and a product's rating exact after many reviews at once."""

from __future__ import annotations

from concurrent.futures import ThreadPoolExecutor
from typing import Any

import pytest

from siyu.errors import SiyuError
from siyu.members import account
from siyu.reviews import reviews
from siyu.reviews.reviews import ReviewIn
from tests.reviews.support import member, order, rating_item, setup_menu, stored_reviews
from tests.support import events

pytestmark = pytest.mark.concurrency


def _submit(member_id: str, order_id: str, line: int, body: dict[str, Any]) -> tuple[str, bool | None]:
    try:
        result = reviews.submit(member_id, order_id, line, ReviewIn.model_validate(body))
    except SiyuError as exc:
        return exc.code, None
    return "OK", result.created


def test_one_review_per_line_when_retries_and_other_bodies_race(atomic_dynamodb):
    setup_menu(task_points=10)
    member_id, _ = member()
    order_id = order(member_id, ["P-TEA"])
    bodies = [{"rating": 5, "text": "好喝"}] * 8 + [{"rating": 1, "text": f"第{n}次"} for n in range(4)]
    with ThreadPoolExecutor(12) as pool:
        results = list(pool.map(lambda b: _submit(member_id, order_id, 0, b), bodies))

    stored = stored_reviews()
    assert len(stored) == 1
    winner = {"rating": int(stored[0].rating), "text": stored[0].text}
    assert sum(1 for r in results if r == ("OK", True)) == 1
    same = [r for b, r in zip(bodies, results, strict=True) if b == winner]
    other = [r for b, r in zip(bodies, results, strict=True) if b != winner]
    assert all(r[0] == "OK" for r in same)  # the winner and its retries
    assert {r[0] for r in other} == {"REVIEW_EXISTS"}
    assert rating_item("P-TEA")["count"] == 1
    assert len(events("ProductReviewed")) == 1
    assert account.read(member_id).balance == 10  # the comment task once


def test_the_rating_is_exact_after_concurrent_reviews_and_hides(atomic_dynamodb):
    setup_menu(task_points=0)
    jobs = []
    for n in range(15):
        member_id, _ = member(f"会员{n}")
        jobs.append((member_id, order(member_id, ["P-MANGO"]), 1 + n % 5))
    with ThreadPoolExecutor(15) as pool:
        results = list(pool.map(lambda j: _submit(j[0], j[1], 0, {"rating": j[2]}), jobs))
    assert results == [("OK", True)] * 15
    assert rating_item("P-MANGO") == {
        "count": 15,
        "sum": sum(j[2] for j in jobs),
        "histogram": {"1": 3, "2": 3, "3": 3, "4": 3, "5": 3},
    }

    # Staff hide five at once, each twice: each comes out of the rating once.
    hidden = jobs[:5]
    with ThreadPoolExecutor(10) as pool:
        list(pool.map(lambda j: reviews.hide(j[1], 0, "admin-1", "测试"), hidden + hidden))
    assert rating_item("P-MANGO") == {
        "count": 10,
        "sum": sum(j[2] for j in jobs[5:]),
        "histogram": {"1": 2, "2": 2, "3": 2, "4": 2, "5": 2},
    }
