"""Review and rating items in the commerce table.

| pk | sk | item | gsi1pk / gsi1sk |
| --- | --- | --- | --- |
| `REVIEW#<order>` | `LINE#<nn>` | `Review` | `PREVIEWS#<product>#<status>` / `<at>#<order>#<nn>` |
| `RATING#<product_id>` | `RATING` | `ProductRating`: count, sum, histogram of shown reviews | |

(status SHOWN or HIDDEN; the natural key `REVIEW#<order>`/`LINE#<nn>` makes a review once per line.)

A product's shown reviews are one Query on gsi1 (newest first); staff see the hidden ones
under the `HIDDEN` key. The aggregate counts shown reviews only: hiding takes a review out
of it and restoring puts it back, each in the transaction that changes the review.
"""

from __future__ import annotations

from pynamodb.attributes import ListAttribute, NumberAttribute, UnicodeAttribute
from pynamodb.indexes import AllProjection, GlobalSecondaryIndex
from pynamodb.models import Model

from siyu.db import table_meta


class ProductReviewIndex(GlobalSecondaryIndex["Review"]):
    class Meta:
        index_name = "gsi1"
        projection = AllProjection()

    gsi1pk = UnicodeAttribute(hash_key=True)
    gsi1sk = UnicodeAttribute(range_key=True)


class Review(Model):
    Meta = table_meta("commerce")
    pk = UnicodeAttribute(hash_key=True)
    sk = UnicodeAttribute(range_key=True)
    gsi1pk = UnicodeAttribute()
    gsi1sk = UnicodeAttribute()
    gsi1 = ProductReviewIndex()

    order_id = UnicodeAttribute()
    line = NumberAttribute()
    member_id = UnicodeAttribute()
    author = UnicodeAttribute()  # the member's nickname, masked, as it was when reviewing
    product_id = UnicodeAttribute()
    sku_name = UnicodeAttribute()
    product_name = UnicodeAttribute()
    store_id = UnicodeAttribute()
    rating = NumberAttribute()
    text = UnicodeAttribute(default="")
    photos = ListAttribute[str](default=list)
    status = UnicodeAttribute()  # SHOWN | HIDDEN
    request_hash = UnicodeAttribute()  # what was submitted: a retry must match it
    moderation = UnicodeAttribute()  # the checker that passed the text
    hidden_reason = UnicodeAttribute(null=True)
    hidden_by = UnicodeAttribute(null=True)
    reply = UnicodeAttribute(null=True)
    replied_by = UnicodeAttribute(null=True)
    replied_at = UnicodeAttribute(null=True)
    created_at = UnicodeAttribute()
    updated_at = UnicodeAttribute()

    @staticmethod
    def key(order_id: str, line: int) -> tuple[str, str]:
        return f"REVIEW#{order_id}", f"LINE#{line:02d}"

    @staticmethod
    def index_pk(product_id: str, status: str) -> str:
        return f"PREVIEWS#{product_id}#{status}"

    @staticmethod
    def index_sk(created_at: str, order_id: str, line: int) -> str:
        return f"{created_at}#{order_id}#{line:02d}"


class ProductRating(Model):
    Meta = table_meta("commerce")
    pk = UnicodeAttribute(hash_key=True)
    sk = UnicodeAttribute(range_key=True, default="RATING")
    product_id = UnicodeAttribute(null=True)
    reviews = NumberAttribute(default=0)  # shown reviews
    total = NumberAttribute(default=0)  # sum of their ratings
    r1 = NumberAttribute(default=0)
    r2 = NumberAttribute(default=0)
    r3 = NumberAttribute(default=0)
    r4 = NumberAttribute(default=0)
    r5 = NumberAttribute(default=0)

    @staticmethod
    def key(product_id: str) -> tuple[str, str]:
        return f"RATING#{product_id}", "RATING"

    def histogram(self) -> dict[str, int]:
        return {str(n): int(getattr(self, f"r{n}") or 0) for n in range(1, 6)}
