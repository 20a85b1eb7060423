"""Reports defects of issue 15: a source segment counts the orders its visits led to, a
reminder link is a way into the live, and a period without sessions is zero, not a 500."""

from __future__ import annotations

import json
from datetime import UTC, datetime

import pytest
from reports_app import handler as reports_handler
from tracking_app import handler as tracking_handler
from tracking_domain_events import handler as domain_handler

from siyu import clock
from siyu.auth import tokens
from siyu.events import EVENT_SOURCE, DomainEvent
from siyu.tracking.record import epoch_ms
from tests.conftest import Api, LambdaContextStub
from tests.tracking.support import event, stored_lines

track = Api(tracking_handler)
report = Api(reports_handler)
NOW = datetime(2026, 3, 10, 6, 0, tzinfo=UTC)
T0 = epoch_ms(NOW) - 3_600_000
DAY = {"from": "2026-03-10", "to": "2026-03-10"}
LIVE_ID = "01JAAAAAAAAAAAAAAAAAAAAAAA"


@pytest.fixture(autouse=True)
def frozen_clock():
    clock.clock.freeze(NOW)
    yield
    clock.clock.reset()


def analyst() -> str:
    return tokens.issue("admin-analyst", "admin", 3600, role="analyst")


def post(events: list[dict], *, token: str) -> None:
    status, body = track("POST", "/v1/events", {"sent_at": epoch_ms(NOW), "events": events}, token=token)
    assert status == 200, body


def paid(member_id: str, at: str, message_id: str) -> None:
    domain_event = DomainEvent(type="OrderPaid", member_id=member_id, occurred_at=at, data={"fen": 990})
    envelope = {
        "version": "0",
        "id": "eb-" + message_id,
        "detail-type": domain_event.type,
        "source": EVENT_SOURCE,
        "time": domain_event.occurred_at,
        "detail": json.loads(domain_event.model_dump_json()),
    }
    record = {"messageId": message_id, "body": json.dumps(envelope), "eventSource": "aws:sqs"}
    assert domain_handler({"Records": [record]}, LambdaContextStub()) == {"batchItemFailures": []}


def funnel(segment: str) -> list[int]:
    steps = [{"event": "page_view", "page": "pages/product/detail"}, {"event": "OrderPaid"}]
    status, body = report(
        "POST",
        "/v1/admin/reports/funnel",
        {**DAY, "steps": steps, "window_minutes": 60, "segment": segment},
        token=analyst(),
    )
    assert status == 200, body
    return [s["reached"] for s in body["steps"]]


def test_a_source_segment_counts_the_orders_its_sessions_led_to(aws):
    # Two members: one came from a live, one from a share; both buy.
    for member_id, query, message_id in (
        ("M-live", {"live_id": LIVE_ID}, "m1"),
        ("M-share", {"share_from": "M-x"}, "m2"),
    ):
        post(
            [
                event(1, ts=T0, session="a", launch={"scene": "1011", "query": query}),
                event(2, ts=T0 + 1_000, page="pages/product/detail", session="a"),
            ],
            token=tokens.issue(member_id, "access", 3600),
        )
        paid(member_id, "2026-03-10T05:10:00.000Z", message_id)
    assert funnel("all") == [2, 2]
    assert funnel("live") == [1, 1]  # was [1, 0]: the paid order has no session
    assert funnel("share") == [1, 1]
    assert funnel("video") == [0, 0]


def test_an_open_from_a_live_reminder_counts_as_source_live(aws):
    launch = {"scene": "1014", "query": {"id": LIVE_ID, "from": "live_reminder", "r": "v1-15m"}}
    post([event(1, ts=T0, session="r", launch=launch)], token=tokens.issue("M-r", "access", 3600))
    [line] = stored_lines()
    assert (line["source_type"], line["source_id"]) == ("live", LIVE_ID)
    status, sources = report(
        "GET", "/v1/admin/reports/sources", token=analyst(), query="from=2026-03-10&to=2026-03-10"
    )
    assert status == 200, sources
    assert [s["source_type"] for s in sources["by_source"]] == ["live"]


def test_bounce_over_a_period_without_sessions_is_zero(aws):
    status, body = report(
        "GET", "/v1/admin/reports/bounce", token=analyst(), query="from=2026-03-01&to=2026-03-02"
    )
    assert status == 200, body
    assert body["total"] == {"sessions": 0, "bounced": 0, "bounce_rate": None}
    assert body["by_landing_page"] == []
