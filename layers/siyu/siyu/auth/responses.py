"""The success bodies of the auth routes, for the API contract (docs/openapi.json)."""

from __future__ import annotations

from typing import Literal

from siyu.auth.schemas import Profile
from siyu.base_model import SiyuModel


class Health(SiyuModel):
    status: Literal["ok"]
    time: str


class MemberTokens(SiyuModel):
    access_token: str
    refresh_token: str
    expires_in: int
    token_type: Literal["Bearer"]


class MemberSession(MemberTokens):
    is_new: bool
    member: Profile


class PhoneBound(SiyuModel):
    phone_masked: str


class AdminSession(SiyuModel):
    access_token: str
    expires_in: int
    token_type: Literal["Bearer"]
    role: str
    admin_id: str


class LoggedOut(SiyuModel):
    logged_out: Literal[True]


class StaffAccount(SiyuModel):
    username: str
    admin_id: str
    role: str
    disabled: bool
    created_at: str | None = None


class StaffList(SiyuModel):
    items: list[StaffAccount]


class StaffChange(SiyuModel):
    """What changed on a staff account (each change revokes that account's tokens)."""

    username: str
    role: str | None = None
    disabled: bool | None = None
    password_changed: bool | None = None
