"""The members tests' faster rollback of moto transactions keeps all-or-nothing."""

from __future__ import annotations

import boto3
import pytest
from botocore.exceptions import ClientError

from siyu.config import get_settings


def test_a_cancelled_transaction_leaves_nothing_behind(moto_dynamodb):
    ddb = boto3.client("dynamodb", region_name=get_settings().aws_region)
    members, outbox = get_settings().members_table, get_settings().outbox_table
    ddb.put_item(TableName=members, Item={"pk": {"S": "A"}, "sk": {"S": "1"}, "n": {"N": "1"}})
    stream_arn = ddb.describe_table(TableName=outbox)["Table"]["LatestStreamArn"]
    with pytest.raises(ClientError) as caught:
        ddb.transact_write_items(
            TransactItems=[
                {"Put": {"TableName": members, "Item": {"pk": {"S": "B"}, "sk": {"S": "1"}}}},
                {"Put": {"TableName": outbox, "Item": {"pk": {"S": "EVENT#1"}}}},
                {
                    "Update": {
                        "TableName": members,
                        "Key": {"pk": {"S": "A"}, "sk": {"S": "1"}},
                        "UpdateExpression": "SET n = :two",
                        "ExpressionAttributeValues": {":two": {"N": "2"}},
                    }
                },
                {
                    "ConditionCheck": {
                        "TableName": members,
                        "Key": {"pk": {"S": "C"}, "sk": {"S": "1"}},
                        "ConditionExpression": "attribute_exists(pk)",
                    }
                },
            ]
        )
    assert caught.value.response["Error"]["Code"] == "TransactionCanceledException"
    assert "Item" not in ddb.get_item(TableName=members, Key={"pk": {"S": "B"}, "sk": {"S": "1"}})
    assert "Item" not in ddb.get_item(TableName=outbox, Key={"pk": {"S": "EVENT#1"}})
    item = ddb.get_item(TableName=members, Key={"pk": {"S": "A"}, "sk": {"S": "1"}})["Item"]
    assert item["n"] == {"N": "1"}
    assert (
        ddb.query(
            TableName=members, KeyConditionExpression="pk = :b", ExpressionAttributeValues={":b": {"S": "B"}}
        )["Items"]
        == []
    )
    from moto.dynamodb.models import dynamodb_backends

    table = dynamodb_backends["123456789012"][get_settings().aws_region].tables[outbox]
    assert table.stream_shard.items == []
    assert stream_arn
