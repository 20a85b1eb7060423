"""Creates what template.yaml declares (tables, queues, buses, schedule groups, buckets,
secrets) in moto, exactly as the template defines it."""

from __future__ import annotations

import json
import secrets
from typing import Any

import boto3

from siyu_local.template import Stack


def _session(stack: Stack) -> boto3.session.Session:
    return boto3.session.Session(region_name=stack.region)


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


def create_tables(stack: Stack) -> dict[str, str]:
    """Create every table; returns logical id → table name."""
    ddb = _session(stack).client("dynamodb")
    names = {}
    for logical_id, res in stack.resources_of("AWS::DynamoDB::Table").items():
        spec = table_spec(stack, logical_id)
        ddb.create_table(**spec)
        ttl = stack.resolve(res["Properties"].get("TimeToLiveSpecification"))
        if ttl and ttl.get("Enabled"):
            ddb.update_time_to_live(
                TableName=spec["TableName"],
                TimeToLiveSpecification={"AttributeName": ttl["AttributeName"], "Enabled": True},
            )
        names[logical_id] = spec["TableName"]
    return names


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


def create_messaging(stack: Stack) -> None:
    """Queues (with redrive policies), event buses, schedule groups and buckets."""
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
    events = session.client("events")
    for logical_id in stack.resources_of("AWS::Events::EventBus"):
        events.create_event_bus(Name=stack.physical_name(logical_id))
    scheduler = session.client("scheduler")
    for logical_id in stack.resources_of("AWS::Scheduler::ScheduleGroup"):
        scheduler.create_schedule_group(Name=stack.physical_name(logical_id))
    s3 = session.client("s3")
    for logical_id in stack.resources_of("AWS::S3::Bucket"):
        s3.create_bucket(
            Bucket=stack.physical_name(logical_id),
            CreateBucketConfiguration={"LocationConstraint": stack.region},
        )


def create_all(stack: Stack, secret_values: dict[str, str]) -> None:
    from siyu_local import moto_transactions

    moto_transactions.install()  # transactions at DynamoDB's cost, not a copy of the table each
    create_tables(stack)
    create_secrets(stack, secret_values)
    create_messaging(stack)
