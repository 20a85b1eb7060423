"""The success body of `GET /v1/recommendations`, for the API contract."""

from __future__ import annotations

from pydantic import BaseModel, Field


class RecommendedProduct(BaseModel):
    product_id: str
    name: str
    image_url: str | None
    price_from_fen: int
    reason: str = Field(description="co_purchase | bought_before | popular: what weighed most")
    score: float = Field(description="higher first; ties by product id")


class Recommendations(BaseModel):
    context: str = Field(description="home | cart | after_order")
    store_id: str | None
    bucket: str = Field(description="Shanghai time of day: morning | noon | afternoon | evening")
    cold_start: bool = Field(description="no history and no seeds: popularity alone")
    products: list[RecommendedProduct]
