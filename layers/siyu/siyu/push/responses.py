"""The success bodies of the push routes, for the API contract."""

from __future__ import annotations

from pydantic import BaseModel


class Credits(BaseModel):
    credits: dict[str, int]


class PushCampaignFigures(BaseModel):
    targeted: int
    sent: int
    no_credit: int
    capped: int
    held: int
    failed: int
    pending: int
    opened: int


class PushCampaignView(BaseModel):
    campaign_id: str
    name: str
    segment_id: str
    template_id: str
    page: str
    data: dict[str, str]
    kind: str
    status: str
    created_by: str
    created_at: str
    queued_at: str | None
    figures: PushCampaignFigures


class PushCampaigns(BaseModel):
    campaigns: list[PushCampaignView]


class GrantFigures(BaseModel):
    targeted: int
    granted: int
    sold_out: int
    failed: int
    pending: int


class GrantView(BaseModel):
    grant_id: str
    name: str
    segment_id: str
    coupon_template_id: str | None
    points: int | None
    reason: str | None
    status: str
    created_by: str
    created_at: str
    queued_at: str | None
    figures: GrantFigures


class Grants(BaseModel):
    grants: list[GrantView]
