"""The inbound CRM API and the staff routes, through the handler with real API Gateway v2
events: API keys (hashed, scoped, revocable, rate-limited), upsert by external id (created,
updated, 409 ambiguous), attach by phone, points with idempotency keys, summaries, batches."""

from __future__ import annotations

import pytest
from crm_app import handler

from siyu.auth import login
from siyu.crm.models import Integration
from siyu.members.models import Member, MemberPhone
from siyu_local.sandbox import reset_caches
from tests.conftest import Api
from tests.support import admin_token, make_member

api = Api(handler)


@pytest.fixture
def owner() -> str:
    return admin_token("owner")


def integration(owner: str, scopes: list[str], key: str = "integration-key-1") -> str:
    status, body = api(
        "POST", "/v1/admin/crm/integrations", {"name": "有赞 CRM", "scopes": scopes},
        token=owner, headers={"Idempotency-Key": key},
    )  # fmt: skip
    assert status == 201, body
    return body["api_key"]


def member_with_phone(phone: str) -> str:
    member = make_member()
    MemberPhone(*MemberPhone.key(phone, member.member_id), member_id=member.member_id).save()
    member.update(actions=[Member.phone.set(phone), Member.phone_masked.set(login.mask_phone(phone))])
    return member.member_id


def test_api_keys_are_hashed_scoped_and_revocable(owner):
    key = integration(owner, ["members:read"])
    stored = next(iter(Integration.scan()))
    assert key.split("_", 3)[3] not in str(stored.attribute_values)  # only the hash is kept
    assert api("GET", "/v1/crm/members/ext-1", token=key)[1]["error"]["code"] == "CRM_CONTACT_NOT_FOUND"
    status, body = api("PUT", "/v1/crm/members/ext-1", {"external_id": "ext-1"}, token=key)
    assert (status, body["error"]["code"]) == (403, "FORBIDDEN")
    assert api("GET", "/v1/crm/members/ext-1", token=key[:-2] + "xx")[0] == 401
    assert (
        api("GET", "/v1/crm/members/ext-1", token=admin_token("owner"))[0] == 401
    )  # staff tokens are not keys
    status, listed = api("GET", "/v1/admin/crm/integrations", token=owner)
    assert "api_key" not in listed["integrations"][0]
    api("DELETE", f"/v1/admin/crm/integrations/{stored.integration_id}", token=owner)
    reset_caches()
    assert api("GET", "/v1/crm/members/ext-1", token=key)[1]["error"]["code"] == "API_KEY_INVALID"


def test_upsert_creates_updates_and_refuses_an_ambiguous_phone(owner):
    key = integration(owner, ["members:read", "members:write"])
    alice = member_with_phone("13800000001")
    status, body = api(
        "PUT", "/v1/crm/members/C-1", {"external_id": "C-1", "phone": "13800000001", "name": "王"}, token=key
    )
    assert (status, body["result"], body["member_id"]) == (201, "created", alice)
    status, body = api(
        "PUT", "/v1/crm/members/C-1", {"external_id": "C-1", "attributes": {"tier": "VIP"}}, token=key
    )
    assert (status, body["result"]) == (200, "updated")
    summary = api("GET", "/v1/crm/members/C-1", token=key)[1]
    assert summary["linked"]
    assert summary["attributes"] == {"tier": "VIP"}
    assert summary["name"] == "王"
    assert summary["member"]["phone_masked"] == "138****0001"
    assert summary["member"]["points_balance"] == 0

    member_with_phone("13800000002")
    member_with_phone("13800000002")
    status, body = api(
        "PUT", "/v1/crm/members/C-2", {"external_id": "C-2", "phone": "13800000002"}, token=key
    )
    assert (status, body["error"]["code"]) == (409, "CRM_MEMBER_AMBIGUOUS")
    assert api("GET", "/v1/crm/members/C-2", token=key)[0] == 404  # nothing written

    # No member with the phone yet: created unlinked; attach later links it.
    status, body = api(
        "PUT", "/v1/crm/members/C-3", {"external_id": "C-3", "phone": "13800000003"}, token=key
    )
    assert (status, body["member_id"]) == (201, None)
    status, body = api(
        "POST", "/v1/crm/members/attach", {"external_id": "C-3", "phone": "13800000009"}, token=key
    )
    assert (status, body["error"]["code"]) == (404, "CRM_PHONE_NOT_FOUND")
    bob = member_with_phone("13800000003")
    status, body = api(
        "POST", "/v1/crm/members/attach", {"external_id": "C-3", "phone": "13800000003"}, token=key
    )
    assert (status, body["member_id"]) == (200, bob)
    # A member has one external id.
    status, body = api(
        "PUT", "/v1/crm/members/C-4", {"external_id": "C-4", "phone": "13800000003"}, token=key
    )
    assert (status, body["error"]["code"]) == (409, "CRM_MEMBER_ALREADY_LINKED")


def test_batches_of_100_each_with_its_own_result(owner):
    key = integration(owner, ["members:write"])
    member_with_phone("13900000000")
    members = [{"external_id": f"B-{i}", "phone": "13900000000" if i == 0 else None} for i in range(100)]
    status, body = api("POST", "/v1/crm/members/batch", {"members": members}, token=key)
    assert status == 200
    assert len(body["results"]) == 100
    assert all(r["ok"] for r in body["results"])
    assert body["results"][0]["member_id"] is not None
    status, body = api(
        "POST", "/v1/crm/members/batch", {"members": [*members, {"external_id": "B-x"}]}, token=key
    )
    assert (status, body["error"]["code"]) == (400, "VALIDATION_ERROR")


def test_points_apply_once_per_idempotency_key(owner):
    key = integration(owner, ["members:write", "points:write"])
    member_with_phone("13700000000")
    api("PUT", "/v1/crm/members/P-1", {"external_id": "P-1", "phone": "13700000000"}, token=key)
    api("PUT", "/v1/crm/members/P-2", {"external_id": "P-2"}, token=key)
    add = {"external_id": "P-1", "delta": 50, "reason": "CRM 活动奖励", "idempotency_key": "crm-op-0001"}
    take = {"external_id": "P-1", "delta": -80, "reason": "CRM 扣减", "idempotency_key": "crm-op-0002"}
    unlinked = {"external_id": "P-2", "delta": 5, "reason": "x", "idempotency_key": "crm-op-0003"}
    batch = {"adjustments": [add, add, take, unlinked]}
    body = api("POST", "/v1/crm/points/adjustments", batch, token=key)[1]
    first, again, refused, not_linked = body["results"]
    assert first["ok"]
    assert first["balance_after"] == 50
    assert again == first  # the retry returns the first result
    assert refused["error"]["code"] == "POINTS_INSUFFICIENT"
    assert not_linked["error"]["code"] == "CRM_CONTACT_NOT_LINKED"
    reused = {**add, "delta": 60}
    assert (
        api("POST", "/v1/crm/points/adjustments", {"adjustments": [reused]}, token=key)[1]["results"][0][
            "error"
        ]["code"]
        == "IDEMPOTENCY_KEY_REUSED"
    )
    assert api("GET", "/v1/crm/members/P-1", token=key)[0] == 403  # no members:read scope
    key2 = integration(owner, ["members:read"], key="integration-key-2")
    assert api("GET", "/v1/crm/members/P-1", token=key2)[1]["member"]["points_balance"] == 50


def test_rate_limit_per_integration(owner, monkeypatch, frozen_clock):
    monkeypatch.setenv("LIMIT_CRM_REQUESTS", "3/60")
    reset_caches()
    key = integration(owner, ["members:read"])
    other = integration(owner, ["members:read"], key="integration-key-2")
    statuses = [api("GET", "/v1/crm/members/R-1", token=key)[0] for _ in range(4)]
    assert statuses == [404, 404, 404, 429]
    assert api("GET", "/v1/crm/members/R-1", token=other)[0] == 404


def test_staff_routes_for_endpoints(owner):
    status, created = api(
        "POST", "/v1/admin/webhooks/endpoints",
        {"url": "https://crm.example.com/hook", "event_types": ["order.paid"]},
        token=owner, headers={"Idempotency-Key": "endpoint-key-1"},
    )  # fmt: skip
    assert status == 201
    assert created["secret"].startswith("whsec_")
    endpoint_id = created["endpoint_id"]
    operator = admin_token("operator")
    status, listed = api("GET", "/v1/admin/webhooks/endpoints", token=operator)
    assert "secret" not in listed["endpoints"][0]
    assert listed["max_endpoints"] == 5
    assert api("DELETE", f"/v1/admin/webhooks/endpoints/{endpoint_id}", token=operator)[0] == 403
    status, body = api(
        "POST", "/v1/admin/webhooks/endpoints",
        {"url": "https://x.example.com", "event_types": ["order.shipped"]},
        token=owner, headers={"Idempotency-Key": "endpoint-key-2"},
    )  # fmt: skip
    assert (status, body["error"]["code"]) == (400, "VALIDATION_ERROR")
    status, rotated = api(
        "POST", f"/v1/admin/webhooks/endpoints/{endpoint_id}/rotate-secret", token=owner,
        headers={"Idempotency-Key": "rotate-key-1"},
    )  # fmt: skip
    assert status == 200
    assert rotated["secret"] != created["secret"]
    assert rotated["rotation_overlap_until"]
    status, body = api("POST", "/v1/admin/webhooks/replay", {"from": "2026-01-01T00:00:00Z"}, token=operator,
                       headers={"Idempotency-Key": "replay-key-1"})  # fmt: skip
    assert (status, body["error"]["code"]) == (400, "VALIDATION_ERROR")
    assert (
        api("GET", f"/v1/admin/webhooks/endpoints/{endpoint_id}/deliveries", token=operator)[1]["deliveries"]
        == []
    )


def test_a_bound_phone_is_found_by_the_crm_and_a_new_phone_moves_it(owner, fake_kuaishou):
    from auth_app import handler as auth_handler

    from tests.support import event_data

    auth = Api(auth_handler)
    code = fake_kuaishou.issue_login_code(open_id="openid-crm-phone")
    session = auth("POST", "/v1/auth/login", {"code": code})[1]
    member_id, token = session["member"]["member_id"], session["access_token"]

    def bind(phone: str) -> None:
        data, iv = fake_kuaishou.encrypt_for("openid-crm-phone", {"countryCode": "86", "phoneNumber": phone})
        assert auth("POST", "/v1/auth/phone", {"encrypted_data": data, "iv": iv}, token=token)[0] == 200

    bind("13600000001")
    bind("13600000001")  # the same phone again changes nothing
    assert [d["phone_masked"] for d in event_data("MemberUpdated")] == ["136****0001"]
    key = integration(owner, ["members:write"])
    body = {"external_id": "PH-1", "phone": "13600000001"}
    assert api("POST", "/v1/crm/members/attach", body, token=key)[1]["member_id"] == member_id
    bind("13600000002")
    assert inbound_members("13600000001") == []
    assert inbound_members("13600000002") == [member_id]


def inbound_members(phone: str) -> list[str]:
    from siyu.crm.inbound import members_by_phone

    return members_by_phone(phone)
