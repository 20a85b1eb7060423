"""The assist routes with real API Gateway v2 events, one request at a time: shapes, status
codes, auth and roles, validation, idempotent retries."""

from __future__ import annotations

from datetime import timedelta

from siyu import clock
from siyu_local.template import default_stack
from tests.assist.support import (
    api,
    campaign_spec,
    fresh_assist,
    make_campaign,
    make_coupon_template,
    make_member,
)
from tests.support import admin_token, member_token


def create_campaign(
    key: str = "create-key-0001", body: dict | None = None, **overrides: object
) -> tuple[int, dict]:
    body = body or campaign_spec(**overrides).model_dump(mode="json")
    return api(
        "POST",
        "/v1/admin/assist-campaigns",
        body,
        token=admin_token(),
        headers={"Idempotency-Key": key},
    )


def test_the_completion_consumer_listens_for_assist_completed():
    consumer = default_stack().functions()["AssistEventsFunction"].events["Completed"]["Properties"]
    assert consumer["Pattern"]["detail-type"] == ["AssistCompleted"]


def test_a_member_starts_shares_and_friends_help_over_http(aws):
    campaign = make_campaign(helps_needed=2)
    make_member("alice", nickname="小爱")
    make_member("bob", nickname="阿波")
    make_member("carol")

    status, body = api(
        "POST", "/v1/assists", {"campaign_id": campaign.campaign_id}, token=member_token("alice")
    )
    assert status == 201, body
    assist = body["assist"]
    assert body["replayed"] is False
    assert assist["share"]["path"] == f"/pages/assist/detail?assist_id={assist['assist_id']}"
    assert assist["viewer"] == {"is_initiator": True, "helped": False}
    again = api("POST", "/v1/assists", {"campaign_id": campaign.campaign_id}, token=member_token("alice"))
    assert again[0] == 201
    assert again[1]["replayed"] is True
    assert again[1]["assist"]["assist_id"] == assist["assist_id"]

    path = f"/v1/assists/{assist['assist_id']}"
    status, helped = api("POST", f"{path}/help", token=member_token("bob"))
    assert status == 201, helped
    assert helped["help"]["counted"] is True
    assert (helped["assist"]["helps"], helped["completed"], helped["replayed"]) == (1, False, False)
    retry = api("POST", f"{path}/help", token=member_token("bob"))
    assert retry[0] == 201
    assert retry[1]["replayed"] is True
    assert retry[1]["assist"]["helps"] == 1

    status, seen = api("GET", path, token=member_token("carol"))
    assert status == 200
    assert seen["assist"]["helpers"] == [
        {
            "nickname": "阿波",
            "avatar_url": "https://img.example.com/bob.png",
            "helped_at": seen["assist"]["helpers"][0]["helped_at"],
        }
    ]
    assert seen["assist"]["viewer"] == {"is_initiator": False, "helped": False}
    assert "initiator_id" not in seen["assist"]

    status, done = api("POST", f"{path}/help", token=member_token("carol"))
    assert status == 201
    assert done["completed"] is True
    assert done["assist"]["state"] == "COMPLETED"
    assert done["assist"]["reward"] == {"name": "100积分", "status": "GRANTED"}

    status, mine = api("GET", "/v1/me/assists", token=member_token("alice"))
    assert status == 200
    assert [a["state"] for a in mine["assists"]] == ["COMPLETED"]


def test_refusals_are_clear_errors(aws):
    campaign = make_campaign(hours_to_complete=1)
    make_member("alice")
    make_member("bob")
    status, body = api(
        "POST", "/v1/assists", {"campaign_id": campaign.campaign_id}, token=member_token("alice")
    )
    path = f"/v1/assists/{body['assist']['assist_id']}/help"

    status, body = api("POST", path, token=member_token("alice"))
    assert (status, body["error"]["code"], body["error"]["message"]) == (
        403,
        "ASSIST_SELF_HELP",
        "不能为自己助力哦",
    )
    assert api("POST", path)[0] == 401
    assert (
        api("POST", "/v1/assists/NOPE/help", token=member_token("bob"))[1]["error"]["code"]
        == "ASSIST_NOT_FOUND"
    )
    status, body = api("POST", "/v1/assists", {"campaign_id": "NOPE"}, token=member_token("bob"))
    assert (status, body["error"]["code"]) == (404, "ASSIST_CAMPAIGN_NOT_FOUND")
    status, body = api("POST", "/v1/assists", {}, token=member_token("bob"))
    assert (status, body["error"]["code"]) == (400, "VALIDATION_ERROR")
    assert body["error"]["details"][0]["field"] == "campaign_id"
    clock.clock.freeze(clock.now() + timedelta(hours=2))
    status, body = api("POST", path, token=member_token("bob"))
    assert (status, body["error"]["code"]) == (409, "ASSIST_EXPIRED")
    assert fresh_assist(path.split("/")[3]).helps == 0


def test_open_campaigns_route(aws):
    campaign = make_campaign()
    make_member("alice")
    status, body = api("GET", "/v1/assist-campaigns", token=member_token("alice"))
    assert status == 200
    assert [c["campaign_id"] for c in body["campaigns"]] == [campaign.campaign_id]
    assert body["campaigns"][0]["starts_left"] == 1


def test_admin_creates_a_campaign_once_per_idempotency_key(aws):
    template = make_coupon_template()
    body = campaign_spec(reward={"kind": "coupon", "template_id": template.template_id}).model_dump(
        mode="json"
    )
    status, first = create_campaign(body=body)
    assert status == 201, first
    assert first["reward_name"] == "满30减5"
    assert first["state"] == "open"
    status, again = create_campaign(body=body)  # a retry of the same request
    assert status == 201
    assert again["campaign_id"] == first["campaign_id"]
    status, reused = create_campaign(body={**body, "name": "另一个"})
    assert (status, reused["error"]["code"]) == (422, "IDEMPOTENCY_KEY_REUSED")
    status, body = api("GET", "/v1/admin/assist-campaigns", token=admin_token("analyst"))
    assert [c["campaign_id"] for c in body["campaigns"]] == [first["campaign_id"]]


def test_admin_creation_is_validated_and_needs_an_operator(aws):
    status, body = create_campaign(reward={"kind": "coupon", "template_id": "missing"})
    assert (status, body["error"]["code"]) == (404, "COUPON_TEMPLATE_NOT_FOUND")
    valid = campaign_spec().model_dump(mode="json")
    status, body = create_campaign(key="create-key-0002", body={**valid, "helps_needed": 0})
    assert (status, body["error"]["code"]) == (400, "VALIDATION_ERROR")
    now = clock.now()
    backwards = {**valid, "starts_at": now.isoformat(), "ends_at": (now - timedelta(days=1)).isoformat()}
    status, body = create_campaign(key="create-key-0003", body=backwards)
    assert (status, body["error"]["code"]) == (400, "VALIDATION_ERROR")
    body = campaign_spec().model_dump(mode="json")
    status, refused = api(
        "POST",
        "/v1/admin/assist-campaigns",
        body,
        token=admin_token("analyst"),
        headers={"Idempotency-Key": "create-key-0004"},
    )
    assert (status, refused["error"]["code"]) == (403, "FORBIDDEN")
    assert api("POST", "/v1/admin/assist-campaigns", body, token=admin_token())[0] == 400  # no key


def test_pausing_a_campaign_stops_helps(aws):
    campaign = make_campaign()
    make_member("alice")
    make_member("bob")
    _, body = api("POST", "/v1/assists", {"campaign_id": campaign.campaign_id}, token=member_token("alice"))
    status, edited = api(
        "PATCH",
        f"/v1/admin/assist-campaigns/{campaign.campaign_id}",
        {"status": "PAUSED", "name": "暂停一下"},
        token=admin_token(),
    )
    assert (status, edited["state"], edited["name"]) == (200, "paused", "暂停一下")
    status, refused = api(
        "POST", f"/v1/assists/{body['assist']['assist_id']}/help", token=member_token("bob")
    )
    assert (status, refused["error"]["code"]) == (409, "ASSIST_CAMPAIGN_PAUSED")
    status, read = api(
        "GET", f"/v1/admin/assist-campaigns/{campaign.campaign_id}", token=admin_token("analyst")
    )
    assert (status, read["status"]) == (200, "PAUSED")


def test_report_flags_and_rules_routes(aws):
    campaign = make_campaign(helps_needed=1)
    status, rules = api("GET", "/v1/admin/assist-rules", token=admin_token("analyst"))
    assert status == 200
    assert rules["count_flagged"] is True
    rules["fresh_account_minutes"] = 10
    status, saved = api("PUT", "/v1/admin/assist-rules", rules, token=admin_token())
    assert (status, saved["fresh_account_minutes"]) == (200, 10)
    assert api("PUT", "/v1/admin/assist-rules", rules, token=admin_token("analyst"))[0] == 403
    bad = {**rules, "helper_limit": {"max": 0, "minutes": 60}}
    assert (
        api("PUT", "/v1/admin/assist-rules", bad, token=admin_token())[1]["error"]["code"]
        == "VALIDATION_ERROR"
    )

    make_member("alice")
    _, body = api("POST", "/v1/assists", {"campaign_id": campaign.campaign_id}, token=member_token("alice"))
    make_member("newbie", joined_minutes_ago=0)  # brought by the assist, flagged as fresh
    api("POST", f"/v1/assists/{body['assist']['assist_id']}/help", token=member_token("newbie"))

    status, flagged = api(
        "GET", f"/v1/admin/assist-campaigns/{campaign.campaign_id}/flags", token=admin_token("analyst")
    )
    assert status == 200
    assert [(f["helper_id"], f["reasons"]) for f in flagged["flags"]] == [("newbie", ["FRESH_ACCOUNT"])]
    status, report = api("GET", "/v1/admin/assist-report", token=admin_token("analyst"))
    assert status == 200
    [row] = report["campaigns"]
    assert (row["starts"], row["completions"], row["flagged"], row["viral_coefficient"]) == (1, 1, 1, 1.0)
    assert api("GET", "/v1/admin/assist-report", token=member_token("alice"))[0] == 401
