"""Reading a template the way SAM expands it, and creating its resources in moto."""

from __future__ import annotations

import json

from siyu_local import wiring
from siyu_local.template import LOCAL_ACCOUNT, Stack, default_stack


def test_intrinsics_resolve_locally(probe_stack: Stack):
    assert probe_stack.resolve({"Fn::Sub": "probe-${Stage}-${!Literal}-${AWS::Region}"}) == (
        "probe-e2e-${Literal}-cn-north-1"
    )
    assert probe_stack.ref("ProbeBus") == "probe-e2e"
    assert probe_stack.ref("ReportQueue") == f"http://localhost/{LOCAL_ACCOUNT}/siyu-local-ReportQueue"
    assert (
        probe_stack.get_att("WorkQueue", "Arn")
        == f"arn:aws-cn:sqs:cn-north-1:{LOCAL_ACCOUNT}:siyu-local-WorkQueue"
    )
    assert probe_stack.resolve({"Fn::If": ["IsProd", "a", "b"]}) == "b"
    assert probe_stack.resolve({"Fn::Join": ["-", ["a", {"Ref": "Stage"}]]}) == "a-e2e"
    assert probe_stack.resolve({"Fn::Select": [1, {"Fn::Split": [",", "x,y,z"]}]}) == "y"


def test_resources_with_a_false_condition_do_not_exist(probe_stack: Stack):
    assert "ProdOnlyQueue" not in probe_stack.resources
    prod = Stack(probe_stack.template, parameter_overrides={"Stage": "prod"}, base_dir=probe_stack.base_dir)
    assert "ProdOnlyQueue" in prod.resources


def test_functions_resolve_code_dir_environment_and_arn(probe_stack: Stack):
    probe = probe_stack.functions()["ProbeFunction"]
    assert probe.code_dir == probe_stack.base_dir / "functions" / "probe"
    assert probe.environment["REPORT_QUEUE_URL"].endswith("/siyu-local-ReportQueue")
    assert probe.environment["POWERTOOLS_SERVICE_NAME"] == "probe"
    assert probe.timeout == 5
    assert probe_stack.function_for_arn(probe.arn + ":live").logical_id == "ProbeFunction"
    assert probe_stack.function_for_arn(probe.name).logical_id == "ProbeFunction"
    assert probe_stack.function_for_arn("arn:aws-cn:lambda:cn-north-1:1:function:other") is None


def test_probe_wiring_reads_every_event_source(probe_stack: Stack):
    routes = {r.route_key for r in wiring.routes(probe_stack)}
    assert routes == {"ANY /probe/{id}", "ANY /files/{proxy+}", "GET /probe/exact"}
    (sqs,) = wiring.sqs_sources(probe_stack)
    assert (sqs.queue_name, sqs.batch_size, sqs.report_failures) == ("siyu-local-WorkQueue", 10, True)
    rules = {r.origin: r for r in wiring.rules(probe_stack)}
    assert rules["ProbeFunction.Bus"].bus == "probe-e2e"
    assert rules["ProbeFunction.Bus"].pattern == {"source": ["probe.tests"]}
    assert rules["ProbeFunction.Bus"].targets[0].function == "ProbeFunction"
    assert rules["ProbeFunction.Bus"].targets[0].input_path == "$.detail"
    assert rules["ProbeFunction.Hourly"].schedule == "rate(1 hour)"
    schedules = {s.name: s for s in wiring.schedules(probe_stack)}
    assert set(schedules) == {"ProbeFunctionDaily", "siyu-local-WeeklySchedule"}
    assert schedules["siyu-local-WeeklySchedule"].group == "probe-e2e"
    daily = schedules["ProbeFunctionDaily"]
    assert daily.group == "default"
    assert daily.arguments["ScheduleExpressionTimezone"] == "Asia/Shanghai"
    assert daily.arguments["Target"]["Arn"] == probe_stack.functions()["ProbeFunction"].arn
    assert wiring.cors(probe_stack)["AllowOrigins"] == ["https://console.example.com"]
    # --allow-origin (the demo's H5 build) adds origins locally; the template's stay
    extra = wiring.cors(probe_stack, extra_origins=("http://127.0.0.1:5173",))
    assert extra["AllowOrigins"] == ["https://console.example.com", "http://127.0.0.1:5173"]


def test_the_real_template_wires_the_outbox_stream_to_the_forwarder():
    stack = default_stack()
    streams = {s.function: s for s in wiring.stream_sources(stack)}
    # The outbox stream's two consumers: the bus forwarder and the CRM webhooks' fan-out.
    assert set(streams) == {"OutboxForwarderFunction", "CrmWebhookFanoutFunction"}
    for stream in streams.values():
        assert stream.table_name == stack.physical_name("OutboxTable")
        assert (stream.report_failures, stream.bisect_on_error, stream.max_retries) == (True, True, 50)
    assert {r.route_key for r in wiring.routes(stack)} >= {
        "GET /v1/health",
        "POST /v1/auth/login",
        "GET /v1/me",
    }


def test_create_all_makes_what_the_probe_template_declares(probe_aws, probe_stack: Stack):
    sqs = probe_aws("sqs")
    names = {url.rsplit("/", 1)[-1] for url in sqs.list_queues()["QueueUrls"]}
    assert {"siyu-local-ReportQueue", "siyu-local-WorkQueue", "siyu-local-WorkDeadLetterQueue"} <= names
    assert "siyu-local-ProdOnlyQueue" not in names
    redrive = sqs.get_queue_attributes(
        QueueUrl=probe_aws.queue_url("siyu-local-WorkQueue"), AttributeNames=["All"]
    )
    assert json.loads(redrive["Attributes"]["RedrivePolicy"])["maxReceiveCount"] in (2, "2")
    rules = probe_aws("events").list_rules(EventBusName="probe-e2e")["Rules"]
    patterns = sorted(json.loads(r["EventPattern"])["source"][0] for r in rules)
    assert patterns == ["probe.audit", "probe.crm", "probe.tests"]
    schedule = probe_aws("scheduler").get_schedule(Name="ProbeFunctionDaily")
    assert schedule["ScheduleExpression"] == "cron(0 9 * * ? *)"


def test_create_all_makes_tables_exactly_as_the_real_template_defines_them(aws):
    import boto3

    ddb = boto3.client("dynamodb", region_name="cn-north-1")
    stack = default_stack()
    outbox = ddb.describe_table(TableName=stack.physical_name("OutboxTable"))["Table"]
    assert outbox["StreamSpecification"] == {"StreamEnabled": True, "StreamViewType": "NEW_IMAGE"}
    for logical_id, table in stack.resources_of("AWS::DynamoDB::Table").items():
        made = ddb.describe_table(TableName=stack.physical_name(logical_id))["Table"]
        declared_indexes = [i["IndexName"] for i in table["Properties"].get("GlobalSecondaryIndexes", [])]
        assert sorted(i["IndexName"] for i in made.get("GlobalSecondaryIndexes", [])) == sorted(
            declared_indexes
        )
    members = ddb.describe_table(TableName=stack.physical_name("MembersTable"))["Table"]
    assert {i["IndexName"] for i in members["GlobalSecondaryIndexes"]} >= {"gsi1", "gsi2"}
    declared = {stack.physical_name(t) for t in stack.resources_of("AWS::DynamoDB::Table")}
    assert set(ddb.list_tables()["TableNames"]) == declared


def test_tables_in_moto_keep_the_templates_ttl(moto_dynamodb):
    """moto never deletes expired items, so its tables describe TTL as the template declares
    (DynamoDB Local's stay off: tests/runtime/test_ttl.py)."""
    import boto3

    ddb = boto3.client("dynamodb", region_name="cn-north-1")
    stack = default_stack()
    for logical_id, table in stack.resources_of("AWS::DynamoDB::Table").items():
        declared = table["Properties"].get("TimeToLiveSpecification")
        name = stack.physical_name(logical_id)
        described = ddb.describe_time_to_live(TableName=name)["TimeToLiveDescription"]
        expected = ("ENABLED", declared["AttributeName"]) if declared else ("DISABLED", None)
        assert (described["TimeToLiveStatus"], described.get("AttributeName")) == expected


def test_firehose_rules_and_scheduler_resources_are_created(probe_aws, probe_stack: Stack):
    firehose = probe_aws("firehose")
    firehose.put_record(DeliveryStreamName="siyu-local-RawEventsStream", Record={"Data": b'{"e": "view"}\n'})
    objects = probe_aws("s3").list_objects_v2(Bucket="probe-raw-events-e2e")["Contents"]
    assert [o["Key"].startswith("events/") for o in objects] == [True]

    probe_aws("events").put_events(
        Entries=[{"EventBusName": "probe-e2e", "Source": "probe.audit", "DetailType": "A", "Detail": "{}"}]
    )
    audit = probe_aws.queue_url(probe_stack.physical_name("AuditQueue"))
    (message,) = probe_aws("sqs").receive_message(QueueUrl=audit)["Messages"]
    assert json.loads(message["Body"])["source"] == "probe.audit"

    weekly = probe_aws("scheduler").get_schedule(GroupName="probe-e2e", Name="siyu-local-WeeklySchedule")
    assert weekly["Target"]["Arn"] == probe_stack.functions()["ProbeFunction"].arn
    assert weekly["Target"]["RoleArn"] == "arn:aws-cn:iam::123456789012:role/siyu-local-SchedulerRole"
