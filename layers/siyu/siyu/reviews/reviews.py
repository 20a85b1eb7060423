"""Reviews of order lines: once per line, moderated before they are stored, counted in the
product's rating in the same transaction.

Submitting: the member's own order, picked up within REVIEW_WINDOW; one review per order
line (the natural key `REVIEW#<order>` / `LINE#<nn>`, a conditional put): a retry with the
same body returns the review already stored, another body is `REVIEW_EXISTS`. The text
passes `moderation.moderate` first (refused: nothing stored). One transaction writes the
review, adds it to `RATING#<product>` (count, sum, histogram: ADDs, exact under concurrency)
and stages `ProductReviewed`. The member's daily comment task completes from that event
(siyu.members.tasks, once per Shanghai day by the fact `review-day:<day>`); the route also
completes it right away, with the same fact, so the member sees the points at once.
"""

from __future__ import annotations

import json
import random
import time
from dataclasses import dataclass
from datetime import datetime, timedelta
from typing import Any

from pynamodb.exceptions import TransactWriteError
from pynamodb.expressions.update import Action
from pynamodb.transactions import TransactWrite

from siyu import clock
from siyu.db import transaction
from siyu.errors import define_error
from siyu.events import DomainEvent, stage
from siyu.members import tasks
from siyu.members.models import Member
from siyu.observability import logger
from siyu.orders.errors import OrderNotFound
from siyu.orders.models import Order
from siyu.orders.paging import decode_cursor, encode_cursor
from siyu.orders.schemas import PICKED_UP
from siyu.reviews import moderation
from siyu.reviews.models import ProductRating, Review
from siyu.reviews.schemas import HIDDEN, SHOWN, ReviewIn, review_id
from siyu.txn import cancelled

REVIEW_WINDOW = timedelta(days=30)  # after pickup
ATTEMPTS = 12  # a hot product's rating item: concurrent transactions conflict, then retry

ReviewExists = define_error("REVIEW_EXISTS", 409, "该商品已评价过")
ReviewNotFound = define_error("REVIEW_NOT_FOUND", 404, "评价不存在")
OrderLineNotFound = define_error("ORDER_LINE_NOT_FOUND", 404, "订单中没有该商品")
OrderNotReviewable = define_error("ORDER_NOT_REVIEWABLE", 409, "订单取餐后才能评价，且需在取餐后30天内")
ReviewBusy = define_error("REVIEW_BUSY", 503, "评价人数较多，请稍后再试")


@dataclass(frozen=True)
class Submitted:
    review: Review
    created: bool  # false: the same review was stored before (a retry)
    comment_task: dict[str, Any] | None  # the comment task completed now, if any


def parse_review_id(value: str) -> tuple[str, int]:
    order_id, _, line = value.rpartition("-")
    if not order_id or not line.isdigit():
        raise ReviewNotFound(details={"review_id": value})
    return order_id, int(line)


def _own_order(member_id: str, order_id: str) -> Order:
    try:
        order = Order.get(*Order.key(order_id), consistent_read=True)
    except Order.DoesNotExist:
        raise OrderNotFound(details={"order_id": order_id}) from None
    if order.member_id != member_id:
        raise OrderNotFound(details={"order_id": order_id})
    return order


def _get(order_id: str, line: int) -> Review | None:
    try:
        return Review.get(*Review.key(order_id, line), consistent_read=True)
    except Review.DoesNotExist:
        return None


def _author(member_id: str) -> str:
    """The nickname as others see it: first character, then **."""
    try:
        nickname = Member.get(*Member.key(member_id)).nickname or ""
    except Member.DoesNotExist:
        nickname = ""
    return f"{nickname[0]}**" if nickname else "匿名会员"


def _repeat(existing: Review, digest: str) -> Submitted:
    if existing.request_hash != digest:
        raise ReviewExists(details={"review_id": review_id(existing.order_id, int(existing.line))})
    return Submitted(existing, created=False, comment_task=None)


def stage_rating(tx: TransactWrite, product_id: str, rating: int, sign: int) -> None:
    """Add (sign=1) or take out (sign=-1) one rating of the product's aggregate."""
    histogram = getattr(ProductRating, f"r{rating}")
    tx.update(
        ProductRating(*ProductRating.key(product_id)),
        actions=[
            ProductRating.product_id.set(product_id),
            ProductRating.reviews.add(sign),
            ProductRating.total.add(sign * rating),
            histogram.add(sign),
        ],
    )


def _pause(attempt: int) -> None:
    time.sleep(random.uniform(0, 0.01 * 2 ** min(attempt, 5)))


def order_lines(order: Order) -> list[dict[str, Any]]:
    return list(json.loads(order.lines))


def reviewable(order: Order, now: datetime | None = None) -> bool:
    """Picked up, and within REVIEW_WINDOW of the pickup."""
    if order.status != PICKED_UP or not order.picked_up_at:
        return False
    return (now or clock.now()) <= clock.parse_iso(order.picked_up_at) + REVIEW_WINDOW


def submit(member_id: str, order_id: str, line: int, body: ReviewIn) -> Submitted:
    order = _own_order(member_id, order_id)
    lines = order_lines(order)
    if not 0 <= line < len(lines):
        raise OrderLineNotFound(details={"order_id": order_id, "line": line, "lines": len(lines)})
    digest = body.digest()
    existing = _get(order_id, line)
    if existing is not None:
        return _repeat(existing, digest)
    now = clock.now()
    if not reviewable(order, now):
        raise OrderNotReviewable(details={"order_id": order_id, "status": order.status})
    verdict = moderation.moderate(body.text)
    target = lines[line]
    at = clock.iso(now)
    review = Review(
        *Review.key(order_id, line),
        gsi1pk=Review.index_pk(target["product_id"], SHOWN),
        gsi1sk=Review.index_sk(at, order_id, line),
        order_id=order_id,
        line=line,
        member_id=member_id,
        author=_author(member_id),
        product_id=target["product_id"],
        product_name=target["name"],
        sku_name=target["sku_name"],
        store_id=order.store_id,
        rating=body.rating,
        text=body.text,
        photos=list(body.photos),
        status=SHOWN,
        request_hash=digest,
        moderation=verdict.checker,
        created_at=at,
        updated_at=at,
    )
    day = clock.shanghai_day(now).isoformat()
    for attempt in range(ATTEMPTS):
        try:
            with transaction() as tx:
                tx.save(review, condition=Review.pk.does_not_exist(), return_values="ALL_OLD")
                stage_rating(tx, target["product_id"], body.rating, 1)
                stage(
                    tx,
                    DomainEvent(
                        type="ProductReviewed",
                        member_id=member_id,
                        data={
                            "order_id": order_id,
                            "line": line,
                            "product_id": target["product_id"],
                            "store_id": order.store_id,
                            "rating": body.rating,
                            "day": day,
                        },
                    ),
                )
        except TransactWriteError as exc:
            if cancelled(exc).item(*Review.key(order_id, line)) is not None:
                stored = _get(order_id, line)
                if stored is not None:
                    return _repeat(stored, digest)
            _pause(attempt)
            continue
        return Submitted(review, created=True, comment_task=complete_comment_task(member_id, day))
    raise ReviewBusy()


def complete_comment_task(member_id: str, day: str) -> dict[str, Any] | None:
    """The comment task for the day's first review (idempotent by the day: the event path
    and this call cannot both count). A failure here is left to the event path."""
    try:
        done = tasks.complete_observed(member_id, "comment", f"review-day:{day}")
    except Exception:  # the ProductReviewed consumer completes it (at least once)
        logger.exception("comment task not completed inline; the event will", extra={"member": member_id})
        return None
    return done[0].as_dict() if done else None


# ---------------------------------------------------------------- reads
def rating_of(product_id: str) -> dict[str, Any]:
    try:
        item = ProductRating.get(*ProductRating.key(product_id))
        count, total, histogram = int(item.reviews), int(item.total), item.histogram()
    except ProductRating.DoesNotExist:
        count, total, histogram = 0, 0, {str(n): 0 for n in range(1, 6)}
    return {
        "product_id": product_id,
        "count": count,
        "sum": total,
        "average": round(total / count, 2) if count else None,
        "histogram": histogram,
    }


@dataclass(frozen=True)
class ReviewPage:
    reviews: list[Review]
    next_cursor: str | None


def product_reviews(
    product_id: str, *, status: str = SHOWN, limit: int = 10, cursor: str | None = None
) -> ReviewPage:
    """A product's reviews, newest first: one Query on gsi1."""
    results = Review.gsi1.query(
        Review.index_pk(product_id, status),
        scan_index_forward=False,
        limit=limit,
        last_evaluated_key=decode_cursor(cursor),
    )
    reviews = list(results)
    next_key = results.last_evaluated_key if len(reviews) == limit else None
    return ReviewPage(reviews, encode_cursor(next_key))


def order_reviews(member_id: str, order_id: str) -> tuple[Order, list[Review]]:
    """The member's order and the reviews of its lines (one Query on the order's reviews)."""
    order = _own_order(member_id, order_id)
    return order, list(Review.query(f"REVIEW#{order_id}", consistent_read=True))


def get_review(order_id: str, line: int) -> Review:
    review = _get(order_id, line)
    if review is None:
        raise ReviewNotFound(details={"review_id": review_id(order_id, line)})
    return review


# ---------------------------------------------------------------- staff
def _set_status(order_id: str, line: int, to: str, admin_id: str, reason: str | None) -> Review:
    """Hide (SHOWN → HIDDEN) or restore (HIDDEN → SHOWN) once, the rating with it; a repeat
    returns the review as it is."""
    for attempt in range(ATTEMPTS):
        review = get_review(order_id, line)
        if review.status == to:
            return review
        now = clock.now_iso()
        actions: list[Action] = [
            Review.status.set(to),
            Review.gsi1pk.set(Review.index_pk(review.product_id, to)),
            Review.updated_at.set(now),
        ]
        if to == HIDDEN:
            actions += [Review.hidden_reason.set(reason or ""), Review.hidden_by.set(admin_id)]
        else:
            actions += [Review.hidden_reason.remove(), Review.hidden_by.remove()]
        try:
            with transaction() as tx:
                tx.update(review, actions=actions, condition=Review.status == review.status)
                stage_rating(tx, review.product_id, int(review.rating), 1 if to == SHOWN else -1)
        except TransactWriteError as exc:
            cancelled(exc)
            _pause(attempt)
            continue
        return get_review(order_id, line)
    raise ReviewBusy()


def hide(order_id: str, line: int, admin_id: str, reason: str) -> Review:
    return _set_status(order_id, line, HIDDEN, admin_id, reason)


def restore(order_id: str, line: int, admin_id: str) -> Review:
    return _set_status(order_id, line, SHOWN, admin_id, None)


def reply(order_id: str, line: int, admin_id: str, text: str) -> Review:
    """The shop's reply (replaces an earlier one; staff text is not moderated)."""
    review = get_review(order_id, line)
    now = clock.now_iso()
    review.update(
        actions=[
            Review.reply.set(text),
            Review.replied_by.set(admin_id),
            Review.replied_at.set(now),
            Review.updated_at.set(now),
        ],
        condition=Review.pk.exists(),
    )
    return get_review(order_id, line)
