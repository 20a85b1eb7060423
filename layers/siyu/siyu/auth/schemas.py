"""The auth API's shapes: the member profile, its patch, admin roles. Free of DynamoDB, so the
auth routes declare them at import and load the domain (PynamoDB, botocore) only in the routes
that use it (docs/DEVELOPING.md, Import rules)."""

from __future__ import annotations

from datetime import date
from typing import TYPE_CHECKING, Literal

from pydantic import ConfigDict, Field, HttpUrl, field_validator

from siyu import clock
from siyu.base_model import SiyuModel
from siyu.http import PlainText

if TYPE_CHECKING:
    from siyu.members.models import Member

Role = Literal["owner", "operator", "analyst"]
MIN_PASSWORD_LENGTH = 10


class Profile(SiyuModel):
    """What a member sees of themself."""

    member_id: str
    nickname: str | None
    avatar_url: str | None
    birthday: str | None
    phone_masked: str | None
    created_at: str

    @classmethod
    def of(cls, m: Member) -> Profile:
        return cls(
            member_id=m.member_id,
            nickname=m.nickname,
            avatar_url=m.avatar_url,
            birthday=m.birthday,
            phone_masked=m.phone_masked,
            created_at=m.created_at,
        )


class ProfilePatch(SiyuModel):
    model_config = ConfigDict(extra="forbid")

    nickname: PlainText | None = Field(default=None, min_length=1, max_length=32)
    avatar_url: HttpUrl | None = None
    birthday: date | None = None

    @field_validator("nickname")
    @classmethod
    def _printable(cls, v: str | None) -> str | None:
        if v is not None and (not v.strip() or not v.isprintable()):
            raise ValueError("nickname must be printable and not blank")
        return v.strip() if v else v

    @field_validator("avatar_url")
    @classmethod
    def _https(cls, v: HttpUrl | None) -> HttpUrl | None:
        if v is not None and v.scheme != "https":
            raise ValueError("avatar_url must be https")
        return v

    @field_validator("birthday")
    @classmethod
    def _plausible(cls, v: date | None) -> date | None:
        if v is not None and not (date(1900, 1, 1) <= v <= clock.shanghai_day()):
            raise ValueError("birthday must be between 1900-01-01 and today")
        return v
