"""Schedules fired on the runtime's clock: one-time schedules created at run time through
the Scheduler API, the template's ScheduleV2 and Schedule events, retries and dead letters.
The clock is passed to tick(), so nothing here waits."""

from __future__ import annotations

import json
from datetime import UTC, datetime, timedelta

import pytest

from siyu_local import wiring
from siyu_local.scheduler import RuleSchedules, SchedulerPoller
from siyu_local.targets import Deliveries, Delivery, Targets
from tests.runtime.conftest import Recorder, functions_for

T0 = datetime(2026, 11, 24, 2, 0, tzinfo=UTC)
ROLE = "arn:aws-cn:iam::123456789012:role/scheduler"


class Failing(Recorder):
    def __init__(self, failures: int) -> None:
        super().__init__()
        self.failures = failures

    def __call__(self, event, context):
        super().__call__(event, context)
        if len(self.events) <= self.failures:
            raise RuntimeError(f"failure {len(self.events)}")
        return {"ok": True}


@pytest.fixture
def setup(probe_aws, probe_stack):
    def make(probe: Recorder | None = None) -> tuple[SchedulerPoller, Recorder, Deliveries]:
        probe = probe or Recorder()
        functions = functions_for(probe_stack, ProbeFunction=probe)
        deliveries = Deliveries(Targets(probe_stack, functions, probe_aws), retry_base=1.0)
        return SchedulerPoller(probe_aws("scheduler"), deliveries), probe, deliveries

    return make


def tick(poller: SchedulerPoller, deliveries: Deliveries, at: datetime) -> None:
    poller.tick(at)
    deliveries.run_due(at)


def create(probe_aws, probe_stack, name: str, expression: str, **extra) -> None:
    target = {
        "Arn": probe_stack.functions()["ProbeFunction"].arn,
        "RoleArn": ROLE,
        **extra.pop("target", {}),
    }
    probe_aws("scheduler").create_schedule(
        Name=name, ScheduleExpression=expression, FlexibleTimeWindow={"Mode": "OFF"}, Target=target, **extra
    )


def names(probe_aws) -> set[str]:
    return {s["Name"] for s in probe_aws("scheduler").list_schedules()["Schedules"]}


def test_a_one_time_schedule_fires_once_when_due_with_context_attributes(setup, probe_aws, probe_stack):
    poller, probe, deliveries = setup()
    create(
        probe_aws,
        probe_stack,
        "reminder",
        "at(2026-11-24T10:30:00)",
        ScheduleExpressionTimezone="Asia/Shanghai",
        ActionAfterCompletion="DELETE",
        target={
            "Input": json.dumps(
                {"at": "<aws.scheduler.scheduled-time>", "n": "<aws.scheduler.attempt-number>"}
            )
        },
    )
    tick(poller, deliveries, T0 + timedelta(minutes=29))
    assert probe.events == []
    tick(poller, deliveries, T0 + timedelta(minutes=30))
    assert probe.events == [{"at": "2026-11-24T02:30:00Z", "n": "1"}]
    assert "reminder" not in names(probe_aws)  # ActionAfterCompletion DELETE
    tick(poller, deliveries, T0 + timedelta(hours=2))
    assert len(probe.events) == 1


def test_a_one_time_schedule_that_is_kept_does_not_fire_again(setup, probe_aws, probe_stack):
    poller, probe, deliveries = setup()
    create(probe_aws, probe_stack, "kept", "at(2026-11-24T02:00:00)", target={"Input": "{}"})
    tick(poller, deliveries, T0)
    tick(poller, deliveries, T0 + timedelta(minutes=5))
    assert probe.events == [{}]
    assert "kept" in names(probe_aws)
    assert ("default", "kept") in poller.completed


def test_updating_a_schedule_makes_it_fire_at_its_new_time(setup, probe_aws, probe_stack):
    poller, probe, deliveries = setup()
    create(probe_aws, probe_stack, "moved", "at(2026-11-24T03:00:00)")
    tick(poller, deliveries, T0)
    probe_aws("scheduler").update_schedule(
        Name="moved",
        ScheduleExpression="at(2026-11-24T02:10:00)",
        FlexibleTimeWindow={"Mode": "OFF"},
        Target={"Arn": probe_stack.functions()["ProbeFunction"].arn, "RoleArn": ROLE, "Input": '{"v": 2}'},
    )
    tick(poller, deliveries, T0 + timedelta(minutes=10))
    assert probe.events == [{"v": 2}]


def test_a_deleted_schedule_never_fires(setup, probe_aws, probe_stack):
    poller, probe, deliveries = setup()
    create(probe_aws, probe_stack, "cancelled", "at(2026-11-24T02:10:00)")
    tick(poller, deliveries, T0)
    probe_aws("scheduler").delete_schedule(Name="cancelled")
    tick(poller, deliveries, T0 + timedelta(hours=1))
    assert probe.events == []


def test_failures_are_retried_with_growing_pauses_then_succeed(setup, probe_aws, probe_stack):
    poller, probe, deliveries = setup(Failing(failures=2))
    create(
        probe_aws,
        probe_stack,
        "flaky",
        "at(2026-11-24T02:00:00)",
        target={"Input": '{"n": "<aws.scheduler.attempt-number>"}'},
    )
    tick(poller, deliveries, T0)
    tick(poller, deliveries, T0 + timedelta(seconds=0.5))  # first pause is 1 s
    assert [e["n"] for e in probe.events] == ["1"]
    tick(poller, deliveries, T0 + timedelta(seconds=1))
    tick(poller, deliveries, T0 + timedelta(seconds=2.5))  # second pause is 2 s
    assert [e["n"] for e in probe.events] == ["1", "2"]
    tick(poller, deliveries, T0 + timedelta(seconds=3))
    assert [e["n"] for e in probe.events] == ["1", "2", "3"]
    assert len(deliveries) == 0


def test_exhausted_retries_go_to_the_dead_letter_queue(setup, probe_aws, probe_stack):
    poller, probe, deliveries = setup(Failing(failures=99))
    dlq = f"arn:aws-cn:sqs:cn-north-1:123456789012:{probe_stack.physical_name('ScheduleDeadLetterQueue')}"
    create(
        probe_aws,
        probe_stack,
        "doomed",
        "at(2026-11-24T02:00:00)",
        target={
            "Input": '{"order": "O1"}',
            "RetryPolicy": {"MaximumRetryAttempts": 2, "MaximumEventAgeInSeconds": 3600},
            "DeadLetterConfig": {"Arn": dlq},
        },
    )
    for seconds in (0, 1, 3, 10):
        tick(poller, deliveries, T0 + timedelta(seconds=seconds))
    assert len(probe.events) == 3
    url = probe_aws.queue_url(probe_stack.physical_name("ScheduleDeadLetterQueue"))
    (message,) = probe_aws("sqs").receive_message(QueueUrl=url, MessageAttributeNames=["All"])["Messages"]
    assert json.loads(message["Body"]) == {"order": "O1"}
    attributes = {k: v["StringValue"] for k, v in message["MessageAttributes"].items()}
    assert attributes["RETRY_ATTEMPTS"] == "2"
    assert attributes["ERROR_CODE"] == "RuntimeError"
    assert attributes["SCHEDULE_ARN"].endswith("schedule/default/doomed")


def test_the_event_age_limit_stops_retries(setup, probe_aws, probe_stack):
    poller, probe, deliveries = setup(Failing(failures=99))
    create(
        probe_aws,
        probe_stack,
        "old",
        "at(2026-11-24T02:00:00)",
        target={"RetryPolicy": {"MaximumRetryAttempts": 100, "MaximumEventAgeInSeconds": 60}},
    )
    for seconds in (0, 1, 3, 7, 15, 31, 63, 127, 255):
        tick(poller, deliveries, T0 + timedelta(seconds=seconds))
    assert len(probe.events) == 7  # after pauses of 1+2+4+…+32 s the event is 63 s old: no more retries
    assert len(deliveries) == 0


def test_the_templates_cron_schedule_fires_in_its_time_zone_and_a_clock_jump_fires_once(setup):
    poller, probe, deliveries = setup()
    tick(poller, deliveries, T0)  # 10:00 Shanghai: the daily 09:00 is tomorrow
    assert poller.describe()[0]["next_fire"] == "2026-11-25T01:00:00Z"
    tick(poller, deliveries, T0 + timedelta(days=3))  # three 09:00s skipped over: one fire
    assert probe.events == [{"kind": "daily-schedule", "at": "2026-11-25T01:00:00Z"}]
    assert poller.describe()[0]["next_fire"] == "2026-11-28T01:00:00Z"


def test_rate_schedules_and_disabled_schedules(setup, probe_aws, probe_stack):
    poller, probe, deliveries = setup()
    create(probe_aws, probe_stack, "every-10", "rate(10 minutes)", target={"Input": '{"r": 1}'})
    create(probe_aws, probe_stack, "off", "rate(1 minute)", State="DISABLED", target={"Input": '{"r": 2}'})
    for minutes in range(0, 31):
        tick(poller, deliveries, T0 + timedelta(minutes=minutes))
    assert [e for e in probe.events if e.get("r")] == [{"r": 1}, {"r": 1}, {"r": 1}]


def test_invalid_expressions_never_fire(setup, probe_aws, probe_stack, caplog):
    poller, probe, deliveries = setup()
    create(probe_aws, probe_stack, "broken", "rate(1 minutes)")
    tick(poller, deliveries, T0)
    tick(poller, deliveries, T0 + timedelta(hours=1))
    assert probe.events == []
    assert "broken is invalid" in caplog.text


def test_schedules_can_target_a_queue(setup, probe_aws, probe_stack):
    poller, _, deliveries = setup()
    report_arn = f"arn:aws-cn:sqs:cn-north-1:123456789012:{probe_stack.physical_name('ReportQueue')}"
    create(
        probe_aws,
        probe_stack,
        "to-queue",
        "at(2026-11-24T02:00:00)",
        target={"Arn": report_arn, "Input": "hello"},
    )
    tick(poller, deliveries, T0)
    url = probe_aws.queue_url(probe_stack.physical_name("ReportQueue"))
    assert [m["Body"] for m in probe_aws("sqs").receive_message(QueueUrl=url)["Messages"]] == ["hello"]


def test_schedule_rules_send_the_scheduled_event_shape(probe_aws, probe_stack):
    probe = Recorder()
    functions = functions_for(probe_stack, ProbeFunction=probe)
    deliveries = Deliveries(Targets(probe_stack, functions, probe_aws))
    rules = RuleSchedules(probe_stack, wiring.rules(probe_stack), deliveries)
    rules.tick(T0)
    deliveries.run_due(T0)
    assert probe.events == []
    for at in (T0 + timedelta(minutes=59), T0 + timedelta(hours=1), T0 + timedelta(hours=1, minutes=1)):
        rules.tick(at)
        deliveries.run_due(at)
    assert probe.events == [{"kind": "hourly-rule"}]  # the event's Input replaces the event


def test_scheduled_event_shape_without_input(probe_aws, probe_stack):
    probe = Recorder()
    functions = functions_for(probe_stack, ProbeFunction=probe)
    deliveries = Deliveries(Targets(probe_stack, functions, probe_aws))
    (rule,) = [r for r in wiring.rules(probe_stack) if r.schedule]
    rule.targets[0].input = None
    rules = RuleSchedules(probe_stack, [rule], deliveries)
    rules.tick(T0)
    rules.tick(T0 + timedelta(hours=1))
    deliveries.run_due(T0 + timedelta(hours=1))
    (event,) = probe.events
    assert event["detail-type"] == "Scheduled Event"
    assert event["source"] == "aws.events"
    assert event["time"] == "2026-11-24T03:00:00Z"
    assert event["resources"] == [f"arn:aws-cn:events:cn-north-1:123456789012:rule/{rule.name}"]
    assert event["detail"] == {}
    assert {"id", "version", "account", "region"} <= set(event)


def test_deliveries_run_beside_each_other_one_at_a_time_per_target(probe_aws, probe_stack):
    """The runtime's deliveries (workers > 0): a slow function does not hold up another
    function's schedule, and one target takes them one at a time (in-process functions have
    one container)."""
    import threading
    import time

    from siyu_local.lambdas import Functions, LocalFunction

    release = threading.Event()
    running: list[str] = []
    peak = {"slow": 0}
    lock = threading.Lock()

    def slow(event, context):
        with lock:
            running.append("slow")
            peak["slow"] = max(peak["slow"], running.count("slow"))
        release.wait(10)
        with lock:
            running.remove("slow")
        return {"ok": True}

    fast = Recorder()
    arn = "arn:aws-cn:lambda:cn-north-1:123456789012:function:{}"
    functions = Functions(
        {
            "Slow": LocalFunction("Slow", "slow", arn.format("slow"), slow, timeout=15),
            "Fast": LocalFunction("Fast", "fast", arn.format("fast"), fast, timeout=15),
        }
    )
    deliveries = Deliveries(Targets(probe_stack, functions, probe_aws), workers=4)

    def delivery(name: str) -> Delivery:
        return Delivery(
            label=f"schedule default/{name}",
            target_arn=arn.format(name),
            render=lambda _attempt: json.dumps({"to": name}),
            scheduled=T0,
            max_retries=0,
            max_age=timedelta(hours=1),
        )

    try:
        for name in ("slow", "slow", "fast"):
            deliveries.add(delivery(name), T0)
        assert deliveries.run_due(T0) == 2  # one slow (its only container) and the fast one
        deadline = time.monotonic() + 5
        while len(deliveries) > 2 and time.monotonic() < deadline:  # the fast one ends
            time.sleep(0.02)
        assert fast.events == [{"to": "fast"}]  # while the slow one still runs
        assert running == ["slow"]
        assert len(deliveries) == 2  # one slow running, one waiting
        assert deliveries.run_due(T0) == 0  # the second slow one waits for the first
        release.set()
        deadline = time.monotonic() + 5
        while len(deliveries) and time.monotonic() < deadline:
            deliveries.run_due(T0)
            time.sleep(0.02)
        assert len(deliveries) == 0
        assert peak["slow"] == 1
    finally:
        release.set()
        deliveries.shutdown()
