"""siyu_local.moto_transactions: TransactWriteItems on moto without copying whole tables,
with moto's semantics kept (all or nothing, reasons per item, stream records only on commit)."""

from __future__ import annotations

import botocore.exceptions
import pytest

from siyu import aws as siyu_aws
from siyu.db import table_name


def ddb():
    return siyu_aws.client("dynamodb")


def put(table: str, pk: str, sk: str | None = None, **attrs):
    item = {"pk": {"S": pk}, **({"sk": {"S": sk}} if sk else {}), **attrs}
    return {"Put": {"TableName": table, "Item": item, "ConditionExpression": "attribute_not_exists(pk)"}}


def stream_records(table: str) -> int:
    from moto.dynamodb.models import dynamodb_backends

    backend = dynamodb_backends["123456789012"]["cn-north-1"]
    shard = backend.get_table(table).stream_shard
    return len(shard.items) if shard else 0


def test_a_transaction_commits_every_item(moto_dynamodb):
    campaigns, outbox = table_name("campaigns"), table_name("outbox")
    ddb().transact_write_items(TransactItems=[put(campaigns, "A", "1"), put(outbox, "EVENT#1")])
    assert ddb().get_item(TableName=campaigns, Key={"pk": {"S": "A"}, "sk": {"S": "1"}})["Item"]
    assert stream_records(outbox) == 1


def test_a_failed_condition_writes_nothing_and_names_the_item(moto_dynamodb):
    campaigns, outbox = table_name("campaigns"), table_name("outbox")
    ddb().put_item(TableName=campaigns, Item={"pk": {"S": "A"}, "sk": {"S": "1"}, "n": {"N": "1"}})
    items = [put(outbox, "EVENT#2"), put(campaigns, "A", "1")]
    items[1]["Put"]["ReturnValuesOnConditionCheckFailure"] = "ALL_OLD"
    with pytest.raises(botocore.exceptions.ClientError) as err:
        ddb().transact_write_items(TransactItems=items)
    reasons = err.value.response["CancellationReasons"]
    assert [r["Code"] for r in reasons] == ["None", "ConditionalCheckFailed"]
    assert reasons[1]["Item"]["n"] == {"N": "1"}
    assert "Item" not in ddb().get_item(TableName=outbox, Key={"pk": {"S": "EVENT#2"}})
    assert stream_records(outbox) == 0


def test_an_error_while_writing_rolls_back_items_and_stream_records(moto_dynamodb):
    campaigns, outbox = table_name("campaigns"), table_name("outbox")
    ddb().put_item(TableName=campaigns, Item={"pk": {"S": "A"}, "sk": {"S": "1"}, "s": {"S": "text"}})
    bad_add = {
        "Update": {
            "TableName": campaigns,
            "Key": {"pk": {"S": "A"}, "sk": {"S": "1"}},
            "UpdateExpression": "ADD s :one",
            "ExpressionAttributeValues": {":one": {"N": "1"}},
        }
    }
    with pytest.raises(botocore.exceptions.ClientError):
        ddb().transact_write_items(TransactItems=[put(outbox, "EVENT#3"), bad_add])
    assert "Item" not in ddb().get_item(TableName=outbox, Key={"pk": {"S": "EVENT#3"}})
    assert stream_records(outbox) == 0
    item = ddb().get_item(TableName=campaigns, Key={"pk": {"S": "A"}, "sk": {"S": "1"}})["Item"]
    assert item["s"] == {"S": "text"}


def test_one_item_twice_in_a_transaction_is_invalid(moto_dynamodb):
    campaigns = table_name("campaigns")
    with pytest.raises(botocore.exceptions.ClientError) as err:
        ddb().transact_write_items(TransactItems=[put(campaigns, "A", "1"), put(campaigns, "A", "1")])
    assert err.value.response["Error"]["Code"] == "ValidationException"
