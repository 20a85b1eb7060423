"""Friend-assist items in the campaigns table (single-table design).

| pk | sk | item |
| --- | --- | --- |
| `ACAMP#<campaign_id>` | `CAMPAIGN` | `Campaign` (gsi1 `ACAMPS` / `<starts_at>#<id>`: the admin list) |
| `ACAMP#<campaign_id>` | `STATS#<n>` | `StatsShard`: report counters, one of `STATS_SHARDS` (gsi1 `ASTATS`) |
| `ASSIST#<assist_id>` | `ASSIST` | `Assist`: progress, the terms it started under (gsi1 `ASSISTS#<member>`) |
| `ASSIST#<assist_id>` | `HELP#<helper_id>` | `Help`: one per helper (gsi1 `AFLAGS#<campaign>` if flagged) |
| `MEMBER#<id>` | `ASTART#<campaign_id>` | `StartRecord`: starts so far and the open assist |
| `MEMBER#<id>` | `AHELPDAY#<campaign>#<day>` | `Counter`: a helper's helps in a campaign on a Shanghai day |
| `MEMBER#<id>` | `AHELPRATE#<minutes>#<window>` | `Counter`: helps given in a rate window (all campaigns) |
| `MEMBER#<id>` | `ARECV#<minutes>#<window>` | `Counter`: helps an initiator received in a rate window |
| `MEMBER#<id>` | `ABURST#<minutes>#<window>` | `Counter`: the same for the burst flag |
| `CONFIG#ASSIST` | `RULES` | `RulesItem`: the abuse rules (JSON) |

An assist and its helps share a partition, so one Query shows an assist with its helpers.
Report counters are sharded so that the helps of one popular campaign do not all write
(and conflict on) one item; the report sums the shards.
"""

from __future__ import annotations

from typing import Final

from pynamodb.attributes import BooleanAttribute, ListAttribute, NumberAttribute, UnicodeAttribute
from pynamodb.indexes import AllProjection, GlobalSecondaryIndex
from pynamodb.models import Model

from siyu.db import table_meta

OPEN: Final = "OPEN"
COMPLETED: Final = "COMPLETED"
EXPIRED: Final = "EXPIRED"  # shown, never stored: an OPEN assist past expires_at
ACTIVE: Final = "ACTIVE"
PAUSED: Final = "PAUSED"

STATS_SHARDS = 8
CAMPAIGN_LIST_KEY = "ACAMPS"
STATS_LIST_KEY = "ASTATS"


class _Gsi1Meta:
    index_name = "gsi1"
    projection = AllProjection()


class CampaignIndex(GlobalSecondaryIndex["Campaign"]):
    Meta = _Gsi1Meta
    gsi1pk = UnicodeAttribute(hash_key=True)
    gsi1sk = UnicodeAttribute(range_key=True)


class AssistIndex(GlobalSecondaryIndex["Assist"]):
    Meta = _Gsi1Meta
    gsi1pk = UnicodeAttribute(hash_key=True)
    gsi1sk = UnicodeAttribute(range_key=True)


class HelpIndex(GlobalSecondaryIndex["Help"]):
    Meta = _Gsi1Meta
    gsi1pk = UnicodeAttribute(hash_key=True)
    gsi1sk = UnicodeAttribute(range_key=True)


class StatsIndex(GlobalSecondaryIndex["StatsShard"]):
    Meta = _Gsi1Meta
    gsi1pk = UnicodeAttribute(hash_key=True)
    gsi1sk = UnicodeAttribute(range_key=True)


class Campaign(Model):
    Meta = table_meta("campaigns")
    pk = UnicodeAttribute(hash_key=True)
    sk = UnicodeAttribute(range_key=True, default="CAMPAIGN")
    gsi1pk = UnicodeAttribute(default=CAMPAIGN_LIST_KEY)
    gsi1sk = UnicodeAttribute()
    gsi1 = CampaignIndex()

    campaign_id = UnicodeAttribute()
    name = UnicodeAttribute()
    description = UnicodeAttribute(default="")
    reward = UnicodeAttribute()  # JSON of siyu.assist.schemas.Reward
    reward_name = UnicodeAttribute()  # what the member is told they get
    helps_needed = NumberAttribute()
    hours_to_complete = NumberAttribute()
    starts_at = UnicodeAttribute()
    ends_at = UnicodeAttribute()
    max_starts_per_member = NumberAttribute()
    new_helpers = UnicodeAttribute()  # any | since_campaign | since_assist
    helps_per_helper_per_day = NumberAttribute()
    message_template_id = UnicodeAttribute(null=True)  # subscribe message on completion
    share_title = UnicodeAttribute(null=True)
    share_image_url = UnicodeAttribute(null=True)
    share_page = UnicodeAttribute()
    status = UnicodeAttribute(default=ACTIVE)
    created_at = UnicodeAttribute()
    updated_at = UnicodeAttribute()
    created_by = UnicodeAttribute(null=True)

    @staticmethod
    def key(campaign_id: str) -> tuple[str, str]:
        return f"ACAMP#{campaign_id}", "CAMPAIGN"


class StatsShard(Model):
    Meta = table_meta("campaigns")
    pk = UnicodeAttribute(hash_key=True)
    sk = UnicodeAttribute(range_key=True)
    gsi1pk = UnicodeAttribute(null=True)
    gsi1sk = UnicodeAttribute(null=True)
    gsi1 = StatsIndex()

    campaign_id = UnicodeAttribute(null=True)
    starts = NumberAttribute(default=0)
    completions = NumberAttribute(default=0)
    helps = NumberAttribute(default=0)  # counted helps
    new_members = NumberAttribute(default=0)  # counted helps by members who joined after the assist began
    new_members_completed = NumberAttribute(default=0)  # … of assists that completed
    flagged = NumberAttribute(default=0)
    uncounted = NumberAttribute(default=0)  # flagged helps that the rules did not count
    rewards_failed = NumberAttribute(default=0)

    @staticmethod
    def key(campaign_id: str, shard: int) -> tuple[str, str]:
        return f"ACAMP#{campaign_id}", f"STATS#{shard}"


class Assist(Model):
    """An initiator's assist. The campaign's terms are copied at start, so an edited
    campaign never changes the deal of an assist under way."""

    Meta = table_meta("campaigns")
    pk = UnicodeAttribute(hash_key=True)
    sk = UnicodeAttribute(range_key=True, default="ASSIST")
    gsi1pk = UnicodeAttribute()
    gsi1sk = UnicodeAttribute()
    gsi1 = AssistIndex()

    assist_id = UnicodeAttribute()
    campaign_id = UnicodeAttribute()
    campaign_name = UnicodeAttribute()
    initiator_id = UnicodeAttribute()
    initiator_nickname = UnicodeAttribute(null=True)
    initiator_avatar_url = UnicodeAttribute(null=True)
    helps_needed = NumberAttribute()
    helps = NumberAttribute(default=0)  # counted helps
    new_helpers = NumberAttribute(default=0)  # counted helps by members who joined after started_at
    uncounted = NumberAttribute(default=0)
    status = UnicodeAttribute(default=OPEN)
    started_at = UnicodeAttribute()
    expires_at = UnicodeAttribute()
    completed_at = UnicodeAttribute(null=True)
    new_since = UnicodeAttribute(null=True)  # helpers must have joined at or after this instant
    helps_per_helper_per_day = NumberAttribute()
    reward = UnicodeAttribute()  # JSON, as on the campaign
    reward_name = UnicodeAttribute()
    reward_status = UnicodeAttribute(null=True)  # GRANTED | FAILED (set on completion)
    reward_ref = UnicodeAttribute(null=True)  # coupon id, or the points ledger reference
    reward_error = UnicodeAttribute(null=True)  # the error code when the reward could not be given
    notify = BooleanAttribute(default=False)  # the initiator accepted the completion message
    message_template_id = UnicodeAttribute(null=True)
    share_path = UnicodeAttribute()
    share_title = UnicodeAttribute(null=True)
    share_image_url = UnicodeAttribute(null=True)
    notify_status = UnicodeAttribute(null=True)  # SENDING | SENT | REFUSED
    notify_claimed_at = UnicodeAttribute(null=True)

    @staticmethod
    def key(assist_id: str) -> tuple[str, str]:
        return f"ASSIST#{assist_id}", "ASSIST"

    @staticmethod
    def initiator_key(member_id: str) -> str:
        return f"ASSISTS#{member_id}"


class Help(Model):
    Meta = table_meta("campaigns")
    pk = UnicodeAttribute(hash_key=True)
    sk = UnicodeAttribute(range_key=True)
    gsi1pk = UnicodeAttribute(null=True)  # AFLAGS#<campaign_id> when flagged
    gsi1sk = UnicodeAttribute(null=True)
    flagged_list = HelpIndex()

    assist_id = UnicodeAttribute()
    campaign_id = UnicodeAttribute()
    initiator_id = UnicodeAttribute()
    helper_id = UnicodeAttribute()
    nickname = UnicodeAttribute(null=True)
    avatar_url = UnicodeAttribute(null=True)
    helper_joined_at = UnicodeAttribute()
    is_new = BooleanAttribute()
    counted = BooleanAttribute()
    flags = ListAttribute[str](default=list)
    created_at = UnicodeAttribute()

    @staticmethod
    def key(assist_id: str, helper_id: str) -> tuple[str, str]:
        return f"ASSIST#{assist_id}", f"HELP#{helper_id}"

    @staticmethod
    def flags_key(campaign_id: str) -> str:
        return f"AFLAGS#{campaign_id}"


class StartRecord(Model):
    Meta = table_meta("campaigns")
    pk = UnicodeAttribute(hash_key=True)
    sk = UnicodeAttribute(range_key=True)
    campaign_id = UnicodeAttribute(null=True)
    starts = NumberAttribute(default=0)
    open_assist_id = UnicodeAttribute(null=True)
    open_expires_at = UnicodeAttribute(null=True)

    @staticmethod
    def key(member_id: str, campaign_id: str) -> tuple[str, str]:
        return f"MEMBER#{member_id}", f"ASTART#{campaign_id}"


class Counter(Model):
    """A bounded counter that DynamoDB forgets after `ttl`."""

    Meta = table_meta("campaigns")
    pk = UnicodeAttribute(hash_key=True)
    sk = UnicodeAttribute(range_key=True)
    n = NumberAttribute(default=0)
    ttl = NumberAttribute(null=True)


class RulesItem(Model):
    Meta = table_meta("campaigns")
    pk = UnicodeAttribute(hash_key=True)
    sk = UnicodeAttribute(range_key=True)
    data = UnicodeAttribute()
    updated_at = UnicodeAttribute()
    updated_by = UnicodeAttribute(null=True)

    @staticmethod
    def key() -> tuple[str, str]:
        return "CONFIG#ASSIST", "RULES"
