"""Event-driven tags on the local runtime: a login (MemberRegistered) and a tracked visit from a
live (the collector's MemberVisited) go through the outbox, the bus and tags_events; the
member's lifecycle tag and a rule tag arrive. Polled with a generous timeout (the 2 s figure
is in `make bench`, case_tags)."""

from __future__ import annotations

import time

import pytest

from tests.e2e.conftest import RunningRuntime
from tests.support import wait_for

pytestmark = pytest.mark.e2e


def _tags(runtime: RunningRuntime, member_id: str, token: str) -> set[str]:
    answer = runtime.get(f"/v1/admin/members/{member_id}/tags", token=token).json()
    return {t["tag_id"] for t in answer["tags"]}


def test_a_visit_from_a_live_tags_the_member(local_runtime: RunningRuntime):
    owner = local_runtime.post("/v1/admin/auth/login", {"username": "owner", "password": "siyu-owner-demo"})
    admin = owner.json()["access_token"]
    rule = {"prop": "sources", "op": "contains", "value": "live"}
    put = local_runtime.request(
        "PUT", "/v1/admin/tags/e2e-from-live", {"name": "直播来的", "kind": "rule", "rule": rule}, token=admin
    )
    assert put.status == 200, put.body

    login = local_runtime.login("e2e-tags-member")
    member_id, token = login["member"]["member_id"], login["access_token"]
    wait_for(lambda: "life-new" in _tags(local_runtime, member_id, admin), "life-new after login", timeout=60)
    assert "e2e-from-live" not in _tags(local_runtime, member_id, admin)

    now = int(time.time() * 1000)
    event = {
        "id": "e2e-tags-launch",
        "name": "page_view",
        "ts": now - 1_000,
        "page": "pages/index/index",
        "session_id": "e2e-tags-session",
        "launch": {"scene": "live", "query": {"live_id": "01JLIVE0000000000000000000"}},
    }
    posted = local_runtime.post("/v1/events", {"sent_at": now, "events": [event]}, token=token)
    assert posted.status == 200, posted.body
    wait_for(
        lambda: "e2e-from-live" in _tags(local_runtime, member_id, admin), "the live rule tag", timeout=60
    )
    tag = local_runtime.get("/v1/admin/tags/e2e-from-live", token=admin).json()
    assert tag["size"] >= 1
