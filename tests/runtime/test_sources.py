"""Queues, streams and event-bus rules polled like Lambda polls them, against in-process
moto; the functions are recorders, and tick() does one polling round."""

from __future__ import annotations

import json
from datetime import UTC, datetime

import boto3
import pytest
from outbox_forwarder import handler as forwarder

from siyu.events import DomainEvent, emit
from siyu_local import wiring
from siyu_local.lambdas import Functions, LocalFunction
from siyu_local.sources import RuleQueues, SqsPoller, StreamCheckpoints, StreamPoller
from siyu_local.targets import Clients, Deliveries, Targets
from siyu_local.template import default_stack
from siyu_local.wiring import SqsSource, StreamSource
from tests.runtime.conftest import Recorder, functions_for

NOW = datetime(2026, 11, 24, 2, 0, tzinfo=UTC)


def counts(clients: Clients, queue: str) -> tuple[int, int]:
    attributes = clients("sqs").get_queue_attributes(
        QueueUrl=clients.queue_url(queue), AttributeNames=["All"]
    )
    a = attributes["Attributes"]
    return int(a["ApproximateNumberOfMessages"]), int(a["ApproximateNumberOfMessagesNotVisible"])


def send(clients: Clients, queue: str, *bodies: str) -> None:
    for body in bodies:
        clients("sqs").send_message(QueueUrl=clients.queue_url(queue), MessageBody=body)


# ---------------------------------------------------------------------------------- SQS
@pytest.fixture
def work(probe_aws, probe_stack):
    def make(answer=None, **overrides) -> tuple[SqsPoller, Recorder]:
        probe = Recorder(answer)
        (source,) = wiring.sqs_sources(probe_stack)
        for key, value in overrides.items():
            setattr(source, key, value)
        return SqsPoller(
            probe_stack, source, functions_for(probe_stack, ProbeFunction=probe), probe_aws
        ), probe

    return make


def fail_bodies_containing(word: str):
    def answer(event):
        failed = [r["messageId"] for r in event["Records"] if word in r["body"]]
        return {"batchItemFailures": [{"itemIdentifier": m} for m in failed]}

    return answer


def test_partial_batch_failures_delete_only_the_successes(work, probe_aws, probe_stack):
    poller, probe = work(fail_bodies_containing("fail"))
    queue = probe_stack.physical_name("WorkQueue")
    send(probe_aws, queue, "ok-1", "fail-1", "ok-2")
    assert poller.tick() is True
    (event,) = probe.events
    assert sorted(r["body"] for r in event["Records"]) == ["fail-1", "ok-1", "ok-2"]
    record = event["Records"][0]
    assert record["eventSource"] == "aws:sqs"
    assert record["eventSourceARN"] == f"arn:aws-cn:sqs:cn-north-1:123456789012:{queue}"
    assert record["awsRegion"] == "cn-north-1"
    assert record["attributes"]["ApproximateReceiveCount"] == "1"
    assert counts(probe_aws, queue) == (0, 1)  # only fail-1 is left, invisible until it is retried
    assert poller.tick() is False


def test_a_function_error_deletes_nothing(work, probe_aws, probe_stack):
    def boom(event):
        raise RuntimeError("down")

    poller, _ = work(boom)
    queue = probe_stack.physical_name("WorkQueue")
    send(probe_aws, queue, "a", "b")
    poller.tick()
    assert counts(probe_aws, queue) == (0, 2)


def test_an_unknown_item_identifier_fails_the_whole_batch(work, probe_aws, probe_stack):
    poller, _ = work(lambda event: {"batchItemFailures": [{"itemIdentifier": "not-in-this-batch"}]})
    queue = probe_stack.physical_name("WorkQueue")
    send(probe_aws, queue, "a", "b")
    poller.tick()
    assert counts(probe_aws, queue) == (0, 2)


def test_without_report_batch_item_failures_a_returned_list_is_ignored(work, probe_aws, probe_stack):
    poller, _ = work(fail_bodies_containing("a"), report_failures=False)
    queue = probe_stack.physical_name("WorkQueue")
    send(probe_aws, queue, "a", "b")
    poller.tick()
    assert counts(probe_aws, queue) == (0, 0)


def test_batches_follow_batch_size_beyond_ten(work, probe_aws, probe_stack):
    poller, probe = work(batch_size=15)
    queue = probe_stack.physical_name("WorkQueue")
    send(probe_aws, queue, *[f"m{i}" for i in range(20)])
    poller.tick()
    poller.tick()
    assert [len(e["Records"]) for e in probe.events] == [15, 5]


def test_filter_criteria_drop_what_does_not_match(work, probe_aws, probe_stack):
    poller, probe = work(filters=[{"body": {"type": ["order"]}}])
    queue = probe_stack.physical_name("WorkQueue")
    send(probe_aws, queue, json.dumps({"type": "order"}), json.dumps({"type": "noise"}), "not json")
    poller.tick()
    (event,) = probe.events
    assert [json.loads(r["body"]) for r in event["Records"]] == [{"type": "order"}]
    assert counts(probe_aws, queue) == (0, 0)


# ---------------------------------------------------------------------------------- streams
@pytest.fixture
def outbox(aws):
    stack = default_stack()
    clients = Clients(stack.region)

    def make(answer=None, handler=None, **overrides) -> tuple[StreamPoller, Recorder]:
        probe = Recorder(answer)
        start_at_latest = overrides.pop("start_at_latest", False)
        checkpoints = overrides.pop("checkpoints", None)
        (source,) = [s for s in wiring.stream_sources(stack) if s.function == "OutboxForwarderFunction"]
        source.batching_window = 0
        for key, value in overrides.items():
            setattr(source, key, value)
        fn = stack.functions()["OutboxForwarderFunction"]
        functions = Functions(
            {fn.logical_id: LocalFunction(fn.logical_id, fn.name, fn.arn, handler or probe, 5)}
        )
        poller = StreamPoller(
            stack,
            source,
            functions,
            clients,
            start_at_latest=start_at_latest,
            retry_base=0,
            checkpoints=checkpoints,
        )
        return poller, probe

    return make


def events(*names: str) -> None:
    for name in names:
        emit(DomainEvent(type=name, member_id="M1", data={"n": name}))


def test_stream_records_arrive_in_order_in_the_lambda_shape(outbox):
    poller, probe = outbox()
    events("A", "B", "C")
    assert poller.tick() is True
    (event,) = probe.events
    assert [r["dynamodb"]["NewImage"]["type"]["S"] for r in event["Records"]] == ["A", "B", "C"]
    record = event["Records"][0]
    assert record["eventName"] == "INSERT"
    assert record["eventSource"] == "aws:dynamodb"
    assert record["eventVersion"] == "1.1"
    assert record["awsRegion"] == "cn-north-1"
    assert isinstance(record["dynamodb"]["ApproximateCreationDateTime"], int)
    assert record["dynamodb"]["StreamViewType"] == "NEW_IMAGE"
    assert record["eventSourceARN"] == poller.stream_arn
    assert poller.tick() is False


def test_a_reported_failure_is_retried_from_that_record(outbox):
    calls = []

    def answer(event):
        calls.append([r["dynamodb"]["NewImage"]["type"]["S"] for r in event["Records"]])
        if len(calls) == 1:
            return {
                "batchItemFailures": [{"itemIdentifier": event["Records"][1]["dynamodb"]["SequenceNumber"]}]
            }
        return {"batchItemFailures": []}

    poller, _ = outbox(answer)
    events("A", "B", "C")
    poller.tick()
    poller.tick()
    assert calls == [["A", "B", "C"], ["B", "C"]]
    assert poller.delivered == 3


def test_errors_bisect_the_batch_and_are_dropped_after_the_retry_limit(outbox):
    sizes = []

    def answer(event):
        sizes.append(len(event["Records"]))
        if any(r["dynamodb"]["NewImage"]["type"]["S"] == "poison" for r in event["Records"]):
            raise RuntimeError("cannot forward")
        return {}

    poller, _ = outbox(answer, max_retries=2)
    events("poison", "B", "C", "D")
    for _ in range(4):
        poller.tick()
    assert sizes[:3] == [4, 2, 1]  # halved after each error
    assert sizes[3:] == [3]  # poison dropped after 2 retries; the rest goes through


def test_starting_at_latest_skips_existing_records(outbox):
    """A restarted source with no checkpoint (a data folder from before them) skips old records."""
    events("old")
    poller, probe = outbox(start_at_latest=True)
    events("new")
    poller.tick()
    assert [r["dynamodb"]["NewImage"]["type"]["S"] for e in probe.events for r in e["Records"]] == ["new"]


def test_the_real_forwarder_puts_stream_records_on_the_bus(outbox):
    stack = default_stack()
    sqs = boto3.client("sqs", region_name=stack.region)
    bus_events = boto3.client("events", region_name=stack.region)
    queue = sqs.create_queue(QueueName="forwarded")["QueueUrl"]
    arn = sqs.get_queue_attributes(QueueUrl=queue, AttributeNames=["QueueArn"])["Attributes"]["QueueArn"]
    bus = stack.physical_name("EventBus")
    bus_events.put_rule(Name="all", EventBusName=bus, EventPattern=json.dumps({"source": ["siyu"]}))
    bus_events.put_targets(Rule="all", EventBusName=bus, Targets=[{"Id": "q", "Arn": arn}])
    poller, _ = outbox(handler=forwarder)
    events("MemberRegistered")
    poller.tick()
    (message,) = sqs.receive_message(QueueUrl=queue)["Messages"]
    body = json.loads(message["Body"])
    assert body["detail-type"] == "MemberRegistered"
    assert body["detail"]["data"] == {"n": "MemberRegistered"}


# ---------------------------------------------------------------------------------- rules
def test_pattern_rules_reach_their_function_through_a_hidden_queue(probe_aws, probe_stack):
    probe = Recorder()
    functions = functions_for(probe_stack, ProbeFunction=probe)
    deliveries = Deliveries(Targets(probe_stack, functions, probe_aws))
    bridge = RuleQueues(probe_stack, wiring.rules(probe_stack), probe_aws, deliveries, lambda: NOW)
    probe_aws("events").put_events(
        Entries=[
            {"EventBusName": "probe-e2e", "Source": "probe.tests", "DetailType": "T", "Detail": '{"n": 1}'},
            {"EventBusName": "probe-e2e", "Source": "other", "DetailType": "T", "Detail": '{"n": 2}'},
        ]
    )
    assert bridge.tick() is True
    deliveries.run_due(NOW)
    assert probe.events == [{"n": 1}]  # InputPath $.detail


def test_a_sqs_source_for_a_queue_that_does_not_exist_fails_loudly(probe_aws, probe_stack):
    source = SqsSource(function="ProbeFunction", origin="x", queue_name="missing-queue")
    with pytest.raises(Exception, match=r"NonExistentQueue|does not exist"):
        SqsPoller(probe_stack, source, functions_for(probe_stack), probe_aws)


def test_a_stream_source_needs_a_table_with_a_stream(aws):
    stack = default_stack()
    source = StreamSource(
        function="OutboxForwarderFunction", origin="x", table_name=stack.physical_name("AppTable")
    )
    with pytest.raises(ValueError, match="has no stream"):
        StreamPoller(stack, source, Functions({}), Clients(stack.region))


def test_api_destination_targets_are_called_with_the_connection_auth(probe_aws, probe_stack):
    import threading
    from http.server import BaseHTTPRequestHandler, HTTPServer

    received = []

    class Hook(BaseHTTPRequestHandler):
        def do_POST(self):
            body = self.rfile.read(int(self.headers["Content-Length"]))
            received.append(
                (self.path, self.headers["X-Api-Key"], self.headers["X-Source"], json.loads(body))
            )
            self.send_response(200)
            self.send_header("Content-Length", "0")
            self.end_headers()

        def log_message(self, *args):
            pass

    server = HTTPServer(("127.0.0.1", 0), Hook)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    try:
        url = f"http://127.0.0.1:{server.server_address[1]}/hook"
        stack = type(probe_stack)(
            probe_stack.template, base_dir=probe_stack.base_dir, parameter_overrides={"HookUrl": url}
        )
        deliveries = Deliveries(Targets(stack, functions_for(stack), probe_aws))
        bridge = RuleQueues(stack, wiring.rules(stack), probe_aws, deliveries, lambda: NOW)
        probe_aws("events").put_events(
            Entries=[
                {
                    "EventBusName": "probe-e2e",
                    "Source": "probe.crm",
                    "DetailType": "OrderPaid",
                    "Detail": "{}",
                }
            ]
        )
        bridge.tick()
        deliveries.run_due(NOW)
    finally:
        server.shutdown()
    ((path, key, source, event),) = received
    assert (path, key, source) == ("/hook", "hook-secret", "siyu")
    assert event["detail-type"] == "OrderPaid"
    assert event["account"] == "123456789012"


def test_a_restarted_source_resumes_after_its_checkpoint(outbox):
    """A runtime killed after records were written but before they were delivered delivers
    them after the restart — each once: the source resumes after what it had finished."""
    kept: dict[str, dict[str, str]] = {}
    checkpoints = StreamCheckpoints(
        on_change=lambda positions: kept.update(json.loads(json.dumps(positions)))
    )
    first, before = outbox(checkpoints=checkpoints)
    events("A", "B")
    first.tick()
    events("C", "D")  # committed, then the runtime dies before its next poll

    restarted, after = outbox(start_at_latest=True, checkpoints=StreamCheckpoints(kept))
    events("E")
    restarted.tick()
    names = [
        [r["dynamodb"]["NewImage"]["type"]["S"] for r in e["Records"]]
        for e in (*before.events, *after.events)
    ]
    assert names == [["A", "B"], ["C", "D", "E"]]
