"""The success bodies of the member routes, for the API contract (docs/openapi.json)."""

from __future__ import annotations

from pydantic import BaseModel

from siyu.members.rules import TaskRule


class TaskRules(BaseModel):
    tasks: list[TaskRule]


class TaskDeleted(BaseModel):
    task_id: str
    deleted: bool
    existed: bool


class GiftView(BaseModel):
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


class MemberGifts(BaseModel):
    gifts: list[MemberGift]


class AdminGifts(BaseModel):
    gifts: list[AdminGift]
