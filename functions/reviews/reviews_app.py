"""Reviews capability: members review the lines of their picked-up orders and read a
product's reviews and rating; staff hide, restore and reply; recommendations for the home
page, the cart and after an order.

Its own function rather than routes on orders: nothing here touches money or stock, the
reads (product page, recommendations) are far more frequent than orders' writes, and the
function needs no Kuaishou payment secret — so its IAM, cold start and concurrency stay
apart from the payment path. The rules are in siyu.reviews and siyu.recommendations.

The domain (PynamoDB, botocore) is imported in the routes that use it, so importing this
module — every cold start — stays light (docs/DEVELOPING.md, Import rules)."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING, Annotated, Any, Literal

import siyu.lazy_powertools  # noqa: F401  (first import: defers Powertools' eager package inits)

from aws_lambda_powertools.event_handler.openapi.params import Path, Query
from pydantic import ConfigDict, Field

from siyu.auth import AnalystAdmin, CurrentMember, OperatorAdmin
from siyu.auth.security import OptionalMember
from siyu.base_model import SiyuModel
from siyu.errors import ValidationFailed
from siyu.http import PlainText, entry_point, make_app, returns
from siyu.observability import metrics
from siyu.recommendations.responses import Recommendations
from siyu.reviews import responses as R
from siyu.reviews.schemas import MAX_PHOTOS, MAX_REPLY, MAX_TEXT, SHOWN, ReviewIn

if TYPE_CHECKING:
    from siyu.reviews.models import Review

app = make_app()

RefId = Annotated[str, Path(min_length=1, max_length=64, pattern=r"^[A-Za-z0-9_.:-]+$")]
LineNo = Annotated[int, Path(ge=0, le=99, description="the line's position in the order, from 0")]
ReviewId = Annotated[str, Path(min_length=4, max_length=80, pattern=r"^[A-Za-z0-9_.:-]+-[0-9]{2}$")]
Limit = Annotated[int, Query(ge=1, le=50, description="page size")]
Cursor = Annotated[str | None, Query(max_length=2048, description="next_cursor of the previous page")]
ProductIds = Annotated[
    str | None,
    Query(
        max_length=1400,
        pattern=r"^[A-Za-z0-9_.:-]+(,[A-Za-z0-9_.:-]+){0,19}$",
        description="comma-separated, ≤ 20",
    ),
]


class HideIn(SiyuModel):
    model_config = ConfigDict(extra="forbid")

    reason: PlainText = Field(
        min_length=2, max_length=100, description="kept for staff; not shown to members"
    )


class ReplyIn(SiyuModel):
    model_config = ConfigDict(extra="forbid")

    text: PlainText = Field(min_length=1, max_length=MAX_REPLY)


def _reviews_page(
    product_id: str, view: Callable[[Review], dict[str, Any]], *, status: str, limit: int, cursor: str | None
) -> dict[str, Any]:
    from siyu.reviews import reviews

    page = reviews.product_reviews(product_id, status=status, limit=limit, cursor=cursor)
    return {
        "rating": reviews.rating_of(product_id),
        "reviews": [view(r) for r in page.reviews],
        "next_cursor": page.next_cursor,
    }


# ---------------------------------------------------------------- members
@app.put(
    "/v1/orders/<order_id>/lines/<line>/review",
    responses=returns(R.Submitted),
    summary="review one line of my picked-up order (once per line; a retry returns it)",
    description=f"Rating 1–5, text up to {MAX_TEXT} characters, up to {MAX_PHOTOS} https "
    "photo URLs. The text is moderated before it is stored: refused text is REVIEW_TEXT_REJECTED and nothing "
    "is stored. The same body again returns the stored review (`created: false`); another body is "
    "REVIEW_EXISTS. The day's first review completes the daily comment task.",
)
def submit_review(order_id: RefId, line: LineNo, body: ReviewIn, member: CurrentMember) -> dict[str, Any]:
    from siyu.reviews import reviews

    result = reviews.submit(member.member_id, order_id, line, body)
    if result.created:
        metrics.add_metric(name="ReviewsSubmitted", unit="Count", value=1)
    return {
        "review": R.my_view(result.review),
        "created": result.created,
        "comment_task": result.comment_task,
    }


@app.get(
    "/v1/orders/<order_id>/reviews",
    responses=returns(R.OrderReviews),
    summary="the lines of my order and my review of each",
)
def my_order_reviews(order_id: RefId, member: CurrentMember) -> dict[str, Any]:
    from siyu.reviews import reviews

    order, stored = reviews.order_reviews(member.member_id, order_id)
    by_line = {int(r.line): r for r in stored}
    lines = reviews.order_lines(order)
    return {
        "order_id": order_id,
        "status": order.status,
        "reviewable": reviews.reviewable(order),
        "lines": [
            {
                "line": n,
                "product_id": ln["product_id"],
                "name": ln["name"],
                "sku_name": ln["sku_name"],
                "review": R.my_view(by_line[n]) if n in by_line else None,
            }
            for n, ln in enumerate(lines)
        ],
    }


@app.get(
    "/v1/products/<product_id>/reviews",
    responses=returns(R.ProductReviews),
    summary="a product's rating and its reviews, newest first (paged)",
)
def product_reviews(product_id: RefId, limit: Limit = 10, cursor: Cursor = None) -> dict[str, Any]:
    return _reviews_page(product_id, R.public_view, status=SHOWN, limit=limit, cursor=cursor)


@app.get(
    "/v1/recommendations",
    responses=returns(Recommendations),
    summary="recommended products for the home page, the cart or after an order",
    description="`home`: from my purchases (bought today demoted); `cart`: bought with the cart's `items`; "
    "`after_order`: bought with `order_id`'s products. Without a login or a history: popular in the store "
    "at this time of day (Asia/Shanghai).",
)
def recommendations(
    member: OptionalMember,
    context: Annotated[Literal["home", "cart", "after_order"], Query()] = "home",
    store_id: Annotated[str | None, Query(min_length=1, max_length=64, pattern=r"^[A-Za-z0-9_.:-]+$")] = None,
    items: ProductIds = None,
    order_id: Annotated[str | None, Query(min_length=1, max_length=64, pattern=r"^[A-Za-z0-9_.:-]+$")] = None,
    limit: Annotated[int, Query(ge=1, le=20)] = 6,
) -> dict[str, Any]:
    from siyu.recommendations import service

    if context == "after_order" and member is None:
        raise ValidationFailed(
            details=[{"field": "order_id", "reason": "after_order needs a logged-in member"}]
        )
    return service.recommend(
        context,
        store_id=store_id,
        member_id=member.member_id if member else None,
        cart=items.split(",") if items else [],
        order_id=order_id,
        limit=limit,
    )


# ---------------------------------------------------------------- staff
@app.get(
    "/v1/admin/products/<product_id>/reviews",
    responses=returns(R.AdminProductReviews),
    summary="a product's shown or hidden reviews with their moderation details (paged)",
)
def admin_product_reviews(
    product_id: RefId,
    admin: AnalystAdmin,
    status: Annotated[Literal["SHOWN", "HIDDEN"], Query()] = SHOWN,
    limit: Limit = 20,
    cursor: Cursor = None,
) -> dict[str, Any]:
    return _reviews_page(product_id, R.admin_view, status=status, limit=limit, cursor=cursor)


@app.post(
    "/v1/admin/reviews/<review_id>/hide",
    responses=returns(R.AdminReview),
    summary="hide a review (out of the product's rating); a repeat changes nothing",
)
def hide_review(review_id: ReviewId, body: HideIn, admin: OperatorAdmin) -> dict[str, Any]:
    from siyu.reviews import reviews

    order_id, line = reviews.parse_review_id(review_id)
    return R.admin_view(reviews.hide(order_id, line, admin.admin_id, body.reason))


@app.post(
    "/v1/admin/reviews/<review_id>/restore",
    responses=returns(R.AdminReview),
    summary="show a hidden review again (back in the rating); a repeat changes nothing",
)
def restore_review(review_id: ReviewId, admin: OperatorAdmin) -> dict[str, Any]:
    from siyu.reviews import reviews

    order_id, line = reviews.parse_review_id(review_id)
    return R.admin_view(reviews.restore(order_id, line, admin.admin_id))


@app.put(
    "/v1/admin/reviews/<review_id>/reply",
    responses=returns(R.AdminReview),
    summary="the shop's reply to a review (replaces an earlier reply)",
)
def reply_review(review_id: ReviewId, body: ReplyIn, admin: OperatorAdmin) -> dict[str, Any]:
    from siyu.reviews import reviews

    order_id, line = reviews.parse_review_id(review_id)
    return R.admin_view(reviews.reply(order_id, line, admin.admin_id, body.text))


handler = entry_point(app)
