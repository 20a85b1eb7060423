"""The success bodies of the auth routes, for the API contract (docs/openapi.json)."""

from __future__ import annotations

from typing import Literal

from pydantic import BaseModel

from siyu.auth.login import Profile


class Health(BaseModel):
    status: Literal["ok"]
    time: str


class MemberTokens(BaseModel):
    access_token: str
    refresh_token: str
    expires_in: int
    token_type: Literal["Bearer"]


class MemberSession(MemberTokens):
    is_new: bool
    member: Profile


class PhoneBound(BaseModel):
    phone_masked: str


class AdminSession(BaseModel):
    access_token: str
    expires_in: int
    token_type: Literal["Bearer"]
    role: str
    admin_id: str


class LoggedOut(BaseModel):
    logged_out: Literal[True]


class StaffAccount(BaseModel):
    username: str
    admin_id: str
    role: str
    disabled: bool
    created_at: str | None = None


class StaffList(BaseModel):
    items: list[StaffAccount]


class StaffChange(BaseModel):
    """What changed on a staff account (each change revokes that account's tokens)."""

    username: str
    role: str | None = None
    disabled: bool | None = None
    password_changed: bool | None = None
