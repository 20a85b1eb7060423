"""Login and profile through the auth handler, with real API Gateway v2 events."""

from __future__ import annotations

import base64
import json
from concurrent.futures import ThreadPoolExecutor
from datetime import timedelta

import pytest
from auth_app import handler

from siyu import clock
from siyu.auth import tokens
from siyu.auth.admins import create_admin
from siyu_local.sandbox import reset_caches
from tests.conftest import Api

api = Api(handler)


def login(fake, open_id: str = "openid-alice") -> dict:
    status, body = api("POST", "/v1/auth/login", {"code": fake.issue_login_code(open_id=open_id)})
    assert status == 200, body
    return body


def outbox_types() -> list[str]:
    from siyu.events import OutboxItem

    return [item.type for item in OutboxItem.scan()]


def test_health(aws):
    status, body = api("GET", "/v1/health")
    assert status == 200
    assert body["status"] == "ok"


def test_first_login_creates_member_once_and_emits_member_registered(aws, fake_kuaishou):
    first = login(fake_kuaishou)
    assert first["is_new"] is True
    assert first["token_type"] == "Bearer"
    second = login(fake_kuaishou)
    assert second["is_new"] is False
    assert second["member"]["member_id"] == first["member"]["member_id"]
    assert outbox_types() == ["MemberRegistered"]
    assert "session_key" not in json.dumps(first)


def test_a_new_member_from_a_share_link_names_the_inviter_once(aws, fake_kuaishou):
    from siyu.events import OutboxItem

    inviter = login(fake_kuaishou, "openid-inviter")["member"]["member_id"]

    def registered(open_id: str, inviter_id: str) -> dict:
        code = fake_kuaishou.issue_login_code(open_id=open_id)
        status, body = api("POST", "/v1/auth/login", {"code": code, "inviter_id": inviter_id})
        assert status == 200, body
        return body

    invitee = registered("openid-invitee", inviter)["member"]["member_id"]
    registered("openid-invitee", inviter)  # logging in again invites nobody again
    registered("openid-stranger", "NOSUCHMEMBER")  # a made-up inviter earns nobody anything
    events = {item.member_id: json.loads(item.data) for item in OutboxItem.scan()}
    assert len(events) == 3
    assert events[invitee] == {"source": "kuaishou", "inviter_id": inviter}
    assert [data.get("inviter_id") for data in events.values()].count(inviter) == 1
    assert sum("inviter_id" in data for data in events.values()) == 1


@pytest.mark.concurrency
def test_concurrent_first_logins_of_one_user_make_one_member(atomic_dynamodb, fake_kuaishou):
    # The domain, not the handler: one Lambda container never serves two requests at once,
    # and the resolver keeps the current request on the shared `app`.
    from siyu.auth import login as login_domain

    codes = [fake_kuaishou.issue_login_code(open_id="openid-race") for _ in range(8)]
    with ThreadPoolExecutor(8) as pool:
        results = [result for result, _ in pool.map(login_domain.login, codes)]
    assert len({r.member.member_id for r in results}) == 1
    assert sum(r.is_new for r in results) == 1
    assert outbox_types() == ["MemberRegistered"]


def test_returning_login_costs_four_dynamodb_calls(aws, fake_kuaishou, ddb_calls):
    login(fake_kuaishou)
    code = fake_kuaishou.issue_login_code(open_id="openid-alice")
    ddb_calls.clear()
    status, _ = api("POST", "/v1/auth/login", {"code": code})
    assert status == 200
    # the per-IP login limit, the identity, the member, the new refresh-token family
    assert ddb_calls == ["UpdateItem", "GetItem", "UpdateItem", "PutItem"]


def test_code_is_single_use(aws, fake_kuaishou):
    code = fake_kuaishou.issue_login_code(open_id="openid-bob")
    assert api("POST", "/v1/auth/login", {"code": code})[0] == 200
    status, body = api("POST", "/v1/auth/login", {"code": code})
    assert status == 401
    assert body["error"]["code"] == "LOGIN_CODE_INVALID"


def test_kuaishou_outage_is_503_and_changes_nothing(aws, fake_kuaishou):
    fake_kuaishou.outage(True)
    try:
        status, body = api("POST", "/v1/auth/login", {"code": "A" * 64})
    finally:
        fake_kuaishou.outage(False)
    assert status == 503
    assert body["error"]["code"] == "KUAISHOU_UNAVAILABLE"
    assert outbox_types() == []


def test_kuaishou_timeout_is_503(aws, fake_kuaishou, monkeypatch):
    monkeypatch.setenv("KUAISHOU_TIMEOUT_SECONDS", "0.2")
    reset_caches()
    fake_kuaishou.delay(1.0)
    try:
        status, body = api("POST", "/v1/auth/login", {"code": fake_kuaishou.issue_login_code()})
    finally:
        fake_kuaishou.delay(0)
    assert status == 503
    assert body["error"]["code"] == "KUAISHOU_UNAVAILABLE"


@pytest.mark.parametrize(
    ("raw", "code"),
    [("{not json", "INVALID_JSON"), ('{"code": ""}', "VALIDATION_ERROR"), ("{}", "VALIDATION_ERROR")],
)
def test_malformed_login_body(aws, raw, code):
    status, body = api("POST", "/v1/auth/login", raw=raw)
    assert status == 400
    assert body["error"]["code"] == code
    assert body["error"]["message"]


def test_me_requires_a_valid_token(aws, fake_kuaishou):
    assert api("GET", "/v1/me")[1]["error"]["code"] == "UNAUTHENTICATED"
    session = login(fake_kuaishou)
    forged = session["access_token"][:-4] + (
        "AAAA" if not session["access_token"].endswith("AAAA") else "BBBB"
    )
    status, body = api("GET", "/v1/me", token=forged)
    assert (status, body["error"]["code"]) == (401, "TOKEN_INVALID")
    # A refresh token is not an access token.
    assert api("GET", "/v1/me", token=session["refresh_token"])[1]["error"]["code"] == "TOKEN_INVALID"
    clock.clock.shift(timedelta(hours=3))
    try:
        status, body = api("GET", "/v1/me", token=session["access_token"])
    finally:
        clock.clock.reset()
    assert (status, body["error"]["code"]) == (401, "TOKEN_EXPIRED")


def test_refresh_issues_new_tokens_and_rejects_revoked(aws, fake_kuaishou):
    session = login(fake_kuaishou)
    status, body = api("POST", "/v1/auth/refresh", {"refresh_token": session["refresh_token"]})
    assert status == 200
    assert api("GET", "/v1/me", token=body["access_token"])[0] == 200
    from siyu.members.models import Member

    member = Member.get(*Member.key(session["member"]["member_id"]))
    member.update(actions=[Member.token_version.add(1)])
    status, body = api("POST", "/v1/auth/refresh", {"refresh_token": session["refresh_token"]})
    assert (status, body["error"]["code"]) == (401, "TOKEN_INVALID")


def test_profile_read_and_patch(aws, fake_kuaishou):
    token = login(fake_kuaishou)["access_token"]
    status, body = api(
        "PATCH",
        "/v1/me",
        {"nickname": "小美", "avatar_url": "https://cdn.example.com/a.png", "birthday": "1995-06-01"},
        token=token,
    )
    assert status == 200, body
    assert body["nickname"] == "小美"
    assert api("GET", "/v1/me", token=token)[1]["birthday"] == "1995-06-01"
    # Birthday is set once.
    status, body = api("PATCH", "/v1/me", {"birthday": "1995-07-01"}, token=token)
    assert (status, body["error"]["code"]) == (409, "BIRTHDAY_LOCKED")
    assert api("GET", "/v1/me", token=token)[1]["birthday"] == "1995-06-01"


@pytest.mark.parametrize(
    ("patch", "field"),
    [
        ({"nickname": ""}, "nickname"),
        ({"nickname": "x" * 33}, "nickname"),
        ({"avatar_url": "http://insecure.example.com/a.png"}, "avatar_url"),
        ({"birthday": "2999-01-01"}, "birthday"),
        ({"phone": "13800000000"}, "phone"),
    ],
)
def test_invalid_profile_patch_names_the_field_and_changes_nothing(aws, fake_kuaishou, patch, field):
    token = login(fake_kuaishou)["access_token"]
    before = api("GET", "/v1/me", token=token)[1]
    status, body = api("PATCH", "/v1/me", patch, token=token)
    assert status == 400
    assert body["error"]["code"] == "VALIDATION_ERROR"
    assert any(d["field"].startswith(field) for d in body["error"]["details"])
    assert api("GET", "/v1/me", token=token)[1] == before


def test_phone_binding_returns_only_the_masked_number(aws, fake_kuaishou):
    token = login(fake_kuaishou, "openid-phone")["access_token"]
    data, iv = fake_kuaishou.encrypt_for("openid-phone", {"countryCode": "86", "phoneNumber": "19814733741"})
    status, body = api("POST", "/v1/auth/phone", {"encrypted_data": data, "iv": iv}, token=token)
    assert (status, body) == (200, {"phone_masked": "198****3741"})
    assert "19814733741" not in json.dumps(api("GET", "/v1/me", token=token)[1])
    garbage = base64.b64encode(b"0" * 32).decode()
    status, body = api("POST", "/v1/auth/phone", {"encrypted_data": garbage, "iv": iv}, token=token)
    assert (status, body["error"]["code"]) == (400, "PHONE_DECRYPT_FAILED")


def test_admin_login_and_roles(aws):
    create_admin("boss", "correct horse battery", "owner")
    status, body = api("POST", "/v1/admin/auth/login", {"username": "boss", "password": "wrong password!"})
    assert (status, body["error"]["code"]) == (401, "ADMIN_LOGIN_FAILED")
    status, body = api("POST", "/v1/admin/auth/login", {"username": "nobody", "password": "whatever123"})
    assert (status, body["error"]["code"]) == (401, "ADMIN_LOGIN_FAILED")
    status, body = api(
        "POST", "/v1/admin/auth/login", {"username": "BOSS", "password": "correct horse battery"}
    )
    assert status == 200
    claims = tokens.verify(body["access_token"], "admin")
    assert claims.role == "owner"
    # An admin token is not a member token.
    assert api("GET", "/v1/me", token=body["access_token"])[1]["error"]["code"] == "TOKEN_INVALID"


def test_unknown_route_is_404_json(aws):
    status, body = api("GET", "/v1/nope")
    assert (status, body["error"]["code"]) == (404, "ROUTE_NOT_FOUND")


def test_unexpected_error_is_500_without_internals(aws, monkeypatch):
    from siyu.auth import login as login_module

    def boom(*_a, **_k):
        raise RuntimeError("secret internals /var/task/x.py")

    monkeypatch.setattr(login_module, "login", boom)
    status, body = api("POST", "/v1/auth/login", {"code": "x"})
    assert status == 500
    assert body == {"error": {"code": "INTERNAL_ERROR", "message": "系统繁忙，请稍后再试", "details": None}}
