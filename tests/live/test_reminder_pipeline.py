"""The reminder pipeline end to end in-process: schedule Input → trigger → SQS → sender →
fake Kuaishou. Acceptance of issue 9: exactly one reminder per reserver, also when the
trigger fires twice, a batch is redelivered, or Kuaishou fails transiently; permanent
failures recorded per member."""

from __future__ import annotations

from datetime import timedelta

import pytest

from siyu import clock
from siyu.events import OutboxItem
from siyu.live import figures, reminders
from siyu.live.models import FAILED, SENDING, SENT, ReminderDelivery
from tests.live.support import (
    TEMPLATE_ID,
    drain,
    fire,
    make_live,
    per_member,
    queue_messages,
    seed_reservers,
    send_calls,
    sent_for,
)

pytestmark = pytest.mark.concurrency


def outbox_count(event_type: str) -> int:
    return sum(1 for item in OutboxItem.scan() if item.type == event_type)


def test_thousand_reservers_get_exactly_one_reminder_even_when_fired_twice_and_redelivered(
    atomic_dynamodb, fake_kuaishou
):
    live = make_live()
    reservations = seed_reservers(live.live_id, 1000)

    first = fire(live.live_id)
    second = fire(live.live_id)  # the schedule fires twice
    assert (first["status"], first["queued"]) == ("fanned out", 1000)
    assert second["status"] == "already fanned out"
    pump = drain(redeliver=2)  # and two sender batches (500 members) reach the sender twice
    assert pump.invocations == 6

    sent = sent_for(fake_kuaishou, live.live_id)
    assert len(sent) == 1000
    assert set(per_member(sent).values()) == {1}
    assert set(per_member(sent)) == {r.open_id for r in reservations}
    assert {m["template_id"] for m in sent} == {TEMPLATE_ID}
    page = sent[0]["page"]
    assert page.startswith(f"pages/live/detail?id={live.live_id}&from=live_reminder&r=v1-10m")
    assert sent[0]["data"]["thing01"]["value"] == live.title[:20]

    # A late third firing after everything was sent changes nothing either.
    fire(live.live_id)
    drain()
    assert len(sent_for(fake_kuaishou, live.live_id)) == 1000

    numbers = figures(live.live_id)
    assert (numbers["reservations"], numbers["reminders_sent"]) == (1000, 1000)
    (progress,) = numbers["reminders"]
    assert progress | {"started_at": None, "fanned_out_at": None} == {
        "reminder_key": "v1-10m",
        "offset_minutes": 10,
        "schedule_version": 1,
        "status": "FANNED_OUT",
        "started_at": None,
        "fanned_out_at": None,
        "targets": 1000,
        "sent": 1000,
        "failed": 0,
        "skipped": 0,
        "pending": 0,
        "opened": 0,
    }
    assert outbox_count("LiveReminderSent") == 1000


def test_ten_percent_transient_failures_still_deliver_all_thousand_exactly_once(
    atomic_dynamodb, fake_kuaishou
):
    live = make_live()
    seed_reservers(live.live_id, 1000, prefix="flaky")
    fake_kuaishou.fail_messages(share=0.1, seed=9)
    calls_before = send_calls(fake_kuaishou)

    fire(live.live_id)
    drain()

    sent = sent_for(fake_kuaishou, live.live_id)
    assert len(sent) == 1000
    assert set(per_member(sent).values()) == {1}
    assert send_calls(fake_kuaishou) - calls_before > 1050  # about 10% were refused and retried
    progress = figures(live.live_id)["reminders"][0]
    assert (progress["sent"], progress["failed"], progress["pending"]) == (1000, 0, 0)


def test_permanent_failures_are_recorded_per_member_and_the_rest_delivered(atomic_dynamodb, fake_kuaishou):
    live = make_live()
    reservations = seed_reservers(live.live_id, 120, prefix="perm")
    refused = {r.open_id for r in reservations[::12]}  # 10 members never subscribed
    fake_kuaishou.fail_messages(open_ids=refused)

    fire(live.live_id)
    drain()

    sent = sent_for(fake_kuaishou, live.live_id)
    assert set(per_member(sent)) == {r.open_id for r in reservations} - refused
    assert set(per_member(sent).values()) == {1}
    progress = figures(live.live_id)["reminders"][0]
    assert (progress["sent"], progress["failed"], progress["pending"]) == (110, 10, 0)
    failed = reminders.failures(live.live_id, "v1-10m")
    refused_members = {r.member_id for r in reservations if r.open_id in refused}
    assert {f["member_id"] for f in failed} == refused_members
    assert {(f["error_code"], f["attempts"], f["retryable"]) for f in failed} == {("100300002", 1, False)}


def test_what_keeps_failing_is_dead_lettered_and_a_redrive_delivers_it_once(
    atomic_dynamodb, fake_kuaishou, settings_env
):
    settings_env(LIVE_REMINDER_MAX_ATTEMPTS="3")
    live = make_live()
    reservations = seed_reservers(live.live_id, 30, prefix="stuck")
    stuck = reservations[4]
    fake_kuaishou.fail_messages(open_ids={stuck.open_id}, transient=True)

    fire(live.live_id)
    drain()

    assert len(sent_for(fake_kuaishou, live.live_id)) == 29
    (failure,) = reminders.failures(live.live_id, "v1-10m")
    assert (failure["member_id"], failure["error_code"], failure["attempts"], failure["retryable"]) == (
        stuck.member_id,
        "TRANSIENT_EXHAUSTED",
        3,
        True,
    )
    from siyu.config import get_settings

    dead = queue_messages(get_settings().live_reminder_dlq_url)
    assert [[m["member_id"] for m in batch["members"]] for batch in dead] == [[stuck.member_id]]
    assert dead[0]["attempt"] == 1  # a redrive starts a fresh series of retries

    # Kuaishou recovers; the operator redrives the dead-letter queue into the reminder queue.
    fake_kuaishou.fail_messages()
    redriven = reminders.ReminderBatch.model_validate(dead[0])
    reminders.enqueue(redriven, redriven.members, attempt=1)
    drain()
    sent = sent_for(fake_kuaishou, live.live_id)
    assert len(sent) == 30
    assert per_member(sent)[stuck.open_id] == 1
    assert reminders.failures(live.live_id, "v1-10m") == []


def test_withdrawn_before_sending_is_skipped(atomic_dynamodb, fake_kuaishou):
    from siyu.live import withdraw

    live = make_live()
    reservations = seed_reservers(live.live_id, 20, prefix="withdraw")
    fire(live.live_id)
    withdraw(live.live_id, reservations[0].member_id)  # after the fan-out, before the sender runs
    drain()
    sent = sent_for(fake_kuaishou, live.live_id)
    assert reservations[0].open_id not in per_member(sent)
    assert len(sent) == 19
    progress = figures(live.live_id)["reminders"][0]
    assert (progress["sent"], progress["skipped"], progress["pending"]) == (19, 1, 0)


def test_a_crashed_send_is_never_repeated(atomic_dynamodb, fake_kuaishou):
    """A copy left SENDING by a worker that died (lease over) may have reached Kuaishou: it is
    recorded as failed with an unknown outcome, not sent again."""
    live = make_live()
    reservations = seed_reservers(live.live_id, 5, prefix="crash")
    victim = reservations[0]
    ReminderDelivery(
        *ReminderDelivery.key(live.live_id, "v1-10m", victim.member_id),
        live_id=live.live_id,
        reminder_key="v1-10m",
        member_id=victim.member_id,
        status=SENDING,
        claim="dead-worker",
        lease_until=clock.epoch(clock.now() - timedelta(seconds=1)),
        attempts=1,
        updated_at=clock.now_iso(),
    ).save()
    fire(live.live_id)
    drain()
    assert victim.open_id not in per_member(sent_for(fake_kuaishou, live.live_id))
    delivery = ReminderDelivery.get(*ReminderDelivery.key(live.live_id, "v1-10m", victim.member_id))
    assert (delivery.status, delivery.error_code) == (FAILED, "OUTCOME_UNKNOWN")


def test_a_send_without_an_answer_is_not_retried(atomic_dynamodb, fake_kuaishou, settings_env):
    settings_env(KUAISHOU_TIMEOUT_SECONDS="0.3")
    live = make_live()
    (reservation,) = seed_reservers(live.live_id, 1, prefix="timeout")
    fire(live.live_id)
    from siyu import kuaishou

    kuaishou.client().access_token()  # the token call is answered; only the send times out
    fake_kuaishou.delay(0.6)
    drain()
    fake_kuaishou.delay(0)
    delivery = ReminderDelivery.get(*ReminderDelivery.key(live.live_id, "v1-10m", reservation.member_id))
    assert (delivery.status, delivery.error_code, delivery.attempts) == (FAILED, "OUTCOME_UNKNOWN", 1)


def test_an_unreachable_platform_is_retried(atomic_dynamodb, fake_kuaishou):
    live = make_live()
    seed_reservers(live.live_id, 10, prefix="outage")
    fire(live.live_id)
    from siyu import kuaishou

    kuaishou.client().access_token()
    fake_kuaishou.outage(True)  # answers HTTP 503: surely not delivered
    try:
        from tests.live.support import Pump

        Pump().run(max_rounds=2, until_empty=False)
    finally:
        fake_kuaishou.outage(False)
    drain()
    sent = sent_for(fake_kuaishou, live.live_id)
    assert len(sent) == 10
    assert set(per_member(sent).values()) == {1}


def test_batches_of_a_moved_or_cancelled_live_are_dropped(atomic_dynamodb, fake_kuaishou):
    from siyu.live import LivePatch, cancel_live, update_live

    moved = make_live()
    seed_reservers(moved.live_id, 10, prefix="moved")
    cancelled = make_live()
    seed_reservers(cancelled.live_id, 10, prefix="cancelled")
    fire(moved.live_id)
    fire(cancelled.live_id)
    update_live(moved.live_id, LivePatch(starts_at=clock.parse_iso(moved.starts_at) + timedelta(hours=1)))
    cancel_live(cancelled.live_id)
    drain()
    assert sent_for(fake_kuaishou, moved.live_id) == []
    assert sent_for(fake_kuaishou, cancelled.live_id) == []
    # The moved live's new reminder reaches everyone once.
    fire(moved.live_id)
    drain()
    sent = sent_for(fake_kuaishou, moved.live_id)
    assert len(sent) == 10
    assert {m["page"].rsplit("&r=", 1)[1] for m in sent} == {"v2-10m"}


def test_opens_from_the_reminder_are_counted_once_per_member(atomic_dynamodb, fake_kuaishou):
    from siyu.live import record_open

    live = make_live()
    reservations = seed_reservers(live.live_id, 3, prefix="open")
    fire(live.live_id)
    drain()
    first, second, _ = reservations
    assert record_open(live.live_id, first.member_id, "v1-10m") is True
    assert record_open(live.live_id, first.member_id, "v1-10m") is False
    assert record_open(live.live_id, second.member_id, "v1-10m") is True
    assert record_open(live.live_id, "01NOTAMEMBER0000000000000", "v1-10m") is False
    numbers = figures(live.live_id)
    assert (numbers["reminder_opens"], numbers["reminders"][0]["opened"]) == (2, 2)
    delivery = ReminderDelivery.get(*ReminderDelivery.key(live.live_id, "v1-10m", first.member_id))
    assert delivery.status == SENT


def test_invalid_and_stale_trigger_events_do_nothing(aws):
    from live_reminder_trigger import handler

    from tests.conftest import LambdaContextStub

    assert handler({"hello": "world"}, LambdaContextStub()) == {"status": "invalid event"}
    live = make_live()
    stale = {"live_id": live.live_id, "offset_minutes": 10, "schedule_version": 7}
    assert handler(stale, LambdaContextStub())["status"] == "skipped"
    missing = {"live_id": "01HZZZZZZZZZZZZZZZZZZZZZZZ", "offset_minutes": 10, "schedule_version": 1}
    assert handler(missing, LambdaContextStub())["status"] == "skipped"


def test_retry_backoff_grows_and_is_capped(settings_env):
    settings_env(LIVE_REMINDER_RETRY_BASE_SECONDS="2")
    assert 2 <= reminders.retry_delay_seconds(1) <= 4
    assert 8 <= reminders.retry_delay_seconds(3) <= 10
    assert reminders.retry_delay_seconds(20) == 900
