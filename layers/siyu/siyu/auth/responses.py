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
