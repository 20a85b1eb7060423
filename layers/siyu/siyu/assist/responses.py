"""The success bodies of the assist routes, for the API contract (docs/openapi.json)."""

from __future__ import annotations

from siyu.assist.schemas import CampaignReport, CampaignView
from siyu.base_model import SiyuModel


class Campaigns(SiyuModel):
    campaigns: list[CampaignView]


class CampaignReports(SiyuModel):
    campaigns: list[CampaignReport]


class Person(SiyuModel):
    nickname: str | None
    avatar_url: str | None


class Reward(SiyuModel):
    name: str
    status: str | None


class Share(SiyuModel):
    title: str
    path: str | None
    image_url: str | None


class Helper(Person):
    helped_at: str


class ViewerState(SiyuModel):
    is_initiator: bool
    helped: bool


class AssistView(SiyuModel):
    assist_id: str
    campaign_id: str
    campaign_name: str
    initiator: Person
    state: str
    helps_needed: int
    helps: int
    helps_left: int
    started_at: str
    expires_at: str
    seconds_left: int
    completed_at: str | None
    reward: Reward
    share: Share
    helpers: list[Helper] | None = None
    viewer: ViewerState | None = None


class Started(SiyuModel):
    assist: AssistView
    replayed: bool


class OneAssist(SiyuModel):
    assist: AssistView


class HelpView(SiyuModel):
    helped_at: str
    counted: bool
    is_new: bool


class Helped(SiyuModel):
    help: HelpView
    assist: AssistView
    replayed: bool
    completed: bool


class MyAssists(SiyuModel):
    assists: list[AssistView]


class OpenCampaign(SiyuModel):
    campaign_id: str
    name: str
    description: str
    reward_name: str
    helps_needed: int
    hours_to_complete: int
    ends_at: str
    new_helpers: str
    started_by_me: int
    starts_left: int
    open_assist_id: str | None


class OpenCampaigns(SiyuModel):
    campaigns: list[OpenCampaign]


class Flag(SiyuModel):
    assist_id: str
    helper_id: str
    initiator_id: str
    nickname: str | None
    helper_joined_at: str
    helped_at: str
    reasons: list[str]
    counted: bool


class Flags(SiyuModel):
    flags: list[Flag]
    next_cursor: str | None
