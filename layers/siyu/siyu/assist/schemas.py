"""The assist API's shapes: campaign bodies and views, the abuse rules, the report. Free of
DynamoDB, so the assist routes declare them at import and load the domain (PynamoDB, botocore)
only in the routes that use it (docs/DEVELOPING.md, Import rules)."""

from __future__ import annotations

from functools import cache
from typing import TYPE_CHECKING, Annotated, Literal

from pydantic import (
    AwareDatetime,
    ConfigDict,
    Field,
    HttpUrl,
    TypeAdapter,
    field_validator,
    model_validator,
)

from siyu import clock
from siyu.base_model import SiyuModel

if TYPE_CHECKING:
    from siyu.assist.models import Campaign


NewHelpers = Literal["any", "since_campaign", "since_assist"]


class CouponReward(SiyuModel):
    model_config = ConfigDict(extra="forbid")
    kind: Literal["coupon"]
    template_id: str = Field(min_length=1, max_length=64, description="granted through siyu.coupons.grant")


class PointsReward(SiyuModel):
    model_config = ConfigDict(extra="forbid")
    kind: Literal["points"]
    points: int = Field(ge=1, le=100_000)


Reward = Annotated[CouponReward | PointsReward, Field(discriminator="kind")]


@cache
def _reward_adapter() -> TypeAdapter[CouponReward | PointsReward]:
    # Built on first use, like the models (SiyuModel's defer_build): not at import.
    return TypeAdapter(Reward)


def parse_reward(text: str) -> CouponReward | PointsReward:
    return _reward_adapter().validate_json(text)


def _https(v: HttpUrl | None) -> HttpUrl | None:
    if v is not None and v.scheme != "https":
        raise ValueError("must be an https URL")
    return v


class CampaignIn(SiyuModel):
    """A new campaign."""

    model_config = ConfigDict(extra="forbid")

    name: str = Field(min_length=1, max_length=40)
    description: str = Field(default="", max_length=200)
    reward: Reward
    helps_needed: int = Field(ge=1, le=100, description="helps that complete an assist (N)")
    hours_to_complete: int = Field(ge=1, le=720, description="an assist expires this long after it starts")
    starts_at: AwareDatetime | None = Field(default=None, description="default: now")
    ends_at: AwareDatetime = Field(description="no assist starts after this, and every assist expires by it")
    max_starts_per_member: int = Field(default=1, ge=1, le=100, description="assists one member may start")
    new_helpers: NewHelpers = Field(
        default="any",
        description="who may help: anyone, or only members whose first login is after the campaign "
        "(since_campaign) or the assist (since_assist) started",
    )
    helps_per_helper_per_day: int = Field(
        default=3, ge=1, le=100, description="helps one member may give per day across the campaign's assists"
    )
    message_template_id: str | None = Field(
        default=None,
        min_length=1,
        max_length=64,
        description="Kuaishou subscribe-message template sent to the initiator on completion "
        "(data: thing01 = campaign name, thing02 = reward)",
    )
    share_title: str | None = Field(default=None, min_length=1, max_length=40)
    share_image_url: HttpUrl | None = None
    share_page: str = Field(
        default="pages/assist/detail",
        pattern=r"^[A-Za-z0-9_\-]+(/[A-Za-z0-9_\-]+)*$",
        max_length=100,
        description="mini-program page that opens a shared assist (gets ?assist_id=…)",
    )

    _image = field_validator("share_image_url")(_https)

    @model_validator(mode="after")
    def _window(self) -> CampaignIn:
        self.window()
        return self

    def window(self) -> tuple[str, str]:
        starts = clock.iso(self.starts_at) if self.starts_at else clock.now_iso()
        ends = clock.iso(self.ends_at)
        if ends <= starts:
            raise ValueError("ends_at must be after starts_at")
        return starts, ends


class CampaignPatch(SiyuModel):
    """What may change after creation; reward and counts are fixed (create a new campaign).
    Assists already started keep their terms and expiry."""

    model_config = ConfigDict(extra="forbid")

    name: str | None = Field(default=None, min_length=1, max_length=40)
    description: str | None = Field(default=None, max_length=200)
    ends_at: AwareDatetime | None = None
    status: Literal["ACTIVE", "PAUSED"] | None = Field(
        default=None, description="PAUSED: no new assists and no helps (within 30 s everywhere)"
    )
    message_template_id: str | None = Field(default=None, min_length=1, max_length=64)
    share_title: str | None = Field(default=None, min_length=1, max_length=40)
    share_image_url: HttpUrl | None = None

    _image = field_validator("share_image_url")(_https)


class CampaignView(SiyuModel):
    campaign_id: str
    name: str
    description: str
    reward: CouponReward | PointsReward
    reward_name: str
    helps_needed: int
    hours_to_complete: int
    starts_at: str
    ends_at: str
    max_starts_per_member: int
    new_helpers: NewHelpers
    helps_per_helper_per_day: int
    message_template_id: str | None
    share_title: str | None
    share_image_url: str | None
    share_page: str
    status: str
    state: Literal["scheduled", "open", "ended", "paused"]
    created_at: str
    updated_at: str

    @classmethod
    def of(cls, c: Campaign) -> CampaignView:
        return cls(
            campaign_id=c.campaign_id,
            name=c.name,
            description=c.description,
            reward=parse_reward(c.reward),
            reward_name=c.reward_name,
            helps_needed=int(c.helps_needed),
            hours_to_complete=int(c.hours_to_complete),
            starts_at=c.starts_at,
            ends_at=c.ends_at,
            max_starts_per_member=int(c.max_starts_per_member),
            new_helpers=c.new_helpers,
            helps_per_helper_per_day=int(c.helps_per_helper_per_day),
            message_template_id=c.message_template_id,
            share_title=c.share_title,
            share_image_url=c.share_image_url,
            share_page=c.share_page,
            status=c.status,
            state=state_of(c),
            created_at=c.created_at,
            updated_at=c.updated_at,
        )


def state_of(c: Campaign) -> Literal["scheduled", "open", "ended", "paused"]:
    from siyu.assist.models import PAUSED

    now = clock.now_iso()
    if c.status == PAUSED:
        return "paused"
    if now < c.starts_at:
        return "scheduled"
    return "open" if now < c.ends_at else "ended"


class Window(SiyuModel):
    """At most `max` in a fixed window of `minutes`."""

    model_config = ConfigDict(extra="forbid", frozen=True)

    max: int = Field(ge=1, le=100_000)
    minutes: int = Field(ge=1, le=1440)

    def index(self, epoch_seconds: int) -> int:
        return epoch_seconds // (self.minutes * 60)

    def ends_at(self, epoch_seconds: int) -> int:
        return (self.index(epoch_seconds) + 1) * self.minutes * 60


class AssistRules(SiyuModel):
    model_config = ConfigDict(extra="forbid", frozen=True)

    helper_limit: Window = Field(
        default=Window.model_construct(max=10, minutes=60),
        description="helps one member may give, across all campaigns (over it: ASSIST_HELPER_RATE_LIMITED)",
    )
    initiator_limit: Window = Field(
        default=Window.model_construct(max=60, minutes=60),
        description="helps one member's assists may receive (over it: ASSIST_INITIATOR_RATE_LIMITED)",
    )
    burst: Window = Field(
        default=Window.model_construct(max=8, minutes=5),
        description="more helps than this for one initiator within the window are flagged INITIATOR_BURST",
    )
    fresh_account_minutes: int = Field(
        default=2,
        ge=0,
        le=1440,
        description="a helper whose account is younger than this is flagged FRESH_ACCOUNT (0: off)",
    )
    count_flagged: bool = Field(
        default=True, description="false: flagged helps are recorded for review but do not count"
    )


class CampaignReport(SiyuModel):
    campaign_id: str
    name: str
    state: str
    helps_needed: int
    starts: int
    completions: int
    completion_rate: float
    helps: int
    new_members: int
    new_members_completed: int
    viral_coefficient: float
    flagged: int
    uncounted: int
    rewards_failed: int
