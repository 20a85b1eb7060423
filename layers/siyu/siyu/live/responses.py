"""The success bodies of the live routes (admin views, reservations), for the API contract."""

from __future__ import annotations

from pydantic import Field

from siyu.base_model import SiyuModel
from siyu.live.schemas import CouponState, LiveState


class ReminderTime(SiyuModel):
    offset_minutes: int
    reminder_key: str
    fire_at: str


class ExclusiveCouponAdmin(SiyuModel):
    template_id: str | None
    code: str
    max_uses: int | None
    per_member_limit: int
    grace_minutes: int
    starts_at: str
    ends_at: str
    state: CouponState


class AdminLive(SiyuModel):
    live_id: str
    title: str
    cover_url: str
    host_name: str
    starts_at: str
    ends_at: str
    live_room: str
    reminder_offsets: list[int]
    reminders: list[ReminderTime]
    status: str
    state: LiveState
    revision: int
    schedule_version: int
    schedule_status: str
    exclusive_coupon: ExclusiveCouponAdmin | None
    created_at: str
    updated_at: str


class AdminLives(SiyuModel):
    lives: list[AdminLive]


class ReminderFailure(SiyuModel):
    member_id: str
    error_code: str | None
    error_message: str | None
    attempts: int
    retryable: bool
    updated_at: str | None


class ReminderFailures(SiyuModel):
    reminder_key: str
    failures: list[ReminderFailure]


class ReservationState(SiyuModel):
    live_id: str
    reserved: bool
    template_id: str | None
    reserved_at: str | None


class Reserved(ReservationState):
    created: bool


class Withdrawn(ReservationState):
    withdrawn: bool


class ExclusiveCouponMember(SiyuModel):
    template_id: str | None
    starts_at: str
    ends_at: str
    state: CouponState
    code: str | None = Field(description="only while the code can be redeemed (state OPEN)")


class MemberLive(SiyuModel):
    live_id: str
    title: str
    cover_url: str
    host_name: str
    starts_at: str
    ends_at: str
    live_room: str
    state: LiveState
    reserved: bool
    exclusive_coupon: ExclusiveCouponMember | None


class MemberLives(SiyuModel):
    server_time: str
    lives: list[MemberLive]


class OneLive(SiyuModel):
    server_time: str
    live: MemberLive


class ReminderProgress(SiyuModel):
    reminder_key: str
    offset_minutes: int
    schedule_version: int
    status: str
    started_at: str | None
    fanned_out_at: str | None
    targets: int
    sent: int
    failed: int
    skipped: int
    pending: int = Field(description="queued, in flight or waiting to retry")
    opened: int


class ExclusiveCodeFigures(SiyuModel):
    code: str
    uses: int
    max_uses: int | None
    state: str


class LiveFigures(SiyuModel):
    live_id: str
    reservations: int
    reservations_withdrawn: int
    reminders_sent: int
    reminder_opens: int
    reminders: list[ReminderProgress]
    exclusive_coupon: ExclusiveCodeFigures | None
