"""The engage table's items for tags and segments (audiences and push keep their own).

| pk | sk | item |
| --- | --- | --- |
| `TAG#<tag>` | `META` | `TagDef`: name, kind, rule JSON, size (`gsi1pk=TAGDEFS`) |
| `MT#<member>` | `PROFILE` | `Profile`: registration, launch sources, coupons used, totals |
| `MT#<member>` | `C#<yyyy-mm-dd>` | `DayCount`: one Shanghai day's counts; 400-day ttl |
| `MT#<member>` | `TAG#<tag>` | `MemberTag`: has the tag, since, kind (`gsi1pk=TAGM#<tag>`) |
| `MT#<member>` | `~SEEN#<event_id>` | `Seen`: a domain event already counted; 8-day ttl |
| `MT#<member>` | `~VISIT#<day>#<source>` | `Seen`: the day's visit from a launch source |
| `TAGRUN` | `hourly` / `nightly` | `Run`: the last full run: when, members, diffs, time |
| `TAGRUN` | `SAMPLE` | `Sample`: 1,000 random members' states, for estimates |
| `SEG#<segment>` | `META` | `segments.Segment`: name, kind, rule, size (`gsi1pk=SEGS`) |
| `SEG#<segment>` | `M#<member>` | `segments.SegmentMember`: a static segment's member |

Kinds of tag: manual, rule, rfm, lifecycle. Segments: dynamic, static. (Rules live on their
rule tag's `TagDef`; there is no separate rule item.)

Every `MT#` state item of a member is read by one Query (`sk < "~"`: markers sort last);
the full recompute Scans them
(off the request path). Counters are ADDs, sets are ADDs, so redelivered or reordered events
commute; the `SEEN#` marker in the same transaction makes each event count once.
"""

from __future__ import annotations

from typing import TypeVar

from pynamodb.attributes import (
    BinaryAttribute,
    NumberAttribute,
    UnicodeAttribute,
    UnicodeSetAttribute,
)
from pynamodb.indexes import AllProjection, GlobalSecondaryIndex
from pynamodb.models import Model

from siyu.db import table_meta

M = TypeVar("M", bound=Model)

TAGDEFS = "TAGDEFS"
RUNS = "TAGRUN"


def member_pk(member_id: str) -> str:
    return f"MT#{member_id}"


def tag_pk(tag_id: str) -> str:
    return f"TAG#{tag_id}"


class Gsi1(GlobalSecondaryIndex[M]):
    class Meta:
        index_name = "gsi1"
        projection = AllProjection()

    gsi1pk = UnicodeAttribute(hash_key=True)
    gsi1sk = UnicodeAttribute(range_key=True)


class TagDef(Model):
    Meta = table_meta("engage")
    pk = UnicodeAttribute(hash_key=True)
    sk = UnicodeAttribute(range_key=True, default="META")
    tag_id = UnicodeAttribute(null=True)
    name = UnicodeAttribute(null=True)
    description = UnicodeAttribute(null=True)
    kind = UnicodeAttribute(null=True)
    rule = UnicodeAttribute(null=True)  # JSON text of the rule tree (kind "rule")
    version = NumberAttribute(default=0)
    size = NumberAttribute(default=0)  # members with the tag: ADDed with each change
    created_at = UnicodeAttribute(null=True)
    updated_at = UnicodeAttribute(null=True)
    gsi1pk = UnicodeAttribute(null=True)
    gsi1sk = UnicodeAttribute(null=True)
    listed = Gsi1["TagDef"]()


class Profile(Model):
    Meta = table_meta("engage")
    pk = UnicodeAttribute(hash_key=True)
    sk = UnicodeAttribute(range_key=True, default="PROFILE")
    registered_at = UnicodeAttribute(null=True)
    reg_source = UnicodeAttribute(null=True)
    sources = UnicodeSetAttribute(null=True)
    coupons_used = UnicodeSetAttribute(null=True)
    orders = NumberAttribute(null=True)
    spend_fen = NumberAttribute(null=True)
    visits = NumberAttribute(null=True)


class MemberTag(Model):
    Meta = table_meta("engage")
    pk = UnicodeAttribute(hash_key=True)
    sk = UnicodeAttribute(range_key=True)
    member_id = UnicodeAttribute()
    tag_id = UnicodeAttribute()
    kind = UnicodeAttribute()
    since = UnicodeAttribute()
    gsi1pk = UnicodeAttribute()
    gsi1sk = UnicodeAttribute()
    by_tag = Gsi1["MemberTag"]()


class Seen(Model):
    Meta = table_meta("engage")
    pk = UnicodeAttribute(hash_key=True)
    sk = UnicodeAttribute(range_key=True)
    ttl = NumberAttribute()


class Run(Model):
    Meta = table_meta("engage")
    pk = UnicodeAttribute(hash_key=True, default=RUNS)
    sk = UnicodeAttribute(range_key=True)
    started_at = UnicodeAttribute()
    finished_at = UnicodeAttribute()
    members = NumberAttribute()
    added = NumberAttribute()
    removed = NumberAttribute()
    compute_ms = NumberAttribute()
    total_ms = NumberAttribute()


class Sample(Model):
    Meta = table_meta("engage")
    pk = UnicodeAttribute(hash_key=True, default=RUNS)
    sk = UnicodeAttribute(range_key=True, default="SAMPLE")
    population = NumberAttribute()
    states = BinaryAttribute(legacy_encoding=False)  # zlib of JSON lines (state.pack)
    computed_at = UnicodeAttribute()


class DayCount(Model):
    """One Shanghai day of a member's counts (state.METRICS)."""

    Meta = table_meta("engage")
    pk = UnicodeAttribute(hash_key=True)
    sk = UnicodeAttribute(range_key=True)
    order_paid = NumberAttribute(null=True)
    refund = NumberAttribute(null=True)
    spend_fen = NumberAttribute(null=True)
    visit = NumberAttribute(null=True)
    checkin = NumberAttribute(null=True)
    coupon_used = NumberAttribute(null=True)
    ttl = NumberAttribute(null=True)
