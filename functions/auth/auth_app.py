"""Auth capability: Kuaishou login, tokens, phone binding, profile, admin login, health."""

from __future__ import annotations

from typing import Any

from pydantic import BaseModel, Field

from siyu import clock
from siyu.auth import CurrentMember, admins, login
from siyu.auth import responses as R
from siyu.auth.login import ProfilePatch
from siyu.http import entry_point, make_app, returns
from siyu.observability import metrics

app = make_app()


class LoginRequest(BaseModel):
    code: str = Field(min_length=1, max_length=256, description="the code from ks.login")
    inviter_id: str | None = Field(
        default=None,
        min_length=1,
        max_length=64,
        description="the member whose share link opened the mini-program (launch query `inviter`); "
        "counts for their invite task if this login registers a new member",
    )


class RefreshRequest(BaseModel):
    refresh_token: str = Field(min_length=1, max_length=2048)


class PhoneRequest(BaseModel):
    encrypted_data: str = Field(min_length=1, max_length=4096)
    iv: str = Field(min_length=1, max_length=64)


class AdminLoginRequest(BaseModel):
    username: str = Field(min_length=1, max_length=64)
    password: str = Field(min_length=1, max_length=256)


@app.get("/v1/health", responses=returns(R.Health))
def health() -> dict[str, Any]:
    return {"status": "ok", "time": clock.now_iso()}


@app.post("/v1/auth/login", responses=returns(R.MemberSession))
def member_login(body: LoginRequest) -> dict[str, Any]:
    result, tokens = login.login(body.code, inviter_id=body.inviter_id)
    if result.is_new:
        metrics.add_metric(name="MembersRegistered", unit="Count", value=1)
    return {"is_new": result.is_new, "member": login.Profile.of(result.member).model_dump(), **tokens}


@app.post("/v1/auth/refresh", responses=returns(R.MemberTokens))
def refresh(body: RefreshRequest) -> dict[str, Any]:
    return login.refresh(body.refresh_token)


@app.post("/v1/auth/phone", responses=returns(R.PhoneBound))
def bind_phone(body: PhoneRequest, member: CurrentMember) -> dict[str, Any]:
    return {"phone_masked": login.bind_phone(member.member_id, body.encrypted_data, body.iv)}


@app.get("/v1/me", responses=returns(login.Profile))
def me(member: CurrentMember) -> dict[str, Any]:
    return login.Profile.of(login.get_member(member.member_id)).model_dump()


@app.patch("/v1/me", responses=returns(login.Profile))
def patch_me(body: ProfilePatch, member: CurrentMember) -> dict[str, Any]:
    return login.Profile.of(login.update_profile(member.member_id, body)).model_dump()


@app.post("/v1/admin/auth/login", responses=returns(R.AdminSession))
def admin_login(body: AdminLoginRequest) -> dict[str, Any]:
    return admins.admin_login(body.username, body.password)


handler = entry_point(app)
