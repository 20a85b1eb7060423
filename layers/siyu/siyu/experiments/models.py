"""Experiments in the campaigns table.

| pk | sk | item |
| --- | --- | --- |
| `EXPERIMENT#<key>` | `DEF` | `ExperimentItem` (`gsi1pk=EXPERIMENTS`, `gsi1sk=<key>`) |
| `EXPERIMENT#<key>` | `ASSIGN#<unit>` | `Assignment`: variant fixed at first exposure, conversion, revenue |
| `EXPERIMENT#<key>` | `STATS#<variant>` | `VariantStats`: exposures, conversions, revenue Σ, Σ² |
| `EXPERIMENT#<key>` | `ORDER#<order_id>` | `OrderApplied`: a paid order counted once |

Results read only the `STATS#` counters (one Query), which every exposure and conversion
updates in the same transaction as the fact itself, so they are exact.
"""

from __future__ import annotations

from pynamodb.attributes import NumberAttribute, UnicodeAttribute
from pynamodb.indexes import AllProjection, GlobalSecondaryIndex
from pynamodb.models import Model

from siyu.db import table_meta


def experiment_pk(key: str) -> str:
    return f"EXPERIMENT#{key}"


class ExperimentIndex(GlobalSecondaryIndex["ExperimentItem"]):
    class Meta:
        index_name = "gsi1"
        projection = AllProjection()

    gsi1pk = UnicodeAttribute(hash_key=True)
    gsi1sk = UnicodeAttribute(range_key=True)


class ExperimentItem(Model):
    Meta = table_meta("campaigns")
    pk = UnicodeAttribute(hash_key=True)
    sk = UnicodeAttribute(range_key=True, default="DEF")
    gsi1pk = UnicodeAttribute(default="EXPERIMENTS")
    gsi1sk = UnicodeAttribute()
    body = UnicodeAttribute()  # the validated definition as JSON
    updated_at = UnicodeAttribute()
    by_list = ExperimentIndex()


class Assignment(Model):
    Meta = table_meta("campaigns")
    pk = UnicodeAttribute(hash_key=True)
    sk = UnicodeAttribute(range_key=True)
    variant = UnicodeAttribute()
    exposed_at = UnicodeAttribute()
    converted_at = UnicodeAttribute(null=True)
    revenue_fen = NumberAttribute(default=0)


class VariantStats(Model):
    Meta = table_meta("campaigns")
    pk = UnicodeAttribute(hash_key=True)
    sk = UnicodeAttribute(range_key=True)
    exposures = NumberAttribute(default=0)
    conversions = NumberAttribute(default=0)
    revenue_sum = NumberAttribute(default=0)
    revenue_sumsq = NumberAttribute(default=0)


class OrderApplied(Model):
    Meta = table_meta("campaigns")
    pk = UnicodeAttribute(hash_key=True)
    sk = UnicodeAttribute(range_key=True)
    member_id = UnicodeAttribute()
