"""Tracking in the local runtime: events posted to the collector show up in the reports,
and a domain event (a member registering) reaches the same store through the bus."""

from __future__ import annotations

import time

import pytest

from siyu.clock import shanghai_day
from tests.e2e.conftest import RunningRuntime, wait_for

pytestmark = pytest.mark.e2e


def test_events_posted_locally_show_up_in_the_reports(local_runtime: RunningRuntime):
    member = local_runtime.login("e2e-tracking")["access_token"]
    now = int(time.time() * 1000)
    events = [
        {
            "id": f"e2e-pv-{i}",
            "name": "page_view",
            "ts": now - 5_000 + i,
            "page": "pages/e2e/tracked",
            "session_id": "e2e-session",
        }
        for i in range(3)
    ]
    posted = local_runtime.post("/v1/events", {"sent_at": now, "events": events}, token=member)
    assert posted.status == 200, posted.body
    assert posted.json()["accepted"] == 3

    login = local_runtime.post(
        "/v1/admin/auth/login", {"username": "analyst", "password": "siyu-analyst-demo"}
    )
    analyst = login.json()["access_token"]
    today = shanghai_day().isoformat()

    def page_views() -> int | None:
        body = local_runtime.get(f"/v1/admin/reports/traffic?from={today}&to={today}", token=analyst).json()
        rows = [r for r in body.get("by_page", []) if r.get("page") == "pages/e2e/tracked"]
        return rows[0]["pv"] if rows else None

    assert wait_for(page_views, "page views in the local report", timeout=20) == 3
