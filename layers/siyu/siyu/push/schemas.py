"""The push API's shapes: what an operator sends to create a campaign or a grant. Free of
DynamoDB, so the push routes declare them at import and load the domain (PynamoDB, botocore)
only in the routes that use it (docs/DEVELOPING.md, Import rules)."""

from __future__ import annotations

import re
from typing import Literal

from pydantic import Field, field_validator, model_validator

from siyu.base_model import SiyuModel
from siyu.http import PlainText

PAGE = re.compile(r"^[a-z0-9_\-/]{1,100}(\?[A-Za-z0-9_\-=&%.]{0,150})?$")
DATA_KEY = re.compile(r"^[a-z]{1,16}\d{0,3}$")


class CampaignSpec(SiyuModel):
    """A campaign as an operator creates it."""

    name: PlainText = Field(min_length=1, max_length=60)
    segment_id: str = Field(min_length=1, max_length=64, pattern=r"^[A-Za-z0-9_\-:]+$")
    template_id: str = Field(min_length=1, max_length=64, pattern=r"^[A-Za-z0-9_\-]+$")
    page: str = Field(description="mini-program page path, e.g. pages/coupons/index?id=…")
    data: dict[str, str] = Field(
        description='template fields, e.g. {"thing01": "周末满减"} (≤ 20 characters each)'
    )
    kind: Literal["marketing", "transactional"] = "marketing"

    @field_validator("page")
    @classmethod
    def _page(cls, value: str) -> str:
        if not PAGE.fullmatch(value) or "from=" in value:
            raise ValueError("a page path such as pages/coupons/index?id=1 (without from=)")
        return value

    @field_validator("data")
    @classmethod
    def _data(cls, value: dict[str, str]) -> dict[str, str]:
        if not 1 <= len(value) <= 10:
            raise ValueError("1 to 10 template fields")
        for key, text in value.items():
            if not DATA_KEY.fullmatch(key) or not 1 <= len(text) <= 20 or not text.isprintable():
                raise ValueError(f"{key}: a field name like thing01 and 1–20 printable characters")
        return value


class GrantSpec(SiyuModel):
    """A coupon template or a number of points (with a reason) for every member of a segment."""

    name: PlainText = Field(min_length=1, max_length=60)
    segment_id: str = Field(min_length=1, max_length=64, pattern=r"^[A-Za-z0-9_\-:]+$")
    coupon_template_id: str | None = Field(default=None, min_length=1, max_length=64)
    points: int | None = Field(default=None, ge=1, le=1_000_000)
    reason: PlainText | None = Field(default=None, min_length=1, max_length=60)

    @model_validator(mode="after")
    def _one_kind(self) -> GrantSpec:
        if (self.coupon_template_id is None) == (self.points is None):
            raise ValueError("exactly one of coupon_template_id and points")
        if self.points is not None and not self.reason:
            raise ValueError("points need a reason")
        return self
