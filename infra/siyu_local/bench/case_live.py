"""Live reminders: the time the sender takes for 1,000 reservers at the rate limit; the
DynamoDB calls of a live with an exclusive code, and of tracking batches that count reminder
opens.

The whole pipeline runs in-process: the schedule's stored Input fires the trigger, the
reminder queue (moto SQS) is delivered to the sender in batches of 5 messages (the template's
BatchSize, one container), and the fake Kuaishou platform enforces its real limit of 100
subscribe messages per second. Siyu's own app-wide limit is the default 80/s. The same run
with both limits lifted shows how much of the time is the limit and how much is moto.
"""

from __future__ import annotations

import json
import os
import time
from datetime import timedelta
from typing import Any

from siyu_local import bench
from siyu_local.sandbox import KUAISHOU_TEST_SECRET, configure_environment, moto_stack, reset_caches
from siyu_local.template import default_stack

RESERVERS = 1000
LIVE_FUNCTIONS = ("LiveFunction", "LiveReminderTriggerFunction", "LiveReminderSenderFunction")


class _Context:
    function_name = "bench"
    memory_limit_in_mb = 512
    invoked_function_arn = "arn:aws-cn:lambda:cn-north-1:123456789012:function:bench"
    aws_request_id = "bench"

    @staticmethod
    def get_remaining_time_in_millis() -> int:
        return 120_000


def _seed(live_id: str, count: int) -> None:
    from siyu import clock
    from siyu.ids import new_id
    from siyu.live.models import ACTIVE, Reservation
    from siyu.members.models import Member

    with Member.batch_write() as members, Reservation.batch_write() as reservations:
        for i in range(count):
            member_id, open_id = new_id(), f"bench-{i:05d}"
            now = clock.now_iso()
            members.save(Member(*Member.key(member_id), member_id=member_id, open_id=open_id, created_at=now))
            reservations.save(
                Reservation(
                    *Reservation.key(live_id, member_id),
                    live_id=live_id,
                    member_id=member_id,
                    open_id=open_id,
                    template_id="tpl_live_reminder",
                    status=ACTIVE,
                    reserved_at=now,
                )
            )


def _pump() -> int:
    """Deliver the reminder queue to the sender until it is empty; returns invocations."""
    from live_reminder_sender import handler

    from siyu import aws
    from siyu.config import get_settings

    sqs, url = aws.client("sqs"), get_settings().live_reminder_queue_url
    invocations = 0
    while messages := sqs.receive_message(QueueUrl=url, MaxNumberOfMessages=5).get("Messages", []):
        records = [
            {
                "messageId": m["MessageId"],
                "receiptHandle": m["ReceiptHandle"],
                "body": m["Body"],
                "attributes": {},
            }
            for m in messages
        ]
        response: dict[str, Any] = handler({"Records": records}, _Context())
        invocations += 1
        failed = {f["itemIdentifier"] for f in response.get("batchItemFailures", [])}
        for m in messages:
            if m["MessageId"] in failed:
                sqs.change_message_visibility(
                    QueueUrl=url, ReceiptHandle=m["ReceiptHandle"], VisibilityTimeout=0
                )
            else:
                sqs.delete_message(QueueUrl=url, ReceiptHandle=m["ReceiptHandle"])
    return invocations


def _run_once(fake: Any, *, limited: bool) -> dict[str, float]:
    from live_reminder_trigger import handler as trigger

    from siyu import clock
    from siyu.live import LiveSpec, create_live, reminders, schedules

    os.environ["KUAISHOU_MESSAGE_RATE"] = "80" if limited else "1000000"
    fake.message_qps = 100 if limited else 1_000_000
    reset_caches()
    reminders._limiter.cache_clear()
    starts = clock.now() + timedelta(hours=2)
    # Concurrent senders claim SENT records: DynamoDB Local applies each claim atomically.
    with bench.local_stack(default_stack()):
        live = create_live(
            LiveSpec.model_validate(
                {
                    "title": "今晚八点 新品试饮",
                    "cover_url": "https://cdn.example.com/live.png",
                    "host_name": "店长",
                    "starts_at": starts,
                    "ends_at": starts + timedelta(hours=1),
                    "live_room": "bench-room",
                }
            ),
            "bench",
        )
        _seed(live.live_id, RESERVERS)
        stored = schedules.get(live.live_id, 10)
        assert stored is not None
        calls_before = sum(1 for _, path in fake.calls if path.endswith("/message/template/send"))
        sent_before = len(fake.sent_messages)
        started = time.perf_counter()
        trigger(json.loads(stored["Target"]["Input"]), _Context())
        invocations = _pump()
        seconds = time.perf_counter() - started
        sent = len(fake.sent_messages) - sent_before
        calls = sum(1 for _, path in fake.calls if path.endswith("/message/template/send")) - calls_before
        waits = reminders.limiter().waits
    return {
        "seconds": seconds,
        "sent": sent,
        "refused": calls - sent,
        "invocations": invocations,
        "waits": waits,
    }


def _limit_only(fake: Any) -> dict[str, float]:
    """1,000 sends through the shared limiter to the fake, 8 threads, no delivery records:
    the time the rate limit alone imposes."""
    from concurrent.futures import ThreadPoolExecutor

    from siyu import kuaishou
    from siyu.live import reminders

    os.environ["KUAISHOU_MESSAGE_RATE"] = "80"
    fake.message_qps = 100
    reset_caches()
    reminders._limiter.cache_clear()
    data = {"thing01": {"value": "bench"}}
    with moto_stack(default_stack()):
        client, limiter = kuaishou.client(), reminders.limiter()
        client.access_token()
        calls_before = sum(1 for _, path in fake.calls if path.endswith("/message/template/send"))

        def send(i: int) -> None:
            limiter.acquire()
            client.send_subscribe_message(f"limit-{i}", "tpl", "pages/live/detail", data)

        started = time.perf_counter()
        with ThreadPoolExecutor(8) as pool:
            list(pool.map(send, range(RESERVERS)))
        seconds = time.perf_counter() - started
        calls = sum(1 for _, path in fake.calls if path.endswith("/message/template/send")) - calls_before
    return {"seconds": seconds, "refused": calls - RESERVERS}


def _coupon_and_opens() -> dict[str, int]:
    """DynamoDB calls: creating and moving a live with an exclusive code; a 100-event tracking
    batch launched from a reminder (once, and again), and one that was not."""
    from siyu import clock
    from siyu.coupons import templates
    from siyu.live import LivePatch, LiveSpec, create_live, update_live
    from siyu.live.models import SENT, ReminderDelivery
    from siyu.live.reminders import tracking_page
    from siyu.tracking import collector
    from siyu.tracking.record import epoch_ms

    os.environ["EVENTS_STREAM"] = default_stack().functions()["TrackingFunction"].environment["EVENTS_STREAM"]
    reset_caches()
    starts = clock.now() + timedelta(hours=2)
    figures: dict[str, int] = {}
    with moto_stack(default_stack()):
        template = templates.create(
            templates.TemplateIn.model_validate(
                {
                    "name": "直播专享",
                    "terms": {"kind": "threshold", "amount_off_fen": 600, "min_spend_fen": 2000},
                    "validity": {"kind": "relative", "days": 3},
                    "claim_ends_at": starts + timedelta(days=2),
                    "obtain": "code",
                }
            )
        )
        spec = LiveSpec.model_validate(
            {
                "title": "今晚八点 新品试饮",
                "cover_url": "https://cdn.example.com/live.png",
                "host_name": "店长",
                "starts_at": starts,
                "ends_at": starts + timedelta(hours=1),
                "live_room": "bench-room",
                "exclusive_coupon": {"template_id": template.template_id, "code": "BENCH888"},
            }
        )
        with bench.dynamodb_calls() as counted:
            live = create_live(spec, "bench", request_key="bench-create-0001")
        figures["create"] = len(counted)
        with bench.dynamodb_calls() as counted:
            update_live(
                live.live_id,
                LivePatch(starts_at=starts + timedelta(hours=1), ends_at=starts + timedelta(hours=2)),
            )
        figures["move"] = len(counted)

        member_id, key = "01HBENCHMEMBER000000000000", "v2-10m"
        now = clock.now_iso()
        ReminderDelivery(
            *ReminderDelivery.key(live.live_id, key, member_id),
            live_id=live.live_id,
            reminder_key=key,
            member_id=member_id,
            status=SENT,
            updated_at=now,
        ).save()
        query = dict(
            part.split("=", 1) for part in tracking_page(live.live_id, key).split("?", 1)[1].split("&")
        )
        sent_at = epoch_ms(clock.now())

        def batch(launch: dict[str, str]) -> bytes:
            events = [
                {
                    "id": f"e-{i:08d}",
                    "name": "page_view",
                    "ts": sent_at - 1000 + i,
                    "page": "pages/live/detail",
                    "session_id": "s-1",
                    "launch": {"scene": "1014", "query": launch},
                }
                for i in range(100)
            ]
            return json.dumps({"sent_at": sent_at, "events": events}).encode()

        actor = collector.Actor(member_id=member_id)
        for label, body in (
            ("reminder", batch(query)),
            ("again", batch(query)),
            ("other", batch({"video_id": "v1"})),
        ):
            with bench.dynamodb_calls() as counted:
                collector.collect(body, actor)
            figures[label] = len(counted)
    return figures


def run(table: bench.Table) -> None:
    from siyu_local.fake_kuaishou import FakeKuaishou

    stack = default_stack()
    fake = FakeKuaishou(
        app_id=stack.environment()["KUAISHOU_APP_ID"], app_secret=KUAISHOU_TEST_SECRET, port=0
    )
    fake.start()
    functions = stack.functions()
    env = {
        k: v
        for name in LIVE_FUNCTIONS
        for k, v in functions[name].environment.items()
        if k.startswith("LIVE_")
    }
    configure_environment(
        stack,
        {
            **env,
            "KUAISHOU_BASE_URL": fake.base_url,
            "POWERTOOLS_TRACE_DISABLED": "true",
            "POWERTOOLS_LOG_LEVEL": "WARNING",
            "POWERTOOLS_METRICS_DISABLED": "true",
        },
    )
    try:
        limited = _run_once(fake, limited=True)
        free = _run_once(fake, limited=False)
        limit_only = _limit_only(fake)
        coupon_and_opens = _coupon_and_opens()
    finally:
        fake.stop()
        os.environ.pop("KUAISHOU_MESSAGE_RATE", None)
        reset_caches()
    table.add(
        "live", f"reminders sent to {RESERVERS} reservers (exactly once each)", int(limited["sent"]), "1000"
    )
    table.add(
        "live", "sender time for 1,000 at the 80/s app limit (s)", limited["seconds"], ">= 12.5 by design"
    )
    table.add(
        "live", "effective send rate at the limit (messages/s)", limited["sent"] / limited["seconds"], "<= 80"
    )
    table.add("live", "platform refusals for rate (fake: 100 in any 1 s)", int(limited["refused"]), "0")
    table.add("live", "sender time for 1,000 with both limits lifted (s)", free["seconds"], "moto-bound")
    table.add("live", "sender invocations (5 messages x 50 members)", int(limited["invocations"]))
    table.add("live", "times the sender waited for the next 100 ms slot", int(limited["waits"]))
    table.add(
        "live", "1,000 sends through the limiter alone, no records (s)", limit_only["seconds"], ">= 12.5"
    )
    table.add("live", "platform refusals for rate, limiter alone", int(limit_only["refused"]), "0")
    table.add("live", "DynamoDB calls: create a live with its exclusive code", coupon_and_opens["create"])
    table.add("live", "DynamoDB calls: move it (the live, then its code's window)", coupon_and_opens["move"])
    table.add(
        "live", "DynamoDB calls: 100-event batch launched from a reminder", coupon_and_opens["reminder"], "1"
    )
    table.add("live", "DynamoDB calls: the same open sent again", coupon_and_opens["again"], "1")
    table.add("live", "DynamoDB calls: 100-event batch from elsewhere", coupon_and_opens["other"], "0")
