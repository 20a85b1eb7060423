"""Staff's member directory (members function): find a member by id, masked phone or
nickname (each a GetItem or a Query on an index: the DynamoDB calls are checked), the
profile with points and level, the check-in calendar and the member's recent events."""

from __future__ import annotations

import pytest
from auth_app import handler as auth_handler
from members_app import handler as members_handler

from tests.conftest import Api
from tests.support import admin_token

auth_api = Api(auth_handler)
api = Api(members_handler)


def member(fake, open_id: str, nickname: str, phone: str | None = None) -> str:
    status, body = auth_api("POST", "/v1/auth/login", {"code": fake.issue_login_code(open_id=open_id)})
    assert status == 200, body
    token = body["access_token"]
    assert auth_api("PATCH", "/v1/me", {"nickname": nickname}, token=token)[0] == 200
    if phone:
        data, iv = fake.encrypt_for(open_id, {"countryCode": "86", "phoneNumber": phone})
        assert auth_api("POST", "/v1/auth/phone", {"encrypted_data": data, "iv": iv}, token=token)[0] == 200
    return str(body["member"]["member_id"])


def test_staff_find_members_by_masked_phone_nickname_and_id_with_queries_only(aws, fake_kuaishou, ddb_calls):
    alice = member(fake_kuaishou, "openid-a", "Alice 茶友", "13812341234")
    bob = member(fake_kuaishou, "openid-b", "小波", "13899991234")  # the same masked number
    member(fake_kuaishou, "openid-c", "alice 茶友")  # same nickname, other case
    staff = admin_token("analyst")
    ddb_calls.clear()

    status, found = api("GET", "/v1/admin/members", token=staff, query="q=138****1234")
    assert (status, found["taken_as"]) == (200, "phone")
    assert {m["member_id"] for m in found["members"]} == {alice, bob}  # a mask can match several
    assert {m["phone_masked"] for m in found["members"]} == {"138****1234"}
    assert "13812341234" not in str(found)

    status, found = api("GET", "/v1/admin/members", token=staff, query="q=ALICE 茶友")
    assert (status, found["taken_as"], len(found["members"])) == (200, "nickname", 2)

    status, found = api("GET", "/v1/admin/members", token=staff, query=f"q={bob.lower()}")
    assert (status, found["taken_as"], found["members"][0]["nickname"]) == (200, "id", "小波")
    assert api("GET", "/v1/admin/members", token=staff, query="q=139****0000")[1]["members"] == []
    assert "Scan" not in ddb_calls

    # a new nickname moves the member in the index (the old one no longer finds them)
    token = auth_api("POST", "/v1/auth/login", {"code": fake_kuaishou.issue_login_code(open_id="openid-b")})[
        1
    ]
    assert auth_api("PATCH", "/v1/me", {"nickname": "大波"}, token=token["access_token"])[0] == 200
    assert api("GET", "/v1/admin/members", token=staff, query="q=小波")[1]["members"] == []
    assert [
        m["member_id"] for m in api("GET", "/v1/admin/members", token=staff, query="q=大波")[1]["members"]
    ] == [bob]


def test_member_profile_calendar_and_recent_events(aws, fake_kuaishou):
    alice = member(fake_kuaishou, "openid-a", "Alice")
    staff = admin_token("analyst")
    status, profile = api("GET", f"/v1/admin/members/{alice}", token=staff)
    assert status == 200
    assert (profile["nickname"], profile["points"]["balance"], profile["level"]["rank"]) == ("Alice", 0, 0)

    token = auth_api("POST", "/v1/auth/login", {"code": fake_kuaishou.issue_login_code(open_id="openid-a")})[
        1
    ]
    assert api("POST", "/v1/checkins", {}, token=token["access_token"])[0] == 200
    status, calendar = api("GET", f"/v1/admin/members/{alice}/checkins", token=staff)
    assert (status, calendar["checked_in_today"], calendar["total_checkins"]) == (200, True, 1)
    assert api("GET", f"/v1/admin/members/{alice}", token=staff)[1]["points"]["balance"] > 0

    status, recent = api("GET", f"/v1/admin/members/{alice}/events", token=staff)
    types = [e["type"] for e in recent["events"]]
    assert status == 200
    assert "MemberRegistered" in types
    assert recent["events"] == sorted(recent["events"], key=lambda e: e["occurred_at"], reverse=True)


@pytest.mark.parametrize(
    ("path", "query"),
    [("/v1/admin/members/NOSUCHMEMBER", ""), ("/v1/admin/members/NOSUCHMEMBER/checkins", "")],
)
def test_unknown_member_is_404_and_bad_month_400(aws, path, query):
    staff = admin_token("analyst")
    status, body = api("GET", path, token=staff, query=query)
    assert (status, body["error"]["code"]) == (404, "MEMBER_NOT_FOUND")
    status, body = api("GET", "/v1/admin/members/X/checkins", token=staff, query="month=2026-13")
    assert (status, body["error"]["code"]) == (400, "VALIDATION_ERROR")


def test_member_search_needs_staff(aws, fake_kuaishou):
    alice = member(fake_kuaishou, "openid-a", "Alice")
    assert api("GET", "/v1/admin/members", query="q=Alice")[0] == 401
    assert api("GET", f"/v1/admin/members/{alice}/events")[0] == 401
