"""The probe stack (tests/e2e/fixtures/template.yaml) run by the local runtime: the API
Gateway v2 event and response mapping, route selection, CORS, a one-time schedule created at
run time through the Scheduler API, SQS partial batch failures, event-bus rules, and the
template's own schedules on a shifted clock. The probe reports each event to ReportQueue."""

from __future__ import annotations

import base64
import json
from datetime import UTC, datetime, timedelta
from typing import Any

import pytest

from tests.e2e.conftest import RunningRuntime, wait_for

pytestmark = pytest.mark.e2e


class Reports:
    """What the probe function received, read from ReportQueue (kept across polls)."""

    def __init__(self, runtime: RunningRuntime) -> None:
        self.sqs = runtime.aws("sqs")
        self.url = runtime.queue_url("ReportQueue")
        self.seen: list[dict[str, Any]] = []

    def poll(self) -> list[dict[str, Any]]:
        while True:
            page = self.sqs.receive_message(QueueUrl=self.url, MaxNumberOfMessages=10).get("Messages", [])
            if not page:
                return self.seen
            for message in page:
                self.seen.append(json.loads(message["Body"]))
                self.sqs.delete_message(QueueUrl=self.url, ReceiptHandle=message["ReceiptHandle"])

    def events(self, predicate: Any) -> list[Any]:
        return [r["event"] for r in self.poll() if r["kind"] == "event" and predicate(r["event"])]


@pytest.fixture(scope="module")
def reports(probe_runtime: RunningRuntime) -> Reports:
    return Reports(probe_runtime)


def probe_arn(runtime: RunningRuntime) -> str:
    return str(runtime.info["functions"]["ProbeFunction"]["arn"])


# ---------------------------------------------------------------------------------- HTTP
def test_request_becomes_an_http_api_v2_event_and_the_result_a_response(probe_runtime: RunningRuntime):
    response = probe_runtime.request(
        "POST",
        "/probe/tea%20time?size=L&topping=boba&topping=pudding",
        {"cup": "large"},
        headers={"Cookie": "a=1; b=2", "X-Custom": "yes", "User-Agent": "e2e"},
    )
    assert response.status == 200
    assert response.headers["x-probe"] == "1"
    assert response.cookies == ["probe=1; Path=/"]
    event = response.json()["event"]
    assert event["version"] == "2.0"
    assert event["routeKey"] == "ANY /probe/{id}"
    assert event["rawPath"] == "/probe/tea%20time"
    assert event["pathParameters"] == {"id": "tea time"}
    assert event["rawQueryString"] == "size=L&topping=boba&topping=pudding"
    assert event["queryStringParameters"] == {"size": "L", "topping": "boba,pudding"}
    assert event["cookies"] == ["a=1", "b=2"]
    assert event["headers"]["x-custom"] == "yes"
    assert "cookie" not in event["headers"]
    assert json.loads(event["body"]) == {"cup": "large"}
    assert event["isBase64Encoded"] is False
    context = event["requestContext"]
    assert context["http"] == {
        "method": "POST",
        "path": "/probe/tea%20time",
        "protocol": "HTTP/1.1",
        "sourceIp": "127.0.0.1",
        "userAgent": "e2e",
    }
    assert context["requestId"] == response.headers["apigw-requestid"]
    assert context["time"]
    assert context["timeEpoch"] > 0
    assert response.json()["function"] == probe_runtime.info["functions"]["ProbeFunction"]["name"]


def test_binary_bodies_are_base64_encoded(probe_runtime: RunningRuntime):
    payload = bytes(range(256))
    response = probe_runtime.request(
        "PUT", "/files/menu/2026/photo.png", raw=payload, headers={"Content-Type": "image/png"}
    )
    event = response.json()["event"]
    assert event["isBase64Encoded"] is True
    assert event["pathParameters"] == {"proxy": "menu/2026/photo.png"}
    assert base64.b64decode(event["body"]) == payload


def test_the_most_specific_route_wins(probe_runtime: RunningRuntime):
    assert probe_runtime.get("/probe/exact").json()["event"]["routeKey"] == "GET /probe/exact"
    assert probe_runtime.get("/probe/other").json()["event"]["routeKey"] == "ANY /probe/{id}"
    assert probe_runtime.get("/files").status == 404  # {proxy+} needs at least one segment


def test_a_failing_handler_is_api_gateways_500_and_status_codes_pass_through(probe_runtime: RunningRuntime):
    failed = probe_runtime.get("/probe/x?raise=1")
    assert (failed.status, failed.json()) == (500, {"message": "Internal Server Error"})
    assert probe_runtime.get("/probe/x?status=418").status == 418


def test_cors_allows_only_the_configured_origin(probe_runtime: RunningRuntime):
    allowed = probe_runtime.request(
        "OPTIONS",
        "/probe/x",
        headers={"Origin": "https://console.example.com", "Access-Control-Request-Method": "POST"},
    )
    assert allowed.status == 204
    assert allowed.headers["access-control-allow-origin"] == "https://console.example.com"
    assert allowed.headers["access-control-max-age"] == "300"
    other = probe_runtime.request(
        "OPTIONS",
        "/probe/x",
        headers={"Origin": "https://evil.example", "Access-Control-Request-Method": "POST"},
    )
    assert "access-control-allow-origin" not in other.headers
    simple = probe_runtime.get("/probe/x", headers={"Origin": "https://console.example.com"})
    assert simple.headers["access-control-allow-origin"] == "https://console.example.com"


def test_resources_whose_condition_is_false_are_not_created(probe_runtime: RunningRuntime):
    assert "ProdOnlyQueue" not in probe_runtime.info["queues"]
    assert "WorkQueue" in probe_runtime.info["queues"]


# ---------------------------------------------------------------------------------- schedules
def _soon(seconds: float) -> str:
    return (datetime.now(UTC) + timedelta(seconds=seconds)).strftime("at(%Y-%m-%dT%H:%M:%S)")


def test_a_one_time_schedule_created_at_run_time_fires_and_is_deleted(probe_runtime, reports):
    scheduler = probe_runtime.aws("scheduler")
    scheduler.create_schedule(
        Name="e2e-reminder",
        ScheduleExpression=_soon(1),
        FlexibleTimeWindow={"Mode": "OFF"},
        ActionAfterCompletion="DELETE",
        Target={
            "Arn": probe_arn(probe_runtime),
            "RoleArn": "arn:aws-cn:iam::123456789012:role/scheduler",
            "Input": json.dumps({"kind": "reminder", "at": "<aws.scheduler.scheduled-time>"}),
        },
    )
    (event,) = wait_for(
        lambda: reports.events(lambda e: e.get("kind") == "reminder"), "the one-time schedule"
    )
    assert event["at"].endswith("Z")

    def deleted() -> bool:
        names = [s["Name"] for s in scheduler.list_schedules()["Schedules"]]
        return "e2e-reminder" not in names

    wait_for(deleted, "the fired schedule deleted")


def test_a_failing_scheduled_delivery_is_retried_then_dead_lettered(probe_runtime, reports):
    scheduler = probe_runtime.aws("scheduler")
    target = {"Arn": probe_arn(probe_runtime), "RoleArn": "arn:aws-cn:iam::123456789012:role/scheduler"}
    scheduler.create_schedule(
        Name="e2e-retry",
        ScheduleExpression=_soon(0),
        FlexibleTimeWindow={"Mode": "OFF"},
        Target={
            **target,
            "Input": json.dumps(
                {"kind": "retry", "fail_until_attempt": 2, "attempt": "<aws.scheduler.attempt-number>"}
            ),
        },
    )
    dead_letters = probe_runtime.queue_url("ScheduleDeadLetterQueue")
    dlq_arn = (
        f"arn:aws-cn:sqs:cn-north-1:123456789012:{probe_runtime.info['queues']['ScheduleDeadLetterQueue']}"
    )
    scheduler.create_schedule(
        Name="e2e-dead-letter",
        ScheduleExpression=_soon(0),
        FlexibleTimeWindow={"Mode": "OFF"},
        Target={
            **target,
            "Input": json.dumps(
                {"kind": "doomed", "fail_until_attempt": 99, "attempt": "<aws.scheduler.attempt-number>"}
            ),
            "RetryPolicy": {"MaximumRetryAttempts": 1, "MaximumEventAgeInSeconds": 60},
            "DeadLetterConfig": {"Arn": dlq_arn},
        },
    )
    retried = wait_for(
        lambda: [e["attempt"] for e in reports.events(lambda e: e.get("kind") == "retry")][1:],
        "a retried delivery",
    )
    assert [e["attempt"] for e in reports.events(lambda e: e.get("kind") == "retry")] == ["1", "2"]
    assert retried == ["2"]

    sqs = probe_runtime.aws("sqs")
    (message,) = wait_for(
        lambda: sqs.receive_message(QueueUrl=dead_letters, MessageAttributeNames=["All"]).get("Messages"),
        "the failed message in the dead-letter queue",
    )
    assert json.loads(message["Body"])["kind"] == "doomed"
    assert message["MessageAttributes"]["RETRY_ATTEMPTS"]["StringValue"] == "1"
    assert "schedule/default/e2e-dead-letter" in message["MessageAttributes"]["SCHEDULE_ARN"]["StringValue"]
    assert [e["attempt"] for e in reports.events(lambda e: e.get("kind") == "doomed")] == ["1", "2"]


# ---------------------------------------------------------------------------------- SQS and rules
def test_sqs_partial_batch_failures_are_retried_and_redriven(probe_runtime, reports):
    sqs = probe_runtime.aws("sqs")
    work = probe_runtime.queue_url("WorkQueue")
    for body in ("order-ok-1", "order-fail-1", "order-ok-2"):
        sqs.send_message(QueueUrl=work, MessageBody=body)
    dead_letters = probe_runtime.queue_url("WorkDeadLetterQueue")
    (dead,) = wait_for(lambda: sqs.receive_message(QueueUrl=dead_letters).get("Messages"), "a dead letter")
    assert dead["Body"] == "order-fail-1"

    bodies = [r["body"] for rep in reports.poll() if rep["kind"] == "sqs" for r in rep["event"]["Records"]]
    assert bodies.count("order-ok-1") == 1
    assert bodies.count("order-ok-2") == 1
    assert bodies.count("order-fail-1") == 2  # maxReceiveCount 2, then the dead-letter queue
    record = next(r for rep in reports.seen if rep["kind"] == "sqs" for r in rep["event"]["Records"])
    assert record["eventSource"] == "aws:sqs"
    assert record["eventSourceARN"].endswith(":" + probe_runtime.info["queues"]["WorkQueue"])
    assert {"ApproximateReceiveCount", "SentTimestamp"} <= set(record["attributes"])
    assert {"messageId", "receiptHandle", "md5OfBody", "awsRegion", "messageAttributes"} <= set(record)


def test_an_event_bus_rule_delivers_to_its_function_with_the_input_path(probe_runtime, reports):
    events = probe_runtime.aws("events")
    events.put_events(
        Entries=[
            {
                "EventBusName": probe_runtime.info["event_buses"]["ProbeBus"],
                "Source": "probe.tests",
                "DetailType": "Tested",
                "Detail": json.dumps({"kind": "from-bus", "n": 7}),
            },
            {
                "EventBusName": probe_runtime.info["event_buses"]["ProbeBus"],
                "Source": "someone.else",
                "DetailType": "Ignored",
                "Detail": json.dumps({"kind": "not-for-the-probe"}),
            },
        ]
    )
    (event,) = wait_for(
        lambda: reports.events(lambda e: e.get("kind") == "from-bus"), "the bus rule delivery"
    )
    assert event == {"kind": "from-bus", "n": 7}
    assert not reports.events(lambda e: e.get("kind") == "not-for-the-probe")


def test_template_schedules_fire_on_the_runtimes_clock(probe_runtime, reports):
    listed = probe_runtime.get("/_local/schedules").json()
    assert any(s["name"] == "ProbeFunctionDaily" for s in listed["scheduler"])
    assert any(r["expression"] == "rate(1 hour)" for r in listed["rules"])
    try:
        probe_runtime.post("/_local/clock", {"advance_seconds": 86400 + 3600})
        (hourly, *_) = wait_for(
            lambda: reports.events(lambda e: e.get("kind") == "hourly-rule"), "the hourly rule"
        )
        assert hourly == {"kind": "hourly-rule"}
        (daily,) = wait_for(
            lambda: reports.events(lambda e: e.get("kind") == "daily-schedule"), "the daily schedule"
        )
        fired_at = datetime.fromisoformat(daily["at"].replace("Z", "+00:00"))
        assert fired_at.hour == 1
        assert fired_at.minute == 0
    finally:
        probe_runtime.post("/_local/clock", {"reset": True})


def test_docs_list_the_templates_routes_when_the_code_has_no_openapi(probe_runtime: RunningRuntime):
    doc = probe_runtime.get("/openapi.json").json()
    assert set(doc["paths"]) == {"/probe/{id}", "/files/{proxy+}", "/probe/exact"}
    assert probe_runtime.get("/docs").status == 200
