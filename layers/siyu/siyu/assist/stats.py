"""Report counters, maintained in the same transactions as the changes they count (no Scan
to report): starts, completions, helps, new members brought, flags. Each transaction adds
to one of STATS_SHARDS items at random, so the helps of one popular campaign spread their
writes; the report sums a campaign's shards."""

from __future__ import annotations

import random
from typing import Any

from pynamodb.transactions import TransactWrite

from siyu.assist import campaigns
from siyu.assist.models import STATS_LIST_KEY, STATS_SHARDS, Campaign, StatsShard
from siyu.assist.schemas import CampaignReport, state_of

COUNTERS = (
    "starts",
    "completions",
    "helps",
    "new_members",
    "new_members_completed",
    "flagged",
    "uncounted",
    "rewards_failed",
)


def stage(tx: TransactWrite, campaign_id: str, **deltas: int) -> None:
    """Add the non-zero `deltas` (names from COUNTERS) to a random shard of the campaign."""
    shard = random.randrange(STATS_SHARDS)
    actions: list[Any] = [
        StatsShard.campaign_id.set(campaign_id),
        StatsShard.gsi1pk.set(STATS_LIST_KEY),
        StatsShard.gsi1sk.set(f"{campaign_id}#{shard}"),
    ]
    for name, delta in deltas.items():
        if name not in COUNTERS:
            raise ValueError(f"unknown counter {name}")
        if delta:
            actions.append(getattr(StatsShard, name).add(delta))
    tx.update(StatsShard(*StatsShard.key(campaign_id, shard)), actions=actions)


def _sum(shards: list[StatsShard]) -> dict[str, int]:
    return {name: sum(int(getattr(s, name) or 0) for s in shards) for name in COUNTERS}


def _report(c: Campaign, totals: dict[str, int]) -> CampaignReport:
    starts, completions = totals["starts"], totals["completions"]
    return CampaignReport(
        campaign_id=c.campaign_id,
        name=c.name,
        state=state_of(c),
        helps_needed=int(c.helps_needed),
        completion_rate=round(completions / starts, 4) if starts else 0.0,
        # New members brought per completed assist: the viral loop's coefficient.
        viral_coefficient=round(totals["new_members_completed"] / completions, 4) if completions else 0.0,
        **totals,
    )


def report(campaign_id: str | None = None) -> list[CampaignReport]:
    """By campaign, newest first: two Queries on gsi1 (campaigns, every shard), or one
    Query of a campaign's partition when `campaign_id` is given."""
    if campaign_id is not None:
        campaign = campaigns.get(campaign_id, fresh=True)
        shards = list(StatsShard.query(f"ACAMP#{campaign_id}", StatsShard.sk.startswith("STATS#")))
        return [_report(campaign, _sum(shards))]
    by_campaign: dict[str, list[StatsShard]] = {}
    for shard in StatsShard.gsi1.query(STATS_LIST_KEY):
        by_campaign.setdefault(str(shard.campaign_id), []).append(shard)
    return [_report(c, _sum(by_campaign.get(c.campaign_id, []))) for c in campaigns.list_campaigns()]
