"""The success bodies of the push routes, for the API contract."""

from __future__ import annotations

from siyu.base_model import SiyuModel


class Credits(SiyuModel):
    credits: dict[str, int]


class PushCampaignFigures(SiyuModel):
    targeted: int
    sent: int
    no_credit: int
    capped: int
    held: int
    failed: int
    pending: int
    opened: int


class PushCampaignView(SiyuModel):
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


class PushCampaigns(SiyuModel):
    campaigns: list[PushCampaignView]


class GrantFigures(SiyuModel):
    targeted: int
    granted: int
    sold_out: int
    failed: int
    pending: int


class GrantView(SiyuModel):
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


class Grants(SiyuModel):
    grants: list[GrantView]
