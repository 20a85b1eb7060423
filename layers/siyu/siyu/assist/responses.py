"""The success bodies of the assist routes, for the API contract (docs/openapi.json)."""

from __future__ import annotations

from pydantic import BaseModel

from siyu.assist.campaigns import CampaignView
from siyu.assist.stats import CampaignReport


class Campaigns(BaseModel):
    campaigns: list[CampaignView]


class CampaignReports(BaseModel):
    campaigns: list[CampaignReport]
