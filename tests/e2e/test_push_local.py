"""Targeted push on the local runtime, on the runtime's clock: a marketing campaign sent at
21:30 Shanghai is held (nothing reaches Kuaishou), the template's 08:00 schedule releases it,
and a second marketing campaign the same Shanghai day is capped — while the members' credits
come in through the member route, the audience is a segment uploaded through the tags
function's admin routes, and the messages go out through the push queue, the sender
containers and the fake Kuaishou platform."""

from __future__ import annotations

import uuid
from datetime import UTC, datetime, timedelta
from typing import Any

import pytest

from tests.conftest import wait_for
from tests.e2e.conftest import RunningRuntime

pytestmark = pytest.mark.e2e

TEMPLATE = "e2e-tmpl-push"


def operator(runtime: RunningRuntime) -> str:
    reply = runtime.post("/v1/admin/auth/login", {"username": "operator", "password": "siyu-operator-demo"})
    assert reply.status == 200, reply.body
    return str(reply.json()["access_token"])


def static_segment(runtime: RunningRuntime, token: str, member_ids: list[str]) -> str:
    """An uploaded segment through the tags function's admin routes; its id."""
    segment_id = f"e2e-{uuid.uuid4().hex[:12]}"
    body = {"name": "e2e 名单", "kind": "static"}
    made = runtime.request("PUT", f"/v1/admin/segments/{segment_id}", body, token=token)
    assert made.status == 200, made.body
    added = runtime.post(f"/v1/admin/segments/{segment_id}/members", {"member_ids": member_ids}, token=token)
    assert added.status == 200, added.body
    return segment_id


def campaign(runtime: RunningRuntime, token: str, name: str, member_ids: list[str]) -> str:
    body = {
        "name": name,
        "segment_id": static_segment(runtime, token, member_ids),
        "template_id": TEMPLATE,
        "page": "pages/index/index",
        "data": {"thing01": name},
    }
    created = runtime.post(
        "/v1/admin/push/campaigns",
        body,
        token=token,
        headers={"Idempotency-Key": f"e2e-campaign-{uuid.uuid4().hex}"},
    )
    assert created.status == 201, created.body
    campaign_id = str(created.json()["campaign_id"])
    sent = runtime.post(f"/v1/admin/push/campaigns/{campaign_id}/send", token=token)
    assert sent.status == 202, sent.body
    return campaign_id


def figures(runtime: RunningRuntime, token: str, campaign_id: str) -> dict[str, Any]:
    answer = runtime.get(f"/v1/admin/push/campaigns/{campaign_id}", token=token).json()
    assert "figures" in answer, answer
    return dict(answer["figures"])


def messages_for(runtime: RunningRuntime, campaign_id: str) -> list[dict[str, Any]]:
    return [
        m for m in runtime.get("/_local/kuaishou/messages").json() if m["page"].endswith(f"c={campaign_id}")
    ]


def test_held_at_night_released_at_eight_then_capped_on_the_runtimes_clock(
    local_runtime: RunningRuntime,
) -> None:
    runtime = local_runtime
    members = []
    for n in range(2):
        login = runtime.login(f"e2e-push-{n}")
        accepted = runtime.post(
            "/v1/push/subscriptions",
            {"results": {TEMPLATE: "accept"}},
            token=login["access_token"],
            headers={"Idempotency-Key": f"e2e-push-accept-{n}-a"},
        )
        assert accepted.status == 200, accepted.body
        members.append(login)
    again = runtime.post(  # the first member accepts a second time: two credits
        "/v1/push/subscriptions",
        {"results": {TEMPLATE: "accept"}},
        token=members[0]["access_token"],
        headers={"Idempotency-Key": "e2e-push-accept-0-b"},
    )
    assert again.json() == {"credits": {TEMPLATE: 2}}
    ids = [m["member"]["member_id"] for m in members]
    # The next 21:30 in Shanghai, ahead of the wall clock (a clock set back would put the
    # members' subscriptions after "now"), then 07:59:50 the next morning.
    now = datetime.now(UTC)
    evening = now.replace(hour=13, minute=30, second=0, microsecond=0)
    if evening < now + timedelta(minutes=10):
        evening += timedelta(days=1)
    morning = evening + timedelta(hours=10, minutes=29, seconds=50)
    try:
        runtime.post("/_local/clock", {"set": evening.isoformat()})
        token = operator(runtime)  # tokens issued on the runtime's clock
        night = campaign(runtime, token, "夜间上新", ids)
        wait_for(
            lambda: figures(runtime, token, night)["held"] == 2,
            "both members held for quiet hours",
            timeout=60,
        )
        assert messages_for(runtime, night) == []

        # 07:59:50 in Shanghai: the template's release schedule is due at 08:00.
        runtime.post("/_local/clock", {"set": morning.isoformat()})
        token = operator(runtime)
        wait_for(
            lambda: figures(runtime, token, night)["sent"] == 2, "the 08:00 release sending them", timeout=90
        )
        assert sorted(m["to_user"] for m in messages_for(runtime, night)) == sorted(
            f"e2e-push-{n}" for n in range(2)
        )

        # The same Shanghai day: the first member's one marketing message of the day is used.
        morning = campaign(runtime, token, "早餐特惠", ids[:1])
        wait_for(lambda: figures(runtime, token, morning)["capped"] == 1, "the daily cap", timeout=60)
        assert messages_for(runtime, morning) == []
    finally:
        runtime.post("/_local/clock", {"reset": True})
