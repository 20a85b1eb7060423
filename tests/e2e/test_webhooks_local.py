"""Webhooks over the local runtime: a login commits MemberRegistered; the outbox stream's
fan-out, the webhook queue and the sender deliver it, signed, to the runtime's own inbox
(/_local/webhooks); an inbox told to fail once gets the retry 5 s later."""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from tests.e2e.conftest import RunningRuntime
from tests.support import wait_for

pytestmark = pytest.mark.e2e
INBOX = "/_local/webhooks/e2e-crm"


@pytest.fixture
def endpoint(local_runtime: RunningRuntime) -> Iterator[tuple[str, str]]:
    owner = local_runtime.post("/v1/admin/auth/login", {"username": "owner", "password": "siyu-owner-demo"})
    token = owner.json()["access_token"]
    created = local_runtime.post(
        "/v1/admin/webhooks/endpoints",
        {"url": local_runtime.url + INBOX, "event_types": ["member.registered"]},
        token=token,
        headers={"Idempotency-Key": "e2e-webhook-endpoint"},
    )
    assert created.status == 201, created.body
    body = created.json()
    local_runtime.post(INBOX + "/config", {"secret": body["secret"]})
    yield body["endpoint_id"], token
    local_runtime.request("DELETE", f"/v1/admin/webhooks/endpoints/{body['endpoint_id']}", token=token)
    local_runtime.request("DELETE", INBOX)


def _arrivals(runtime: RunningRuntime) -> list[dict]:
    return list(runtime.get(INBOX).json()["arrivals"])


def test_a_login_reaches_the_inbox_signed_and_a_failure_is_retried(local_runtime, endpoint):
    _endpoint_id, token = endpoint
    member = local_runtime.login("e2e-webhook-member-1")
    first = wait_for(lambda: _arrivals(local_runtime), "member.registered at the inbox", timeout=60)
    assert first[0]["verified"] is True
    assert first[0]["answered"] == 200
    state = local_runtime.get(INBOX).json()["state"]
    assert state[f"member:{member['member']['member_id']}"]["type"] == "member.registered"

    local_runtime.post(INBOX + "/config", {"fail_status": 503, "fail_times": 1})
    local_runtime.login("e2e-webhook-member-2")
    answers = wait_for(
        lambda: [a["answered"] for a in _arrivals(local_runtime)[1:]] == [503, 200] or None,
        "the retry after a 503",
        timeout=90,
    )
    assert answers is True
    event_id = _arrivals(local_runtime)[-1]["webhook_id"]
    history = local_runtime.get(f"/v1/admin/webhooks/events/{event_id}", token=token).json()
    assert [a["status_code"] for a in history["attempts"]] == [503, 200]
    assert history["deliveries"][0]["status"] == "delivered"
