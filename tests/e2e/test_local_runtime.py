"""template.yaml run by the local runtime, over HTTP: the API, login through the fake
Kuaishou platform, the profile, the demo staff, the outbox → EventBridge path, the docs,
and state kept between runs."""

from __future__ import annotations

import json
from datetime import UTC, datetime, timedelta

import pytest

from tests.e2e.conftest import RunningRuntime, wait_for

pytestmark = pytest.mark.e2e


def test_health_answers_and_unknown_routes_get_api_gateways_404(local_runtime: RunningRuntime):
    health = local_runtime.get("/v1/health")
    assert health.status == 200
    assert health.json()["status"] == "ok"
    assert health.headers["apigw-requestid"]

    missing = local_runtime.get("/v1/no-such-route")
    assert missing.status == 404
    assert missing.json() == {"message": "Not Found"}
    wrong_method = local_runtime.request("DELETE", "/v1/health")
    assert (wrong_method.status, wrong_method.json()) == (404, {"message": "Not Found"})


def test_login_through_the_fake_platform_then_read_and_change_the_profile(local_runtime: RunningRuntime):
    tokens = local_runtime.login("e2e-profile-user")
    assert tokens["is_new"] is True
    token = tokens["access_token"]

    me = local_runtime.get("/v1/me", token=token)
    assert me.status == 200
    assert me.json()["member_id"] == tokens["member"]["member_id"]
    assert me.json()["nickname"] is None

    patched = local_runtime.request(
        "PATCH", "/v1/me", {"nickname": "奶茶控", "birthday": "1998-05-20"}, token=token
    )
    assert patched.status == 200, patched.body
    again = local_runtime.get("/v1/me", token=token).json()
    assert (again["nickname"], again["birthday"]) == ("奶茶控", "1998-05-20")

    locked = local_runtime.request("PATCH", "/v1/me", {"birthday": "1999-01-01"}, token=token)
    assert locked.status == 409
    assert locked.json()["error"]["code"] == "BIRTHDAY_LOCKED"
    assert local_runtime.get("/v1/me").json()["error"]["code"] == "UNAUTHENTICATED"

    # A code works once, at the fake platform as at Kuaishou.
    code = local_runtime.get("/_local/login-code?open_id=e2e-profile-user").json()["code"]
    assert local_runtime.post("/v1/auth/login", {"code": code}).status == 200
    reused = local_runtime.post("/v1/auth/login", {"code": code})
    assert reused.json()["error"]["code"] == "LOGIN_CODE_INVALID"


def test_concurrent_requests_to_one_function_never_mix_members(local_runtime: RunningRuntime):
    from concurrent.futures import ThreadPoolExecutor

    sessions = [local_runtime.login(f"e2e-mix-{i}") for i in range(6)]
    expected = [s["member"]["member_id"] for s in sessions for _ in range(5)]
    tokens = [s["access_token"] for s in sessions for _ in range(5)]
    with ThreadPoolExecutor(12) as pool:
        seen = list(pool.map(lambda t: local_runtime.get("/v1/me", token=t).json()["member_id"], tokens))
    assert seen == expected


def test_token_helper_logs_in_through_the_api(local_runtime: RunningRuntime):
    first = local_runtime.get("/_local/token?open_id=e2e-helper").json()
    second = local_runtime.get("/_local/token?open_id=e2e-helper").json()
    assert first["member"]["member_id"] == second["member"]["member_id"]
    assert (first["is_new"], second["is_new"]) == (True, False)


def test_demo_staff_and_members_exist(local_runtime: RunningRuntime):
    demo = local_runtime.info["demo"]
    assert demo["auth"]["owner login"] == "owner / siyu-owner-demo"
    login = local_runtime.post("/v1/admin/auth/login", {"username": "owner", "password": "siyu-owner-demo"})
    assert login.status == 200
    assert login.json()["role"] == "owner"
    alice = local_runtime.get("/_local/token?open_id=demo-alice").json()
    assert alice["is_new"] is False
    assert alice["member"]["nickname"] == "小鹿"
    assert "栀屿茶事" in demo["shop"]["shop"]


def test_member_registered_travels_outbox_stream_forwarder_bus_to_a_rule_target(
    local_runtime: RunningRuntime,
):
    sqs, events = local_runtime.aws("sqs"), local_runtime.aws("events")
    bus = local_runtime.info["outputs"]["EventBusName"]
    queue_url = sqs.create_queue(QueueName="e2e-member-events")["QueueUrl"]
    queue_arn = sqs.get_queue_attributes(QueueUrl=queue_url, AttributeNames=["QueueArn"])["Attributes"][
        "QueueArn"
    ]
    events.put_rule(
        Name="e2e-member-registered",
        EventBusName=bus,
        EventPattern=json.dumps({"source": ["siyu"], "detail-type": ["MemberRegistered"]}),
    )
    events.put_targets(
        Rule="e2e-member-registered", EventBusName=bus, Targets=[{"Id": "q", "Arn": queue_arn}]
    )

    member_id = local_runtime.login("e2e-outbox-user")["member"]["member_id"]

    def delivered() -> list[dict]:
        messages = sqs.receive_message(QueueUrl=queue_url, MaxNumberOfMessages=10).get("Messages", [])
        bodies = [json.loads(m["Body"]) for m in messages]
        return [b for b in bodies if b["detail"]["member_id"] == member_id]

    (event,) = wait_for(delivered, "the queued message delivered")
    assert event["source"] == "siyu"
    assert event["detail-type"] == "MemberRegistered"
    assert event["detail"]["type"] == "MemberRegistered"
    assert event["detail"]["data"] == {"source": "kuaishou"}


def test_openapi_document_and_docs_page_are_served(local_runtime: RunningRuntime):
    doc = local_runtime.get("/openapi.json").json()
    assert "/v1/me" in doc["paths"]
    assert doc["servers"][0]["url"] == local_runtime.url
    assert "LOGIN_CODE_INVALID" in doc["x-siyu-error-codes"]
    page = local_runtime.get("/docs")
    assert page.status == 200
    assert b"swagger-ui" in page.body
    assert b"/v1/me" in page.body  # the no-JS fallback lists the routes
    script = local_runtime.get("/docs/swagger-ui-bundle.js")
    assert script.status == 200
    assert len(script.body) > 100_000


def test_cors_preflight_follows_the_http_api_configuration(local_runtime: RunningRuntime):
    preflight = local_runtime.request(
        "OPTIONS",
        "/v1/me",
        headers={"Origin": "https://console.example.com", "Access-Control-Request-Method": "PATCH"},
    )
    assert preflight.status == 204
    assert preflight.headers["access-control-allow-origin"] == "*"
    assert "PATCH" in preflight.headers["access-control-allow-methods"]
    assert "idempotency-key" in preflight.headers["access-control-allow-headers"]


def test_fake_kuaishou_pay_page_and_callback_address(local_runtime: RunningRuntime):
    page = local_runtime.get("/pay", base=local_runtime.info["kuaishou_url"])
    assert page.status == 200
    assert "待支付订单" in page.body.decode()
    assert local_runtime.info["kuaishou_notify_url"] == local_runtime.url + "/v1/payments/kuaishou/notify"


def test_clock_helper_shifts_and_resets_the_runtime_clock(local_runtime: RunningRuntime):
    shifted = local_runtime.post("/_local/clock", {"advance_seconds": 86400}).json()
    try:
        assert 86399 < shifted["offset_seconds"] < 86401
        served = datetime.fromisoformat(local_runtime.get("/v1/health").json()["time"].replace("Z", "+00:00"))
        assert served - datetime.now(UTC) > timedelta(hours=23)  # handlers read the same clock
        assert local_runtime.post("/_local/clock", {"nonsense": 1}).status == 400
    finally:
        reset = local_runtime.post("/_local/clock", {"reset": True}).json()
    assert abs(reset["offset_seconds"]) < 1


def test_expiry_follows_the_runtime_clock_not_dynamodb_locals(local_runtime: RunningRuntime):
    """The clock may be set back (`/_local/clock`); DynamoDB Local's own TTL would then delete,
    by the machine's clock, items that clock still holds live. The runtime keeps it off and
    sweeps on its own clock (siyu_local.ttl)."""
    ddb = local_runtime.aws("dynamodb")
    tables = ddb.list_tables()["TableNames"]
    assert len(tables) == 8
    statuses = {
        t: ddb.describe_time_to_live(TableName=t)["TimeToLiveDescription"]["TimeToLiveStatus"] for t in tables
    }
    assert set(statuses.values()) == {"DISABLED"}, statuses


def test_state_is_kept_between_runs_with_a_data_dir(start_runtime, local_runtime, tmp_path):
    data_dir = str(tmp_path / "state")
    first = start_runtime("--data-dir", data_dir, "--no-demo")
    tokens = first.login("e2e-persistent")
    first.request("PATCH", "/v1/me", {"nickname": "常客"}, token=tokens["access_token"])
    first.stop()

    second = start_runtime("--data-dir", data_dir, "--no-demo")
    assert second.info["restored"] is True
    me = second.get("/v1/me", token=tokens["access_token"])  # the signing key was kept too
    assert me.status == 200
    assert me.json()["nickname"] == "常客"
    assert second.login("e2e-persistent")["is_new"] is False

    # Without --data-dir a run starts clean: another run's token and member are unknown to it.
    assert local_runtime.info["restored"] is False
    assert local_runtime.get("/v1/me", token=tokens["access_token"]).status == 401
