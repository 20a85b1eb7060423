"""Hardening (issue 15) through real API Gateway v2 events: the request-decoding layer,
security headers, token lifecycle (logout, revocation, refresh rotation), staff accounts
and the abuse limits kept in DynamoDB."""

from __future__ import annotations

import json
from typing import Any

import pytest
from auth_app import handler

from siyu.auth.admins import AdminAccount, create_admin
from siyu.ratelimit import RateSlot
from siyu_local.apigw import http_event, parse_response
from siyu_local.sandbox import reset_caches
from tests.conftest import Api, LambdaContextStub

api = Api(handler)
OWNER_PASSWORD = "correct horse battery"


def send(
    method: str,
    path: str,
    body: bytes | str | None,
    headers: dict[str, str],
    *,
    source_ip: str = "198.51.100.7",
) -> tuple[int, dict[str, str], Any]:
    event = http_event(method, path, headers=headers, body=body, source_ip=source_ip)
    status, hdrs, data, _ = parse_response(handler(event, LambdaContextStub()))
    return status, hdrs, (json.loads(data) if data else None)


def member_tokens(fake: Any, open_id: str = "openid-hard") -> dict[str, Any]:
    status, body = api("POST", "/v1/auth/login", {"code": fake.issue_login_code(open_id=open_id)})
    assert status == 200, body
    return body


def admin_login(username: str, password: str, ip: str = "203.0.113.5") -> tuple[int, dict[str, str], Any]:
    payload = json.dumps({"username": username, "password": password})
    return send("POST", "/v1/admin/auth/login", payload, {"content-type": "application/json"}, source_ip=ip)


def owner(aws_ready: None = None) -> str:
    create_admin("boss", OWNER_PASSWORD, "owner")
    status, _, body = admin_login("boss", OWNER_PASSWORD)
    assert status == 200, body
    return str(body["access_token"])


def app_items() -> list[tuple[str, str]]:
    return sorted((i.pk, i.sk) for i in RateSlot.scan() if not i.pk.startswith(("LIMIT#", "LOCKOUT#")))


# ---------------------------------------------------------------- request decoding
def test_a_body_that_is_not_utf8_is_400_and_changes_nothing(aws):
    before = app_items()
    # API Gateway hands bytes that are not UTF-8 over base64-encoded.
    status, _, body = send("POST", "/v1/auth/login", b"\xff\xfe{}", {"content-type": "application/json"})
    assert (status, body["error"]["code"], body["error"]["details"]["reason"]) == (
        400,
        "INVALID_JSON",
        "not_utf8",
    )
    assert app_items() == before


@pytest.mark.parametrize(
    "content_type", ["text/plain", "application/xml", "application/x-www-form-urlencoded"]
)
def test_an_unsupported_media_type_is_415(aws, content_type):
    status, _, body = send("POST", "/v1/auth/login", '{"code": "x"}', {"content-type": content_type})
    assert (status, body["error"]["code"]) == (415, "UNSUPPORTED_MEDIA_TYPE")


@pytest.mark.parametrize(
    "content_type", ["APPLICATION/JSON", "application/json; charset=utf-8", "Application/Json;charset=UTF-8"]
)
def test_application_json_in_any_case_and_with_parameters_is_accepted(aws, fake_kuaishou, content_type):
    code = fake_kuaishou.issue_login_code(open_id="openid-case")
    status, _, body = send(
        "POST", "/v1/auth/login", json.dumps({"code": code}), {"content-type": content_type}
    )
    assert status == 200, body


def test_deep_nesting_is_400_not_500(aws):
    for depth in (33, 20_000):
        status, _, body = send(
            "POST", "/v1/auth/login", "[" * depth + "]" * depth, {"content-type": "application/json"}
        )
        assert (status, body["error"]["code"], body["error"]["details"]["reason"]) == (
            400,
            "INVALID_JSON",
            "too_deep",
        )


def test_a_body_over_the_documented_size_is_413(aws):
    big = json.dumps({"code": "x" * (1024 * 1024)})
    status, _, body = send("POST", "/v1/auth/login", big, {"content-type": "application/json"})
    assert (status, body["error"]["code"]) == (413, "BODY_TOO_LARGE")
    assert body["error"]["details"]["max_bytes"] == 1024 * 1024


def test_control_characters_are_refused_in_stored_text(aws, fake_kuaishou):
    token = member_tokens(fake_kuaishou)["access_token"]
    before = api("GET", "/v1/me", token=token)[1]
    for nickname in ("bad\x00name", "bell\x07", "esc\x1b[31m", "c1\x85"):
        status, body = api("PATCH", "/v1/me", {"nickname": nickname}, token=token)
        assert (status, body["error"]["code"]) == (400, "VALIDATION_ERROR"), nickname
    assert api("GET", "/v1/me", token=token)[1] == before


# ---------------------------------------------------------------- headers
def test_security_headers_on_every_response_and_no_store_when_authenticated(aws, fake_kuaishou):
    token = member_tokens(fake_kuaishou)["access_token"]
    status, headers, _ = send("GET", "/v1/me", None, {"authorization": f"Bearer {token}"})
    assert status == 200
    assert headers["cache-control"] == "no-store"
    assert headers["x-content-type-options"] == "nosniff"
    for path in ("/v1/health", "/v1/nope"):
        _, headers, _ = send("GET", path, None, {})
        assert headers["x-content-type-options"] == "nosniff"
    _, headers, _ = send("POST", "/v1/auth/login", "x", {"content-type": "text/plain"})
    assert headers["x-content-type-options"] == "nosniff"


def test_the_template_allows_the_device_header_and_refuses_a_wildcard_origin_in_prod():
    from siyu_local.template import load_template

    template = load_template()
    cors = template["Resources"]["HttpApi"]["Properties"]["CorsConfiguration"]
    assert "X-Device-Id" in cors["AllowHeaders"]
    # The local runtime applies the same CorsConfiguration (parameters resolved).
    from siyu_local import wiring
    from tests.conftest import STACK

    assert "X-Device-Id" in (wiring.cors(STACK) or {})["AllowHeaders"]
    rule = template["Rules"]["ProdConsoleOrigin"]
    assert "prod" in json.dumps(rule["RuleCondition"])
    assert '"*"' in json.dumps(rule["Assertions"])


# ---------------------------------------------------------------- member tokens
def test_refresh_tokens_rotate_and_a_reused_one_revokes_the_family(aws, fake_kuaishou):
    first = member_tokens(fake_kuaishou)["refresh_token"]
    status, second = api("POST", "/v1/auth/refresh", {"refresh_token": first})
    assert status == 200
    assert second["refresh_token"] != first
    # The first token was used: a second use is a theft signal and ends the whole family.
    status, body = api("POST", "/v1/auth/refresh", {"refresh_token": first})
    assert (status, body["error"]["code"]) == (401, "TOKEN_INVALID")
    status, body = api("POST", "/v1/auth/refresh", {"refresh_token": second["refresh_token"]})
    assert (status, body["error"]["code"]) == (401, "TOKEN_INVALID")


def test_member_logout_ends_the_session_and_other_sessions_stay(aws, fake_kuaishou):
    phone = member_tokens(fake_kuaishou)
    tablet = member_tokens(fake_kuaishou)
    status, _ = api(
        "POST", "/v1/auth/logout", {"refresh_token": phone["refresh_token"]}, token=phone["access_token"]
    )
    assert status == 200
    assert api("POST", "/v1/auth/refresh", {"refresh_token": phone["refresh_token"]})[0] == 401
    assert api("POST", "/v1/auth/refresh", {"refresh_token": tablet["refresh_token"]})[0] == 200


def test_member_logout_everywhere_revokes_every_refresh_token(aws, fake_kuaishou):
    phone = member_tokens(fake_kuaishou)
    tablet = member_tokens(fake_kuaishou)
    assert api("POST", "/v1/auth/logout", {}, token=phone["access_token"])[0] == 200
    for session in (phone, tablet):
        assert api("POST", "/v1/auth/refresh", {"refresh_token": session["refresh_token"]})[0] == 401


# ---------------------------------------------------------------- admin tokens and staff
def test_admin_logout_revokes_the_token(aws):
    token = owner()
    assert api("GET", "/v1/admin/staff", token=token)[0] == 200
    assert api("POST", "/v1/admin/auth/logout", token=token)[0] == 200
    status, body = api("GET", "/v1/admin/staff", token=token)
    assert (status, body["error"]["code"]) == (401, "TOKEN_INVALID")


def test_owner_manages_staff_and_disabling_or_a_new_password_revokes_their_tokens(aws):
    token = owner()
    status, body = api(
        "POST",
        "/v1/admin/staff",
        {"username": "clerk", "password": "clerk password 1", "role": "operator"},
        token=token,
    )
    assert (status, body["role"]) == (201, "operator")
    names = [s["username"] for s in api("GET", "/v1/admin/staff", token=token)[1]["items"]]
    assert names == ["boss", "clerk"]
    clerk = admin_login("clerk", "clerk password 1")[2]["access_token"]
    # A lower role never reaches the staff routes.
    assert api("GET", "/v1/admin/staff", token=clerk)[0] == 403
    # A new password: the old token stops working (the cache is per container, ≤ 60 s;
    # this handler changed the account itself, so it forgets at once).
    assert (
        api("PUT", "/v1/admin/staff/clerk/password", {"password": "new clerk password"}, token=token)[0]
        == 200
    )
    assert api("POST", "/v1/admin/auth/logout", token=clerk)[1]["error"]["code"] == "TOKEN_INVALID"
    assert admin_login("clerk", "clerk password 1")[0] == 401
    clerk = admin_login("clerk", "new clerk password")[2]["access_token"]
    assert api("POST", "/v1/admin/staff/clerk/disable", token=token)[0] == 200
    assert api("POST", "/v1/admin/auth/logout", token=clerk)[1]["error"]["code"] == "TOKEN_INVALID"
    assert admin_login("clerk", "new clerk password")[0] == 401
    # Owners cannot lock themselves out.
    status, body = api("POST", "/v1/admin/staff/boss/disable", token=token)
    assert (status, body["error"]["code"]) == (409, "ADMIN_SELF_CHANGE")


def test_an_admin_disabled_elsewhere_is_refused_once_the_cached_check_ages_out(aws, monkeypatch):
    owner()
    create_admin("clerk", "clerk password 1", "operator")
    clerk = admin_login("clerk", "clerk password 1")[2]["access_token"]
    monkeypatch.setenv("ADMIN_CHECK_CACHE_SECONDS", "0")  # the default is 30 (≤ 60 s)
    reset_caches()
    assert api("GET", "/v1/admin/staff", token=clerk)[0] == 403  # valid token, too low a role
    # Another container (or the CLI) disables the clerk and bumps the token version.
    AdminAccount(*AdminAccount.key("clerk")).update(
        actions=[AdminAccount.disabled.set(True), AdminAccount.token_version.add(1)]
    )
    status, body = api("GET", "/v1/admin/staff", token=clerk)
    assert (status, body["error"]["code"]) == (401, "TOKEN_INVALID")


# ---------------------------------------------------------------- abuse limits
def test_admin_login_locks_out_after_5_failures_even_with_the_right_password(aws):
    create_admin("boss", OWNER_PASSWORD, "owner")
    for _ in range(5):
        assert admin_login("boss", "wrong password!")[0] == 401
    status, headers, body = admin_login("boss", OWNER_PASSWORD)
    assert (status, body["error"]["code"]) == (429, "RATE_LIMITED")
    assert int(headers["retry-after"]) >= 1


def test_admin_login_locks_out_a_source_ip_guessing_many_usernames(aws):
    create_admin("boss", OWNER_PASSWORD, "owner")
    for i in range(20):
        assert admin_login(f"user{i}", "wrong password!", ip="192.0.2.66")[0] == 401
    status, headers, body = admin_login("boss", OWNER_PASSWORD, ip="192.0.2.66")
    assert (status, body["error"]["code"]) == (429, "RATE_LIMITED")
    assert "retry-after" in headers
    assert admin_login("boss", OWNER_PASSWORD, ip="192.0.2.1")[0] == 200


def test_member_logins_per_source_ip_are_limited(aws, fake_kuaishou, monkeypatch, frozen_clock):
    monkeypatch.setenv("LIMIT_MEMBER_LOGIN_IP", "3/60")
    reset_caches()
    codes = [json.dumps({"code": f"bad-code-{i}"}) for i in range(4)]
    statuses = [send("POST", "/v1/auth/login", c, {"content-type": "application/json"})[0] for c in codes]
    assert statuses[-1] == 429
    assert 429 not in statuses[:3]


def test_mutating_member_requests_are_limited_centrally(aws, fake_kuaishou, monkeypatch, frozen_clock):
    token = member_tokens(fake_kuaishou)["access_token"]
    monkeypatch.setenv("LIMIT_MEMBER_WRITES", "2/60")
    reset_caches()
    assert api("PATCH", "/v1/me", {"nickname": "一"}, token=token)[0] == 200
    assert api("PATCH", "/v1/me", {"nickname": "二"}, token=token)[0] == 200
    status, body = api("PATCH", "/v1/me", {"nickname": "三"}, token=token)
    assert (status, body["error"]["code"]) == (429, "RATE_LIMITED")
    assert body["error"]["details"]["limit"] == "member-writes"
    assert api("GET", "/v1/me", token=token)[1]["nickname"] == "二"  # reads are not limited


def test_limits_are_configurable_per_stack():
    from siyu_local.template import load_template

    template = load_template()
    env = template["Globals"]["Function"]["Environment"]["Variables"]
    for name in (
        "ADMIN_LOGIN_USER",
        "ADMIN_LOGIN_IP",
        "MEMBER_LOGIN_IP",
        "CODE_GUESSES",
        "EVENTS_DEVICE",
        "MEMBER_WRITES",
    ):
        parameter = env[f"LIMIT_{name}"]
        assert parameter in ({"Ref": p} for p in template["Parameters"]), name
