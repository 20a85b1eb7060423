"""Auth capability: Kuaishou login, tokens, logout, phone binding, profile, admin login and
logout, staff accounts (owners only), health.

The domain (PynamoDB, botocore) is imported in the routes that use it, so importing this
module — every cold start — stays light (docs/DEVELOPING.md, Import rules)."""

from __future__ import annotations

from typing import Any

import siyu.lazy_powertools  # noqa: F401  (first import: defers Powertools' eager package inits)

from pydantic import Field

from siyu import clock
from siyu.auth import CurrentAdmin, CurrentMember, OwnerAdmin
from siyu.auth import responses as R
from siyu.auth.schemas import MIN_PASSWORD_LENGTH, Profile, ProfilePatch, Role
from siyu.base_model import SiyuModel
from siyu.http import created, entry_point, make_app, returns, source_ip
from siyu.observability import metrics

app = make_app()


class LoginRequest(SiyuModel):
    code: str = Field(min_length=1, max_length=256, description="the code from ks.login")
    inviter_id: str | None = Field(
        default=None,
        min_length=1,
        max_length=64,
        description="the member whose share link opened the mini-program (launch query `inviter`); "
        "counts for their invite task if this login registers a new member",
    )


class RefreshRequest(SiyuModel):
    refresh_token: str = Field(min_length=1, max_length=2048)


class PhoneRequest(SiyuModel):
    encrypted_data: str = Field(min_length=1, max_length=4096)
    iv: str = Field(min_length=1, max_length=64)


class LogoutRequest(SiyuModel):
    refresh_token: str | None = Field(
        default=None,
        min_length=1,
        max_length=2048,
        description="the session to end; without it every session of the member ends",
    )


class AdminLoginRequest(SiyuModel):
    username: str = Field(min_length=1, max_length=64)
    password: str = Field(min_length=1, max_length=256)


Username = Field(min_length=1, max_length=64, pattern=r"^[A-Za-z0-9_.@-]+$")
Password = Field(min_length=MIN_PASSWORD_LENGTH, max_length=256)


class StaffCreate(SiyuModel):
    username: str = Username
    password: str = Password
    role: Role


class StaffRole(SiyuModel):
    role: Role


class StaffPassword(SiyuModel):
    password: str = Password


@app.get("/v1/health", responses=returns(R.Health))
def health() -> dict[str, Any]:
    return {"status": "ok", "time": clock.now_iso()}


@app.post("/v1/auth/login", responses=returns(R.MemberSession))
def member_login(body: LoginRequest) -> dict[str, Any]:
    from siyu.auth import login

    result, tokens = login.login(body.code, inviter_id=body.inviter_id, source_ip=source_ip(app))
    if result.is_new:
        metrics.add_metric(name="MembersRegistered", unit="Count", value=1)
    return {"is_new": result.is_new, "member": Profile.of(result.member).model_dump(), **tokens}


@app.post("/v1/auth/refresh", responses=returns(R.MemberTokens))
def refresh(body: RefreshRequest) -> dict[str, Any]:
    from siyu.auth import login

    return login.refresh(body.refresh_token)


@app.post(
    "/v1/auth/logout", summary="End the member's session (or every session)", responses=returns(R.LoggedOut)
)
def member_logout(body: LogoutRequest, member: CurrentMember) -> dict[str, Any]:
    from siyu.auth import login

    login.logout(member.member_id, body.refresh_token)
    return {"logged_out": True}


@app.post("/v1/auth/phone", responses=returns(R.PhoneBound))
def bind_phone(body: PhoneRequest, member: CurrentMember) -> dict[str, Any]:
    from siyu.auth import login

    return {"phone_masked": login.bind_phone(member.member_id, body.encrypted_data, body.iv)}


@app.get("/v1/me", responses=returns(Profile))
def me(member: CurrentMember) -> dict[str, Any]:
    from siyu.auth import login

    return Profile.of(login.get_member(member.member_id)).model_dump()


@app.patch("/v1/me", responses=returns(Profile))
def patch_me(body: ProfilePatch, member: CurrentMember) -> dict[str, Any]:
    from siyu.auth import login

    return Profile.of(login.update_profile(member.member_id, body)).model_dump()


@app.post("/v1/admin/auth/login", responses=returns(R.AdminSession))
def admin_login(body: AdminLoginRequest) -> dict[str, Any]:
    from siyu.auth import admins

    return admins.admin_login(body.username, body.password, source_ip(app))


@app.post(
    "/v1/admin/auth/logout", summary="Revoke every token of the calling admin", responses=returns(R.LoggedOut)
)
def admin_logout(admin: CurrentAdmin) -> dict[str, Any]:
    from siyu.auth import admins

    admins.logout(admin.username)
    return {"logged_out": True}


# ---------------------------------------------------------------- staff accounts (owners)
@app.get("/v1/admin/staff", summary="List staff accounts (owner)", responses=returns(R.StaffList))
def list_staff(admin: OwnerAdmin) -> dict[str, Any]:
    from siyu.auth import admins

    return {"items": admins.list_staff()}


@app.post("/v1/admin/staff", summary="Create a staff account (owner)", responses=returns(R.StaffAccount, 201))
def create_staff(body: StaffCreate, admin: OwnerAdmin) -> Any:
    from siyu.auth import admins

    return created(admins.staff_view(admins.create_admin(body.username, body.password, body.role)))


@app.put(
    "/v1/admin/staff/<username>/role",
    summary="Change a staff account's role (owner); revokes its tokens",
    responses=returns(R.StaffChange),
)
def set_staff_role(username: str, body: StaffRole, admin: OwnerAdmin) -> dict[str, Any]:
    from siyu.auth import admins

    admins.set_role(username, body.role, actor_username=admin.username)
    return {"username": username.lower(), "role": body.role}


@app.post(
    "/v1/admin/staff/<username>/disable",
    summary="Disable a staff account (owner); revokes its tokens",
    responses=returns(R.StaffChange),
)
def disable_staff(username: str, admin: OwnerAdmin) -> dict[str, Any]:
    from siyu.auth import admins

    admins.set_disabled(username, True, actor_username=admin.username)
    return {"username": username.lower(), "disabled": True}


@app.post(
    "/v1/admin/staff/<username>/enable",
    summary="Enable a disabled staff account (owner)",
    responses=returns(R.StaffChange),
)
def enable_staff(username: str, admin: OwnerAdmin) -> dict[str, Any]:
    from siyu.auth import admins

    admins.set_disabled(username, False, actor_username=admin.username)
    return {"username": username.lower(), "disabled": False}


@app.put(
    "/v1/admin/staff/<username>/password",
    summary="Set a staff account's password (owner); revokes its tokens",
    responses=returns(R.StaffChange),
)
def set_staff_password(username: str, body: StaffPassword, admin: OwnerAdmin) -> dict[str, Any]:
    from siyu.auth import admins

    admins.set_password(username, body.password)
    return {"username": username.lower(), "password_changed": True}


handler = entry_point(app)
