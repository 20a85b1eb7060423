"""The success bodies of the assist routes, for the API contract (docs/openapi.json)."""

from __future__ import annotations

from pydantic import BaseModel

from siyu.assist.campaigns import CampaignView
from siyu.assist.stats import CampaignReport


class Campaigns(BaseModel):
    campaigns: list[CampaignView]


class CampaignReports(BaseModel):
    campaigns: list[CampaignReport]


class Person(BaseModel):
    nickname: str | None
    avatar_url: str | None


class Reward(BaseModel):
    name: str
    status: str | None


class Share(BaseModel):
    title: str
    path: str | None
    image_url: str | None


class Helper(Person):
    helped_at: str


class ViewerState(BaseModel):
    is_initiator: bool
    helped: bool


class AssistView(BaseModel):
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


class Started(BaseModel):
    assist: AssistView
    replayed: bool


class OneAssist(BaseModel):
    assist: AssistView


class HelpView(BaseModel):
    helped_at: str
    counted: bool
    is_new: bool


class Helped(BaseModel):
    help: HelpView
    assist: AssistView
    replayed: bool
    completed: bool


class MyAssists(BaseModel):
    assists: list[AssistView]


class OpenCampaign(BaseModel):
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


class OpenCampaigns(BaseModel):
    campaigns: list[OpenCampaign]


class Flag(BaseModel):
    assist_id: str
    helper_id: str
    initiator_id: str
    nickname: str | None
    helper_joined_at: str
    helped_at: str
    reasons: list[str]
    counted: bool


class Flags(BaseModel):
    flags: list[Flag]
    next_cursor: str | None
