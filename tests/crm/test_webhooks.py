"""Webhooks out: signatures (checked with the independent `standardwebhooks` package),
rotation, exactly-once effect at the receiver, the retry schedule under 500/429/timeouts,
410 and the 5-day disable, replay, ordering by sequence, filters — in process on moto, with a
real HTTP receiver on loopback."""

from __future__ import annotations

import itertools
import json
from datetime import timedelta

import pytest
from standardwebhooks.webhooks import Webhook, WebhookVerificationError

from siyu import clock
from siyu.crm import delivery, endpoints, schemas, signing
from siyu.crm.errors import EndpointLimit, EndpointUrlInvalid
from siyu.crm.models import Attempt, Delivery, Endpoint
from siyu.ids import new_id
from siyu_local.sandbox import reset_caches
from tests.crm.support import add_endpoint, order_event, points_changed, publish


@pytest.fixture
def inbox(inbox_server, request):
    name = request.node.name[:40]
    inbox_server.inbox.handle("DELETE", f"/_local/webhooks/{name}", {}, b"")
    return name, inbox_server


def configure(inbox, **settings):
    name, server = inbox
    server.inbox.configure(name, settings)


def arrivals(inbox):
    name, server = inbox
    return server.inbox.inbox(name)


def endpoint_for(inbox, **spec):
    name, server = inbox
    created = add_endpoint(server.url(name), **spec)
    configure(inbox, secret=created["secret"])
    return created


def captured_post(calls):
    def post(url, body, headers, timeout):
        calls.append((body, headers))
        return delivery.http_post(url, body, headers, timeout)

    return post


def test_signed_per_standard_webhooks_and_verified_independently(inbox, pump):
    ep = endpoint_for(inbox)
    event = order_event("OrderPaid", new_id())
    publish(event)
    calls = []
    assert pump.drain(captured_post(calls)) == ["delivered"]
    body, headers = calls[0]
    # The reference implementation accepts it (id, timestamp, v1 HMAC-SHA256 over id.timestamp.body)...
    payload = Webhook(ep["secret"]).verify(body, headers)
    assert headers["webhook-id"] == event.id
    assert payload["type"] == "order.paid"
    assert payload["sequence"] == 1
    assert payload["data"]["order_id"] == event.data["order_id"]
    assert payload["aggregate"] == f"order:{event.data['order_id']}"
    # ...and refuses a changed body or another secret.
    with pytest.raises(WebhookVerificationError):
        Webhook(ep["secret"]).verify(body.replace("2800", "1"), headers)
    with pytest.raises(WebhookVerificationError):
        Webhook(signing.new_secret()).verify(body, headers)
    assert arrivals(inbox).arrivals[0]["verified"] is True


def test_rotation_signs_with_both_secrets_for_24_hours(inbox, pump):
    ep = endpoint_for(inbox)
    rotated = endpoints.rotate(ep["endpoint_id"])
    assert rotated["secret"] != ep["secret"]
    assert "secret" not in endpoints.view(endpoints.get(ep["endpoint_id"]))
    publish(order_event("OrderPaid", new_id()))
    calls = []
    pump.drain(captured_post(calls))
    body, headers = calls[0]
    assert len(headers["webhook-signature"].split()) == 2
    Webhook(ep["secret"]).verify(body, headers)  # a receiver still on the old secret
    Webhook(rotated["secret"]).verify(body, headers)  # and one already on the new
    # After the overlap only the new secret signs.
    clock.clock.freeze(clock.now() + timedelta(hours=24, seconds=1))
    item = endpoints.get(ep["endpoint_id"])
    assert endpoints.signing_secrets(item) == [rotated["secret"]]


def test_duplicates_have_one_effect_at_the_receiver(inbox, pump):
    endpoint_for(inbox)
    event = points_changed("M-dup", seq=7)
    publish(event)
    publish(event)  # the stream retried the batch before the first attempt: its message again
    messages = [json.loads(m["Body"]) for m in pump.messages()]
    assert len(messages) == 2
    assert messages[0] == messages[1]
    msg = messages[0]
    assert delivery.attempt(msg) == "delivered"
    assert delivery.attempt(messages[1]) == "duplicate"  # the copy sends nothing
    assert delivery.attempt(msg) == "duplicate"  # nor does SQS delivering a message twice
    # An attempt that died after sending (claimed, not finished) is sent again once it is
    # clearly dead (a copy arriving while it may still run sends nothing): same webhook-id.
    Delivery(*Delivery.key(event.id, msg["endpoint_id"])).update(
        actions=[Delivery.status.set("pending"), Delivery.done.set(0)]
    )
    assert delivery.attempt(msg) == "duplicate"
    clock.clock.freeze(clock.now() + timedelta(minutes=2))
    assert delivery.attempt(msg) == "delivered"
    box = arrivals(inbox)
    assert [a["webhook_id"] for a in box.arrivals] == [event.id, event.id]
    assert [a["duplicate"] for a in box.arrivals] == [False, True]
    assert box.effects.keys() == {event.id}


def _attempt_times(pump, post=None, rounds: int = 12) -> list[str]:
    """Run until nothing is pending: deliver, then move the clock to the next due retry."""
    for _ in range(rounds):
        pump.drain(post)
        due = [d.sk[:24] for d in delivery.Due.query("WHDUE")]
        if not due:
            break
        pump.advance((clock.parse_iso(min(due)) - clock.now()).total_seconds() + 0.001)
    return []


def test_retry_schedule_under_500s_ends_failed_and_visible(inbox, pump, monkeypatch):
    monkeypatch.setattr(delivery, "SQS_DELAY_MAX", 0)  # every wait on the stack's clock
    clock.clock.freeze(clock.now())
    ep = endpoint_for(inbox)
    configure(inbox, fail_status=500, fail_times=-1)
    event = order_event("OrderPaid", new_id())
    publish(event)
    _attempt_times(pump)
    attempts = list(Attempt.query(f"WHEVENT#{event.id}", Attempt.sk.startswith("ATTEMPT#")))
    assert len(attempts) == delivery.MAX_ATTEMPTS == 10
    times = [clock.parse_iso(a.at) for a in attempts]
    gaps = [(b - a).total_seconds() for a, b in itertools.pairwise(times)]
    for gap, planned in zip(gaps, delivery.RETRY_DELAYS, strict=True):
        assert planned * 0.9 <= gap <= planned * 1.1 + 1
    total = (times[-1] - times[0]).total_seconds() / 3600
    assert 68 < total < 83  # about 3 days (75.6 h planned)
    assert {a.status_code for a in attempts} == {500}
    assert attempts[0].response == '{"error": "told to fail"}'
    item = Delivery.get(*Delivery.key(event.id, ep["endpoint_id"]))
    assert item.status == "failed"
    assert "10 attempts" in item.last_error
    listed = delivery.deliveries(ep["endpoint_id"], "failed", 10, None)["deliveries"]
    assert [d["event_id"] for d in listed] == [event.id]
    history = delivery.event_history(event.id)
    assert len(history["attempts"]) == 10
    assert history["deliveries"][0]["status"] == "failed"


def test_429_honours_retry_after_and_a_timeout_is_retried(inbox, pump, monkeypatch):
    monkeypatch.setattr(delivery, "SQS_DELAY_MAX", 0)
    monkeypatch.setenv("WEBHOOK_TIMEOUT_SECONDS", "0.3")
    reset_caches()
    clock.clock.freeze(clock.now())
    ep = endpoint_for(inbox)
    configure(inbox, fail_status=429, fail_times=1, retry_after=3600)
    event = order_event("OrderPaid", new_id())
    publish(event)
    assert pump.drain() == ["retry"]
    item = Delivery.get(*Delivery.key(event.id, ep["endpoint_id"]))
    wait = (clock.parse_iso(item.next_at) - clock.now()).total_seconds()
    assert wait > 3599  # not the scheduled 5 s (times are kept to the millisecond)
    assert pump.advance(3599) == 0
    configure(inbox, delay_seconds=1.0)  # now it answers too slowly
    assert pump.advance(2) == 1
    assert pump.drain() == ["retry"]
    attempts = list(Attempt.query(f"WHEVENT#{event.id}", Attempt.sk.startswith("ATTEMPT#")))
    assert attempts[-1].status_code is None
    assert "Timeout" in attempts[-1].error
    configure(inbox, delay_seconds=0)
    pump.advance(400)
    assert pump.drain() == ["delivered"]
    assert Delivery.get(*Delivery.key(event.id, ep["endpoint_id"])).status == "delivered"
    assert endpoints.get(ep["endpoint_id"]).failing_since is None  # a success resets the failing clock


def test_410_disables_and_five_failing_days_disable(inbox, pump, monkeypatch):
    monkeypatch.setattr(delivery, "SQS_DELAY_MAX", 0)
    clock.clock.freeze(clock.now())
    ep = endpoint_for(inbox)
    configure(inbox, fail_status=410, fail_times=1)
    first = order_event("OrderPaid", new_id())
    publish(first)
    assert pump.drain() == ["disabled"]
    item = endpoints.get(ep["endpoint_id"])
    assert not item.enabled
    assert "410" in item.disabled_reason
    second = order_event("OrderPaid", new_id())
    publish(second)  # while disabled: visible as failed, replayable later
    assert Delivery.get(*Delivery.key(second.id, ep["endpoint_id"])).status == "failed"

    endpoints.update(ep["endpoint_id"], schemas.EndpointPatch(enabled=True))
    configure(inbox, fail_status=503, fail_times=-1)
    for _ in range(6):
        publish(order_event("OrderPaid", new_id()))
        pump.drain()
        pump.advance(86400)
        pump.drain()
        if not endpoints.get(ep["endpoint_id"]).enabled:
            break
    item = endpoints.get(ep["endpoint_id"])
    assert not item.enabled
    assert item.disabled_reason == "failing for 5 days"
    assert clock.now() - clock.parse_iso(item.failing_since) >= timedelta(days=5)


def test_replay_by_id_and_by_time_range(inbox, pump):
    ep = endpoint_for(inbox)
    old = order_event("OrderPaid", new_id())
    publish(old)
    pump.drain()
    clock.clock.freeze(clock.now() + timedelta(days=2))
    recent = [order_event("OrderPickedUp", new_id()) for _ in range(3)]
    publish(*recent)
    pump.drain()
    assert delivery.replay(event_id=old.id)["deliveries"] == 1
    pump.drain()
    start = clock.now() - timedelta(hours=1)
    result = delivery.replay(
        start=start, end=clock.now() + timedelta(seconds=1), endpoint_id=ep["endpoint_id"]
    )
    assert result == {"events": 3, "deliveries": 3, "next_from": None}
    pump.drain()
    box = arrivals(inbox)
    ids = [a["webhook_id"] for a in box.arrivals]
    assert ids.count(old.id) == 2
    assert all(ids.count(e.id) == 2 for e in recent)
    assert len(box.effects) == 4  # replays carry the same webhook-id: one effect each
    assert Delivery.get(*Delivery.key(old.id, ep["endpoint_id"])).round == 2


def test_sequence_lets_the_receiver_drop_stale_updates(inbox, pump):
    endpoint_for(inbox)
    order_id = new_id()
    paid, picked, refunded = (
        order_event(k, order_id) for k in ("OrderPaid", "OrderPickedUp", "OrderRefunded")
    )
    publish(paid, picked, refunded)
    messages = pump.messages()
    assert len(messages) == 3
    for m in reversed(messages):  # the queue does not keep order
        delivery.attempt(json.loads(m["Body"]))
    box = arrivals(inbox)
    sequences = {p["type"]: p["sequence"] for p in box.effects.values()}
    assert sequences == {"order.paid": 1, "order.picked_up": 2, "order.refunded": 3}
    assert box.state[f"order:{order_id}"]["type"] == "order.refunded"
    # points.changed carries the ledger's own sequence.
    publish(points_changed("M-seq", seq=41))
    pump.drain()
    assert box.state["points:M-seq"]["sequence"] == 41


def test_filters_and_uncatalogued_events(inbox, pump):
    name, server = inbox
    only_points = add_endpoint(server.url(name), event_types=["points.changed"])
    order = order_event("OrderPaid", new_id())
    publish(order, order_event("AssistHelped", new_id()))
    assert pump.messages() == []
    assert Delivery.get(*Delivery.key(order.id, only_points["endpoint_id"])).status == "filtered"


def test_endpoint_limit_and_urls(monkeypatch):
    with pytest.raises(EndpointUrlInvalid):
        endpoints.check_url("http://example.com/hook")
    assert endpoints.check_url("http://127.0.0.1:9/hook")
    monkeypatch.setenv("STAGE", "prod")
    reset_caches()
    with pytest.raises(EndpointUrlInvalid):
        endpoints.check_url("http://127.0.0.1:9/hook")
    with pytest.raises(EndpointUrlInvalid):
        endpoints.check_url("https://10.0.0.8/hook")
    monkeypatch.setenv("STAGE", "dev")
    monkeypatch.setenv("WEBHOOK_MAX_ENDPOINTS", "2")
    reset_caches()
    first = add_endpoint("https://crm.example.com/a")
    add_endpoint("https://crm.example.com/b")
    with pytest.raises(EndpointLimit):
        add_endpoint("https://crm.example.com/c")
    assert endpoints.delete(first["endpoint_id"]) is True
    assert endpoints.delete(first["endpoint_id"]) is False
    add_endpoint("https://crm.example.com/c")
    assert len(list(Endpoint.by_gsi1.query("WEBHOOKS"))) == 2
