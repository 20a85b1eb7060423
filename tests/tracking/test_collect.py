"""POST /v1/events through the handler, with real API Gateway v2 events, into moto's
Firehose and S3."""

from __future__ import annotations

import json
from concurrent.futures import ThreadPoolExecutor
from datetime import UTC, datetime
from types import SimpleNamespace

import pytest
from tracking_app import handler

from siyu import aws as siyu_aws
from siyu import clock
from siyu.tracking import collector, delivery
from siyu.tracking.record import COLUMN_NAMES, epoch_ms
from siyu.tracking.schema import MAX_BODY_BYTES, MAX_EVENTS
from tests.conftest import Api
from tests.tracking.support import FlakyFirehose, event, stored_lines

api = Api(handler)
NOW = datetime(2026, 3, 10, 4, 0, tzinfo=UTC)  # 12:00 in Shanghai
NOW_MS = epoch_ms(NOW)
DEVICE = {"x-device-id": "device-0001"}


@pytest.fixture(autouse=True)
def frozen_clock():
    clock.clock.freeze(NOW)
    yield
    clock.clock.reset()


@pytest.fixture
def firehose_calls(aws, monkeypatch):
    """The collector's Firehose client, counting calls (and failing records on demand)."""
    flaky = FlakyFirehose(siyu_aws.client("firehose"))
    monkeypatch.setattr(collector, "aws", SimpleNamespace(client=lambda service: flaky))
    return flaky


def login(fake) -> tuple[str, str]:
    from auth_app import handler as auth_handler

    status, body = Api(auth_handler)("POST", "/v1/auth/login", {"code": fake.issue_login_code(open_id="o-1")})
    assert status == 200
    return body["access_token"], body["member"]["member_id"]


def batch(events: list[dict], sent_at: int = NOW_MS) -> dict:
    return {"sent_at": sent_at, "events": events}


def test_100_events_with_3_malformed_store_97_and_say_why(aws, firehose_calls):
    events = [event(i, ts=NOW_MS - 60_000 + i) for i in range(100)]
    events[10]["x"] = 1.5  # out of 0..1
    events[40] = {**events[40], "name": "tap"}  # a tap without position
    del events[77]["session_id"]
    status, body = api("POST", "/v1/events", batch(events), headers=DEVICE)
    assert status == 200, body
    assert body["accepted"] == 97
    refused = {r["index"]: r["reasons"] for r in body["rejected"]}
    assert sorted(refused) == [10, 40, 77]
    assert refused[10][0]["field"] == "x"
    assert refused[40][0]["reason"] == "required_for_tap"
    assert refused[77][0] == {"field": "session_id", "reason": "missing", "message": "Field required"}
    lines = stored_lines()
    assert len(lines) == 97
    assert len({line["event_id"] for line in lines}) == 97
    assert firehose_calls.calls == [1]  # one PutRecordBatch, all 97 events packed in one record


def test_the_server_adds_who_and_when_and_corrects_clock_skew(aws):
    client_clock_behind = 3_600_000  # the phone's clock is an hour slow
    sent_at = NOW_MS - client_clock_behind
    tap = event(
        1,
        name="tap",
        ts=sent_at - 5_000,
        launch={"scene": "1001", "query": {"video_id": "v-42", "utm": "x"}},
        experiments={"home-banner": "B"},
        props={"sku": "tea-1", "qty": 2},
    )
    status, body = api("POST", "/v1/events", batch([tap], sent_at), headers=DEVICE)
    assert status == 200, body
    (line,) = stored_lines()
    assert line["ts_ms"] == NOW_MS - 5_000
    assert line["client_ts"] == sent_at - 5_000
    assert line["received_at"] == "2026-03-10T04:00:00.000Z"
    assert line["event_time"] == "2026-03-10T03:59:55.000Z"
    assert line["event_date"] == "2026-03-10"
    assert line["visitor_id"] == "d:device-0001"
    assert "member_id" not in line
    assert (line["kind"], line["x"], line["y"], line["element"]) == ("track", 0.25, 0.5, "buy-button")
    assert (line["scene"], line["source_type"], line["source_id"]) == ("1001", "video", "v-42")
    assert json.loads(line["launch_query"]) == {"utm": "x", "video_id": "v-42"}
    assert line["experiments"] == [{"experiment": "home-banner", "variant": "B"}]
    assert json.loads(line["props"]) == {"qty": 2, "sku": "tea-1"}
    assert set(line) <= set(COLUMN_NAMES)


def test_member_events_carry_the_member_id(aws, fake_kuaishou):
    token, member_id = login(fake_kuaishou)
    status, body = api("POST", "/v1/events", batch([event(1, ts=NOW_MS)]), token=token)
    assert status == 200, body
    (line,) = stored_lines()
    assert (line["member_id"], line["visitor_id"]) == (member_id, f"m:{member_id}")


def test_shanghai_day_is_the_event_date(aws):
    late_evening = epoch_ms(datetime(2026, 3, 9, 16, 30, tzinfo=UTC))  # 00:30 on 10 March in Shanghai
    early = epoch_ms(datetime(2026, 3, 9, 15, 30, tzinfo=UTC))  # 23:30 on 9 March
    api("POST", "/v1/events", batch([event(1, ts=late_evening), event(2, ts=early)]), headers=DEVICE)
    dates = {line["event_id"]: line["event_date"] for line in stored_lines()}
    assert sorted(dates.values()) == ["2026-03-09", "2026-03-10"]


def test_a_resent_batch_has_the_same_event_ids(aws):
    events = [
        event(1, ts=NOW_MS - 10),
        {"name": "page_view", "ts": NOW_MS - 5, "page": "p/a", "session_id": "s"},
    ]
    api("POST", "/v1/events", batch(events), headers=DEVICE)
    api("POST", "/v1/events", batch(events, NOW_MS + 100), headers=DEVICE)
    ids = [line["event_id"] for line in stored_lines()]
    assert len(ids) == 4
    assert len(set(ids)) == 2  # stored twice by S3 appends, counted once by every report


MALFORMED = [
    ({"name": "OrderPaid"}, "name", "string_pattern_mismatch"),  # domain events cannot be forged
    ({"ts": "1700000000000"}, "ts", "int_type"),
    ({"page": "pages/a?x=1"}, "page", "string_pattern_mismatch"),
    ({"y": 0.5}, "x", "position_incomplete"),
    ({"name": "page_leave"}, "dwell_ms", "required_for_page_leave"),
    ({"dwell_ms": -1}, "dwell_ms", "greater_than_equal"),
    ({"colour": "red"}, "colour", "extra_forbidden"),
    ({"ts": NOW_MS - 8 * 24 * 3600 * 1000}, "ts", "too_old"),
    ({"ts": NOW_MS + 3_600_000}, "ts", "after_sent_at"),
    ({"experiments": {"e": ["A"]}}, "experiments.e", "string_type"),
    ({"launch": {"scene": "1001", "query": {"video_id": 7}}}, "launch.query.video_id", "string_type"),
]


def test_each_malformed_event_is_refused_with_its_reason(aws):
    events = [event(0, ts=NOW_MS)] + [
        {**event(i + 1, ts=NOW_MS), **change} for i, (change, _, _) in enumerate(MALFORMED)
    ]
    events += ["tap", 3]  # not objects at all
    status, body = api("POST", "/v1/events", batch(events), headers=DEVICE)
    assert status == 200
    assert body["accepted"] == 1
    reasons = {r["index"]: [(x["field"], x["reason"]) for x in r["reasons"]] for r in body["rejected"]}
    assert sorted(reasons) == list(range(1, len(MALFORMED) + 3))
    assert reasons[len(MALFORMED) + 1] == reasons[len(MALFORMED) + 2] == [("", "object_expected")]
    for index, (_, field, reason) in enumerate(MALFORMED, start=1):
        assert (field, reason) in reasons[index], (index, reasons[index])
    assert len(stored_lines()) == 1


def test_an_oversized_body_or_too_many_events_is_413_and_stores_nothing(aws):
    padding = "x" * 256
    events = [event(i, ts=NOW_MS, props={f"k{j}": padding for j in range(5)}) for i in range(MAX_EVENTS)]
    raw = json.dumps(batch(events))
    assert len(raw) > MAX_BODY_BYTES
    status, body = api("POST", "/v1/events", raw=raw, headers=DEVICE)
    assert status == 413
    assert body["error"]["code"] == "EVENTS_BATCH_TOO_LARGE"
    too_many = batch([event(i, ts=NOW_MS) for i in range(MAX_EVENTS + 1)])
    status, body = api("POST", "/v1/events", too_many, headers=DEVICE)
    assert status == 413
    assert body["error"]["details"] == {"max_bytes": MAX_BODY_BYTES, "max_events": MAX_EVENTS}
    assert stored_lines() == []


def test_a_malformed_batch_is_a_clear_4xx(aws):
    cases = [
        ("not json", 400, "INVALID_JSON"),
        ("", 400, "INVALID_JSON"),
        ("[1, 2]", 400, "VALIDATION_ERROR"),
        ('{"events": []}', 400, "VALIDATION_ERROR"),
        ('{"sent_at": "now", "events": [{}]}', 400, "VALIDATION_ERROR"),
    ]
    for raw, status, code in cases:
        got, body = api("POST", "/v1/events", raw=raw, headers=DEVICE)
        assert (got, body["error"]["code"]) == (status, code), raw
    assert stored_lines() == []


def test_an_anonymous_batch_needs_a_device_id(aws):
    status, body = api("POST", "/v1/events", batch([event(1, ts=NOW_MS)]))
    assert (status, body["error"]["code"]) == (401, "TRACKING_IDENTITY_MISSING")
    status, body = api("POST", "/v1/events", batch([event(1, ts=NOW_MS)]), headers={"x-device-id": "bad id!"})
    assert (status, body["error"]["code"]) == (400, "VALIDATION_ERROR")
    # An invalid token is a 401, not a fallback to anonymity.
    status, body = api(
        "POST", "/v1/events", batch([event(1, ts=NOW_MS)]), token="v1.bad.token", headers=DEVICE
    )
    assert (status, body["error"]["code"]) == (401, "TOKEN_INVALID")
    assert stored_lines() == []


def test_firehose_failing_part_of_a_batch_loses_nothing_and_stores_nothing_twice(
    aws, firehose_calls, monkeypatch
):
    # Small records so that one request makes many records in one call.
    monkeypatch.setattr(delivery, "MAX_RECORD_BYTES", 2_000)
    monkeypatch.setattr(delivery, "BACKOFF_SECONDS", 0)
    firehose_calls.fail = {0: {1, 5, 7}, 1: {0}}  # first call: 3 records fail; retry: one of them again
    events = [event(i, ts=NOW_MS - 1000 + i) for i in range(100)]
    status, body = api("POST", "/v1/events", batch(events), headers=DEVICE)
    assert status == 200, body
    assert body["accepted"] == 100
    records = firehose_calls.calls[0]
    assert records > 8
    assert firehose_calls.calls == [records, 3, 1]  # only the failed records are sent again
    ids = [line["event_id"] for line in stored_lines()]
    assert len(ids) == 100
    assert len(set(ids)) == 100


def test_when_firehose_keeps_failing_the_client_is_not_told_it_was_stored(aws, firehose_calls, monkeypatch):
    monkeypatch.setattr(delivery, "MAX_RECORD_BYTES", 2_000)
    monkeypatch.setattr(delivery, "BACKOFF_SECONDS", 0)
    firehose_calls.fail = {n: {0} for n in range(delivery.ATTEMPTS)}  # the first record never goes in
    events = [event(i, ts=NOW_MS - 1000 + i) for i in range(40)]
    status, body = api("POST", "/v1/events", batch(events), headers=DEVICE)
    assert status == 503
    assert body["error"]["code"] == "EVENTS_NOT_STORED"
    not_stored = body["error"]["details"]["not_stored"]
    stored = {line["event_id"] for line in stored_lines()}
    assert len(stored) == body["error"]["details"]["stored"] == 40 - len(not_stored)
    assert not_stored == list(range(len(not_stored)))  # the events of the first record
    # The client sends the batch again once Firehose is back: every event is there, and the
    # copies of those stored the first time share their event id (reports count them once).
    firehose_calls.fail = {}
    status, body = api("POST", "/v1/events", batch(events, NOW_MS + 2000), headers=DEVICE)
    assert (status, body["accepted"]) == (200, 40)
    assert len({line["event_id"] for line in stored_lines()}) == 40


def test_a_failed_call_is_retried_whole(aws, firehose_calls, monkeypatch):
    monkeypatch.setattr(delivery, "BACKOFF_SECONDS", 0)
    firehose_calls.raise_on = {0}
    status, body = api("POST", "/v1/events", batch([event(1, ts=NOW_MS)]), headers=DEVICE)
    assert (status, body["accepted"]) == (200, 1)
    assert firehose_calls.calls == [1, 1]
    assert len(stored_lines()) == 1


@pytest.mark.concurrency
def test_concurrent_batches_store_every_event_exactly_once(atomic_dynamodb):
    # Lambda runs one request per process at a time, so the threads call the collector
    # itself (the resolver keeps the current request in shared state).
    def send(device: int) -> list[int]:
        accepted = []
        for n in range(4):
            events = [event(n * 100 + i, ts=NOW_MS - 500 + i, session=f"s{n}") for i in range(25)]
            body = json.dumps(batch(events)).encode()
            accepted.append(
                collector.collect(body, collector.Actor(device_id=f"device-{device:04d}")).accepted
            )
        return accepted

    with ThreadPoolExecutor(8) as pool:
        results = list(pool.map(send, range(8)))
    assert sum(map(sum, results)) == 8 * 4 * 25
    lines = stored_lines()
    assert len(lines) == 800
    assert len({line["event_id"] for line in lines}) == 800
    assert len({line["visitor_id"] for line in lines}) == 8


def test_event_batches_are_limited_per_device(aws, monkeypatch, frozen_clock):
    """Issue 15: one device cannot flood ingestion; another device is not affected."""
    from siyu_local.sandbox import reset_caches

    monkeypatch.setenv("LIMIT_EVENTS_DEVICE", "2/60")
    reset_caches()
    statuses = [api("POST", "/v1/events", batch([event(i, ts=NOW_MS)]), headers=DEVICE)[0] for i in range(3)]
    assert statuses == [200, 200, 429]
    status, body = api("POST", "/v1/events", batch([event(9, ts=NOW_MS)]), headers=DEVICE)
    assert (status, body["error"]["code"], body["error"]["details"]["limit"]) == (
        429,
        "RATE_LIMITED",
        "events-device",
    )
    assert (
        api("POST", "/v1/events", batch([event(1, ts=NOW_MS)]), headers={"x-device-id": "device-other"})[0]
        == 200
    )
    assert len(stored_lines()) == 3
