"""Creates what template.yaml declares in moto, exactly as the template defines it: tables,
secrets and parameters, queues, buses, buckets, Firehose streams, EventBridge rules (with the
targets moto delivers itself) and EventBridge Scheduler groups and schedules."""

from __future__ import annotations

import json
import secrets
from functools import cache
from typing import Any

import boto3

from siyu_local import wiring
from siyu_local.template import Stack


@cache
def _session_for(region: str) -> boto3.session.Session:
    # One session: each new one re-reads botocore's endpoint and model files (~0.1 s apiece).
    return boto3.session.Session(region_name=region)


def _session(stack: Stack) -> boto3.session.Session:
    return _session_for(stack.region)


def table_spec(stack: Stack, logical_id: str) -> dict[str, Any]:
    """CreateTable arguments from an AWS::DynamoDB::Table resource."""
    props = stack.resolve(stack.resources[logical_id]["Properties"])
    spec: dict[str, Any] = {
        "TableName": stack.physical_name(logical_id),
        "AttributeDefinitions": props["AttributeDefinitions"],
        "KeySchema": props["KeySchema"],
        "BillingMode": props.get("BillingMode", "PROVISIONED"),
    }
    if spec["BillingMode"] == "PROVISIONED":
        spec["ProvisionedThroughput"] = props["ProvisionedThroughput"]
    for key in ("GlobalSecondaryIndexes", "LocalSecondaryIndexes"):
        if key in props:
            spec[key] = props[key]
    if "StreamSpecification" in props:
        spec["StreamSpecification"] = {"StreamEnabled": True, **props["StreamSpecification"]}
    return spec


def create_tables(stack: Stack, *, wall_clock_ttl: bool = True) -> dict[str, str]:
    """Create every table that is not there yet (DynamoDB Local's -dbPath keeps them between
    runs); returns logical id → table name.

    `wall_clock_ttl=False` is for DynamoDB Local: its own TTL deletes expired items within
    seconds, by the machine's clock, while the clock Siyu writes `ttl` by (`siyu.clock`) may be
    frozen or set days back by tests and `/_local/clock` — an outbox event staged "a week ago"
    would vanish under the test that staged it. There the tables keep TTL off (also those an
    earlier run made with it on) and the runtime's `ttl.TtlSweeper` expires items on
    `siyu.clock` instead. moto never deletes, so it keeps the template's setting."""
    ddb = _session(stack).client("dynamodb")
    existing = set(ddb.list_tables().get("TableNames", []))
    names = {}
    for logical_id, res in stack.resources_of("AWS::DynamoDB::Table").items():
        spec = table_spec(stack, logical_id)
        name = names[logical_id] = spec["TableName"]
        ttl = stack.resolve(res["Properties"].get("TimeToLiveSpecification"))
        if name not in existing:
            ddb.create_table(**spec)
            if ttl and ttl.get("Enabled") and wall_clock_ttl:
                ddb.update_time_to_live(
                    TableName=name,
                    TimeToLiveSpecification={"AttributeName": ttl["AttributeName"], "Enabled": True},
                )
        elif ttl and not wall_clock_ttl:
            described = ddb.describe_time_to_live(TableName=name)["TimeToLiveDescription"]
            if described.get("TimeToLiveStatus") in ("ENABLED", "ENABLING"):
                ddb.update_time_to_live(
                    TableName=name,
                    TimeToLiveSpecification={"AttributeName": described["AttributeName"], "Enabled": False},
                )
    return names


def empty_tables(stack: Stack) -> None:
    """Delete every item and start every stream anew (tests reuse one DynamoDB Local's tables:
    emptying beats re-creating; a fresh stream keeps one test's records from the next)."""
    ddb = _session(stack).client("dynamodb")
    for logical_id in stack.resources_of("AWS::DynamoDB::Table"):
        spec = table_spec(stack, logical_id)
        keys = [k["AttributeName"] for k in spec["KeySchema"]]
        names = {f"#k{i}": k for i, k in enumerate(keys)}
        for page in ddb.get_paginator("scan").paginate(
            TableName=spec["TableName"],
            ProjectionExpression=", ".join(names),
            ExpressionAttributeNames=names,
        ):
            items = page.get("Items", [])
            for start in range(0, len(items), 25):
                requests = {
                    spec["TableName"]: [
                        {"DeleteRequest": {"Key": item}} for item in items[start : start + 25]
                    ]
                }
                while requests:
                    requests = ddb.batch_write_item(RequestItems=requests).get("UnprocessedItems") or {}
        if "StreamSpecification" in spec:  # after the deletions: their REMOVEs go with the old one
            name = spec["TableName"]
            ddb.update_table(TableName=name, StreamSpecification={"StreamEnabled": False})
            ddb.update_table(TableName=name, StreamSpecification=spec["StreamSpecification"])


def create_secrets(stack: Stack, values: dict[str, str]) -> None:
    """Template secrets get a generated value; `values` supplies secrets the operator would
    create outside the stack (e.g. the Kuaishou app secret) and overrides generated ones."""
    sm = _session(stack).client("secretsmanager")
    made = set()
    for logical_id, res in stack.resources_of("AWS::SecretsManager::Secret").items():
        name = stack.physical_name(logical_id)
        props = res.get("Properties", {})
        value = values.get(name) or props.get("SecretString") or secrets.token_urlsafe(48)
        sm.create_secret(Name=name, SecretString=value)
        made.add(name)
    for name, value in values.items():
        if name not in made:
            sm.create_secret(Name=name, SecretString=value)
    ssm = _session(stack).client("ssm")
    for logical_id, res in stack.resources_of("AWS::SSM::Parameter").items():
        props = stack.resolve(res.get("Properties", {}))
        ssm.put_parameter(
            Name=props.get("Name") or f"/{stack.stack_name}/{logical_id}",
            Value=str(props["Value"]),
            Type=props.get("Type", "String"),
        )


def create_messaging(stack: Stack) -> None:
    """Queues (with redrive policies), event buses and buckets."""
    session = _session(stack)
    sqs = session.client("sqs")
    # Dead-letter queues first: a redrive policy names its DLQ's ARN.
    queues = sorted(
        stack.resources_of("AWS::SQS::Queue").items(),
        key=lambda kv: "RedrivePolicy" in kv[1].get("Properties", {}),
    )
    for logical_id, res in queues:
        props = stack.resolve(res.get("Properties", {}))
        attributes = {
            k: (json.dumps(v) if isinstance(v, dict) else str(v))
            for k, v in props.items()
            if k
            in (
                "DelaySeconds",
                "VisibilityTimeout",
                "MessageRetentionPeriod",
                "RedrivePolicy",
                "ReceiveMessageWaitTimeSeconds",
            )
        }
        if "RedrivePolicy" in attributes:
            policy = props["RedrivePolicy"]
            attributes["RedrivePolicy"] = json.dumps(
                {
                    "deadLetterTargetArn": policy["deadLetterTargetArn"],
                    "maxReceiveCount": str(policy["maxReceiveCount"]),
                }
            )
        sqs.create_queue(QueueName=stack.physical_name(logical_id), Attributes=attributes)
    for name in wiring.implicit_queues(stack):
        sqs.create_queue(QueueName=name)
    events = session.client("events")
    for logical_id in stack.resources_of("AWS::Events::EventBus"):
        events.create_event_bus(Name=stack.physical_name(logical_id))
    s3 = session.client("s3")
    for logical_id in stack.resources_of("AWS::S3::Bucket"):
        s3.create_bucket(
            Bucket=stack.physical_name(logical_id),
            CreateBucketConfiguration={"LocationConstraint": stack.region},
        )


def create_firehose(stack: Stack) -> None:
    """Firehose DirectPut streams to S3 (moto writes one object per call, at once, under
    `<Prefix>YYYY/MM/DD/HH/`: it does not evaluate `!{timestamp:…}` expressions)."""
    firehose = _session(stack).client("firehose")
    for logical_id, res in stack.resources_of("AWS::KinesisFirehose::DeliveryStream").items():
        props = stack.resolve(res.get("Properties", {}))
        s3 = props["ExtendedS3DestinationConfiguration"]
        firehose.create_delivery_stream(
            DeliveryStreamName=stack.physical_name(logical_id),
            DeliveryStreamType=props.get("DeliveryStreamType", "DirectPut"),
            ExtendedS3DestinationConfiguration={
                k: s3[k]
                for k in ("BucketARN", "RoleARN", "Prefix", "ErrorOutputPrefix", "BufferingHints")
                if k in s3
            },
        )


def create_rules(stack: Stack) -> None:
    """Rules with their SQS and event-bus targets, which moto delivers on PutEvents. Lambda and
    API-destination targets, and schedule rules, are delivered by the local runtime."""
    events = _session(stack).client("events")
    for rule in wiring.rules(stack):
        args: dict[str, Any] = {
            "Name": rule.name,
            "EventBusName": rule.bus,
            "State": "ENABLED" if rule.enabled else "DISABLED",
        }
        if rule.pattern is not None:
            args["EventPattern"] = json.dumps(rule.pattern)
        if rule.schedule is not None:
            args["ScheduleExpression"] = rule.schedule
        events.put_rule(**args)
        native = [
            {k: v for k, v in (("Id", t.id), ("Arn", t.arn), ("InputTransformer", t.input_transformer)) if v}
            for t in rule.targets
            if rule.pattern is not None and (":sqs:" in t.arn or ":event-bus/" in t.arn)
        ]
        if native:
            events.put_targets(Rule=rule.name, EventBusName=rule.bus, Targets=native)


def create_schedules(stack: Stack) -> None:
    """Schedule groups, then the template's schedules (ScheduleV2 events and Scheduler resources)."""
    scheduler = _session(stack).client("scheduler")
    groups = {"default"}
    for logical_id in stack.resources_of("AWS::Scheduler::ScheduleGroup"):
        name = stack.physical_name(logical_id)
        scheduler.create_schedule_group(Name=name)
        groups.add(name)
    for schedule in wiring.schedules(stack):
        if schedule.group not in groups:
            scheduler.create_schedule_group(Name=schedule.group)
            groups.add(schedule.group)
        scheduler.create_schedule(Name=schedule.name, GroupName=schedule.group, **schedule.arguments)


def create_all(
    stack: Stack, secret_values: dict[str, str], *, tables: bool = True, wall_clock_ttl: bool = True
) -> None:
    """Everything; `tables=False` leaves the tables to a later `create_tables` (the runtime
    creates the rest while DynamoDB Local is still starting). `wall_clock_ttl`: see
    `create_tables`."""
    if tables:
        create_tables(stack, wall_clock_ttl=wall_clock_ttl)
    create_secrets(stack, secret_values)
    create_messaging(stack)
    create_firehose(stack)
    create_rules(stack)
    create_schedules(stack)
