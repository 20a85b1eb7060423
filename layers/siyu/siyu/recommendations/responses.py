"""The success body of `GET /v1/recommendations`, for the API contract."""

from __future__ import annotations

from pydantic import Field

from siyu.base_model import SiyuModel


class RecommendedProduct(SiyuModel):
    product_id: str
    name: str
    image_url: str | None
    price_from_fen: int
    reason: str = Field(description="co_purchase | bought_before | popular: what weighed most")
    score: float = Field(description="higher first; ties by product id")


class Recommendations(SiyuModel):
    context: str = Field(description="home | cart | after_order")
    store_id: str | None
    bucket: str = Field(description="Shanghai time of day: morning | noon | afternoon | evening")
    cold_start: bool = Field(description="no history and no seeds: popularity alone")
    products: list[RecommendedProduct]
