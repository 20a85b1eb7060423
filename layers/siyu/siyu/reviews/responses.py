"""The success bodies of the review routes, for the API contract (docs/openapi.json)."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from pydantic import Field

from siyu.base_model import SiyuModel
from siyu.reviews.schemas import review_id

if TYPE_CHECKING:
    from siyu.reviews.models import Review


class Rating(SiyuModel):
    product_id: str
    count: int = Field(description="shown reviews")
    sum: int = Field(description="sum of their ratings")
    average: float | None = Field(description="sum / count, 2 decimals; null without reviews")
    histogram: dict[str, int] = Field(description='reviews per rating, keys "1"–"5"')


class PublicReview(SiyuModel):
    """What any visitor sees: no member, order or review id."""

    author: str = Field(description="the member's nickname, masked")
    product_id: str
    product_name: str
    sku_name: str
    rating: int
    text: str
    photos: list[str]
    reply: str | None = Field(description="the shop's reply")
    replied_at: str | None
    created_at: str


class MyReview(PublicReview):
    review_id: str = Field(description="<order_id>-<line, 2 digits>: the staff routes' id")
    order_id: str
    line: int
    status: str = Field(description="SHOWN | HIDDEN (hidden by the shop)")


class AdminReview(MyReview):
    member_id: str
    store_id: str
    moderation: str = Field(description="the checker that passed the text")
    hidden_reason: str | None
    hidden_by: str | None
    replied_by: str | None
    updated_at: str


class ProductReviews(SiyuModel):
    rating: Rating
    reviews: list[PublicReview]
    next_cursor: str | None


class AdminProductReviews(SiyuModel):
    rating: Rating
    reviews: list[AdminReview]
    next_cursor: str | None


class CommentTask(SiyuModel):
    task_id: str
    done: int
    limit: int
    completed: bool
    points: int


class Submitted(SiyuModel):
    review: MyReview
    created: bool = Field(description="false: this review was stored before (a retry); nothing changed")
    comment_task: CommentTask | None = Field(description="the daily comment task this review completed")


class OrderLineReview(SiyuModel):
    line: int
    product_id: str
    name: str
    sku_name: str
    review: MyReview | None


class OrderReviews(SiyuModel):
    order_id: str
    status: str
    reviewable: bool = Field(description="picked up and within the review window")
    lines: list[OrderLineReview]


def public_view(r: Review) -> dict[str, Any]:
    return {
        "author": r.author,
        "product_id": r.product_id,
        "product_name": r.product_name,
        "sku_name": r.sku_name,
        "rating": int(r.rating),
        "text": r.text,
        "photos": list(r.photos or []),
        "reply": r.reply,
        "replied_at": r.replied_at,
        "created_at": r.created_at,
    }


def my_view(r: Review) -> dict[str, Any]:
    return {
        **public_view(r),
        "review_id": review_id(r.order_id, int(r.line)),
        "order_id": r.order_id,
        "line": int(r.line),
        "status": r.status,
    }


def admin_view(r: Review) -> dict[str, Any]:
    return {
        **my_view(r),
        "member_id": r.member_id,
        "store_id": r.store_id,
        "moderation": r.moderation,
        "hidden_reason": r.hidden_reason,
        "hidden_by": r.hidden_by,
        "replied_by": r.replied_by,
        "updated_at": r.updated_at,
    }
