"""The live API's shapes: live specs and patches, the exclusive coupon, reservations, states.
Free of DynamoDB, so the live routes declare them at import and load the domain (PynamoDB,
botocore) only in the routes that use it (docs/DEVELOPING.md, Import rules)."""

from __future__ import annotations

from datetime import datetime, timedelta
from typing import Annotated, Literal

from pydantic import AwareDatetime, ConfigDict, Field, HttpUrl, ValidationInfo, field_validator

from siyu.base_model import SiyuModel
from siyu.coupons.schemas import MAX_USES_LIMIT

MAX_DURATION = timedelta(hours=24)
DEFAULT_REMINDER_OFFSETS = [10]

DEFAULT_GRACE_MINUTES = 30
GENERATED_PREFIX = "LIVE"
# Generated codes are read aloud in the live: no 0/O, 1/I/L.
GENERATED_ALPHABET = "ABCDEFGHJKMNPQRSTUVWXYZ23456789"
GENERATED_LENGTH = 6

CouponState = Literal["UPCOMING", "OPEN", "ENDED", "CANCELLED"]


class ExclusiveCoupon(SiyuModel):
    """The live's exclusive coupon. In a PATCH the object replaces the coupon's settings;
    without `code`, a live that already has a code of the same template keeps it."""

    model_config = ConfigDict(extra="forbid")

    template_id: str = Field(min_length=1, max_length=64, description='a coupon template with obtain="code"')
    code: str | None = Field(
        default=None,
        min_length=4,
        max_length=32,
        pattern=r"^[A-Za-z0-9]+$",
        description="what members type (case-insensitive, stored upper-case); generated "
        f"({GENERATED_PREFIX} + {GENERATED_LENGTH} letters/digits) when absent",
    )
    max_uses: int | None = Field(
        default=None,
        ge=1,
        le=MAX_USES_LIMIT,
        description="redemptions in all; null: the template's stock",
    )
    per_member_limit: int = Field(default=1, ge=1, le=100, description="redemptions per member")
    grace_minutes: int = Field(
        default=DEFAULT_GRACE_MINUTES,
        ge=0,
        le=1440,
        description="the code stays valid this long after ends_at",
    )

    @field_validator("code")
    @classmethod
    def _upper(cls, value: str | None) -> str | None:
        return value.upper() if value is not None else None


LiveState = Literal["UPCOMING", "ON_AIR", "ENDED", "CANCELLED"]


def _text(value: str | None) -> str | None:
    if value is not None and (not value.strip() or not value.isprintable()):
        raise ValueError("must be printable and not blank")
    return value.strip() if value is not None else None


def _https(value: HttpUrl | None) -> HttpUrl | None:
    if value is not None and value.scheme != "https":
        raise ValueError("must be an https URL")
    return value


def _offsets(value: list[int] | None) -> list[int] | None:
    if value is not None and len(set(value)) != len(value):
        raise ValueError("reminder offsets must be distinct")
    return sorted(value, reverse=True) if value is not None else None


# Minutes before the start (0 = at the start).
ReminderOffset = Annotated[int, Field(ge=0, le=1440)]


class LiveSpec(SiyuModel):
    """A new live stream."""

    model_config = ConfigDict(extra="forbid")

    title: str = Field(min_length=1, max_length=40, description="the reminder shows its first 20 chars")
    cover_url: HttpUrl = Field(description="https")
    host_name: str = Field(min_length=1, max_length=20, description="the host (主播)")
    starts_at: AwareDatetime
    ends_at: AwareDatetime = Field(description="expected end; at most 24 h after the start")
    live_room: str = Field(min_length=1, max_length=256, description="Kuaishou live-room link or id")
    reminder_offsets: list[ReminderOffset] = Field(
        default_factory=lambda: list(DEFAULT_REMINDER_OFFSETS),
        min_length=1,
        max_length=5,
        description="reminders, in minutes before the start (0 = at the start)",
    )
    exclusive_coupon: ExclusiveCoupon | None = Field(
        default=None, description="a coupon code valid from the start to the end plus a grace period"
    )

    _texts = field_validator("title", "host_name", "live_room")(_text)
    _cover = field_validator("cover_url")(_https)
    _reminders = field_validator("reminder_offsets")(_offsets)

    @field_validator("ends_at")
    @classmethod
    def _window(cls, ends_at: datetime, info: ValidationInfo) -> datetime:
        if "starts_at" in info.data:  # (a bad starts_at is reported on its own)
            check_window(info.data["starts_at"], ends_at)
        return ends_at


class LivePatch(SiyuModel):
    """Changes to a live stream; moving `starts_at` moves its reminders."""

    model_config = ConfigDict(extra="forbid")

    title: str | None = Field(default=None, min_length=1, max_length=40)
    cover_url: HttpUrl | None = None
    host_name: str | None = Field(default=None, min_length=1, max_length=20)
    starts_at: AwareDatetime | None = None
    ends_at: AwareDatetime | None = None
    live_room: str | None = Field(default=None, min_length=1, max_length=256)
    reminder_offsets: list[ReminderOffset] | None = Field(default=None, min_length=1, max_length=5)
    exclusive_coupon: ExclusiveCoupon | None = Field(
        default=None, description="set (replaces the settings) or null (removes it and disables the code)"
    )

    _texts = field_validator("title", "host_name", "live_room")(_text)
    _cover = field_validator("cover_url")(_https)
    _reminders = field_validator("reminder_offsets")(_offsets)


def check_window(starts_at: datetime, ends_at: datetime) -> None:
    if ends_at <= starts_at:
        raise ValueError("ends_at must be after starts_at")
    if ends_at - starts_at > MAX_DURATION:
        raise ValueError("a live lasts at most 24 hours")


class ReservationRequest(SiyuModel):
    model_config = ConfigDict(extra="forbid")

    template_id: str = Field(
        min_length=1,
        max_length=64,
        pattern=r"^[A-Za-z0-9_\-]+$",
        description="the subscribe-message template the member accepted in ks.requestSubscribeMessage",
    )
