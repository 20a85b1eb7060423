"""Domain events: written with the change, forwarded from the stream to EventBridge."""

from __future__ import annotations

import json
from typing import Any

import pytest
from outbox_forwarder import handler
from pynamodb.exceptions import TransactWriteError

from siyu import aws
from siyu.config import get_settings
from siyu.db import transaction
from siyu.events import DomainEvent, OutboxItem, emit, forward_stream_records, stage
from siyu.members.models import Identity
from tests.conftest import LambdaContextStub


def stream_records() -> list[dict[str, Any]]:
    """The outbox stream as moto recorded it (the shape Lambda receives)."""
    import boto3
    from botocore.config import Config

    table = boto3.client("dynamodb").describe_table(TableName=get_settings().outbox_table)["Table"]
    streams = boto3.client("dynamodbstreams", config=Config(account_id_endpoint_mode="disabled"))
    shard = streams.describe_stream(StreamArn=table["LatestStreamArn"])["StreamDescription"]["Shards"][0]
    iterator = streams.get_shard_iterator(
        StreamArn=table["LatestStreamArn"], ShardId=shard["ShardId"], ShardIteratorType="TRIM_HORIZON"
    )["ShardIterator"]
    records = streams.get_records(ShardIterator=iterator)["Records"]
    return json.loads(json.dumps(records, default=str))


def bus_to_queue() -> str:
    """An EventBridge rule on the stack's bus delivering to a queue we can read."""
    import boto3

    sqs, events = boto3.client("sqs"), boto3.client("events")
    url = sqs.create_queue(QueueName="observer")["QueueUrl"]
    arn = sqs.get_queue_attributes(QueueUrl=url, AttributeNames=["QueueArn"])["Attributes"]["QueueArn"]
    bus = get_settings().event_bus_name
    events.put_rule(Name="all", EventBusName=bus, EventPattern=json.dumps({"source": ["siyu"]}))
    events.put_targets(Rule="all", EventBusName=bus, Targets=[{"Id": "q", "Arn": arn}])
    return url


def received(url: str) -> list[dict[str, Any]]:
    import boto3

    messages = boto3.client("sqs").receive_message(QueueUrl=url, MaxNumberOfMessages=10).get("Messages", [])
    return [json.loads(m["Body"]) for m in messages]


def test_event_exists_only_if_the_transaction_commits(aws):
    Identity(*Identity.key("o1"), member_id="m1").save()

    def conflicting_change() -> None:
        with transaction() as tx:
            tx.save(Identity(*Identity.key("o1"), member_id="m2"), condition=Identity.pk.does_not_exist())
            stage(tx, DomainEvent(type="Nope"))

    with pytest.raises(TransactWriteError):
        conflicting_change()
    assert list(OutboxItem.scan()) == []


def test_stream_to_bus_delivers_each_event(aws):
    url = bus_to_queue()
    first = emit(DomainEvent(type="CouponClaimed", member_id="m1", data={"coupon_id": "c1"}))
    second = emit(DomainEvent(type="OrderPaid", member_id="m1", data={"amount_fen": 1800}))
    result = handler({"Records": stream_records()}, LambdaContextStub())
    assert result == {"batchItemFailures": []}
    delivered = received(url)
    assert [e["detail-type"] for e in delivered] == ["CouponClaimed", "OrderPaid"]
    assert [e["detail"]["id"] for e in delivered] == [first.id, second.id]
    assert delivered[1]["detail"]["data"] == {"amount_fen": 1800}
    assert {e["source"] for e in delivered} == {"siyu"}


class FlakyEvents:
    """EventBridge refusing one entry (the outside world failing), otherwise the real moto client."""

    def __init__(self, fail_type: str) -> None:
        self.fail_type = fail_type

    def put_events(self, Entries: list[dict[str, Any]]) -> dict[str, Any]:
        results: list[dict[str, Any]] = []
        ok = [e for e in Entries if e["DetailType"] != self.fail_type]
        real = aws.client("events").put_events(Entries=ok)["Entries"] if ok else []
        it = iter(real)
        for entry in Entries:
            results.append(
                {"ErrorCode": "InternalFailure"} if entry["DetailType"] == self.fail_type else next(it)
            )
        return {"Entries": results, "FailedEntryCount": 1}


def test_failed_entry_is_reported_with_everything_after_it(aws):
    for kind in ("A", "B", "C"):
        emit(DomainEvent(type=kind))
    records = stream_records()
    failed = forward_stream_records(records, get_settings().event_bus_name, FlakyEvents("B"))
    assert failed == [r["dynamodb"]["SequenceNumber"] for r in records[1:]]
