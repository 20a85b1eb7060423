"""The success bodies of the member routes, for the API contract (docs/openapi.json)."""

from __future__ import annotations

from typing import Any, Literal

from pydantic import Field

from siyu.base_model import SiyuModel
from siyu.members.schemas import TaskKind, TaskRule


class TaskRules(SiyuModel):
    tasks: list[TaskRule]


class TaskDeleted(SiyuModel):
    task_id: str
    deleted: bool
    existed: bool


class GiftView(SiyuModel):
    gift_id: str
    name: str
    description: str
    image_url: str | None
    points_cost: int
    per_member_limit: int
    valid_days: int
    stock: int
    in_stock: bool


class MemberGift(GiftView):
    redeemed_by_me: int


class AdminGift(GiftView):
    active: bool
    sort: int
    redeemed_count: int
    updated_at: str | None
    updated_by: str | None


class MemberGifts(SiyuModel):
    gifts: list[MemberGift]


class AdminGifts(SiyuModel):
    gifts: list[AdminGift]


class MyLevel(SiyuModel):
    level_key: str
    level_name: str
    rank: int
    discount_bp: int
    coupon_template_ids: list[str]
    perks: list[str]
    growth: int
    growth_basis: str
    next_level_key: str | None
    next_level_name: str | None
    next_threshold: int | None
    growth_to_next: int | None


class LevelStep(SiyuModel):
    key: str
    name: str
    threshold: int
    discount_bp: int
    perks: list[str]


class Levels(SiyuModel):
    me: MyLevel
    levels: list[LevelStep]


class TaskToday(SiyuModel):
    task_id: str
    kind: TaskKind
    title: str
    description: str
    points: int
    period: Literal["day", "once"]
    limit: int
    done: int
    completed: bool
    claimable: bool
    browse_seconds: int | None


class Tasks(SiyuModel):
    day: str
    tasks: list[TaskToday]


class TaskStarted(SiyuModel):
    task_id: str
    started_at: str
    complete_after: str
    expires_at: str


class CalendarDay(SiyuModel):
    day: str
    checked_in: bool
    points: int
    makeup: bool
    can_make_up: bool


class MakeupState(SiyuModel):
    enabled: bool
    window_days: int
    cost_points: int
    left_this_month: int


class CheckinCalendar(SiyuModel):
    month: str
    today: str
    checked_in_today: bool
    streak: int
    total_checkins: int
    next_checkin_points: int
    makeup: MakeupState
    days: list[CalendarDay]


class MemberSummary(SiyuModel):
    member_id: str
    nickname: str | None
    avatar_url: str | None
    phone_masked: str | None = Field(description="never the full number")
    created_at: str
    last_login_at: str | None


class MemberSearch(SiyuModel):
    taken_as: str = Field(description="id | phone | nickname: how the query was read")
    members: list[MemberSummary]


class MemberPointsSummary(SiyuModel):
    balance: int
    earned_total: int


class MemberProfile(MemberSummary):
    birthday: str | None
    points: MemberPointsSummary
    spent_fen: int
    checkin_total: int
    level: MyLevel


class MemberEvent(SiyuModel):
    id: str
    type: str = Field(description="a domain event type, e.g. OrderPaid, CouponClaimed, PointsChanged")
    occurred_at: str
    data: dict[str, Any]


class MemberEvents(SiyuModel):
    events: list[MemberEvent]
