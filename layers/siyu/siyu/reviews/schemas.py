"""The review API's shapes: the body a member sends, its limits, and a review's id. Free of
DynamoDB, so the review routes declare them at import and load the domain (PynamoDB, botocore)
only in the routes that use it (docs/DEVELOPING.md, Import rules)."""

from __future__ import annotations

import hashlib
import json
from typing import Annotated, Final

from pydantic import ConfigDict, Field

from siyu.base_model import SiyuModel
from siyu.http import PlainText

SHOWN: Final = "SHOWN"  # a review's status
HIDDEN: Final = "HIDDEN"
MAX_TEXT = 500  # characters of review text (documented in the API)
MAX_PHOTOS = 6
MAX_REPLY = 300

PhotoUrl = Annotated[str, Field(min_length=12, max_length=500, pattern=r"^https://[^\s]+$")]


class ReviewIn(SiyuModel):
    model_config = ConfigDict(extra="forbid")

    rating: int = Field(ge=1, le=5, description="1–5 stars")
    text: PlainText = Field(default="", max_length=MAX_TEXT, description=f"up to {MAX_TEXT} characters")
    photos: list[PhotoUrl] = Field(
        default_factory=list, max_length=MAX_PHOTOS, description=f"up to {MAX_PHOTOS} https URLs"
    )

    def digest(self) -> str:
        raw = json.dumps(self.model_dump(mode="json"), sort_keys=True, ensure_ascii=False)
        return hashlib.sha256(raw.encode()).hexdigest()


def review_id(order_id: str, line: int) -> str:
    return f"{order_id}-{line:02d}"
