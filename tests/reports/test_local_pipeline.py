"""The whole path on moto, as the local runtime runs it: events posted to the collector and
domain events from the bus go through Firehose into S3, and the reports handler (DuckDB
over a copy of the bucket) shows them; plus the reports API's access and input rules."""

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
NOW = datetime(2026, 3, 10, 6, 0, tzinfo=UTC)  # 14:00 in Shanghai
T0 = epoch_ms(NOW) - 3_600_000
DAY = "from=2026-03-10&to=2026-03-10"


@pytest.fixture(autouse=True)
def frozen_clock():
    clock.clock.freeze(NOW)
    yield
    clock.clock.reset()


def analyst() -> str:
    return tokens.issue("admin-analyst", "admin", 3600, role="analyst")


def post(events: list[dict], *, device: str | None = None, token: str | None = None) -> dict:
    headers = {"x-device-id": device} if device else {}
    status, body = track(
        "POST", "/v1/events", {"sent_at": epoch_ms(NOW), "events": events}, token=token, headers=headers
    )
    assert status == 200, body
    return body


def sqs_message(domain_event: DomainEvent, message_id: str) -> dict:
    """An EventBridge event from the stack's bus, as the rule's queue delivers it."""
    envelope = {
        "version": "0",
        "id": "eb-" + message_id,
        "detail-type": domain_event.type,
        "source": EVENT_SOURCE,
        "time": domain_event.occurred_at,
        "detail": json.loads(domain_event.model_dump_json()),
    }
    return {"messageId": message_id, "body": json.dumps(envelope), "eventSource": "aws:sqs"}


def test_events_posted_locally_show_up_in_the_reports(aws):
    member = tokens.issue("M-1", "access", 3600)
    launch = {"scene": "1011", "query": {"video_id": "v-9"}}
    # A member: home → product → add to cart; then pays (a domain event from the orders capability).
    post(
        [
            event(1, ts=T0, page="pages/index/index", session="a", launch=launch),
            event(2, name="tap", ts=T0 + 1_000, session="a", x=1.0, y=0.01),
            event(3, name="page_leave", ts=T0 + 2_000, session="a", dwell_ms=2_000),
            event(4, ts=T0 + 3_000, page="pages/product/detail", session="a"),
            event(5, name="add_to_cart", ts=T0 + 4_000, page="pages/product/detail", session="a"),
        ],
        token=member,
    )
    paid = DomainEvent(
        type="OrderPaid", member_id="M-1", occurred_at="2026-03-10T05:10:00.000Z", data={"fen": 990}
    )
    assert domain_handler({"Records": [sqs_message(paid, "msg-1")]}, LambdaContextStub()) == {
        "batchItemFailures": []
    }
    # An anonymous visitor who leaves after one page, and sends the batch twice.
    bounce_batch = [
        event(1, ts=T0 + 60_000, session="b"),
        event(2, name="page_leave", ts=T0 + 70_000, session="b"),
    ]
    post(bounce_batch, device="device-anon-1")
    post(bounce_batch, device="device-anon-1")
    assert len(stored_lines()) == 5 + 1 + 4

    status, traffic = report("GET", "/v1/admin/reports/traffic", token=analyst(), query=DAY)
    assert status == 200, traffic
    assert traffic["period"] == {"from": "2026-03-10", "to": "2026-03-10"}
    assert traffic["total"] == {"pv": 3, "uv": 2}  # the resent batch counts once
    assert {p["page"]: p["pv"] for p in traffic["by_page"]} == {
        "pages/index/index": 2,
        "pages/product/detail": 1,
    }

    status, bounce = report("GET", "/v1/admin/reports/bounce", token=analyst(), query=DAY)
    assert bounce["total"] == {"sessions": 2, "bounced": 1, "bounce_rate": 0.5}

    steps = [
        {"event": "page_view", "page": "pages/product/detail"},
        {"event": "add_to_cart"},
        {"event": "OrderPaid"},
    ]
    status, funnel = report(
        "POST",
        "/v1/admin/reports/funnel",
        {"from": "2026-03-10", "to": "2026-03-10", "steps": steps, "window_minutes": 30},
        token=analyst(),
    )
    assert status == 200, funnel
    assert [s["reached"] for s in funnel["steps"]] == [1, 1, 1]  # the funnel ends in a paid order

    status, heat = report(
        "GET", "/v1/admin/reports/heatmap", token=analyst(), query=DAY + "&page=pages/index/index"
    )
    assert (heat["taps"], heat["cells"]) == (1, [{"col": 9, "row": 0, "taps": 1}])
    assert heat["elements"] == [{"element": "buy-button", "taps": 1}]

    status, sources = report("GET", "/v1/admin/reports/sources", token=analyst(), query=DAY)
    assert sources["by_source"] == [
        {"sessions": 1, "visitors": 1, "source_type": "video", "source_id": "v-9"}
    ]

    status, dwell = report("GET", "/v1/admin/reports/dwell", token=analyst(), query=DAY)
    assert (dwell["total"]["leaves"], dwell["total"]["avg_dwell_ms"]) == (2, 3100)

    status, kpi = report("GET", "/v1/admin/reports/kpi", token=analyst(), query=DAY)
    assert status == 200, kpi
    assert kpi["interactions"]["current"] == 3  # tap, add_to_cart, OrderPaid
    assert kpi["previous_period"] == {"from": "2026-03-09", "to": "2026-03-09"}

    status, retention = report("GET", "/v1/admin/reports/retention", token=analyst(), query=DAY)
    assert [c["size"] for c in retention["cohorts"]] == [2]

    # Later events are picked up by the next report (the local copy of the bucket catches up).
    post([event(9, ts=T0 + 90_000, session="c")], device="device-anon-2")
    status, traffic = report("GET", "/v1/admin/reports/traffic", token=analyst(), query=DAY)
    assert traffic["total"] == {"pv": 4, "uv": 3}


def test_domain_events_that_cannot_be_read_or_stored_are_retried(aws, monkeypatch):
    from siyu.tracking import delivery

    good = sqs_message(DomainEvent(type="CouponClaimed", member_id="M-2"), "ok")
    unreadable = {"messageId": "bad", "body": "not json"}
    foreign = {"messageId": "foreign", "body": json.dumps({"source": "other", "detail": {}})}
    result = domain_handler({"Records": [good, unreadable, foreign]}, LambdaContextStub())
    assert result == {"batchItemFailures": [{"itemIdentifier": "bad"}]}
    (line,) = stored_lines()
    assert (line["kind"], line["name"], line["visitor_id"]) == ("domain", "CouponClaimed", "m:M-2")

    monkeypatch.setattr(delivery, "BACKOFF_SECONDS", 0)
    monkeypatch.setattr(delivery, "ATTEMPTS", 1)

    class Down:
        def put_record_batch(self, **_):
            raise ConnectionError("down")

    from siyu import aws as siyu_aws

    real = siyu_aws.client
    monkeypatch.setattr(siyu_aws, "client", lambda s: Down() if s == "firehose" else real(s))
    result = domain_handler({"Records": [good]}, LambdaContextStub())
    monkeypatch.setattr(siyu_aws, "client", real)
    assert result == {"batchItemFailures": [{"itemIdentifier": "ok"}]}


def test_report_inputs_are_checked(aws):
    cases = [
        ("from=2026-03-10&to=2026-03-09", 400, "REPORT_RANGE_INVALID"),
        ("from=2026-01-01&to=2026-06-30", 400, "REPORT_RANGE_INVALID"),
        ("from=2026-03-10", 400, "VALIDATION_ERROR"),
        ("from=yesterday&to=2026-03-10", 400, "VALIDATION_ERROR"),
        (DAY + "&segment=vip", 400, "VALIDATION_ERROR"),
        (DAY + "&page=pages/a?b", 400, "VALIDATION_ERROR"),
    ]
    for query, status, code in cases:
        got, body = report("GET", "/v1/admin/reports/traffic", token=analyst(), query=query)
        assert (got, body["error"]["code"]) == (status, code), query
    status, body = report("GET", "/v1/admin/reports/heatmap", token=analyst(), query=DAY)
    assert (status, body["error"]["code"]) == (400, "VALIDATION_ERROR")  # heatmap needs a page


def test_reports_are_for_staff_with_a_role(aws):
    assert report("GET", "/v1/admin/reports/kpi", query=DAY)[0] == 401
    member = tokens.issue("M-1", "access", 3600)
    assert report("GET", "/v1/admin/reports/kpi", token=member, query=DAY)[0] == 401
    nobody = tokens.issue("admin-x", "admin", 3600, role="intern")
    assert report("GET", "/v1/admin/reports/kpi", token=nobody, query=DAY)[0] == 403
    owner = tokens.issue("admin-o", "admin", 3600, role="owner")
    assert report("GET", "/v1/admin/reports/kpi", token=owner, query=DAY)[0] == 200


def test_a_funnel_needs_two_to_eight_valid_steps(aws):
    body = {"from": "2026-03-10", "to": "2026-03-10", "steps": [{"event": "page_view"}]}
    status, answer = report("POST", "/v1/admin/reports/funnel", body, token=analyst())
    assert (status, answer["error"]["code"]) == (400, "VALIDATION_ERROR")
    body["steps"] = [{"event": "page_view"}, {"event": "x'; DROP TABLE events; --"}]
    status, answer = report("POST", "/v1/admin/reports/funnel", body, token=analyst())
    assert (status, answer["error"]["code"]) == (400, "VALIDATION_ERROR")
